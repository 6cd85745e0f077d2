"""Redo a moment: rewind a practice session to just before one of the leader's turns
(``/redo{"turn":N}``, "Doe dit moment over" on the page and in the debrief).

Deliberate practice is trying the hard moment again, not replaying the whole
conversation. Every turn records the session just before it (``TurnRecord.before``:
the teacher's openness and motivation, how many lines she had used and how many
insights she had told; lines and insights only ever grow, so a count is a snapshot).
Redoing turn N puts those back, so the teacher is exactly as she was after turn N-1,
and moves turns N and later into ``SessionState.attempts`` as an earlier attempt:
kept (the debrief shows it side by side, storage keeps its rows), never deleted, but no
longer part of the conversation. A stopped session opens again; its debrief is
redone when the leader stops again.

The state lives in the tracker's ``session`` slot and the database, like every turn,
so a redo survives a restart and works on any of several servers.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

from bot.persona.dynamics import TeacherState
from bot.persona.scenario import ScenarioLibrary
from bot.state import ACTIVE, SessionState, TurnRecord


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _coach(text: str, **extra) -> Dict:
    return {"custom": {"role": "coach", "acts": [], "text": text, **extra}}


def redo(library: ScenarioLibrary, session: Optional[SessionState], turn: Any):
    """The session rewound to just before leader turn ``turn``, with the messages that
    say so (the coach, and the teacher's state as it is again)."""
    from bot.corrections import parse_turn  # corrections -> debrief -> redo: imported when used
    from bot.session import Outcome, _teacher_state

    if session is None:
        return Outcome(None, [_coach("Er loopt geen gesprek om een moment van over te doen. Start er een met /start.",
                                     kind="redo_error")])
    answered = session.answered_turns()
    number = parse_turn(turn)
    if number is None or not 1 <= number <= len(answered):
        text = (f"Die beurt kan ik niet overdoen. Kies een beurt tussen 1 en {len(answered)}." if answered else
                "Er is nog geen beurt om over te doen: zeg eerst iets tegen de leraar.")
        return Outcome(session, [_coach(text, kind="redo_error",
                                        detail=f"turn must be an integer from 1 to {len(answered)}")])
    target = next(t for t in session.turns if t.n == number)
    if target.before is None:
        return Outcome(session, [_coach("Deze beurt is van vóór het overdoen bestond en kan niet worden overgedaan. "
                                        "Begin een nieuw gesprek met /start.", kind="redo_error")])
    session = session.copy()
    moved = [t for t in session.turns if t.n >= number]
    session.attempts.append({"from_turn": number, "at": _now(), "turns": [t.to_json() for t in moved]})
    session.turns = [t for t in session.turns if t.n < number]
    before = target.before
    session.teacher = TeacherState(float(before["openness"]), float(before["motivation"]))
    session.used_lines = session.used_lines[:int(before["used"])]
    session.insights = session.insights[:int(before["insights"])]
    session.status, session.stopped_at, session.report = ACTIVE, None, None
    previous = session.turns[-1].reply if session.turns else session.opening
    said = f" {session.teacher_name} zei net: '{previous}'" if previous else ""
    text = (f"We doen beurt {number} over: {session.teacher_name} is weer zoals ze was vóór die beurt.{said} "
            "Wat zeg je nu?")
    return Outcome(session, [_coach(text, kind="redo", turn=number, redo_of=number), _teacher_state(session)])


def redone_moments(session: SessionState) -> List[Dict[str, Any]]:
    """For the debrief: each redone moment, before and after. Per turn number, every
    attempt in order (the earlier ones from ``attempts``, the one that stands last):
    what the leader said, the acts, the teacher's reply and how her openness moved."""
    by_number: Dict[int, List[TurnRecord]] = {}
    for attempt in session.attempts:
        first = next((TurnRecord.from_json(t) for t in attempt["turns"] if t.get("n") == attempt["from_turn"]), None)
        if first is not None and not first.after_stop:
            by_number.setdefault(attempt["from_turn"], []).append(first)
    current = {t.n: t for t in session.answered_turns()}
    moments = []
    for number in sorted(by_number):
        tries = by_number[number] + ([current[number]] if number in current else [])
        moments.append({"turn": number, "attempts": [{
            "text": t.text, "acts": t.reading, "reply": t.reply,
            "openness_before": (t.before or {}).get("openness"), "openness_after": t.openness,
        } for t in tries]})
    return moments
