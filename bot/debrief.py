"""The debrief at the end of a practice session: the report and its Dutch text.

The seed's two conditions of a good conversation are the outcome:
1. the teacher leaves encouraged to keep taking part in the network
   (``teacher_stimulated``: motivation ends at least a little above where it started,
   or at 0.85 and more, and never below 0.6);
2. usable ideas came out (``insights_surfaced`` of ``insights_total``).
The score (0-100) weighs: the teacher's motivation at the end (30), the share of the
story that came out (30), open versus closed questions (15), asking what it means for
the pupils, the earlier the better (10), and turns free of criticism, prescriptions,
rules first and opinions (15).

Where the leader corrected the coach's reading of a turn (bot/corrections.py), the
report counts the corrected acts and lists the corrections (``corrections``), and the
text says so. The teacher's reactions stay what they were.
"""

from __future__ import annotations

from typing import Dict, List, Optional

from bot import acts as A
from bot.goals import goal_talk
from bot.persona.scenario import Scenario
from bot.redo import redone_moments
from bot.state import SessionState
from bot.summary import of_turns


def _student_points(first_turn: Optional[int]) -> float:
    if first_turn is None:
        return 0.0
    if first_turn <= 3:
        return 10.0
    if first_turn <= 6:
        return 7.0
    return 5.0


