"""Corrections end to end: ``/correct{"turn":N,"acts":[...]}`` over REST against the real
Rasa and action servers, what the database keeps (with and without the leader's
consent), and Rasa's own reader of the exported YAML."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from bot import acts as A
from bot.storage import Database
from bot.storage.models import Correction, PracticeSession

pytestmark = [pytest.mark.model, pytest.mark.slow]

CLOSED = "Heb je de ouders ingelicht?"
OPEN = "Vertel eens, hoe gaat het met de computers in je klas?"


def customs(replies, role):
    return [r["custom"] for r in replies if r.get("custom", {}).get("role") == role]


def coach_of(replies):
    [coach] = customs(replies, "coach")
    return coach


def started(servers, share=None):
    sender = f"correct-{uuid.uuid4().hex}"
    consent = "" if share is None else f',"share_turns":{"true" if share else "false"}'
    start = servers.say(sender, f'/start{{"scenario":"babette"{consent}}}')
    assert customs(start, "teacher"), start
    return sender


def take_turns(servers, sender):
    """Two turns; returns the coach's acts of each and the teacher's openness after them."""
    first = servers.say(sender, CLOSED)
    second = servers.say(sender, OPEN)
    assert coach_of(first)["acts"] == [A.CLOSED_QUESTION], first
    assert A.OPEN_QUESTION in coach_of(second)["acts"], second
    return customs(second, "teacher")[0]["openness"]


def stored_corrections(servers, sender):
    """(turn, corrected acts, text) of the corrections stored for one conversation."""
    database = Database(servers.database_url)
    try:
        with database.session() as s:
            rows = s.execute(select(Correction).join(PracticeSession)
                             .where(PracticeSession.conversation_id == sender)).scalars()
            return [(c.turn_number, c.corrected_acts, c.text) for c in rows]
    finally:
        database.dispose()


def test_a_correction_changes_the_report_but_not_the_teacher(servers):
    sender = started(servers)
    openness = take_turns(servers, sender)

    replies = servers.say(sender, '/correct{"turn":1,"acts":["open_question"]}')
    coach = coach_of(replies)
    assert coach["kind"] == "corrected" and coach["turn"] == 1
    assert coach["acts"] == [A.OPEN_QUESTION] and coach["original"] == [A.CLOSED_QUESTION]
    assert coach["text"].startswith("Dank je!") and "nabespreking" in coach["text"]
    assert customs(replies, "teacher") == []  # the teacher is not re-run
    assert [r for r in replies if "text" in r] == []  # and says nothing

    [report] = customs(servers.say(sender, "/stop"), "report")
    assert report["report"]["closed_questions"] == 0
    assert report["report"]["open_questions"] == 2
    assert report["report"]["acts"][A.CLOSED_QUESTION] == 0
    assert report["report"]["corrections"] == [{"turn": 1, "acts": [A.OPEN_QUESTION],
                                                "original": [A.CLOSED_QUESTION]}]
    assert report["report"]["timeline"][0]["acts"] == [A.OPEN_QUESTION]
    assert report["report"]["openness"]["end"] == openness
    assert "Bij beurt 1 gaf je aan dat je dit bedoelde: open vraag" in report["text"]


@pytest.mark.parametrize("message, phrase", [
    ('/correct{"turn":9,"acts":["open_question"]}', "Beurt 9 is geen beurt van dit gesprek"),
    ('/correct{"turn":"twee","acts":[]}', "Zeg welke beurt je bedoelt"),
    ('/correct{"acts":["open_question"]}', "Zeg welke beurt je bedoelt"),
    ('/correct{"turn":1,"acts":["vraag"]}', "Ik ken 'vraag' niet als soort beurt"),
    ('/correct{"turn":1,"acts":["open_question",7]}', "Ik ken '7' niet als soort beurt"),
    ('/correct{"turn":1,"acts":[{"x":1}]}', "niet als soort beurt"),
    ('/correct{"turn":1,', "Zeg welke beurt je bedoelt"),
])
def test_a_bad_correction_gets_a_dutch_message_and_changes_nothing(servers, message, phrase):
    sender = started(servers)
    take_turns(servers, sender)
    coach = coach_of(servers.say(sender, message))  # servers.say fails on any HTTP error
    assert coach["kind"] == "correct_error", coach
    assert phrase in coach["text"], coach
    [report] = customs(servers.say(sender, "/stop"), "report")
    assert report["report"]["closed_questions"] == 1
    assert report["report"]["corrections"] == []


def test_a_correction_without_a_session_or_after_the_stop_is_refused(servers):
    sender = f"correct-{uuid.uuid4().hex}"
    assert "Er loopt geen gesprek" in coach_of(servers.say(sender, '/correct{"turn":1,"acts":[]}'))["text"]
    sender = started(servers)
    take_turns(servers, sender)
    servers.say(sender, "/stop")
    coach = coach_of(servers.say(sender, '/correct{"turn":1,"acts":["open_question"]}'))
    assert coach["kind"] == "correct_error" and "al nabesproken" in coach["text"]


def test_the_turn_text_is_stored_only_with_the_leaders_consent(servers):
    for share, kept in ((True, CLOSED), (False, None), (None, None)):
        sender = started(servers, share)
        servers.say(sender, CLOSED)
        coach = coach_of(servers.say(sender, '/correct{"turn":1,"acts":[]}'))
        assert coach["kind"] == "corrected", coach
        assert stored_corrections(servers, sender) == [(1, [], kept)], share


def test_rasa_reads_the_exported_yaml(servers):
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    from bot.corrections import nlu_yaml
    from bot.storage.corrections import shared_corrections

    sender = started(servers, share=True)
    take_turns(servers, sender)
    servers.say(sender, '/correct{"turn":1,"acts":["student_focus","open_question"]}')
    database = Database(servers.database_url)
    try:
        text = nlu_yaml(shared_corrections(database))
    finally:
        database.dispose()
    data = RasaYAMLReader().reads(text)
    examples = {(m.get("intent"), m.get("text")) for m in data.intent_examples}
    assert ("open_question+student_focus", CLOSED) in examples
