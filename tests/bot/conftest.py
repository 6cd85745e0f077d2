"""Shared fixtures for the plain-Python domain tests (no Rasa model, no network)."""

from __future__ import annotations

import pytest

from bot.analysis.combine import analyse_turn
from bot.persona.scenario import ScenarioLibrary


@pytest.fixture(scope="session")
def library() -> ScenarioLibrary:
    """The shipped scenarios, loaded and validated once per test run."""
    return ScenarioLibrary.load()


@pytest.fixture(scope="session")
def babette(library):
    return library.get("babette")


@pytest.fixture(scope="session")
def analyse():
    """The rules-only analysis of a leader turn (model=None)."""
    return analyse_turn
