"""Figures read from the stored sessions: a leader's progress and a workshop's overview
(what the facilitator's dashboard shows). A turn the leader corrected counts with the
corrected acts; the overview lists those turns as ``disputed`` (original and corrected
acts, the text anonymised like the examples) for the group to discuss."""

from __future__ import annotations

from typing import Dict, List, Tuple

from sqlalchemy import select

from bot import acts as A
from bot.limits import valid_practice_id
from bot.storage.database import Database
from bot.storage.models import Participant, PracticeSession, Turn, Workshop
from bot.storage.privacy import anonymise
from bot.storage.sessions import row_summary, stored_reading

#: A good example turn has a good move and nothing nudged; a poor one a closing move.
GOOD_EXAMPLE = A.POSITIVE_ACTS
POOR_EXAMPLE = frozenset(A.CLOSING_ACTS)
EXAMPLES_SHOWN = 5
DISPUTED_SHOWN = 20  # the newest corrected turns


def progress(db: Database, practice_id: str) -> List[Dict]:
    """A leader's sessions, oldest first, with the figures of the trend chart."""
    if not valid_practice_id(practice_id):
        return []
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.practice_id == practice_id)
                         .order_by(PracticeSession.started_at)).scalars().all()
        return [row_summary(row) for row in rows]


def _participant_line(participant: Participant, sessions: List[PracticeSession], exercises: List[Dict]) -> Dict:
    latest = sessions[-1] if sessions else None
    done = exercises[-1] if exercises else None
    return {
        # The latest goals exercise: statements judged right, reformulations that are goals.
        "exercise": None if done is None else {key: done[key] for key in
                                               ("status", "judged", "right", "rewrites", "rewrites_goal")},
        "nickname": participant.nickname,
        "scenario": latest.scenario if latest else None,
        "status": latest.status if latest else "not_started",
        "turns": len([t for t in latest.turns if not t.after_stop and not t.superseded]) if latest else 0,
        "redos": sum(len(r.redone or []) for r in sessions),
        "openness": latest.openness if latest else None,
        "score": latest.debrief.score if latest and latest.debrief else None,
        "sessions": len(sessions),
    }


def _examples(found: List[Tuple[int, Turn, List[str]]], nicknames: List[str]) -> List[Dict]:
    """The turns with the most good (or poor) moves, oldest first among equals, anonymised."""
    found.sort(key=lambda item: (-item[0], item[1].created_at))
    return [{"text": anonymise(turn.text, nicknames), "acts": acts} for _, turn, acts in found[:EXAMPLES_SHOWN]]


def _disputed(rows: List[PracticeSession], nicknames: List[str]) -> List[Dict]:
    """The corrected turns of these sessions, newest first, anonymised."""
    found = []
    for row in rows:
        texts = {t.number: t.text for t in row.turns if not t.superseded}
        found += [(c.created_at, c, texts.get(c.turn_number, "")) for c in row.corrections]
    found.sort(key=lambda item: item[0], reverse=True)
    return [{"turn": c.turn_number, "text": anonymise(text, nicknames), "original": c.original_acts,
             "corrected": c.corrected_acts} for _, c, text in found[:DISPUTED_SHOWN]]


def workshop_overview(db: Database, workshop: Workshop) -> Dict:
    """What the facilitator dashboard shows (and GET /coach/api/workshops/{code})."""
    with db.session() as s:
        participants = s.execute(select(Participant).where(Participant.workshop_id == workshop.id)
                                 .order_by(Participant.created_at)).scalars().all()
        from bot.storage.exercises import for_participants

        exercises = for_participants(db, [p.id for p in participants])
        people, distribution, good, poor, all_sessions = [], dict.fromkeys(A.ACTS, 0), [], [], []
        total_turns = 0
        for participant in participants:
            sessions = sorted(participant.sessions, key=lambda r: r.started_at)
            all_sessions += sessions
            readings = [(r, stored_reading(r)) for r in sessions]
            turns = [(t, corrected.get(t.number, t.acts)) for r, corrected in readings for t in r.turns
                     if not t.after_stop and not t.superseded]
            total_turns += len(turns)
            for turn, reading in turns:
                acts = set(reading)
                for act in acts:
                    distribution[act] += 1
                if acts & GOOD_EXAMPLE and not acts & A.NUDGED_ACTS:
                    good.append((len(acts & GOOD_EXAMPLE), turn, reading))
                elif acts & POOR_EXAMPLE:
                    poor.append((len(acts & POOR_EXAMPLE), turn, reading))
            people.append(_participant_line(participant, sessions, exercises.get(participant.id, [])))
        nicknames = [p.nickname for p in participants]
        return {
            "code": workshop.code,
            "name": workshop.name,
            "closed": workshop.closed_at is not None,
            "participants": people,
            "turns": total_turns,
            "acts": distribution,
            "examples": {"good": _examples(good, nicknames), "poor": _examples(poor, nicknames)},
            "disputed": _disputed(all_sessions, nicknames),
            "exercises": _exercise_totals(exercises),
            "redone": _redone_moments(all_sessions, nicknames),
        }


REDONE_SHOWN = 5


def _redone_moments(rows: List[PracticeSession], nicknames: List[str]) -> List[Dict]:
    """The moments the group redid most: per scenario and turn number, how often, with the
    first attempt's words (anonymised) as an example."""
    counts: Dict[Tuple[str, int], int] = {}
    example: Dict[Tuple[str, int], str] = {}
    for row in rows:
        first = {t.number: t.text for t in row.turns if t.attempt == 0}
        for number in row.redone or []:
            key = (row.scenario, number)
            counts[key] = counts.get(key, 0) + 1
            example.setdefault(key, anonymise(first.get(number, ""), nicknames))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:REDONE_SHOWN]
    return [{"scenario": scenario, "turn": number, "redos": count, "example": example[(scenario, number)]}
            for (scenario, number), count in ranked]


def _exercise_totals(exercises: Dict[int, List[Dict]]) -> Dict:
    """The goals exercise over the room: how many did it, and their statements judged right."""
    latest = [rows[-1] for rows in exercises.values() if rows]
    return {"participants": len(latest), "judged": sum(r["judged"] for r in latest),
            "right": sum(r["right"] for r in latest), "rewrites": sum(r["rewrites"] for r in latest),
            "rewrites_goal": sum(r["rewrites_goal"] for r in latest)}
