"""bot/storage/statistics.py: a leader's progress and a workshop's overview."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from bot import acts as A
from bot.storage import sessions as stored
from bot.storage import statistics, workshops
from bot.storage.models import Workshop
from tests.bot.storage.helpers import (
    CLOSED,
    CLOSED_RULE,
    OPEN,
    OPEN_STUDENT,
    OTHER_PRACTICE,
    PRACTICE,
    PRESCRIBE,
    play,
)

# ------------------------------------------------------------------ progress

def test_progress_lists_the_practice_sessions_oldest_first(db, library):
    first = play(library, [OPEN_STUDENT, CLOSED], extra={"practice_id": PRACTICE})
    second = play(library, [CLOSED, CLOSED_RULE], scenario="overleg", extra={"practice_id": PRACTICE})
    third = play(library, [OPEN, CLOSED, OPEN_STUDENT], scenario="rooster", stop=False,
                 extra={"practice_id": PRACTICE})
    other = play(library, [OPEN], extra={"practice_id": OTHER_PRACTICE})
    anonymous = play(library, [OPEN])
    # Synced out of order; started an hour apart.
    for session, hours_ago in ((third, 1), (first, 3), (other, 4), (second, 2), (anonymous, 5)):
        session.started_at = (datetime.now(timezone.utc) - timedelta(hours=hours_ago)).isoformat(timespec="seconds")
        stored.sync_session(db, session, "conv-" + session.id)

    rows = statistics.progress(db, PRACTICE)
    assert [r["session"] for r in rows] == [first.id, second.id, third.id]
    assert [r["scenario"] for r in rows] == ["babette", "overleg", "rooster"]
    assert [r["turns"] for r in rows] == [2, 2, 3]
    assert [r["status"] for r in rows] == ["stopped", "stopped", "active"]
    assert [r["score"] for r in rows] == [first.report["score"], second.report["score"], None]
    assert [r["open_share"] for r in rows] == [0.5, 0.0, 0.667]
    assert [r["first_student_focus_turn"] for r in rows] == [1, None, 3]
    assert rows[0]["first_student_focus_turn"] == first.report["first_student_focus_turn"]
    assert [r["openness"] for r in rows] == pytest.approx(
        [first.teacher.openness, second.teacher.openness, third.teacher.openness])

    (only,) = statistics.progress(db, OTHER_PRACTICE)
    assert only["session"] == other.id


def test_progress_without_questions_has_no_open_share(db, library):
    session = play(library, [PRESCRIBE], extra={"practice_id": PRACTICE})
    stored.sync_session(db, session, "conv-1")
    (row,) = statistics.progress(db, PRACTICE)
    assert row["open_share"] is None
    assert row["first_student_focus_turn"] is None
    assert row["turns"] == 1


@pytest.mark.parametrize("practice_id", ["", "short", "p" * 15, "p" * 81, "p" * 19 + "!", "../" + "p" * 20, None])
def test_progress_of_an_invalid_practice_id_is_empty(db, library, practice_id):
    session = play(library, [OPEN], extra={"practice_id": PRACTICE})
    stored.sync_session(db, session, "conv-1")
    assert statistics.progress(db, practice_id) == []


def test_progress_keeps_the_utc_offset_of_started_at(db, library, request):
    """progress() feeds the web page's chart (``new Date(s.started_at)``): a time
    without an offset is read there as local time, so the day can shift."""
    session = play(library, [OPEN], extra={"practice_id": PRACTICE})
    session.started_at = "2026-03-01T23:30:00+00:00"
    stored.sync_session(db, session, "conv-1")
    (row,) = statistics.progress(db, PRACTICE)
    assert datetime.fromisoformat(row["started_at"]) == datetime(2026, 3, 1, 23, 30, tzinfo=timezone.utc)


def test_workshop_overview(db, workshop_with_three):
    workshop, sessions = workshop_with_three
    overview = statistics.workshop_overview(db, workshop)
    assert overview["code"] == workshop.code
    assert overview["name"] == "Netwerkdag"
    assert overview["closed"] is False

    people = {p["nickname"]: p for p in overview["participants"]}
    assert set(people) == {"Anne", "Bram", "Carla"}
    assert len(overview["participants"]) == 3
    for nickname, session in sessions.items():
        person = people[nickname]
        assert person["scenario"] == session.scenario
        assert person["turns"] == len(session.turns)
        assert person["openness"] == pytest.approx(session.teacher.openness)
        assert person["status"] == session.status
        assert person["sessions"] == 1
        assert person["score"] == (session.report["score"] if session.report is not None else None)
    assert people["Carla"]["score"] is None and people["Carla"]["status"] == "active"
    assert [p["turns"] for p in overview["participants"]] == [3, 2, 1]
    assert overview["turns"] == 6

    expected = dict.fromkeys(A.ACTS, 0)
    for session in sessions.values():
        for turn in session.turns:
            for act in turn.acts:
                expected[act] += 1
    assert overview["acts"] == expected
    assert overview["acts"][A.OPEN_QUESTION] == 3
    assert overview["acts"][A.CLOSED_QUESTION] == 2
    assert overview["acts"][A.STUDENT_FOCUS] == 1
    assert overview["acts"][A.PRESCRIBE] == 1

    good, poor = overview["examples"]["good"], overview["examples"]["poor"]
    assert good and poor
    assert len(good) <= 5 and len(poor) <= 5
    for example in good:
        assert set(example["acts"]) & statistics.GOOD_EXAMPLE
        assert not set(example["acts"]) & (statistics.POOR_EXAMPLE | {A.CLOSED_QUESTION})
    for example in poor:
        assert set(example["acts"]) & statistics.POOR_EXAMPLE
    texts = [e["text"] for e in good + poor]
    for text in texts:
        for nickname in ("anne", "bram", "carla"):
            assert nickname not in text.lower(), text
    assert any("…" in text for text in texts)
    # The best good example (two good acts) comes first.
    assert set(good[0]["acts"]) in ({A.OPEN_QUESTION, A.STUDENT_FOCUS}, {A.OPEN_QUESTION, A.COMPLIMENT})
    assert "Wat betekent dit voor leerlingen" in " ".join(texts)


def test_workshop_overview_lists_a_participant_without_a_session(db):
    created = workshops.create_workshop(db, "Netwerkdag")
    workshops.join_workshop(db, created["code"], "Dirk", None)
    overview = statistics.workshop_overview(db, workshops.authorise(db, created["code"], created["facilitator_token"]))
    (person,) = overview["participants"]
    assert person == {"nickname": "Dirk", "scenario": None, "status": "not_started", "turns": 0,
                      "openness": None, "score": None, "sessions": 0, "exercise": None, "redos": 0}
    assert overview["turns"] == 0
    assert set(overview["acts"].values()) == {0}
    assert overview["examples"] == {"good": [], "poor": []}


def test_workshop_overview_shows_closed(db, workshop_with_three):
    workshop, _ = workshop_with_three
    workshops.close_workshop(db, workshop)
    workshops.close_workshop(db, workshop)  # closing twice keeps the first closing time
    with db.session() as s:
        fresh = s.execute(select(Workshop).where(Workshop.code == workshop.code)).scalar_one()
    # As the web channel does: authorise (a fresh row) per request.
    assert fresh.closed_at is not None
    assert statistics.workshop_overview(db, fresh)["closed"] is True




def test_redos_count_in_progress_and_the_dashboard_names_the_moments(db, library):
    from bot import session as S
    from bot.analysis.combine import analyse_turn
    from bot.redo import redo

    created = workshops.create_workshop(db, "Overdoen")
    joined = workshops.join_workshop(db, created["code"], "Fleur", PRACTICE)
    session = play(library, [OPEN, CLOSED_RULE, OPEN_STUDENT], stop=False,
                   extra={"practice_id": PRACTICE, "participant_id": joined["participant_id"]})
    stored.sync_session(db, session, "conv-redo-stats-0001")
    session = redo(library, session, 2).session
    session = S.turn(library, session, OPEN_STUDENT, analyse_turn(OPEN_STUDENT)).session
    session = S.stop(library, session).session
    stored.sync_session(db, session, "conv-redo-stats-0001")

    (row,) = statistics.progress(db, PRACTICE)
    assert row["turns"] == 2 and row["redos"] == 1
    overview = statistics.workshop_overview(db, workshops.authorise(db, created["code"], created["facilitator_token"]))
    assert overview["participants"][0]["redos"] == 1 and overview["participants"][0]["turns"] == 2
    assert overview["redone"] == [{"scenario": "babette", "turn": 2, "redos": 1, "example": CLOSED_RULE}]
