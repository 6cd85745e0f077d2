"""Targeted speed-ups of Rasa 3.6, installed when the Rasa server starts (``server.py``).

Each one removes work a py-spy profile of the Rasa server under a workshop's load
showed on the path of every turn (the figures are in the README's benchmark section);
each keeps Rasa's behaviour, except where the docstring says what changes and why.

- ``compiled_response_validation``: ``RemoteAction._validate_action_result`` checks
  every action-server response with ``jsonschema.validate(result, schema)``, which first
  validates the *schema* against the meta-schema and builds a new validator each time
  (45% of the server's CPU under load). The same schema is now checked once and one
  compiled validator is reused; an invalid response raises the same ``ValidationError``.
- ``event_types_by_name``: ``Event.resolve_by_type`` walks every subclass of ``Event``
  (``all_subclasses``, recursive, with an ``inspect.isabstract`` per class) for every
  event it reads; rebuilding a tracker of 25 turns from the tracker store did that 200
  times per turn (6% of the CPU). A table from type name to class gives the same class.
- ``turn_sized_action_calls``: Rasa sends the action server the *whole* tracker (every
  event of the conversation) and the whole domain on every action call, so each turn
  costs more than the one before (at turn 25, 0.5 MB of JSON per call). This project's
  actions read the slots, the latest message and the events since the leader's latest
  message, nothing else (``actions/session_actions.py``), so the call carries just
  those: the tracker state as Rasa builds it, with ``events`` from the latest user
  message on, and no domain. An action that needs older events or the domain would
  have to read them from the tracker store.
- ``short_intent_rankings``: the NLU model ranks every act combination (DIET's
  ``ranking_length: 0``, so that ``LeaderActs`` can sum the probabilities of each act),
  and Rasa stores that ranking of ~90 intents in every user event of the tracker
  (6.5 kB a turn, read back on every later turn). After ``LeaderActs`` has used it, the
  parse keeps the ten best, Rasa's own default ranking length. ``coach analyze`` and
  the threshold tuning (``components/model.py``) still see the whole ranking.
- ``pooled_sqlite_tracker_store``: with SQLite, SQLAlchemy 1.4 opens a new connection
  for every session of Rasa's ``SQLTrackerStore`` (two a turn: read, then write); the
  tracker store now keeps a small pool, as the project's own database does
  (``bot/storage/database.py``), in WAL mode (readers do not block the writer) with
  ``synchronous=NORMAL``: a commit no longer waits for the disk (10% of the server's
  CPU time went to fsync). What this gives up: after a power cut or an OS crash (not
  a crash of the server) the last turns written may be missing from the tracker; the
  database stays consistent. PostgreSQL keeps Rasa's own settings.
- ``recent_rule_states``: the rule policy turns the *whole* conversation into states
  for every prediction (two or three a turn), and then tests each rule against them,
  parsing each rule's JSON key again for every state: at turn 25 a prediction took
  2.5 times as long as at turn 1. A rule only looks at the last few states (its own
  length), so the policy now gets the states of the latest turns, cut from the tracker
  by Rasa's own ``max_history`` trimming, and each rule key is parsed once. The
  prediction is the same as long as no slot influences the conversation and there are
  no forms (then the states of a turn do not depend on anything before the cut); with
  such a domain Rasa's own code runs unchanged.
- ``remembered_conversations``: Rasa's ``SQLTrackerStore`` reads every event of the
  conversation back from the database on every turn (and parses its JSON), then counts
  them all again before it writes the new ones: at turn 25, 0.35 MB read and parsed a
  turn, a fifth of the server's CPU. The store now remembers the events of the
  conversations it has read or written (the 200 most recent, about 0.3 MB for one of
  25 turns), and on each turn asks the database only for the conversation's row count,
  highest id and latest timestamp: when those are what it remembers, the events are
  the ones it has; when another
  server added rows, it reads those rows only; anything else (rows deleted, a new
  conversation session) and it reads the conversation as Rasa does. The events are
  the same objects Rasa would build, so a tracker is the same as Rasa's own.
"""

from __future__ import annotations

import functools
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

logger = logging.getLogger(__name__)

