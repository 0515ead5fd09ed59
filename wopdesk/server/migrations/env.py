"""Alembic environment of the server database (see ``wopdesk.storage.alembic_env``)."""

from wopdesk.server.db import VERSION_TABLE, ServerBase
from wopdesk.storage.alembic_env import run_migrations

run_migrations(ServerBase.metadata, VERSION_TABLE)
