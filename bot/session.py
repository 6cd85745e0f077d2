"""A practice session: start, leader turns, hints and the debrief.

The session is a ``SessionState`` (``bot/state.py``; Rasa keeps its JSON in the
``session`` slot, so it survives restarts and is shared by several servers). Every
function takes the state and returns a new one with the messages to send:

    {"text": ...}                                   the teacher's words
    {"custom": {"role": "teacher", "openness": ...}} the teacher's state
    {"custom": {"role": "coach", "acts": [...], "text": ...}}
    {"custom": {"role": "report", "report": {...}, "text": ...}}

No turn is ever dropped: empty, overlong, English and after-stop turns are recorded.
"""

from __future__ import annotations

import functools
import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, List, Optional

from bot import acts as A
from bot.analysis.combine import TurnAnalysis
from bot.coach.feedback import coach_note
from bot.coach.hints import hint as coach_hint
from bot.debrief import build_report, debrief_text
from bot.errors import UnknownScenarioError
from bot.goals import goal_talk
from bot.persona import dynamics
from bot.persona.lines import LinePicker
from bot.persona.replies import Memory, choose_reply
from bot.persona.scenario import ScenarioLibrary
from bot.state import STOPPED, SessionState, TurnRecord, WorkshopMembership

MODES = ("live", "quiet")
DEFAULT_SCENARIO = "babette"

Message = Dict


@dataclass
class Outcome:
    session: Optional[SessionState]
    messages: List[Message] = field(default_factory=list)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _coach(text: str, acts: Optional[List[str]] = None, **extra) -> Message:
    return {"custom": {"role": "coach", "acts": acts or [], "text": text, **extra}}


def _teacher_state(session: SessionState) -> Message:
    return {"custom": {"role": "teacher", "openness": session.teacher.openness,
                       "motivation": session.teacher.motivation, "name": session.teacher_name}}


def default_scenario(library: ScenarioLibrary) -> str:
    """Babette when she is there (DESIGN.md), else the first scenario of the library."""
    return DEFAULT_SCENARIO if DEFAULT_SCENARIO in library else library.ids()[0]


def scenario_list_text(library: ScenarioLibrary) -> str:
    items = "\n".join(f"- {s.id}: {s.summary}" for s in library.all())
    first = library.ids()[0]
    return f"Je kunt oefenen met deze scenario's:\n{items}\nStart er een met /start{{\"scenario\":\"{first}\"}}."


def start(library: ScenarioLibrary, scenario_id: Optional[str], mode: Optional[str] = None, *,
          practice_id: Optional[str] = None, display_name: Optional[str] = None,
          workshop: Optional[WorkshopMembership] = None) -> Outcome:
    """A new session, or only a Dutch answer listing the scenarios when the id is unknown.
    ``practice_id`` ties it to a leader's progress; ``workshop`` to a workshop."""
    scenario_id = (scenario_id or default_scenario(library)).strip().lower()
    try:
        scenario = library.get(scenario_id)
    except UnknownScenarioError:
        return Outcome(None, [_coach(f"Het scenario '{scenario_id}' ken ik niet. " + scenario_list_text(library),
                                     kind="unknown_scenario", scenarios=[s.describe() for s in library.all()])])
    mode = (mode or "live").strip().lower()
    notes = []
    if mode not in MODES:
        notes.append(f"De modus '{mode}' bestaat niet; je oefent in de modus 'live'.")
        mode = "live"
    initial = dynamics.TeacherState(scenario.start_openness, scenario.start_motivation)
    session = SessionState(
        id=secrets.token_urlsafe(16), scenario=scenario.id, teacher_name=scenario.teacher_name,
        mode=mode, started_at=_now(), start=initial, teacher=initial,
        practice_id=practice_id, display_name=display_name, workshop=workshop,
    )
    picker = LinePicker(session.id, [])
    opening = picker.pick_or_vary(scenario.opening)
    session.used_lines = picker.used
    session.opening = opening
    intro = (f"Je oefent met {scenario.teacher_name} ({scenario.teacher_role}, {scenario.school}). "
             f"{scenario.initiative} Netwerk: {scenario.network}. "
             + ("Ik geef na elke beurt kort feedback. " if mode == "live" else
                "Ik zeg niets tot de nabespreking (modus 'quiet'). ")
             + "Vraag om een tip of stop voor de nabespreking wanneer je wilt "
               "(op de pagina met de knoppen, in een chat met /hint en /stop).")
    messages = [_coach(" ".join(notes + [intro]), kind="intro", scenario=scenario.describe(), mode=mode),
                {"text": opening}, _teacher_state(session)]
    return Outcome(session, messages)