#: How many intents a stored parse keeps (Rasa's default ``ranking_length``).
RANKING_KEPT = 10


def install() -> None:
    """Install every speed-up (once; a no-op outside a Rasa installation)."""
    try:
        import rasa.core.actions.action  # noqa: F401
    except ImportError:  # not inside a Rasa installation: nothing to speed up
        return
    for speed_up in (compiled_response_validation, event_types_by_name, turn_sized_action_calls,
                     short_intent_rankings, pooled_sqlite_tracker_store, recent_rule_states,
                     remembered_conversations):
        speed_up()


def _once(function):
    """Install a speed-up at most once per process."""
    done = []

    @functools.wraps(function)
    def install_once() -> None:
        if not done:
            function()
            done.append(True)
            logger.debug("installed %s", function.__name__)

    return install_once


@functools.lru_cache(maxsize=1)
def response_validator():
    """The JSON-schema validator of action-server responses, compiled once."""
    from jsonschema import validators
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@_once
def compiled_response_validation() -> None:
    from rasa.core.actions.action import RemoteAction

    def _validate_action_result(self, result):
        from jsonschema import ValidationError, exceptions

        error = exceptions.best_match(response_validator().iter_errors(result))
        if error is None:
            return True
        assert isinstance(error, ValidationError)
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid."
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result


@_once
def event_types_by_name() -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    rasa_resolve = Event.resolve_by_type
    table: Dict[str, type] = {}

    def build() -> None:
        # The first class of Rasa's own search order wins, as in Rasa's loop.
        found: Dict[str, type] = {}
        for cls in all_subclasses(Event):
            found.setdefault(cls.type_name, cls)
        table.clear()
        table.update(found)

    def resolve_by_type(type_name, default=None):
        cls = table.get(type_name)
        if cls is None:
            build()  # an event class imported since the table was built
            cls = table.get(type_name)
        # Unknown names get Rasa's own answer (None for "topic", the default, or ValueError).
        return cls if cls is not None else rasa_resolve(type_name, default)

    Event.resolve_by_type = staticmethod(resolve_by_type)


def events_of_this_turn(tracker) -> List[Dict[str, Any]]:
    """The tracker's events from the latest user message on, as dictionaries (all
    events when there is no user message yet)."""
    from rasa.shared.core.events import UserUttered

    events = list(tracker.events)
    start = next((i for i in range(len(events) - 1, -1, -1) if isinstance(events[i], UserUttered)), 0)
    return [event.as_dict() for event in events[start:]]


@_once
def turn_sized_action_calls() -> None:
    import rasa
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.trackers import EventVerbosity

    def _action_call_format(self, tracker, domain) -> Dict[str, Any]:
        state = tracker.current_state(EventVerbosity.NONE)
        state["events"] = events_of_this_turn(tracker)
        return {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
                "version": rasa.__version__}

    RemoteAction._action_call_format = _action_call_format


def shorten_ranking(parse_data: Dict[str, Any]) -> Dict[str, Any]:
    ranking = parse_data.get("intent_ranking")
    if isinstance(ranking, list) and len(ranking) > RANKING_KEPT:
        parse_data["intent_ranking"] = ranking[:RANKING_KEPT]
    return parse_data


@_once
def short_intent_rankings() -> None:
    from rasa.core.processor import MessageProcessor

    rasa_parse = MessageProcessor._parse_message_with_graph

    def _parse_message_with_graph(self, message, tracker, only_output_properties=True):
        return shorten_ranking(rasa_parse(self, message, tracker, only_output_properties))

    MessageProcessor._parse_message_with_graph = _parse_message_with_graph


@_once
def pooled_sqlite_tracker_store() -> None:
    from rasa.core import tracker_store
    from sqlalchemy.engine import make_url

    rasa_kwargs = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url) -> Dict[str, Any]:
        parsed = make_url(url) if isinstance(url, str) else url
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
            return rasa_kwargs(url)
        from sqlalchemy.pool import QueuePool

        return {"poolclass": QueuePool, "pool_size": 4, "max_overflow": 4,
                "connect_args": {"check_same_thread": False}}

    tracker_store.create_engine_kwargs = create_engine_kwargs
    rasa_init = tracker_store.SQLTrackerStore.__init__

    def __init__(self, *args, **kwargs) -> None:
        rasa_init(self, *args, **kwargs)
        if self.engine.dialect.name == "sqlite" and self.engine.url.database not in (None, "", ":memory:"):
            from sqlalchemy import event

            event.listen(self.engine, "connect", _sqlite_wal_pragmas)
            self.engine.dispose()  # connections opened while Rasa created the tables get them too

    tracker_store.SQLTrackerStore.__init__ = __init__


