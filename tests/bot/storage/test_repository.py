"""bot/storage/repository.py: sessions, progress, privacy and workshops.

Sessions are real session dicts made by bot.session (start / turn / stop) with the
rules-only analysis; every test runs on SQLite and on the real PostgreSQL (``db``).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Column, Float, MetaData, String, Table, func, select, update

from bot import acts as A
from bot import session as S
from bot.analysis.combine import analyse_turn
from bot.errors import GesprekscoachError
from bot.persona.scenario import ScenarioLibrary
from bot.storage import repository as R
from bot.storage.models import Debrief, Participant, PracticeSession, Turn, Workshop

PRACTICE = "p" * 20
OTHER_PRACTICE = "q" * 20

# Turns whose acts (rules-only analysis) the expectations below rely on.
OPEN_STUDENT = "Wat betekent dit voor leerlingen?"                  # open_question, student_focus
OPEN = "Hoi! Vertel eens, hoe gaat het met je initiatief?"         # open_question
OPEN_COMPLIMENT = "Wat goed dat je dit oppakt! Hoe ging het in het begin?"  # open_question, compliment
CLOSED = "Is het al klaar?"                                         # closed_question
CLOSED_RULE = "Heb je wel toestemming gevraagd?"                    # closed_question, rule_first
PRESCRIBE = "Ik wil dat jullie volgende maand een plan inleveren."  # prescribe


@pytest.fixture(scope="module")
def library() -> ScenarioLibrary:
    return ScenarioLibrary.load()


def play(library, texts, scenario="babette", extra=None, stop=True, after_stop=()):
    """A real session dict: start, the leader's turns, /stop, and turns after the stop."""
    session = S.start(library, scenario, extra=extra).session
    assert session is not None
    for text in texts:
        session = S.turn(library, session, text, analyse_turn(text)).session
    if stop:
        session = S.stop(library, session).session
    for text in after_stop:
        session = S.turn(library, session, text, analyse_turn(text)).session
    return session


def count(db, model, *where) -> int:
    query = select(func.count()).select_from(model)
    if where:
        query = query.where(*where)
    with db.session() as s:
        return s.execute(query).scalar_one()


def set_started_at(db, session_id: str, when: datetime) -> None:
    with db.session() as s:
        s.execute(update(PracticeSession).where(PracticeSession.id == session_id).values(started_at=when))


def utc(days_ago: float = 0, minutes: int = 0) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days_ago) + timedelta(minutes=minutes)


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
    R.sync_session(db, session, "conv-1")
    R.sync_session(db, session, "conv-1")
    R.sync_session(db, session, "conv-1")
    assert count(db, PracticeSession) == 1
    assert count(db, Turn) == 2
    assert R.count_turns(db, session["id"]) == 2
    with db.session() as s:
        row = s.get(PracticeSession, session["id"])
        assert row.conversation_id == "conv-1"
        assert row.practice_id == PRACTICE
        assert row.scenario == "babette"
        assert row.mode == "live"
        assert row.status == "active"
        assert row.openness == pytest.approx(session["teacher"]["openness"])
        assert row.motivation == pytest.approx(session["teacher"]["motivation"])
        assert row.stopped_at is None
        turns = s.execute(select(Turn).where(Turn.session_id == session["id"]).order_by(Turn.number)).scalars().all()
        assert [(t.number, t.text) for t in turns] == [(1, OPEN), (2, CLOSED)]
        assert [t.acts for t in turns] == [session["turns"][0]["acts"], session["turns"][1]["acts"]]
        assert turns[1].openness == pytest.approx(session["turns"][1]["openness"])
        assert not any(t.after_stop for t in turns)
    assert count(db, Debrief) == 0  # no debrief before /stop


