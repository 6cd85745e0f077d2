"""Storage of practice sessions, turns, corrections, debriefs, workshops and participants.

SQLAlchemy 1.4 in its 2.0 style (Rasa pins 1.4), Alembic migrations in
``migrations/``. One ``DATABASE_URL`` serves Rasa's tracker store and these tables:
SQLite under ``var/`` by default, PostgreSQL for a school board's server.

    database.py    the engine, sessions, connection check and migrations
    models.py      the tables
    sessions.py    the one write path of a practice session, and its stored figures
    workshops.py   create, the facilitator's access check, join, close, delete
    statistics.py  a leader's progress, a workshop's overview for the dashboard
    export.py      a workshop's results as CSV
    privacy.py     export and deletion per practice id, retention, anonymising
    corrections.py the shared corrections, for `coach corrections export`
    migrate.py     ``python -m bot.storage.migrate``, run before the servers start
"""

from bot.storage.database import Database

__all__ = ["Database"]