def _sqlite_wal_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def recent_turns(tracker, actions: int):
    """A copy of ``tracker`` with its applied events from the latest ``action_listen``
    that has more than ``actions`` actions after it (Rasa's ``max_history`` cut of
    ``rasa.core.policies.memoization``), found from the end, without reading the whole
    conversation; the tracker itself when it is not longer than that. Only for trackers
    without forms; ``None`` where an event in reach was reverted (then Rasa's own cut
    applies)."""
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted, ActionReverted, Restarted, SessionStarted, UserUtteranceReverted

    window = []
    seen = 0
    for event in reversed(tracker.events):
        if isinstance(event, (Restarted, SessionStarted)):
            return tracker  # nothing before it applies: the tracker is as short as it gets
        if isinstance(event, (ActionReverted, UserUtteranceReverted)):
            return None
        window.append(event)
        if isinstance(event, ActionExecuted):
            seen += 1
            if seen > actions and event.action_name == ACTION_LISTEN_NAME:
                break
    else:
        return tracker
    recent = tracker.init_copy()
    for event in reversed(window):
        recent.update(event)
    return recent


@_once
def recent_rule_states() -> None:
    from rasa.core.policies.memoization import _trim_tracker_by_max_history
    from rasa.core.policies.rule_policy import RulePolicy

    rasa_prediction_states = RulePolicy._prediction_states
    rasa_possible_keys = RulePolicy._get_possible_keys

    @functools.lru_cache(maxsize=None)
    def rule_key_to_state(rule_key):
        import json

        return json.loads(rule_key)

    @functools.lru_cache(maxsize=16)
    def longest(keys: frozenset) -> int:
        return max((len(rule_key_to_state(key)) for key in keys), default=0)

    def cuttable(domain) -> bool:
        return not domain.form_names and not any(slot.influence_conversation for slot in domain.slots)

    def _prediction_states(self, tracker, domain, use_text_for_last_user_input=False, rule_only_data=None):
        if cuttable(domain):
            # Two actions more than the longest rule: the cut, whose first state looks like
            # a conversation's start, stays out of every rule's reach.
            reach = max(longest(frozenset(lookup)) for lookup in self.lookup.values() if isinstance(lookup, dict))
            tracker = recent_turns(tracker, reach + 2) or _trim_tracker_by_max_history(tracker, reach + 2)
        return rasa_prediction_states(self, tracker, domain, use_text_for_last_user_input, rule_only_data)

    def _get_possible_keys(self, lookup, states):
        # Beyond the longest rule every key stays possible (Rasa's _is_rule_applicable).
        reach = longest(frozenset(lookup))
        return rasa_possible_keys(self, lookup, states[-reach:] if reach else states)

    RulePolicy._rule_key_to_state = staticmethod(rule_key_to_state)
    RulePolicy._prediction_states = _prediction_states
    RulePolicy._get_possible_keys = _get_possible_keys


# ---------------------------------------------------------------- remembered conversations

#: How many conversations a tracker store remembers (the least recently used go first).
REMEMBERED = 200


@dataclass(frozen=True)
class _Mark:
    """What the database says of a conversation's rows: their number, the highest id
    and the latest timestamp. Rows added or deleted change it."""

    count: int
    last_id: Optional[int]
    last_time: Optional[float]


@dataclass
class _Remembered:
    mark: _Mark
    events: List[Any]  # the current session's events, as Rasa's retrieve returns them


def _memory(store) -> "OrderedDict[str, _Remembered]":
    memory = store.__dict__.get("_gesprekscoach_memory")
    if memory is None:
        memory = store.__dict__["_gesprekscoach_memory"] = OrderedDict()
    return memory