def build_report(scenario: Scenario, session: SessionState) -> Dict:
    """The report of DESIGN.md's contract (plus the details the debrief page shows)."""
    turns = session.answered_turns()
    summary = of_turns(turns)
    teacher, start = session.teacher, session.start
    # Encouraged: motivation ends clearly up (or stays high), never below 0.6.
    stimulated = teacher.motivation >= max(0.6, min(0.85, start.motivation + 0.03))
    surfaced = list(session.insights)
    total = len(scenario.insights)

    if turns:
        score = (
            30 * teacher.motivation
            + 30 * (len(surfaced) / total if total else 0)
            + 15 * (summary.open_share or 0.0)
            + _student_points(summary.first_student_focus_turn)
            + 15 * (1 - summary.negative_turns / len(turns))
        )
    else:
        score = 0.0

    redo_candidates = [t for t in turns if set(t.reading) & A.NUDGED_ACTS and t.better]
    redo_candidates.sort(key=lambda t: (t.delta[0] + t.delta[1], t.n))
    redo = [{"turn": t.n, "text": t.text, "acts": t.reading, "better": t.better} for t in redo_candidates[:3]]
    return {
        "scenario": scenario.id,
        "score": int(round(max(0.0, min(100.0, score)))),
        "turns": summary.turns,
        "acts": summary.acts,
        "open_questions": summary.open_questions,
        "closed_questions": summary.closed_questions,
        "first_student_focus_turn": summary.first_student_focus_turn,
        "teacher_stimulated": bool(stimulated),
        "insights_surfaced": len(surfaced),
        "insights_total": total,
        "insights": [
            {"id": i.id, "summary": i.summary, "surfaced": i.id in surfaced} for i in scenario.insights
        ],
        "openness": {"start": start.openness, "end": teacher.openness},
        "motivation": {"start": start.motivation, "end": teacher.motivation},
        "redo": redo,
        "timeline": [
            {"turn": t.n, "acts": t.reading, "openness": t.openness, "motivation": t.motivation} for t in turns
        ],
        "corrections": [{"turn": t.n, "acts": t.reading, "original": t.acts} for t in turns if t.corrected],
        # The network's goal (stated as a means): turns that helped put it from the pupils,
        # and turns that set it for her (bot/goals/goal_talk.py).
        "goal": {"helped": [t.n for t in turns if t.goal_move == "help"],
                 "set": [t.n for t in turns if t.goal_move == "set"]},
        # Moments the leader redid (bot/redo.py), each attempt side by side.
        "redos": len(session.attempts),
        "redone": redone_moments(session),
    }


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def debrief_text(scenario: Scenario, report: Dict) -> str:
    """The debrief as Dutch text (the page renders the same report richer)."""
    name = scenario.teacher_name
    if report["turns"] == 0:
        return (f"Het gesprek met {name} is gestopt voordat je iets gezegd had, dus er valt nog "
                "niets na te bespreken. Start een nieuw gesprek met /start en begin met een open vraag.")
    lines: List[str] = [f"Nabespreking van je gesprek met {name} ({scenario.title}). Score: {report['score']} van 100."]
    lines.append("")
    lines.append("De twee voorwaarden van een goed gesprek:")
    if report["teacher_stimulated"]:
        lines.append(f"1. {name} gaat gestimuleerd weg en wil verder met het netwerk. ✔")
    else:
        start, end = report["motivation"]["start"], report["motivation"]["end"]
        change = "zakte" if end < start - 0.005 else ("bleef" if abs(end - start) <= 0.005 else "steeg maar net")
        lines.append(f"1. {name} gaat niet gestimuleerd weg: de motivatie {change} van "
                     f"{start:.0%} naar {end:.0%}. ✘")
    verb = "kwam" if report["insights_surfaced"] == 1 else "kwamen"
    lines.append(f"2. Bruikbare ideeën: {report['insights_surfaced']} van de {report['insights_total']} "
                 f"delen van het verhaal {verb} op tafel.")
    for insight in report["insights"]:
        if insight["surfaced"]:
            lines.append(f"   ✔ {insight['summary']}")
    missing = report["insights_total"] - report["insights_surfaced"]
    if missing:
        lines.append(f"   Nog niet op tafel: {_plural(missing, 'deel', 'delen')} van het verhaal.")
    lines.append("")
    counts = report["acts"]
    lines.append(f"Je stelde {_plural(report['open_questions'], 'open vraag', 'open vragen')} en "
                 f"{_plural(report['closed_questions'], 'gesloten vraag', 'gesloten vragen')} in "
                 f"{_plural(report['turns'], 'beurt', 'beurten')}.")
    others = [f"{A.COUNT_NAMES[act]}: {counts[act]}" for act in A.ACTS
              if act not in (A.OPEN_QUESTION, A.CLOSED_QUESTION) and counts[act]]
    if others:
        lines.append("Verder: " + "; ".join(others) + ".")
    lines.extend(_correction_lines(report.get("corrections") or []))
    if report["first_student_focus_turn"]:
        lines.append(f"Bij beurt {report['first_student_focus_turn']} vroeg je voor het eerst wat het "
                     "betekent voor leerlingen.")
    else:
        lines.append("Je hebt niet gevraagd wat dit betekent voor leerlingen: dat is de kernvraag.")
    goal = report.get("goal") or {}
    goal_line = goal_talk.debrief_line(goal.get("helped") or [], goal.get("set") or [])
    if goal_line:
        lines.append(goal_line)
    for moment in report.get("redone") or []:
        lines.append("")
        lines.append(f"Beurt {moment['turn']} deed je over:")
        for n, attempt in enumerate(moment["attempts"], start=1):
            label = "nu" if n == len(moment["attempts"]) else f"poging {n}"
            lines.append(f"- {label}: '{_quote(attempt['text'])}' ({describe_acts(attempt['acts'])}); "
                         f"openheid {_moved(attempt)}")
    if report["redo"]:
        lines.append("")
        lines.append("Momenten om over te doen:")
        for moment in report["redo"]:
            lines.append(f"- Beurt {moment['turn']}: '{_quote(moment['text'])}' Beter: '{moment['better']}'")
    return "\n".join(lines)


def describe_acts(acts: List[str]) -> str:
    """Acts in Dutch, as the page labels them: 'open vraag en compliment'."""
    names = [A.LABELS[act] for act in acts]
    if not names:
        return "geen van de soorten beurten"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _correction_lines(corrections: List[Dict]) -> List[str]:
    """What the leader corrected, and that the figures above count their reading."""
    lines = [f"Bij beurt {c['turn']} gaf je aan dat je dit bedoelde: {describe_acts(c['acts'])} "
             f"(de coach las: {describe_acts(c['original'])})." for c in corrections]
    if lines:
        lines.append("Deze nabespreking telt jouw lezing van "
                     + ("die beurt." if len(corrections) == 1 else "die beurten."))
    return lines


def _moved(attempt: Dict) -> str:
    before, after = attempt.get("openness_before"), attempt.get("openness_after")
    if before is None or after is None:
        return "onbekend"
    return f"van {before:.0%} naar {after:.0%}"


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
