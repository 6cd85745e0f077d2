"""bot/storage/sessions.py: the one write path of a session, and its stored turns."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import acts as A
from bot import session as S
from bot.analysis.combine import analyse_turn
from bot.storage import sessions as stored
from bot.storage import statistics
from bot.storage.models import Debrief, PracticeSession, Turn
from tests.bot.storage.helpers import (
    CLOSED,
    CLOSED_RULE,
    OPEN,
    OPEN_COMPLIMENT,
    OPEN_STUDENT,
    PRACTICE,
    PRESCRIBE,
    count,
    play,
)

# ------------------------------------------------------------------ analysis

def test_the_turns_used_here_have_the_expected_acts():
    """Guard: the expectations of this module rest on these analyses."""
    assert set(analyse_turn(OPEN_STUDENT).acts) == {A.OPEN_QUESTION, A.STUDENT_FOCUS}
    assert set(analyse_turn(OPEN).acts) == {A.OPEN_QUESTION}
    assert set(analyse_turn(OPEN_COMPLIMENT).acts) == {A.OPEN_QUESTION, A.COMPLIMENT}
    assert set(analyse_turn(CLOSED).acts) == {A.CLOSED_QUESTION}
    assert set(analyse_turn(CLOSED_RULE).acts) == {A.CLOSED_QUESTION, A.RULE_FIRST}
    assert set(analyse_turn(PRESCRIBE).acts) == {A.PRESCRIBE}


# -------------------------------------------------------------- sync_session

def test_sync_stores_session_and_each_turn_once(db, library):
    session = play(library, [OPEN, CLOSED], stop=False, extra={"practice_id": PRACTICE})
    stored.sync_session(db, session, "conv-1")
    stored.sync_session(db, session, "conv-1")
    stored.sync_session(db, session, "conv-1")
    assert count(db, PracticeSession) == 1
    assert count(db, Turn) == 2
    assert count(db, Turn, Turn.session_id == session.id) == 2
    with db.session() as s:
        row = s.get(PracticeSession, session.id)
        assert row.conversation_id == "conv-1"
        assert row.practice_id == PRACTICE
        assert row.scenario == "babette"
        assert row.mode == "live"
        assert row.status == "active"
        assert row.openness == pytest.approx(session.teacher.openness)
        assert row.motivation == pytest.approx(session.teacher.motivation)
        assert row.stopped_at is None
        turns = s.execute(select(Turn).where(Turn.session_id == session.id).order_by(Turn.number)).scalars().all()
        assert [(t.number, t.text) for t in turns] == [(1, OPEN), (2, CLOSED)]
        assert [t.acts for t in turns] == [session.turns[0].acts, session.turns[1].acts]
        assert turns[1].openness == pytest.approx(session.turns[1].openness)
        assert not any(t.after_stop for t in turns)
    assert count(db, Debrief) == 0  # no debrief before /stop


def test_sync_adds_only_the_new_turns(db, library):
    session = play(library, [OPEN], stop=False)
    stored.sync_session(db, session, "conv-1")
    assert count(db, Turn, Turn.session_id == session.id) == 1
    for text in (OPEN_STUDENT, CLOSED):
        session = S.turn(library, session, text, analyse_turn(text)).session
        stored.sync_session(db, session, "conv-1")
        stored.sync_session(db, session, "conv-1")  # a retried action
    assert count(db, Turn, Turn.session_id == session.id) == 3
    assert count(db, PracticeSession) == 1
    with db.session() as s:
        numbers = s.execute(select(Turn.number, Turn.text).where(Turn.session_id == session.id)
                            .order_by(Turn.number)).all()
        assert [tuple(n) for n in numbers] == [(1, OPEN), (2, OPEN_STUDENT), (3, CLOSED)]
        # The session row follows the teacher's state of the latest sync.
        assert s.get(PracticeSession, session.id).openness == pytest.approx(session.teacher.openness)


def test_safe_sync_is_idempotent_too(db, library):
    session = play(library, [OPEN, CLOSED])
    for _ in range(3):
        stored.safe_sync(db, session, "conv-1")
    assert count(db, Turn) == 2
    assert count(db, Debrief) == 1


def test_stop_stores_the_debrief_with_the_score_once(db, library):
    session = play(library, [OPEN, CLOSED], stop=False)
    stored.sync_session(db, session, "conv-1")
    stopped = S.stop(library, session).session
    stored.sync_session(db, stopped, "conv-1")
    stored.sync_session(db, stopped, "conv-1")
    assert count(db, Debrief) == 1
    with db.session() as s:
        debrief = s.get(Debrief, session.id)
        assert debrief.score == stopped.report["score"]
        assert debrief.report["turns"] == 2
        assert debrief.report["scenario"] == "babette"
        row = s.get(PracticeSession, session.id)
        assert row.status == "stopped"
        assert row.stopped_at is not None


def test_turns_after_the_stop_are_stored_and_marked(db, library):
    session = play(library, [OPEN_STUDENT], extra={"practice_id": PRACTICE})
    stored.sync_session(db, session, "conv-1")
    later = S.turn(library, session, CLOSED, analyse_turn(CLOSED)).session
    stored.sync_session(db, later, "conv-1")
    stored.sync_session(db, later, "conv-1")
    assert count(db, Turn) == 2
    assert count(db, Turn, Turn.after_stop.is_(True)) == 1
    assert count(db, Debrief) == 1
    (summary,) = statistics.progress(db, PRACTICE)
    assert summary["turns"] == 1  # the after-stop turn does not count
    assert summary["open_share"] == 1.0


def test_an_invalid_practice_id_is_not_stored(db, library):
    session = play(library, [OPEN], extra={"practice_id": "short"})
    stored.sync_session(db, session, "conv-1")
    with db.session() as s:
        assert s.get(PracticeSession, session.id).practice_id is None
    assert statistics.progress(db, "short") == []


