"""Redo a moment over REST (issue 14): /redo{"turn":3} after five turns, a restart of
the Rasa server, two new turns: the report counts four turns, the teacher is as she was
after turn 2, and the database keeps the earlier attempt."""

from __future__ import annotations

import uuid

import pytest
import requests
from sqlalchemy import select

from tests.conftest import customs

pytestmark = [pytest.mark.model, pytest.mark.slow]

TURNS = ["Vertel eens, hoe gaat het met de klok in je klas?", "Heb je toestemming gevraagd aan de ouders?",
         "Dat had je eerst met mij moeten overleggen.", "Wat betekent dit voor leerlingen?",
         "Wat goed dat je dit oppakt! Hoe kan ik je helpen?"]


def test_redo_turn_three_survives_a_restart_and_keeps_the_earlier_attempt(live):
    sender = f"redo-{uuid.uuid4().hex}"
    live.say(sender, '/start{"scenario":"babette"}')
    states = []
    for text in TURNS:
        states.append(customs(live.say(sender, text), "teacher")[-1])
    redone = live.say(sender, '/redo{"turn":3}')
    (note,) = customs(redone, "coach")
    assert note["kind"] == "redo" and note["turn"] == 3
    (teacher,) = customs(redone, "teacher")
    assert (teacher["openness"], teacher["motivation"]) == (states[1]["openness"], states[1]["motivation"])

    live.stop_rasa()
    live.start_rasa()
    session = requests.get(f"{live.url}/coach/api/conversation/{sender}", timeout=10).json()["session"]
    assert [t["n"] for t in session["turns"]] == [1, 2]
    for text in ("Wat merken de kinderen ervan?", "Hoe kan ik je helpen?"):
        live.say(sender, text)
    (report,) = customs(live.say(sender, "/stop"), "report")
    assert report["report"]["turns"] == 4 and report["report"]["redos"] == 1
    assert [a["text"] for a in report["report"]["redone"][0]["attempts"]] == [TURNS[2], "Wat merken de kinderen ervan?"]
    assert "Beurt 3 deed je over" in report["text"]

    from bot.storage import Database
    from bot.storage.models import PracticeSession, Turn

    db = Database(live.database_url)
    with db.session() as s:
        row = s.execute(select(PracticeSession).where(PracticeSession.conversation_id == sender)).scalar_one()
        turns = s.execute(select(Turn).where(Turn.session_id == row.id)).scalars().all()
        assert sorted((t.number, t.superseded) for t in turns) == [
            (1, False), (2, False), (3, False), (3, True), (4, False), (4, True), (5, True)]
        assert row.redone == [3] and row.debrief.report["turns"] == 4
    db.dispose()


def test_a_redo_that_cannot_be_done_is_answered(live):
    sender = f"redo-{uuid.uuid4().hex}"
    live.say(sender, '/start{"scenario":"rooster"}')
    live.say(sender, "Hoe gaat het?")
    for command in ('/redo{"turn":7}', '/redo{"turn":"drie"}', "/redo"):
        (note,) = customs(live.say(sender, command), "coach")
        assert note["kind"] == "redo_error" and "tussen 1 en 1" in note["text"]
