"""Alembic environment: runs migrations on the project's DATABASE_URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bot.settings import Settings
from bot.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=config.attributes.get("connection_url") or Settings.from_env().database_url,
                      target_metadata=target_metadata, literal_binds=True,
                      version_table="coach_alembic_version")
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = create_engine(config.attributes.get("connection_url") or Settings.from_env().database_url, future=True)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite",
                          version_table="coach_alembic_version")
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
