"""The speed-ups that keep a turn's cost flat as the conversation grows
(components/rasa_speedups.py) give what Rasa's own code gives: the same trackers from
the tracker store, the same rule states, the same event classes; and the action server
gets the turn it needs, not the whole conversation."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

from components import rasa_speedups
from tests.conftest import ROOT

# The speed-ups replace methods of Rasa's classes, as the server installs them.
rasa_speedups.install()


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def _turn(n: int):
    text = f"Hoe ging beurt {n}?"
    parse = {"intent": {"name": "open_question", "confidence": 0.9}, "entities": [], "text": text}
    return [UserUttered(text, parse["intent"], [], parse), ActionExecuted("action_leader_turn"),
            BotUttered(f"Antwoord {n}"), SlotSet("session", "x" * (50 * n)), ActionExecuted(ACTION_LISTEN_NAME)]


def _opening():
    return [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted(ACTION_LISTEN_NAME)]


def _as_dicts(tracker):
    return None if tracker is None else [event.as_dict() for event in tracker.events]


# ---------------------------------------------------------------- the tracker store's memory

_STORES = []


def _store(domain, url) -> SQLTrackerStore:
    store = SQLTrackerStore(domain, host=url)
    _STORES.append(store)
    return store


@pytest.fixture(autouse=True)
def _close_stores():
    """The tracker stores a test made are closed after it."""
    yield
    while _STORES:
        _STORES.pop().engine.dispose()


def test_remembered_conversations_read_back_as_rasa_reads_them(domain, database_url):
    url = database_url
    ours, other = _store(domain, url), _store(domain, url)

    async def play():
        sender = "gesprek-1"
        assert await ours.retrieve(sender) is None
        await ours.save(DialogueStateTracker.from_events(sender, _opening(), domain.slots))
        for n in range(1, 8):
            store = other if n == 4 else ours  # turn 4 comes in through another server
            tracker = await store.retrieve(sender)
            for event in _turn(n):
                tracker.update(event)
            await store.save(tracker)
            fresh = await _store(domain, url).retrieve(sender)  # nothing remembered: Rasa's own read
            assert _as_dicts(await ours.retrieve(sender)) == _as_dicts(fresh)
            assert _as_dicts(await other.retrieve(sender)) == _as_dicts(fresh)
        return sender

    sender = asyncio.run(play())
    assert len(_rasa_rows(url, sender)) == 3 + 7 * 5  # every event stored once


def test_a_deleted_conversation_is_not_served_from_memory(domain, database_url):
    url = database_url
    store = _store(domain, url)

    async def play():
        sender = "gesprek-2"
        tracker = DialogueStateTracker.from_events(sender, _opening() + _turn(1), domain.slots)
        await store.save(tracker)
        assert await store.retrieve(sender) is not None
        _delete(url, sender)  # `coach delete`: the conversation's events go
        assert await store.retrieve(sender) is None
        # The same conversation id starts again with as many events as before.
        await store.save(DialogueStateTracker.from_events(sender, _opening() + _turn(9), domain.slots))
        again = await store.retrieve(sender)
        assert _as_dicts(again) == _as_dicts(await _store(domain, url).retrieve(sender))
        texts = [getattr(event, "text", None) for event in again.events]
        assert "Hoe ging beurt 9?" in texts and "Hoe ging beurt 1?" not in texts

    asyncio.run(play())


def test_a_new_conversation_session_is_read_as_rasa_reads_it(domain, database_url):
    url = database_url
    store = _store(domain, url)

    async def play():
        sender = "gesprek-3"
        await store.save(DialogueStateTracker.from_events(sender, _opening() + _turn(1), domain.slots))
        tracker = await store.retrieve(sender)
        for event in _opening() + _turn(2):
            tracker.update(event)
        await store.save(tracker)
        ours = await store.retrieve(sender)
        assert _as_dicts(ours) == _as_dicts(await _store(domain, url).retrieve(sender))
        assert "Hoe ging beurt 1?" not in [getattr(e, "text", None) for e in ours.events]

    asyncio.run(play())


def _rasa_rows(url, sender):
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text("SELECT type_name FROM events WHERE sender_id = :s"),
                                      {"s": sender}).all()
    finally:
        engine.dispose()


def _delete(url, sender):
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM events WHERE sender_id = :s"), {"s": sender})
    finally:
        engine.dispose()


def test_the_sqlite_tracker_store_pools_its_connections_in_wal_mode(domain, tmp_path):
    store = _store(domain, f"sqlite:///{tmp_path / 'trackers.db'}")
    assert isinstance(store.engine.pool, sa.pool.QueuePool)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


# ---------------------------------------------------------------- the rule policy's states

def _long_tracker(domain, turns=12, extra=()):
    events = _opening()
    for n in range(1, turns + 1):
        events += _turn(n)
    return DialogueStateTracker.from_events("lang", events + list(extra), domain.slots)


@pytest.mark.parametrize("actions", [2, 4, 6])
def test_the_recent_turns_give_the_same_latest_states(domain, actions):
    tracker = _long_tracker(domain)
    recent = rasa_speedups.recent_turns(tracker, actions)
    assert len(recent.events) < len(tracker.events)
    full_states = domain.states_for_tracker_history(tracker)
    recent_states = domain.states_for_tracker_history(recent)
    assert recent_states[-actions:] == full_states[-actions:]


def test_a_short_conversation_is_not_cut(domain):
    tracker = _long_tracker(domain, turns=1)
    assert rasa_speedups.recent_turns(tracker, 6) is tracker


def test_a_reverted_turn_in_reach_leaves_the_cut_to_rasa(domain):
    tracker = _long_tracker(domain, extra=[UserUttered("oeps"), UserUtteranceReverted()])
    assert rasa_speedups.recent_turns(tracker, 4) is None


def test_a_restart_in_reach_keeps_the_tracker_whole(domain):
    tracker = _long_tracker(domain, extra=[Restarted(), ActionExecuted(ACTION_LISTEN_NAME)] + _turn(20))
    assert rasa_speedups.recent_turns(tracker, 4) is tracker


# ---------------------------------------------------------------- events and the action call

def test_every_event_name_resolves_to_the_class_rasas_search_finds():
    for cls in all_subclasses(Event):
        expected = next(c for c in all_subclasses(Event) if c.type_name == cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is expected
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no such event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError):
        Event.resolve_by_type("no such event")


def test_the_action_server_gets_the_turn_not_the_conversation(domain):
    tracker = _long_tracker(domain, turns=10)
    call = RemoteAction("action_leader_turn", None)._action_call_format(tracker, domain)
    state = call["tracker"]
    assert "domain" not in call
    assert state["events"][0]["event"] == "user" and state["events"][0]["text"] == "Hoe ging beurt 10?"
    assert len(state["events"]) == 5
    assert state["slots"]["session"] == "x" * 500
    assert state["latest_message"]["text"] == "Hoe ging beurt 10?"


def test_a_stored_parse_keeps_the_ten_best_intents():
    ranking = [{"name": f"intent_{i}", "confidence": 1 / (i + 1)} for i in range(90)]
    parse = rasa_speedups.shorten_ranking({"intent": ranking[0], "intent_ranking": list(ranking)})
    assert parse["intent_ranking"] == ranking[:10]