def _remember(store, sender_id: str, mark: _Mark, events: List[Any]) -> None:
    memory = _memory(store)
    memory[sender_id] = _Remembered(mark, list(events))
    memory.move_to_end(sender_id)
    while len(memory) > REMEMBERED:
        memory.popitem(last=False)


def _mark(store, session, sender_id: str) -> _Mark:
    # Plain SQL on Rasa's own table: the ORM's query building cost more than the query.
    count, last_id, last_time = session.execute(
        _mark_query(store.SQLEvent.__tablename__), {"sender_id": sender_id}).one()
    return _Mark(int(count or 0), last_id, last_time)


@functools.lru_cache(maxsize=4)
def _mark_query(table: str):
    from sqlalchemy import text

    return text(f"SELECT count(id), max(id), max(timestamp) FROM {table} WHERE sender_id = :sender_id")


def _deserialise(rows) -> List[Any]:
    import json

    from rasa.shared.core.events import deserialise_events

    return deserialise_events([json.loads(row.data) for row in rows])


def _recall(store, session, sender_id: str, mark: _Mark) -> Optional[List[Any]]:
    """The conversation's current-session events from memory (and the rows another
    server added since), or ``None`` when they must be read as Rasa does."""
    from rasa.shared.core.events import SessionStarted

    known = _memory(store).get(sender_id)
    if known is None:
        return None
    if known.mark == mark:
        return known.events
    if known.mark.last_id is None or mark.count <= known.mark.count or (mark.last_id or 0) <= known.mark.last_id:
        return None
    event = store.SQLEvent
    rows = (session.query(event).filter(event.sender_id == sender_id, event.id > known.mark.last_id)
            .order_by(event.id).all())
    if len(rows) != mark.count - known.mark.count or any(
            row.type_name == SessionStarted.type_name for row in rows):
        return None
    return known.events + _deserialise(rows)


@_once
def remembered_conversations() -> None:
    import itertools
    import json

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import SessionStarted
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.shared.nlu.constants import INTENT_NAME_KEY

    rasa_retrieve = SQLTrackerStore._retrieve
    rasa_save = SQLTrackerStore.save

    async def _retrieve(self, sender_id, fetch_events_from_all_sessions):
        if fetch_events_from_all_sessions or not self.domain:
            return await rasa_retrieve(self, sender_id, fetch_events_from_all_sessions)
        with self.session_scope() as session:
            mark = _mark(self, session, sender_id)  # before the rows: a row added meanwhile is a miss
            events = _recall(self, session, sender_id, mark)
            if events is None:
                rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
                events = _deserialise(rows)
            _remember(self, sender_id, mark, events)
        if not events:
            return None
        return DialogueStateTracker.from_events(sender_id, events, self.domain.slots)

    async def save(self, tracker) -> None:
        known = _memory(self).get(tracker.sender_id)
        if known is None:
            return await rasa_save(self, tracker)
        await self.stream_events(tracker)
        with self.session_scope() as session:
            mark = _mark(self, session, tracker.sender_id)
            if mark != known.mark:
                _memory(self).pop(tracker.sender_id, None)
                session.close()
                return await rasa_save(self, tracker)
            # The same rows as when the conversation was read: its stored events are the
            # remembered ones, and the tracker's events after them are new (Rasa counts them).
            new = list(itertools.islice(tracker.events, len(known.events), None))
            rows = []
            for event in new:
                data = event.as_dict()
                rows.append({
                    "sender_id": tracker.sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
                    "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                    "action_name": data.get("name"), "data": json.dumps(data)})
            if rows:
                session.execute(self.SQLEvent.__table__.insert(), rows)
            mark = _mark(self, session, tracker.sender_id)
            session.commit()
        if any(isinstance(event, SessionStarted) for event in new):
            # A new session: Rasa's retrieve picks its events by timestamp; let it.
            _memory(self).pop(tracker.sender_id, None)
            return None
        _remember(self, tracker.sender_id, mark, list(tracker.events))
        return None

    SQLTrackerStore._retrieve = _retrieve
    SQLTrackerStore.save = save
