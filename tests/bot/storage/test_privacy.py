"""bot/storage/privacy.py: export, deletion and retention per practice id."""

from __future__ import annotations

from sqlalchemy import Column, Float, MetaData, String, Table, select

from bot.storage import privacy, statistics
from bot.storage import sessions as stored
from bot.storage.models import Debrief, PracticeSession, Turn
from tests.bot.storage.helpers import (
    CLOSED,
    OPEN,
    OPEN_STUDENT,
    OTHER_PRACTICE,
    PRACTICE,
    PRESCRIBE,
    count,
    play,
    set_started_at,
    utc,
)

# --------------------------------------------------------- export / delete

def test_export_practice_returns_the_turns_texts(db, library):
    mine = play(library, [OPEN, OPEN_STUDENT], extra={"practice_id": PRACTICE}, after_stop=[CLOSED])
    theirs = play(library, [PRESCRIBE], extra={"practice_id": OTHER_PRACTICE})
    stored.sync_session(db, mine, "conv-1")
    stored.sync_session(db, theirs, "conv-2")

    exported = privacy.export_practice(db, PRACTICE)
    assert exported["practice_id"] == PRACTICE
    (session,) = exported["sessions"]
    assert session["session"] == mine.id
    assert [t["text"] for t in session["turns"]] == [OPEN, OPEN_STUDENT, CLOSED]
    assert [t["number"] for t in session["turns"]] == [1, 2, 3]
    assert [t["after_stop"] for t in session["turns"]] == [False, False, True]
    assert session["report"]["score"] == mine.report["score"]
    assert session["mode"] == "live"
    assert PRESCRIBE not in str(exported)

    assert privacy.export_practice(db, "x" * 20) == {"practice_id": "x" * 20, "workshops": [], "sessions": [],
                                                     "exercises": []}


def test_delete_practice_removes_only_that_practice_id(db, library):
    mine = [play(library, [OPEN, CLOSED], extra={"practice_id": PRACTICE}),
            play(library, [OPEN_STUDENT], stop=False, extra={"practice_id": PRACTICE})]
    theirs = play(library, [PRESCRIBE, CLOSED], extra={"practice_id": OTHER_PRACTICE})
    for n, session in enumerate(mine + [theirs]):
        stored.sync_session(db, session, f"conv-{n}")
    assert count(db, Turn) == 5 and count(db, Debrief) == 2

    assert privacy.delete_practice(db, PRACTICE) == 2
    mine_ids = [s.id for s in mine]
    assert count(db, PracticeSession, PracticeSession.id.in_(mine_ids)) == 0
    assert count(db, Turn, Turn.session_id.in_(mine_ids)) == 0
    assert count(db, Debrief, Debrief.session_id.in_(mine_ids)) == 0
    assert statistics.progress(db, PRACTICE) == []
    # The other practice id keeps everything.
    assert count(db, PracticeSession) == 1
    assert count(db, Turn, Turn.session_id == theirs.id) == 2
    assert count(db, Debrief, Debrief.session_id == theirs.id) == 1
    assert [r["session"] for r in statistics.progress(db, OTHER_PRACTICE)] == [theirs.id]

    assert privacy.delete_practice(db, PRACTICE) == 0  # nothing left to delete


def events_table(db) -> Table:
    """A stand-in for Rasa's tracker table (only the column the repository uses)."""
    metadata = MetaData()
    events = Table("events", metadata, Column("id", String(40), primary_key=True),
                   Column("sender_id", String(255), nullable=False), Column("timestamp", Float))
    metadata.create_all(db.engine)
    return events


def test_delete_practice_removes_the_rasa_conversation_events(db, library):
    events = events_table(db)
    mine = play(library, [OPEN], extra={"practice_id": PRACTICE})
    theirs = play(library, [OPEN], extra={"practice_id": OTHER_PRACTICE})
    stored.sync_session(db, mine, "conv-mine")
    stored.sync_session(db, theirs, "conv-theirs")
    with db.session() as s:
        s.execute(events.insert(), [{"id": "1", "sender_id": "conv-mine", "timestamp": utc().timestamp()},
                                    {"id": "2", "sender_id": "conv-mine", "timestamp": utc().timestamp()},
                                    {"id": "3", "sender_id": "conv-theirs", "timestamp": utc().timestamp()}])
    assert privacy.delete_practice(db, PRACTICE) == 1
    with db.session() as s:
        left = s.execute(select(events.c.sender_id)).scalars().all()
    assert left == ["conv-theirs"]


# --------------------------------------------------------------------- purge

def test_purge_deletes_only_sessions_older_than_n_days(db, library):
    old = play(library, [OPEN, CLOSED], extra={"practice_id": PRACTICE})
    recent = play(library, [OPEN_STUDENT], extra={"practice_id": PRACTICE})
    today = play(library, [CLOSED])
    for n, session in enumerate((old, recent, today)):
        stored.sync_session(db, session, f"conv-{n}")
    set_started_at(db, old.id, utc(days_ago=40))
    set_started_at(db, recent.id, utc(days_ago=29))

    assert privacy.purge_older_than(db, 30) == 1
    with db.session() as s:
        assert set(s.execute(select(PracticeSession.id)).scalars()) == {recent.id, today.id}
    assert count(db, Turn, Turn.session_id == old.id) == 0
    assert count(db, Debrief, Debrief.session_id == old.id) == 0
    assert count(db, Turn) == 2
    assert count(db, Debrief) == 2

    assert privacy.purge_older_than(db, 30) == 0  # nothing older is left
    assert privacy.purge_older_than(db, 28) == 1  # "recent" (29 days) goes with a shorter retention
    assert [r["session"] for r in statistics.progress(db, PRACTICE)] == []
    with db.session() as s:
        assert s.execute(select(PracticeSession.id)).scalars().all() == [today.id]


def test_purge_keeps_the_conversation_of_a_session_inside_retention(db, library):
    events = events_table(db)
    old = play(library, [OPEN])
    current = play(library, [OPEN_STUDENT], stop=False)
    stored.sync_session(db, old, "same-browser")
    stored.sync_session(db, current, "same-browser")
    set_started_at(db, old.id, utc(days_ago=400))
    with db.session() as s:
        s.execute(events.insert(), [
            {"id": "old", "sender_id": "same-browser", "timestamp": utc(days_ago=400).timestamp()},
            {"id": "now", "sender_id": "same-browser", "timestamp": utc().timestamp()}])
    assert privacy.purge_older_than(db, 365) == 1
    with db.session() as s:
        left = s.execute(select(events.c.id)).scalars().all()
    assert "now" in left




def test_a_goals_exercise_is_exported_and_deleted_with_its_practice_id(db):
    from bot import runtime
    from bot.goals import exercise
    from bot.storage.exercises import for_practice_id, sync_exercise

    practice_id = "p" * 20
    state = exercise.start(runtime.scenarios(), practice_id=practice_id).state
    state = exercise.answer(state, "middel").state
    sync_exercise(db, state, "conversation-with-an-exercise-000001")
    exported = privacy.export_practice(db, practice_id)["exercises"]
    assert exported[0]["answers"][0]["said"] == "means"
    assert for_practice_id(db, practice_id)[0]["judged"] == 1
    privacy.delete_practice(db, practice_id)
    assert privacy.export_practice(db, practice_id)["exercises"] == []
