"""Storage of practice sessions, turns, debriefs, workshops and participants.

SQLAlchemy 1.4 in its 2.0 style (Rasa pins 1.4), Alembic migrations in
``migrations/``. One ``DATABASE_URL`` serves Rasa's tracker store and these tables:
SQLite under ``var/`` by default, PostgreSQL for a school board's server.
"""

from bot.storage.database import Database, database_url

__all__ = ["Database", "database_url"]
