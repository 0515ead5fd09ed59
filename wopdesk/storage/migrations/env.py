"""Alembic environment of the local database (see ``wopdesk.storage.alembic_env``)."""

from wopdesk.storage.alembic_env import run_migrations
from wopdesk.storage.models import Base

run_migrations(Base.metadata)