def _picker(session: SessionState, salt: str) -> LinePicker:
    return LinePicker(f"{session.id}:{salt}", session.used_lines)


SPECIAL_COACH = {
    "empty": "Je stuurde een leeg bericht. Typ je vraag of reactie aan de leraar.",
    "symbols": "Je stuurde alleen emoji of leestekens. Zeg in woorden wat je de leraar wilt vragen.",
    "too_long": "Dat was een heel lange beurt. Kort en één vraag tegelijk werkt beter: de leraar kan dan "
                "echt antwoorden.",
    "english": "Je schreef in het Engels; deze oefening is in het Nederlands. Probeer het eens in het Nederlands.",
    "off_topic": "Dit gaat niet over het initiatief. Breng het gesprek terug: 'Hoe gaat het met je project?'",
    "closing": "Je rondt het gesprek af. Stop het gesprek voor de nabespreking (de knop Stop, of /stop in een "
               "chat).",
}


def turn(library: ScenarioLibrary, session: Optional[SessionState], text: str, analysis: TurnAnalysis) -> Outcome:
    """The teacher's reply and the coach's note on one leader turn."""
    messages: List[Message] = []
    if session is None:
        outcome = start(library, default_scenario(library))
        session = outcome.session
        messages.append(_coach(f"Er liep nog geen gesprek, dus ik ben er een begonnen met "
                               f"{session.teacher_name}. Kies een ander scenario met /start.", kind="auto_start"))
        messages += outcome.messages[1:2]
    session = session.copy()
    scenario = library.get(session.scenario)
    number = len(session.turns) + 1
    acts = list(analysis.acts)

    if not session.active:
        session.turns.append(TurnRecord(n=number, text=text, acts=acts, at=_now(), after_stop=True,
                                        attempt=len(session.attempts)))
        messages.append(_coach("Dit gesprek is al afgerond, dus de leraar reageert niet meer. "
                               "Begin een nieuw gesprek met /start.", acts, kind="after_stop"))
        return Outcome(session, messages)

    earlier = [t.acts for t in session.turns]
    before = session.teacher
    snapshot = {"openness": before.openness, "motivation": before.motivation,
                "used": len(session.used_lines), "insights": len(session.insights)}
    closed_streak = 0
    for previous in reversed(earlier):
        if previous == [A.CLOSED_QUESTION]:
            closed_streak += 1
        else:
            break
    # The teacher hears a move the analysis is unsure of as no move: she does not thank
    # for praise or bristle at criticism that may not have been there (the coach hedges).
    # Praise and offers of help she thanks for only when they show ("Hoeveel keer ben je weg
    # geweest?" read as a compliment gets no "Dank je!").
    heard = [act for act in acts if act in (A.OPEN_QUESTION, A.CLOSED_QUESTION) or act not in analysis.unsure()]
    heard = [act for act in heard if act not in (A.COMPLIMENT, A.OFFER_HELP) or analysis.evident(act)]
    after, d_open, d_motivation = dynamics.update(
        before, heard, any(A.OPEN_QUESTION in e for e in earlier), closed_streak
    )
    picker = _picker(session, f"turn{number}")
    reply = choose_reply(scenario, after, text, heard, _memory(session), picker, sentences=analysis.sentences)
    session.used_lines = picker.used
    if reply.insight:
        session.insights.append(reply.insight)
    note_text, better = _note(session, analysis, number, earlier, reply.kind)
    move = goal_talk.goal_move(text, heard, _stated_as_means(scenario.goal_as_stated))
    if move and not (move == goal_talk.SET and A.PRESCRIBE in heard):  # a prescription's note says it already
        note_text = f"{note_text} {goal_talk.REMARK[move]}"
    session.teacher = after
    session.turns.append(TurnRecord(
        n=number, text=text, acts=acts, at=_now(), openness=after.openness, motivation=after.motivation,
        delta=(d_open, d_motivation), reply=reply.text, reply_kind=reply.kind, insight=reply.insight,
        topics=list(reply.topics), about=reply.about, coach=note_text, better=better, goal_move=move,
        attempt=len(session.attempts), before=snapshot,
    ))
    messages.append({"text": reply.text})
    if session.mode == "live":
        # ``better``: the better move or open rewrite, for "Probeer dit" on the page.
        messages.append(_coach(note_text, acts, turn=number, **({"better": better} if better else {})))
    messages.append(_teacher_state(session))
    return Outcome(session, messages)


