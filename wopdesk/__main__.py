"""Run WOPdesk with ``python -m wopdesk``."""

from wopdesk.cli import main

raise SystemExit(main())
