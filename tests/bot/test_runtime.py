"""bot/runtime.py: what both servers share, built once per process on first use."""

from __future__ import annotations

import pytest

from bot import runtime
from bot.persona.scenario import SCENARIO_DIR
from bot.settings import Settings
from bot.storage import Database


@pytest.fixture(autouse=True)
def fresh_runtime():
    """Each test starts from nothing built, and leaves nothing of its own behind."""
    runtime.reset()
    yield
    if runtime.database.cache_info().currsize:
        runtime.database().dispose()
    runtime.reset()


def test_settings_are_read_from_the_environment_once(monkeypatch):
    monkeypatch.setenv("COACH_PUBLIC_URL", "https://eerst.school.nl")
    first = runtime.settings()
    monkeypatch.setenv("COACH_PUBLIC_URL", "https://later.school.nl")
    assert runtime.settings() is first
    assert runtime.settings().public_url == "https://eerst.school.nl"


def test_reset_forgets_what_was_built_so_a_new_environment_counts(monkeypatch):
    monkeypatch.setenv("COACH_PUBLIC_URL", "https://eerst.school.nl")
    runtime.settings()
    monkeypatch.setenv("COACH_PUBLIC_URL", "https://later.school.nl")
    runtime.reset()
    assert runtime.settings().public_url == "https://later.school.nl"


def test_scenarios_are_the_shipped_library_loaded_once():
    library = runtime.scenarios()
    assert library is runtime.scenarios()
    assert library.ids() == sorted(path.stem for path in SCENARIO_DIR.glob("*.yml"))


def test_database_uses_the_settings_database_url_and_is_built_once(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'runtime.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    database = runtime.database()
    assert isinstance(database, Database)
    assert database.url == url == runtime.settings().database_url
    assert runtime.database() is database


def test_nothing_is_built_before_the_first_call(monkeypatch, tmp_path):
    # After reset nothing is cached: the first call builds, with the environment of that moment.
    for cached in (runtime.settings, runtime.scenarios, runtime.database):
        assert cached.cache_info().currsize == 0
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'later.db'}")
    assert runtime.settings() == Settings.from_env()
    assert runtime.database().url == f"sqlite:///{tmp_path / 'later.db'}"
