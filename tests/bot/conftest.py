"""Shared fixtures for the plain-Python domain tests (no Rasa model, no network).

Two scenario libraries:
- ``scenarios``: the small test scenarios of ``tests/bot/fixtures/scenarios/``
  (``moestuin``: Sanne and the school garden; ``leesclub``: Karim's reading club).
  Tests that expect a teacher's line, an insight id, a fact answer or a title use
  these, so that a writer can improve the shipped scenarios' wording freely.
- ``library``: the shipped scenarios of ``data/scenarios/``, for the tests whose point
  is the shipped files themselves (each validates, a good leader beats a poor one in
  every one of them, the default scenario).
"""

from __future__ import annotations

import pytest

from bot.persona.scenario import ScenarioLibrary
from tests.bot.fixtures import FIXTURE_SCENARIOS


@pytest.fixture(scope="session")
def library() -> ScenarioLibrary:
    """The shipped scenarios, loaded and validated once per test run."""
    return ScenarioLibrary.load()


@pytest.fixture(scope="session")
def scenarios() -> ScenarioLibrary:
    """The test scenarios (``moestuin`` and ``leesclub``), loaded and validated."""
    return ScenarioLibrary.load(FIXTURE_SCENARIOS)


@pytest.fixture(scope="session")
def garden(scenarios):
    """Sanne and the school garden: four insights, four facts, every line kind."""
    return scenarios.get("moestuin")