def test_sync_adds_only_the_new_turns(db, library):
    session = play(library, [OPEN], stop=False)
    R.sync_session(db, session, "conv-1")
    assert count(db, Turn, Turn.session_id == session["id"]) == 1
    for text in (OPEN_STUDENT, CLOSED):
        session = S.turn(library, session, text, analyse_turn(text)).session
        R.sync_session(db, session, "conv-1")
        R.sync_session(db, session, "conv-1")  # a retried action
    assert count(db, Turn, Turn.session_id == session["id"]) == 3
    assert count(db, PracticeSession) == 1
    with db.session() as s:
        numbers = s.execute(select(Turn.number, Turn.text).where(Turn.session_id == session["id"])
                            .order_by(Turn.number)).all()
        assert [tuple(n) for n in numbers] == [(1, OPEN), (2, OPEN_STUDENT), (3, CLOSED)]
        # The session row follows the teacher's state of the latest sync.
        assert s.get(PracticeSession, session["id"]).openness == pytest.approx(session["teacher"]["openness"])


def test_safe_sync_is_idempotent_too(db, library):
    session = play(library, [OPEN, CLOSED])
    for _ in range(3):
        R.safe_sync(db, session, "conv-1")
    assert count(db, Turn) == 2
    assert count(db, Debrief) == 1


def test_stop_stores_the_debrief_with_the_score_once(db, library):
    session = play(library, [OPEN, CLOSED], stop=False)
    R.sync_session(db, session, "conv-1")
    stopped = S.stop(library, session).session
    R.sync_session(db, stopped, "conv-1")
    R.sync_session(db, stopped, "conv-1")
    assert count(db, Debrief) == 1
    with db.session() as s:
        debrief = s.get(Debrief, session["id"])
        assert debrief.score == stopped["report"]["score"]
        assert debrief.report["turns"] == 2
        assert debrief.report["scenario"] == "babette"
        row = s.get(PracticeSession, session["id"])
        assert row.status == "stopped"
        assert row.stopped_at is not None


def test_turns_after_the_stop_are_stored_and_marked(db, library):
    session = play(library, [OPEN_STUDENT], extra={"practice_id": PRACTICE})
    R.sync_session(db, session, "conv-1")
    later = S.turn(library, session, CLOSED, analyse_turn(CLOSED)).session
    R.sync_session(db, later, "conv-1")
    R.sync_session(db, later, "conv-1")
    assert count(db, Turn) == 2
    assert count(db, Turn, Turn.after_stop.is_(True)) == 1
    assert count(db, Debrief) == 1
    (summary,) = R.progress(db, PRACTICE)
    assert summary["turns"] == 1  # the after-stop turn does not count
    assert summary["open_share"] == 1.0


def test_an_invalid_practice_id_is_not_stored(db, library):
    session = play(library, [OPEN], extra={"practice_id": "short"})
    R.sync_session(db, session, "conv-1")
    with db.session() as s:
        assert s.get(PracticeSession, session["id"]).practice_id is None
    assert R.progress(db, "short") == []


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
        session["started_at"] = (datetime.now(timezone.utc) - timedelta(hours=hours_ago)).isoformat(timespec="seconds")
        R.sync_session(db, session, "conv-" + session["id"])

    rows = R.progress(db, PRACTICE)
    assert [r["session"] for r in rows] == [first["id"], second["id"], third["id"]]
    assert [r["scenario"] for r in rows] == ["babette", "overleg", "rooster"]
    assert [r["turns"] for r in rows] == [2, 2, 3]
    assert [r["status"] for r in rows] == ["stopped", "stopped", "active"]
    assert [r["score"] for r in rows] == [first["report"]["score"], second["report"]["score"], None]
    assert [r["open_share"] for r in rows] == [0.5, 0.0, 0.667]
    assert [r["first_student_focus_turn"] for r in rows] == [1, None, 3]
    assert rows[0]["first_student_focus_turn"] == first["report"]["first_student_focus_turn"]
    assert [r["openness"] for r in rows] == pytest.approx(
        [first["teacher"]["openness"], second["teacher"]["openness"], third["teacher"]["openness"]])

    (only,) = R.progress(db, OTHER_PRACTICE)
    assert only["session"] == other["id"]


