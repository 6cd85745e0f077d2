"""Fixtures of the storage tests; ``db`` (SQLite and the real PostgreSQL) comes from
tests/conftest.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.persona.scenario import ScenarioLibrary
from bot.storage import sessions as stored
from bot.storage import workshops
from tests.bot.storage.helpers import (
    CLOSED,
    CLOSED_RULE,
    play,
)


@pytest.fixture(scope="module")
def library() -> ScenarioLibrary:
    return ScenarioLibrary.load()


@pytest.fixture()
def workshop_with_three(db, library):
    """A workshop with Anne, Bram and Carla, each with one synced session whose turns
    mention the participants by name."""
    created = workshops.create_workshop(db, "Netwerkdag")
    code, token = created["code"], created["facilitator_token"]
    plans = {
        "Anne": ("babette", ["Hoi Bram! Vertel eens, hoe gaat het met je initiatief?",
                             "Wat betekent dit voor leerlingen, Anne?", CLOSED], True),
        "Bram": ("overleg", ["Carla, ik wil dat jullie volgende maand een plan inleveren.", CLOSED_RULE], True),
        "Carla": ("rooster", ["Wat goed dat je dit oppakt, anne! Hoe ging het in het begin?"], False),
    }
    sessions = {}
    for n, (nickname, (scenario, texts, stop)) in enumerate(plans.items()):
        joined = workshops.join_workshop(db, code, nickname, None)
        session = play(library, texts, scenario=scenario, stop=stop,
                       extra={"participant_id": joined["participant_id"], "display_name": joined["nickname"]})
        session.started_at = (datetime.now(timezone.utc) - timedelta(minutes=10 - n)).isoformat(timespec="seconds")
        stored.sync_session(db, session, f"conv-{nickname}")
        sessions[nickname] = session
    return workshops.authorise(db, code, token), sessions


