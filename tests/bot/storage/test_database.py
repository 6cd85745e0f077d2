"""bot/storage/database.py and migrations/: the connection, its errors and the schema.

Every test that touches a database runs twice, on a fresh SQLite file and on a fresh
database of the real PostgreSQL server (the ``database_url`` / ``db`` fixtures).
"""

from __future__ import annotations

import io

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from bot.errors import GesprekscoachError, StorageError
from bot.storage import Database
from bot.storage.database import describe
from bot.storage.models import Base, Workshop

COACH_TABLES = {"coach_workshops", "coach_participants", "coach_sessions", "coach_turns", "coach_debriefs",
                "coach_corrections", "coach_exercises"}
HEAD = "0004"
VERSION_TABLE = "coach_alembic_version"


def table_names(url: str) -> set:
    """The tables as a brand-new connection sees them (no cached inspector)."""
    engine = create_engine(url, future=True)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def stored_revision(url: str):
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()
    finally:
        engine.dispose()


# ---------------------------------------------------------------- migrations

def test_the_model_tables_are_the_coach_tables():
    # The migration tests below check these names; the models must agree with them.
    assert set(Base.metadata.tables) == COACH_TABLES


def test_empty_database_has_no_coach_tables(database_url):
    assert not {name for name in table_names(database_url) if name.startswith("coach_")}


def test_migrate_up_down_and_up_again(database_url):
    database = Database(database_url)
    try:
        database.migrate()
        after_up = table_names(database_url)
        assert after_up >= COACH_TABLES
        assert VERSION_TABLE in after_up
        assert stored_revision(database_url) == HEAD

        database.downgrade()
        after_down = table_names(database_url)
        assert not (COACH_TABLES & after_down), f"left behind: {COACH_TABLES & after_down}"
        # Alembic keeps its (now empty) version table: the database is at "base".
        assert stored_revision(database_url) is None

        database.migrate()
        assert table_names(database_url) >= COACH_TABLES
        assert stored_revision(database_url) == HEAD
        # The re-created schema works: a row can be written and read back.
        with database.session() as s:
            s.add(Workshop(code="ABC234", name="Na de tweede migratie", token_hash="0" * 64))
        with database.session() as s:
            assert s.execute(select(Workshop.name).where(Workshop.code == "ABC234")).scalar_one() \
                == "Na de tweede migratie"
    finally:
        database.dispose()


def test_a_database_at_0001_gets_the_corrections_table_and_keeps_its_rows(database_url):
    database = Database(database_url)
    try:
        database.migrate("0001")
        assert "coach_corrections" not in table_names(database_url)
        with database.session() as s:
            s.add(Workshop(code="ABC234", name="Van voor de correcties", token_hash="0" * 64))
        database.migrate()
        assert "coach_corrections" in table_names(database_url)
        assert stored_revision(database_url) == HEAD
        with database.session() as s:
            assert s.execute(select(Workshop.name)).scalar_one() == "Van voor de correcties"
        database.downgrade("0001")
        assert "coach_corrections" not in table_names(database_url)
        assert "coach_turns" in table_names(database_url)
    finally:
        database.dispose()


def test_migrate_twice_is_harmless(db):
    db.migrate()  # already at head: nothing to do, nothing fails
    assert table_names(db.url) >= COACH_TABLES
    assert stored_revision(db.url) == HEAD


def test_migrated_columns_match_the_models(db):
    inspector = inspect(db.engine)
    for name, table in Base.metadata.tables.items():
        columns = {column["name"]: column for column in inspector.get_columns(name)}
        assert set(columns) == set(table.columns.keys()), name
        for column in table.columns:
            assert columns[column.name]["nullable"] == column.nullable, f"{name}.{column.name}"


