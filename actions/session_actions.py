"""The actions of a practice session. Each reads the tracker, calls ``bot/`` and
sends its messages; the session lives in the ``session`` slot as one JSON string
(Rasa checks and copies a string far faster than a nested object, on every turn).
The goals exercise (bot/goals/exercise.py) lives in the ``exercise`` slot the same
way: ``/start{"exercise":"doelen"}`` starts it (and ends a role-play), any other
``/start`` ends it; while it is active, turns, /hint and /stop go to it."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import corrections, readings, redo, runtime, workshop
from bot import session as practice
from bot.acts import ACTS
from bot.analysis.combine import TurnAnalysis
from bot.goals import exercise
from bot.limits import MAX_TURN_CHARS
from bot.state import SessionFormatError, SessionState
from bot.storage.exercises import sync_exercise
from bot.storage.sessions import safe_sync

logger = logging.getLogger(__name__)
SLOT = "session"
EXERCISE_SLOT = "exercise"


def _session(tracker: Tracker) -> Optional[SessionState]:
    value = tracker.get_slot(SLOT)
    if not value:
        return None
    try:
        session = SessionState.from_json(value)
    except SessionFormatError as error:
        logger.error("unreadable session slot in conversation %s (%s); starting afresh", tracker.sender_id, error)
        return None
    library = runtime.scenarios()
    if session.scenario not in library:
        # Scenarios are data and may be removed while a conversation is open.
        logger.error("conversation %s uses scenario %s, which no longer exists; starting afresh",
                     tracker.sender_id, session.scenario)
        return None
    known = {insight.id for insight in library.get(session.scenario).insights}
    session.insights = [insight for insight in session.insights if insight in known]
    return session


def _send(dispatcher: CollectingDispatcher, messages: List[Dict]) -> None:
    for message in messages:
        if "custom" in message:
            dispatcher.utter_message(json_message=message["custom"])
        else:
            dispatcher.utter_message(text=message["text"])


def _result(dispatcher: CollectingDispatcher, outcome: practice.Outcome,
            before: Optional[SessionState], tracker: Tracker) -> List[Dict[Text, Any]]:
    _send(dispatcher, outcome.messages)
    if outcome.session is not before and outcome.session is not None:
        _store(outcome.session, tracker.sender_id)
        return [SlotSet(SLOT, outcome.session.dumps())]
    return []


def _store(session: SessionState, conversation_id: str) -> None:
    """Write the session to the database. The tracker keeps the session too, so a
    database hiccup loses nothing: the next turn's sync stores what is missing."""
    try:
        safe_sync(runtime.database(), session, conversation_id)
    except Exception:  # noqa: BLE001 - never break the conversation for storage
        logger.exception("could not store session %s; it will be synced on the next turn", session.id)


def _readings(message: Dict[Text, Any], conversation_id: str) -> Tuple:
    """The turn's sentence readings from the parse. Without them (a Rasa server of an
    older version during an upgrade) the coach still gets the acts, only no rewrite."""
    try:
        return readings.sentences_of(message)
    except readings.ReadingsFormatError as error:
        logger.warning("conversation %s: the parse's sentence readings cannot be read (%s)", conversation_id, error)
        return ()


def _entity(tracker: Tracker, name: str) -> Optional[str]:
    value = next(tracker.get_latest_entity_values(name), None)
    return None if value is None else str(value)


def _exercise(tracker: Tracker) -> Optional[exercise.ExerciseState]:
    value = tracker.get_slot(EXERCISE_SLOT)
    if not value:
        return None
    try:
        return exercise.ExerciseState.from_json(value)
    except exercise.ExerciseFormatError as error:
        logger.error("unreadable exercise slot in conversation %s (%s); it is dropped", tracker.sender_id, error)
        return None


def _exercise_result(dispatcher: CollectingDispatcher, outcome: exercise.Outcome,
                     before: Optional[exercise.ExerciseState], tracker: Tracker) -> List[Dict[Text, Any]]:
    _send(dispatcher, outcome.messages)
    if outcome.state is not before and outcome.state is not None:
        try:
            sync_exercise(runtime.database(), outcome.state, tracker.sender_id)
        except Exception:  # noqa: BLE001 - never break the exercise for storage; synced on the next answer
            logger.exception("could not store exercise %s", outcome.state.id)
        return [SlotSet(EXERCISE_SLOT, outcome.state.dumps())]
    return []


