"""The expensive things the actions share, built once per process (not at import)."""

from __future__ import annotations

import functools

from bot.persona.scenario import ScenarioLibrary


@functools.lru_cache(maxsize=1)
def scenarios() -> ScenarioLibrary:
    """All scenarios, validated; a broken file fails the first call loudly."""
    return ScenarioLibrary.load()