@functools.lru_cache(maxsize=32)
def _stated_as_means(goal_as_stated: str) -> bool:
    """The network states its goal as an activity (the seed's trap): then the coach
    watches whether the leader helps put it from the pupils or sets it for her."""
    from bot.goals import judge

    return judge(goal_as_stated).kind == "means"


def _memory(session: SessionState) -> Memory:
    """What the teacher remembers: what she told, and what the last turn was about."""
    answered = session.answered_turns()
    last = answered[-1] if answered else None
    return Memory(told=tuple(session.insights), last_topics=tuple(last.topics) if last else (),
                  last_about=last.about if last else None)


def _note(session: SessionState, analysis: TurnAnalysis, number: int, earlier, reply_kind: str):
    """The coach's remark and better move; an empty, emoji, overlong, English or
    off-topic turn gets its own remark first."""
    special = "symbols" if reply_kind == "empty" and analysis.text.strip() else reply_kind
    if special in SPECIAL_COACH and not analysis.acts:
        return SPECIAL_COACH[special], None
    note = coach_note(analysis, number, earlier, random.Random(f"{session.id}:coach{number}"))
    text = SPECIAL_COACH[reply_kind] + " " + note.text if reply_kind in SPECIAL_COACH else note.text
    return text, note.better


def hint(library: ScenarioLibrary, session: Optional[SessionState]) -> Outcome:
    if session is None:
        return Outcome(None, [_coach("Er loopt nog geen gesprek. " + scenario_list_text(library), kind="hint")])
    if not session.active:
        return Outcome(session, [_coach("Dit gesprek is afgerond. Start een nieuw gesprek met /start.", kind="hint")])
    session = session.copy()
    scenario = library.get(session.scenario)
    text = coach_hint(scenario, session.teacher, [t.acts for t in session.turns], session.insights)
    session.hints += 1
    return Outcome(session, [_coach(text, kind="hint")])


def stop(library: ScenarioLibrary, session: Optional[SessionState]) -> Outcome:
    """End the session with the debrief (also when no turn was taken)."""
    if session is None:
        return Outcome(None, [_coach("Er loopt geen gesprek om te stoppen. " + scenario_list_text(library),
                                     kind="no_session")])
    session = session.copy()
    scenario = library.get(session.scenario)
    messages: List[Message] = []
    if session.active:
        session.status = STOPPED
        session.stopped_at = _now()
        report = build_report(scenario, session)
        picker = _picker(session, "closing")
        if report["turns"]:
            pool = scenario.closing["encouraged" if report["teacher_stimulated"] else "discouraged"]
            messages.append({"text": picker.pick_or_vary(pool)})
            session.used_lines = picker.used
    else:
        report = build_report(scenario, session)
    session.report = report
    messages.append({"custom": {"role": "report", "report": report, "text": debrief_text(scenario, report)}})
    return Outcome(session, messages)