class ActionStartSession(Action):
    def name(self) -> Text:
        return "action_start_session"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        wanted = _entity(tracker, "exercise")
        if wanted is not None:
            outcome = workshop.start_exercise(
                runtime.scenarios(), runtime.database(), wanted, code=_entity(tracker, "workshop"),
                nickname=_entity(tracker, "nickname"), practice_id=_entity(tracker, "practice_id"))
            events = _exercise_result(dispatcher, outcome, None, tracker)
            # An exercise ends a role-play in this conversation (its session is stored).
            return events + ([SlotSet(SLOT, None)] if outcome.state is not None else [])
        before = _session(tracker)
        outcome = workshop.start(
            runtime.scenarios(), runtime.database(), _entity(tracker, "scenario"), _entity(tracker, "mode"),
            code=_entity(tracker, "workshop"), nickname=_entity(tracker, "nickname"),
            practice_id=_entity(tracker, "practice_id"),
        )
        events = _result(dispatcher, outcome, before, tracker)
        if outcome.session is not None and outcome.session is not before and tracker.get_slot(EXERCISE_SLOT):
            events.append(SlotSet(EXERCISE_SLOT, None))  # a role-play ends the exercise
        return events


class ActionLeaderTurn(Action):
    def name(self) -> Text:
        return "action_leader_turn"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        current = _exercise(tracker)
        if current is not None and current.active:
            text = (tracker.latest_message or {}).get("text") or ""
            return _exercise_result(dispatcher, exercise.answer(current, text[:MAX_TURN_CHARS]), current, tracker)
        before = _session(tracker)
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        if len(text) > MAX_TURN_CHARS:
            # Kept whole up to the limit; beyond that the session keeps the start and
            # says how much was cut, so one huge paste cannot bloat every later turn.
            text = text[:MAX_TURN_CHARS] + f" […{len(text) - MAX_TURN_CHARS} tekens ingekort]"
        # The acts, their confidence and the sentence readings behind them (for the
        # coach's rewrites) all come from the NLU pipeline (components.leader_acts), the
        # same path as `coach analyze`: the turn is analysed once, in the Rasa server.
        acts = [act for act in message.get("acts") or [] if act in ACTS]
        sure = message.get("act_confidence") if isinstance(message.get("act_confidence"), dict) else {}
        analysis = TurnAnalysis(text=text, acts=acts, sentences=_readings(message, tracker.sender_id),
                                confidence={act: float(sure[act]) for act in acts if act in sure})
        return _result(dispatcher, practice.turn(runtime.scenarios(), before, text, analysis), before, tracker)


class ActionHint(Action):
    def name(self) -> Text:
        return "action_hint"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        current = _exercise(tracker)
        if current is not None and current.active:
            return _exercise_result(dispatcher, exercise.hint(current), current, tracker)
        before = _session(tracker)
        return _result(dispatcher, practice.hint(runtime.scenarios(), before), before, tracker)


class ActionStopSession(Action):
    def name(self) -> Text:
        return "action_stop_session"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        current = _exercise(tracker)
        if current is not None and tracker.get_slot(SLOT) is None:
            return _exercise_result(dispatcher, exercise.stop(current), current, tracker)
        before = _session(tracker)
        return _result(dispatcher, practice.stop(runtime.scenarios(), before), before, tracker)


def _started_by_this_message(tracker: Tracker) -> bool:
    """Whether an action set the session since the leader's latest message (a /start
    that failed, an unknown scenario, leaves the earlier session in the slot)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == SLOT:
            return True
    return False


class ActionShareTurns(Action):
    """After action_start_session: the /start's ``share_turns`` (the page's checkbox)
    into the new session. Without it, or false, the session shares nothing."""

    def name(self) -> Text:
        return "action_share_turns"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        if not _started_by_this_message(tracker):
            return []
        before = _session(tracker)
        agreed = corrections.consent(next(tracker.get_latest_entity_values("share_turns"), None))
        after = corrections.share_turns(before, agreed)
        return _result(dispatcher, practice.Outcome(after, []), before, tracker)


class ActionCorrect(Action):
    """/correct{"turn":N,"acts":[...]}: the leader's reading of one of their turns."""

    def name(self) -> Text:
        return "action_correct"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = _session(tracker)
        turn = next(tracker.get_latest_entity_values("turn"), None)
        acts = list(tracker.get_latest_entity_values("acts"))
        return _result(dispatcher, corrections.correct(before, turn, acts), before, tracker)


class ActionRedo(Action):
    """/redo{"turn":N}: rewind the session to just before leader turn N (bot/redo.py)."""

    def name(self) -> Text:
        return "action_redo"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = _session(tracker)
        turn = next(tracker.get_latest_entity_values("turn"), None)
        return _result(dispatcher, redo.redo(runtime.scenarios(), before, turn), before, tracker)