def test_progress_without_questions_has_no_open_share(db, library):
    session = play(library, [PRESCRIBE], extra={"practice_id": PRACTICE})
    R.sync_session(db, session, "conv-1")
    (row,) = R.progress(db, PRACTICE)
    assert row["open_share"] is None
    assert row["first_student_focus_turn"] is None
    assert row["turns"] == 1


@pytest.mark.parametrize("practice_id", ["", "short", "p" * 15, "p" * 81, "p" * 19 + "!", "../" + "p" * 20, None])
def test_progress_of_an_invalid_practice_id_is_empty(db, library, practice_id):
    session = play(library, [OPEN], extra={"practice_id": PRACTICE})
    R.sync_session(db, session, "conv-1")
    assert R.progress(db, practice_id) == []


def test_progress_keeps_the_utc_offset_of_started_at(db, library, request):
    """progress() feeds the web page's chart (``new Date(s.started_at)``): a time
    without an offset is read there as local time, so the day can shift."""
    session = play(library, [OPEN], extra={"practice_id": PRACTICE})
    session["started_at"] = "2026-03-01T23:30:00+00:00"
    R.sync_session(db, session, "conv-1")
    (row,) = R.progress(db, PRACTICE)
    assert datetime.fromisoformat(row["started_at"]) == datetime(2026, 3, 1, 23, 30, tzinfo=timezone.utc)


# --------------------------------------------------------- export / delete

def test_export_practice_returns_the_turns_texts(db, library):
    mine = play(library, [OPEN, OPEN_STUDENT], extra={"practice_id": PRACTICE}, after_stop=[CLOSED])
    theirs = play(library, [PRESCRIBE], extra={"practice_id": OTHER_PRACTICE})
    R.sync_session(db, mine, "conv-1")
    R.sync_session(db, theirs, "conv-2")

    exported = R.export_practice(db, PRACTICE)
    assert exported["practice_id"] == PRACTICE
    (session,) = exported["sessions"]
    assert session["session"] == mine["id"]
    assert [t["text"] for t in session["turns"]] == [OPEN, OPEN_STUDENT, CLOSED]
    assert [t["number"] for t in session["turns"]] == [1, 2, 3]
    assert [t["after_stop"] for t in session["turns"]] == [False, False, True]
    assert session["report"]["score"] == mine["report"]["score"]
    assert session["mode"] == "live"
    assert PRESCRIBE not in str(exported)

    assert R.export_practice(db, "x" * 20) == {"practice_id": "x" * 20, "workshops": [], "sessions": []}


def test_delete_practice_removes_only_that_practice_id(db, library):
    mine = [play(library, [OPEN, CLOSED], extra={"practice_id": PRACTICE}),
            play(library, [OPEN_STUDENT], stop=False, extra={"practice_id": PRACTICE})]
    theirs = play(library, [PRESCRIBE, CLOSED], extra={"practice_id": OTHER_PRACTICE})
    for n, session in enumerate(mine + [theirs]):
        R.sync_session(db, session, f"conv-{n}")
    assert count(db, Turn) == 5 and count(db, Debrief) == 2

    assert R.delete_practice(db, PRACTICE) == 2
    mine_ids = [s["id"] for s in mine]
    assert count(db, PracticeSession, PracticeSession.id.in_(mine_ids)) == 0
    assert count(db, Turn, Turn.session_id.in_(mine_ids)) == 0
    assert count(db, Debrief, Debrief.session_id.in_(mine_ids)) == 0
    assert R.progress(db, PRACTICE) == []
    # The other practice id keeps everything.
    assert count(db, PracticeSession) == 1
    assert count(db, Turn, Turn.session_id == theirs["id"]) == 2
    assert count(db, Debrief, Debrief.session_id == theirs["id"]) == 1
    assert [r["session"] for r in R.progress(db, OTHER_PRACTICE)] == [theirs["id"]]

    assert R.delete_practice(db, PRACTICE) == 0  # nothing left to delete


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
    R.sync_session(db, mine, "conv-mine")
    R.sync_session(db, theirs, "conv-theirs")
    with db.session() as s:
        s.execute(events.insert(), [{"id": "1", "sender_id": "conv-mine", "timestamp": utc().timestamp()},
                                    {"id": "2", "sender_id": "conv-mine", "timestamp": utc().timestamp()},
                                    {"id": "3", "sender_id": "conv-theirs", "timestamp": utc().timestamp()}])
    assert R.delete_practice(db, PRACTICE) == 1
    with db.session() as s:
        left = s.execute(select(events.c.sender_id)).scalars().all()
    assert left == ["conv-theirs"]


