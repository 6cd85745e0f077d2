"""The database connection: one ``DATABASE_URL``, a clear error when it cannot be
reached (naming the host, never the password), and Alembic migrations."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import StorageError
from bot.settings import PROJECT_ROOT, Settings

MIGRATIONS = PROJECT_ROOT / "migrations"


def describe(url: str) -> str:
    """The URL without its password: what an error message may show."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - a malformed URL is described as such
        return "an unreadable DATABASE_URL"
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {parsed.database or ':memory:'}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.get_backend_name()} on host {host}{port}, database {parsed.database}"


class Database:
    """Engine and sessions for one database URL."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or Settings.from_env().database_url
        try:
            parsed = make_url(self.url)
        except Exception as error:  # noqa: BLE001
            raise StorageError(f"DATABASE_URL is not a database URL ({type(error).__name__}); "
                               "example: postgresql://user@host:5432/db") from None
        kwargs = {"future": True, "pool_pre_ping": True}
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                try:
                    Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
                except OSError as error:
                    raise StorageError(f"cannot create the folder of the SQLite file {parsed.database}: "
                                       f"{error.strerror or error}") from None
            kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
            # SQLAlchemy 1.4 opens a new SQLite connection per session by default
            # (NullPool); a small pool saves a connect, and its pragmas, on every turn.
            from sqlalchemy.pool import QueuePool

            kwargs.update(poolclass=QueuePool, pool_size=4, max_overflow=4)
        else:
            kwargs["connect_args"] = {"connect_timeout": 5}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if parsed.get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, future=True, expire_on_commit=False)

    def check(self) -> None:
        """Connect once; raise StorageError naming the host when that fails."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:  # noqa: BLE001 - every driver error becomes one message
            reason = str(getattr(error, "orig", error)).strip().splitlines()[0][:200]
            reason = reason.replace(make_url(self.url).password or "\0", "***")
            raise StorageError(
                f"cannot reach the database ({describe(self.url)}): {reason}. "
                "Is the server running, and is DATABASE_URL right?"
            ) from None

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to ``revision`` with Alembic."""
        from alembic import command

        command.upgrade(self.alembic_config(), revision)

    def downgrade(self, revision: str = "base") -> None:
        from alembic import command

        command.downgrade(self.alembic_config(), revision)

    def alembic_config(self):
        from alembic.config import Config

        config = Config(str(PROJECT_ROOT / "alembic.ini"))
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection_url"] = self.url
        return config

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except Exception:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
    cursor.close()
