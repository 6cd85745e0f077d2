"""What both servers share, built once per process on first use (never at import):
the settings, the scenarios and the database.

The action server and the Rasa server's web channel both call these; tests call
``reset()`` after changing the environment.
"""

from __future__ import annotations

import functools

from bot.persona.scenario import ScenarioLibrary
from bot.settings import Settings
from bot.storage.database import Database


@functools.lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()


@functools.lru_cache(maxsize=1)
def scenarios() -> ScenarioLibrary:
    """All scenarios, validated; a broken file fails the first call loudly."""
    return ScenarioLibrary.load()


@functools.lru_cache(maxsize=1)
def database() -> Database:
    """The project's database (DATABASE_URL); migrated by bot.storage.migrate at start."""
    return Database(settings().database_url)


def reset() -> None:
    """Forget what was built (after the environment changed)."""
    for cached in (settings, scenarios, database):
        cached.cache_clear()