# --------------------------------------------------------------------- purge

def test_purge_deletes_only_sessions_older_than_n_days(db, library):
    old = play(library, [OPEN, CLOSED], extra={"practice_id": PRACTICE})
    recent = play(library, [OPEN_STUDENT], extra={"practice_id": PRACTICE})
    today = play(library, [CLOSED])
    for n, session in enumerate((old, recent, today)):
        R.sync_session(db, session, f"conv-{n}")
    set_started_at(db, old["id"], utc(days_ago=40))
    set_started_at(db, recent["id"], utc(days_ago=29))

    assert R.purge_older_than(db, 30) == 1
    with db.session() as s:
        assert set(s.execute(select(PracticeSession.id)).scalars()) == {recent["id"], today["id"]}
    assert count(db, Turn, Turn.session_id == old["id"]) == 0
    assert count(db, Debrief, Debrief.session_id == old["id"]) == 0
    assert count(db, Turn) == 2
    assert count(db, Debrief) == 2

    assert R.purge_older_than(db, 30) == 0  # nothing older is left
    assert R.purge_older_than(db, 28) == 1  # "recent" (29 days) goes with a shorter retention
    assert [r["session"] for r in R.progress(db, PRACTICE)] == []
    with db.session() as s:
        assert s.execute(select(PracticeSession.id)).scalars().all() == [today["id"]]


def test_purge_keeps_the_conversation_of_a_session_inside_retention(db, library):
    events = events_table(db)
    old = play(library, [OPEN])
    current = play(library, [OPEN_STUDENT], stop=False)
    R.sync_session(db, old, "same-browser")
    R.sync_session(db, current, "same-browser")
    set_started_at(db, old["id"], utc(days_ago=400))
    with db.session() as s:
        s.execute(events.insert(), [
            {"id": "old", "sender_id": "same-browser", "timestamp": utc(days_ago=400).timestamp()},
            {"id": "now", "sender_id": "same-browser", "timestamp": utc().timestamp()}])
    assert R.purge_older_than(db, 365) == 1
    with db.session() as s:
        left = s.execute(select(events.c.id)).scalars().all()
    assert "now" in left


# ----------------------------------------------------------------- workshops

def test_create_workshop_returns_code_and_token_stored_hashed(db):
    created = R.create_workshop(db, "  Netwerkdag   voorjaar ")
    code, token = created["code"], created["facilitator_token"]
    assert created["name"] == "Netwerkdag voorjaar"
    assert len(code) == R.CODE_LENGTH == 6
    assert set(code) <= set(R.CODE_ALPHABET)
    assert isinstance(token, str) and len(token) >= 24
    with db.session() as s:
        row = s.execute(select(Workshop).where(Workshop.code == code)).scalar_one()
    assert row.name == "Netwerkdag voorjaar"
    assert row.token_hash != token
    assert token not in row.token_hash
    assert row.token_hash == R.hash_token(token)
    assert len(row.token_hash) == 64
    assert row.closed_at is None


def test_workshops_get_different_codes_and_tokens(db):
    created = [R.create_workshop(db, f"Workshop {n}") for n in range(5)]
    assert len({c["code"] for c in created}) == 5
    assert len({c["facilitator_token"] for c in created}) == 5
    assert count(db, Workshop) == 5


@pytest.mark.parametrize("name", ["", "   ", None])
def test_create_workshop_without_a_name_is_refused(db, name):
    with pytest.raises(R.WorkshopError) as caught:
        R.create_workshop(db, name)
    assert "naam" in str(caught.value)
    assert isinstance(caught.value, GesprekscoachError)
    assert count(db, Workshop) == 0


