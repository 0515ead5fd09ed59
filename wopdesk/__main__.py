"""Run WOPdesk with ``python -m wopdesk``."""

from wopdesk.cli import entry

raise SystemExit(entry())
