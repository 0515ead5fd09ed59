"""Local storage: SQLAlchemy models, engine, migrations, blob store, queries and commands."""