def test_join_workshop_with_the_code_in_any_form(db):
    code = R.create_workshop(db, "Netwerkdag")["code"]
    spaced = f" {code[:3].lower()} {code[3:]} "
    joined = [R.join_workshop(db, code, "Anne", PRACTICE),
              R.join_workshop(db, code.lower(), "Bram", None),
              R.join_workshop(db, spaced, "Carla", "short")]
    assert [j["nickname"] for j in joined] == ["Anne", "Bram", "Carla"]
    assert all(j["workshop"] == code and j["workshop_name"] == "Netwerkdag" for j in joined)
    assert len({j["participant_id"] for j in joined}) == 3
    with db.session() as s:
        rows = s.execute(select(Participant).order_by(Participant.id)).scalars().all()
        workshop_id = s.execute(select(Workshop.id).where(Workshop.code == code)).scalar_one()
    assert [r.nickname for r in rows] == ["Anne", "Bram", "Carla"]
    assert [r.practice_id for r in rows] == [PRACTICE, None, None]
    assert {r.workshop_id for r in rows} == {workshop_id}


def test_join_workshop_makes_nicknames_unique(db):
    code = R.create_workshop(db, "Netwerkdag")["code"]
    other = R.create_workshop(db, "Andere dag")["code"]
    names = [R.join_workshop(db, code, nickname, None)["nickname"]
             for nickname in ("Anne", "Anne", "  Anne ", "Bram", "", None)]
    assert names == ["Anne", "Anne (2)", "Anne (3)", "Bram", "Deelnemer", "Deelnemer (2)"]
    # Unique within a workshop only.
    assert R.join_workshop(db, other, "Anne", None)["nickname"] == "Anne"
    assert count(db, Participant) == 7


@pytest.mark.parametrize("code", ["ZZZZZZ", "", "nope"])
def test_join_an_unknown_workshop_is_refused_in_dutch(db, code):
    R.create_workshop(db, "Netwerkdag")
    with pytest.raises(R.WorkshopError) as caught:
        R.join_workshop(db, code, "Anne", None)
    assert "ken ik niet" in str(caught.value)
    assert "begeleider" in str(caught.value)
    assert count(db, Participant) == 0


def test_join_a_closed_workshop_is_refused_in_dutch(db):
    created = R.create_workshop(db, "Netwerkdag")
    code = created["code"]
    R.join_workshop(db, code, "Anne", None)
    R.close_workshop(db, R.authorise(db, code, created["facilitator_token"]))
    with db.session() as s:
        assert s.execute(select(Workshop.closed_at).where(Workshop.code == code)).scalar_one() is not None
    with pytest.raises(R.WorkshopError) as caught:
        R.join_workshop(db, code, "Bram", None)
    message = str(caught.value)
    assert "gesloten" in message and "Netwerkdag" in message
    assert count(db, Participant) == 1


def test_authorise(db):
    created = R.create_workshop(db, "Netwerkdag")
    other = R.create_workshop(db, "Andere dag")
    code, token = created["code"], created["facilitator_token"]

    for missing in (None, ""):
        with pytest.raises(R.AccessDenied) as caught:
            R.authorise(db, code, missing)
        assert caught.value.status == 401

    for wrong_code, wrong_token in ((code, "wrong-token"), (code, other["facilitator_token"]),
                                    ("ZZZZZZ", token), (other["code"], token), (code, token + "x")):
        with pytest.raises(R.AccessDenied) as caught:
            R.authorise(db, wrong_code, wrong_token)
        assert caught.value.status == 403

    workshop = R.authorise(db, code, token)
    assert isinstance(workshop, Workshop)
    assert workshop.code == code and workshop.name == "Netwerkdag"
    assert R.authorise(db, code.lower(), token).id == workshop.id


# ------------------------------------------------------- workshop dashboard

