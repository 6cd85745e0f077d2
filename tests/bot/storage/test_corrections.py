"""Corrections in the database (bot/storage/sessions.py's sync, bot/storage/corrections.py,
privacy and the dashboard's ``disputed``) and ``coach corrections export``; every test
runs on SQLite and on the real PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

import json

import yaml
from sqlalchemy import select

from bot import acts as A
from bot import cli
from bot import corrections as C
from bot.storage import privacy, statistics, workshops
from bot.storage import sessions as stored
from bot.storage.corrections import shared_corrections
from bot.storage.models import Correction, Turn
from tests.bot.storage.helpers import (
    CLOSED,
    OPEN,
    OPEN_STUDENT,
    OTHER_PRACTICE,
    PRACTICE,
    count,
    play,
    set_started_at,
    utc,
)


def corrected(library, share=False, texts=(OPEN, CLOSED), corrections=((2, [A.OPEN_QUESTION]),), **extra):
    """A live session with its corrections, before the stop."""
    session = play(library, list(texts), stop=False, extra=extra)
    session = C.share_turns(session, share)
    for turn, acts in corrections:
        session = C.correct(session, turn, acts).session
    return session


def stored_rows(db, session_id):
    with db.session() as s:
        return [(c.turn_number, c.original_acts, c.corrected_acts, c.text) for c in
                s.execute(select(Correction).where(Correction.session_id == session_id)
                          .order_by(Correction.turn_number)).scalars()]


def test_a_correction_is_stored_with_the_text_when_the_leader_shares(db, library):
    session = corrected(library, share=True)
    stored.sync_session(db, session, "conv-1")
    assert stored_rows(db, session.id) == [(2, [A.CLOSED_QUESTION], [A.OPEN_QUESTION], CLOSED)]


def test_without_consent_the_correction_is_stored_without_text(db, library):
    session = corrected(library, share=False)
    stored.sync_session(db, session, "conv-1")
    assert stored_rows(db, session.id) == [(2, [A.CLOSED_QUESTION], [A.OPEN_QUESTION], None)]
    # The turn itself is stored as every turn is, with the coach's original reading.
    with db.session() as s:
        turn = s.execute(select(Turn).where(Turn.session_id == session.id, Turn.number == 2)).scalar_one()
        assert (turn.text, turn.acts) == (CLOSED, [A.CLOSED_QUESTION])


def test_sync_stores_a_correction_once_updates_it_and_removes_a_withdrawn_one(db, library):
    session = corrected(library, share=True, corrections=((1, []), (2, [A.OPEN_QUESTION])))
    for _ in range(3):
        stored.safe_sync(db, session, "conv-1")
    assert count(db, Correction) == 2
    session = C.correct(session, 2, [A.REFLECTION]).session
    stored.sync_session(db, session, "conv-1")
    assert stored_rows(db, session.id) == [(1, [A.OPEN_QUESTION], [], OPEN),
                                          (2, [A.CLOSED_QUESTION], [A.REFLECTION], CLOSED)]
    session = C.correct(session, 1, [A.OPEN_QUESTION]).session  # back to the coach's reading
    stored.sync_session(db, session, "conv-1")
    assert [row[0] for row in stored_rows(db, session.id)] == [2]


def test_only_corrections_with_text_are_shared_for_the_export(db, library):
    mine = corrected(library, share=True)
    theirs = corrected(library, share=False, corrections=((1, [A.COMPLIMENT]),))
    stored.sync_session(db, mine, "conv-1")
    stored.sync_session(db, theirs, "conv-2")
    assert shared_corrections(db) == [(CLOSED, [A.OPEN_QUESTION], [A.CLOSED_QUESTION])]


def test_progress_counts_the_corrected_acts(db, library):
    session = corrected(library, practice_id=PRACTICE, corrections=((2, [A.OPEN_QUESTION, A.STUDENT_FOCUS]),))
    stored.sync_session(db, session, "conv-1")
    (row,) = statistics.progress(db, PRACTICE)
    assert (row["open_questions"], row["closed_questions"]) == (2, 0)
    assert row["first_student_focus_turn"] == 2


# --------------------------------------------------------------------- privacy

def test_deleting_a_practice_id_deletes_its_corrections(db, library):
    mine = corrected(library, share=True, practice_id=PRACTICE)
    theirs = corrected(library, share=True, practice_id=OTHER_PRACTICE)
    stored.sync_session(db, mine, "conv-1")
    stored.sync_session(db, theirs, "conv-2")
    exported = privacy.export_practice(db, PRACTICE)
    (correction,) = exported["sessions"][0]["corrections"]
    assert correction["turn"] == 2 and correction["text"] == CLOSED
    assert correction["original_acts"] == [A.CLOSED_QUESTION] and correction["corrected_acts"] == [A.OPEN_QUESTION]

    assert privacy.delete_practice(db, PRACTICE) == 1
    assert count(db, Correction, Correction.session_id == mine.id) == 0
    assert count(db, Correction, Correction.session_id == theirs.id) == 1


def test_the_retention_rule_deletes_old_corrections(db, library):
    old = corrected(library, share=True)
    stored.sync_session(db, old, "conv-1")
    set_started_at(db, old.id, utc(days_ago=400))
    assert privacy.purge_older_than(db, 365) == 1
    assert count(db, Correction) == 0


def test_deleting_a_workshop_deletes_its_participants_corrections(db, library):
    created = workshops.create_workshop(db, "Netwerkdag")
    joined = workshops.join_workshop(db, created["code"], "Anne", None)
    session = corrected(library, share=True, participant_id=joined["participant_id"])
    stored.sync_session(db, session, "conv-1")
    workshop = workshops.authorise(db, created["code"], created["facilitator_token"])
    assert workshops.delete_workshop(db, workshop) == 1
    assert count(db, Correction) == 0


# ------------------------------------------------------------------- dashboard

def test_the_overview_lists_the_disputed_turns_anonymised(db, library):
    created = workshops.create_workshop(db, "Netwerkdag")
    anne = workshops.join_workshop(db, created["code"], "Anne", None)
    session = corrected(library, share=False, texts=[OPEN_STUDENT, "Anne, is het al klaar?"],
                        participant_id=anne["participant_id"])
    stored.sync_session(db, session, "conv-1")
    workshop = workshops.authorise(db, created["code"], created["facilitator_token"])

    overview = statistics.workshop_overview(db, workshop)
    assert overview["disputed"] == [{"turn": 2, "text": "…, is het al klaar?",
                                     "original": [A.CLOSED_QUESTION], "corrected": [A.OPEN_QUESTION]}]
    # The group's figures count the corrected reading.
    assert overview["acts"][A.CLOSED_QUESTION] == 0 and overview["acts"][A.OPEN_QUESTION] == 2


def test_the_overview_without_corrections_has_an_empty_list(db, workshop_with_three):
    workshop, _ = workshop_with_three
    assert statistics.workshop_overview(db, workshop)["disputed"] == []


# ------------------------------------------------------------ the command line

def test_corrections_export_writes_reviewable_nlu_yaml(db, library, monkeypatch, tmp_path, capsys):
    stored.sync_session(db, corrected(library, share=True, corrections=((1, [A.OPEN_QUESTION, A.COMPLIMENT]),
                                                                        (2, []))), "conv-1")
    stored.sync_session(db, corrected(library, share=False, corrections=((1, [A.REFLECTION]),)), "conv-2")
    monkeypatch.setenv("DATABASE_URL", db.url)

    assert cli.main(["corrections", "export"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("# ") and "REVIEW EVERY EXAMPLE BY HAND" in printed
    data = yaml.safe_load(printed)
    assert data["version"] == "3.1"
    intents = {block["intent"]: block["examples"] for block in data["nlu"]}
    assert intents == {"open_question+compliment": f"- {OPEN}\n", "no_act": f"- {CLOSED}\n"}

    out = tmp_path / "corrections.yml"
    assert cli.main(["corrections", "export", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["corrections"] == 2
    assert out.read_text(encoding="utf-8") == printed