def test_migrated_unique_keys_exist(db):
    """The unique keys sync_session and join_workshop rely on are in the database."""
    inspector = inspect(db.engine)
    turn_keys = [set(u["column_names"]) for u in inspector.get_unique_constraints("coach_turns")]
    participant_keys = [set(u["column_names"]) for u in inspector.get_unique_constraints("coach_participants")]
    workshop_keys = [set(u["column_names"]) for u in inspector.get_unique_constraints("coach_workshops")]
    correction_keys = [set(u["column_names"]) for u in inspector.get_unique_constraints("coach_corrections")]
    assert {"session_id", "attempt", "number"} in turn_keys
    assert {"session_id", "turn_number"} in correction_keys
    assert {"workshop_id", "nickname"} in participant_keys
    assert {"code"} in workshop_keys


def test_offline_sql_uses_the_same_version_table(database_url):
    from alembic import command

    database = Database(database_url)
    try:
        config = database.alembic_config()
        config.output_buffer = io.StringIO()
        command.upgrade(config, "head", sql=True)
        script = config.output_buffer.getvalue()
    finally:
        database.dispose()
    assert "CREATE TABLE coach_turns" in script
    assert VERSION_TABLE in script


# ------------------------------------------------------------ check / errors

def test_check_passes_on_a_reachable_database(db):
    db.check()  # no exception
    with db.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Workshop.__table__)).scalar_one() == 0


def test_unreachable_postgres_names_host_not_password():
    database = Database("postgresql://user:s3cretpw@127.0.0.1:9/x")
    try:
        with pytest.raises(StorageError) as caught:
            database.check()
    finally:
        database.dispose()
    message = str(caught.value)
    assert "127.0.0.1" in message
    assert "s3cretpw" not in message
    assert isinstance(caught.value, GesprekscoachError)
    # The chained driver error (which could show the DSN) is suppressed.
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_unreachable_database_of_each_backend(database_url, tmp_path):
    """A database that cannot be opened: the message names where it looked."""
    if database_url.startswith("sqlite"):
        # A directory is not a database file.
        url, where = f"sqlite:///{tmp_path}", str(tmp_path)
    else:
        # The real server, a database that does not exist, a password in the URL.
        url, where = "postgresql://postgres:s3cretpw@127.0.0.1:5432/coach_missing_db", "127.0.0.1"
    database = Database(url)
    try:
        with pytest.raises(StorageError) as caught:
            database.check()
    finally:
        database.dispose()
    message = str(caught.value)
    assert where in message
    assert "cannot reach the database" in message
    assert "s3cretpw" not in message


@pytest.mark.parametrize("url", [
    "not a database url",
    "://nothing",
    "postgresql://user:s3cretpw@db.example.org:notaport/coach",
])
def test_malformed_url_raises_storage_error(url):
    with pytest.raises(StorageError) as caught:
        Database(url)
    message = str(caught.value)
    assert "DATABASE_URL" in message
    assert "s3cretpw" not in message


def test_sqlite_folder_that_cannot_be_created_raises_storage_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError):
        Database(f"sqlite:///{blocker / 'coach.db'}")


# ------------------------------------------------------------------ describe

def test_describe_hides_the_password():
    described = describe("postgresql://coach:s3cretpw@db.example.org:5433/gesprekscoach")
    assert "s3cretpw" not in described
    assert "coach:" not in described
    assert "db.example.org:5433" in described
    assert "gesprekscoach" in described


def test_describe_hides_the_password_with_a_driver_and_no_port():
    described = describe("postgresql+psycopg2://coach:p%40ss%3Aw0rd@db.example.org/coach")
    assert "p@ss:w0rd" not in described and "p%40ss" not in described and "w0rd" not in described
    assert "db.example.org" in described


def test_describe_sqlite_and_malformed():
    assert describe("sqlite:////srv/coach/var/coach.db") == "SQLite file /srv/coach/var/coach.db"
    assert describe("sqlite://") == "SQLite file :memory:"
    assert describe("not a url") == "an unreadable DATABASE_URL"


def test_describe_of_the_test_databases(database_url):
    described = describe(database_url)
    if database_url.startswith("sqlite"):
        assert described.startswith("SQLite file ") and described.endswith("coach.db")
    else:
        assert "127.0.0.1:5432" in described
        assert database_url.rsplit("/", 1)[-1] in described