@pytest.fixture()
def workshop_with_three(db, library):
    """A workshop with Anne, Bram and Carla, each with one synced session whose turns
    mention the participants by name."""
    created = R.create_workshop(db, "Netwerkdag")
    code, token = created["code"], created["facilitator_token"]
    plans = {
        "Anne": ("babette", ["Hoi Bram! Vertel eens, hoe gaat het met je initiatief?",
                             "Wat betekent dit voor leerlingen, Anne?", CLOSED], True),
        "Bram": ("overleg", ["Carla, ik wil dat jullie volgende maand een plan inleveren.", CLOSED_RULE], True),
        "Carla": ("rooster", ["Wat goed dat je dit oppakt, anne! Hoe ging het in het begin?"], False),
    }
    sessions = {}
    for n, (nickname, (scenario, texts, stop)) in enumerate(plans.items()):
        joined = R.join_workshop(db, code, nickname, None)
        session = play(library, texts, scenario=scenario, stop=stop,
                       extra={"participant_id": joined["participant_id"], "display_name": joined["nickname"]})
        session["started_at"] = (datetime.now(timezone.utc) - timedelta(minutes=10 - n)).isoformat(timespec="seconds")
        R.sync_session(db, session, f"conv-{nickname}")
        sessions[nickname] = session
    return R.authorise(db, code, token), sessions


def test_workshop_overview(db, workshop_with_three):
    workshop, sessions = workshop_with_three
    overview = R.workshop_overview(db, workshop)
    assert overview["code"] == workshop.code
    assert overview["name"] == "Netwerkdag"
    assert overview["closed"] is False

    people = {p["nickname"]: p for p in overview["participants"]}
    assert set(people) == {"Anne", "Bram", "Carla"}
    assert len(overview["participants"]) == 3
    for nickname, session in sessions.items():
        person = people[nickname]
        assert person["scenario"] == session["scenario"]
        assert person["turns"] == len(session["turns"])
        assert person["openness"] == pytest.approx(session["teacher"]["openness"])
        assert person["status"] == session["status"]
        assert person["sessions"] == 1
        assert person["score"] == (session["report"]["score"] if "report" in session else None)
    assert people["Carla"]["score"] is None and people["Carla"]["status"] == "active"
    assert [p["turns"] for p in overview["participants"]] == [3, 2, 1]
    assert overview["turns"] == 6

    expected = {act: 0 for act in A.ACTS}
    for session in sessions.values():
        for turn in session["turns"]:
            for act in turn["acts"]:
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
        assert set(example["acts"]) & R.GOOD_EXAMPLE
        assert not set(example["acts"]) & (R.POOR_EXAMPLE | {A.CLOSED_QUESTION})
    for example in poor:
        assert set(example["acts"]) & R.POOR_EXAMPLE
    texts = [e["text"] for e in good + poor]
    for text in texts:
        for nickname in ("anne", "bram", "carla"):
            assert nickname not in text.lower(), text
    assert any("…" in text for text in texts)
    # The best good example (two good acts) comes first.
    assert set(good[0]["acts"]) in ({A.OPEN_QUESTION, A.STUDENT_FOCUS}, {A.OPEN_QUESTION, A.COMPLIMENT})
    assert "Wat betekent dit voor leerlingen" in " ".join(texts)


def test_workshop_overview_lists_a_participant_without_a_session(db):
    created = R.create_workshop(db, "Netwerkdag")
    R.join_workshop(db, created["code"], "Dirk", None)
    overview = R.workshop_overview(db, R.authorise(db, created["code"], created["facilitator_token"]))
    (person,) = overview["participants"]
    assert person == {"nickname": "Dirk", "scenario": None, "status": "not_started", "turns": 0,
                      "openness": None, "score": None, "sessions": 0}
    assert overview["turns"] == 0
    assert set(overview["acts"].values()) == {0}
    assert overview["examples"] == {"good": [], "poor": []}


def test_workshop_overview_shows_closed(db, workshop_with_three):
    workshop, _ = workshop_with_three
    R.close_workshop(db, workshop)
    R.close_workshop(db, workshop)  # closing twice keeps the first closing time
    with db.session() as s:
        fresh = s.execute(select(Workshop).where(Workshop.code == workshop.code)).scalar_one()
    # As the web channel does: authorise (a fresh row) per request.
    assert fresh.closed_at is not None
    assert R.workshop_overview(db, fresh)["closed"] is True


