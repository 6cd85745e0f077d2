"""The expensive things the actions share, built once per process (not at import)."""

from __future__ import annotations

import functools

from bot.persona.scenario import ScenarioLibrary
from bot.storage.database import Database


@functools.lru_cache(maxsize=1)
def scenarios() -> ScenarioLibrary:
    """All scenarios, validated; a broken file fails the first call loudly."""
    return ScenarioLibrary.load()


@functools.lru_cache(maxsize=1)
def database() -> Database:
    """The project's database (DATABASE_URL); migrated by bot.storage.migrate at start."""
    return Database()