def test_workshop_csv(db, library, workshop_with_three):
    workshop, sessions = workshop_with_three
    # A second session for Anne: one row per session, not per participant.
    with db.session() as s:
        anne = s.execute(select(Participant).where(Participant.nickname == "Anne")).scalar_one()
    again = play(library, [OPEN], extra={"participant_id": anne.id})
    R.sync_session(db, again, "conv-Anne")

    rows = list(csv.reader(io.StringIO(R.workshop_csv(db, workshop))))
    assert rows[0] == ["deelnemer", "scenario", "status", "beurten", "openheid", "score", "open vragen",
                       "gesloten vragen", "eerste vraag over leerlingen (beurt)", "gestart"]
    body = rows[1:]
    assert len(body) == 4
    assert sorted(r[0] for r in body) == ["Anne", "Anne", "Bram", "Carla"]
    by_name = {}
    for row in body:
        by_name.setdefault(row[0], []).append(row)
    anne_first = by_name["Anne"][0]
    assert anne_first[1:4] == ["babette", "stopped", "3"]
    assert anne_first[4] == f"{sessions['Anne']['teacher']['openness']:.2f}"
    assert anne_first[5] == str(sessions["Anne"]["report"]["score"])
    assert anne_first[6:9] == ["2", "1", "2"]
    assert by_name["Anne"][1][1:4] == ["babette", "stopped", "1"]
    (bram,) = by_name["Bram"]
    assert bram[6:9] == ["0", "1", ""]
    (carla,) = by_name["Carla"]
    assert carla[1:3] == ["rooster", "active"]
    assert carla[5] == ""  # no score before /stop


def test_delete_workshop_removes_only_that_workshop(db, library, workshop_with_three):
    workshop, sessions = workshop_with_three
    other = R.create_workshop(db, "Andere dag")
    joined = R.join_workshop(db, other["code"], "Anne", None)
    kept = play(library, [OPEN, CLOSED], extra={"participant_id": joined["participant_id"]})
    R.sync_session(db, kept, "conv-other")
    private = play(library, [OPEN_STUDENT], extra={"practice_id": PRACTICE})
    R.sync_session(db, private, "conv-private")
    doomed = [s["id"] for s in sessions.values()]
    assert count(db, Turn, Turn.session_id.in_(doomed)) == 6

    assert R.delete_workshop(db, workshop) == 3

    assert count(db, Workshop, Workshop.id == workshop.id) == 0
    assert count(db, Participant, Participant.workshop_id == workshop.id) == 0
    assert count(db, PracticeSession, PracticeSession.id.in_(doomed)) == 0
    assert count(db, Turn, Turn.session_id.in_(doomed)) == 0
    assert count(db, Debrief, Debrief.session_id.in_(doomed)) == 0
    # The other workshop and the private practice session are untouched.
    other_workshop = R.authorise(db, other["code"], other["facilitator_token"])
    overview = R.workshop_overview(db, other_workshop)
    assert [p["nickname"] for p in overview["participants"]] == ["Anne"]
    assert overview["participants"][0]["turns"] == 2
    assert count(db, Workshop) == 1
    assert count(db, Participant) == 1
    assert count(db, PracticeSession) == 2
    assert count(db, Turn) == 3
    assert [r["session"] for r in R.progress(db, PRACTICE)] == [private["id"]]
    with pytest.raises(R.AccessDenied):
        R.authorise(db, workshop.code, "anything")


def test_the_same_browser_joining_again_stays_one_participant(db):
    code = R.create_workshop(db, "Terugkomdag")["code"]
    first = R.join_workshop(db, code, "Anne", "b" * 32)
    again = R.join_workshop(db, code, "Anne", "b" * 32)
    other = R.join_workshop(db, code, "Anne", "c" * 32)
    assert again["participant_id"] == first["participant_id"] and again["nickname"] == "Anne"
    assert other["participant_id"] != first["participant_id"] and other["nickname"] == "Anne (2)"
