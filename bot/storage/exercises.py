"""Goals exercises in the database: the one write path (synced from the exercise state,
idempotent like ``sessions.sync_session``) and what progress and the dashboard read."""

from __future__ import annotations

from typing import Dict, List

from sqlalchemy import select

from bot.goals.exercise import ExerciseState
from bot.limits import valid_practice_id
from bot.storage.database import Database
from bot.storage.models import Exercise, utcnow
from bot.storage.times import iso, parse_time


def sync_exercise(db: Database, state: ExerciseState, conversation_id: str) -> None:
    summary = state.summary()
    with db.session() as s:
        row = s.get(Exercise, state.id)
        if row is None:
            row = Exercise(id=state.id, conversation_id=conversation_id,
                           practice_id=valid_practice_id(state.practice_id),
                           display_name=state.display_name or None, participant_id=state.participant_id,
                           started_at=parse_time(state.started_at) or utcnow(), answers=[])
            s.add(row)
        row.status = state.status
        row.judged, row.right = summary["judged"], summary["right"]
        row.rewrites, row.rewrites_goal = summary["rewrites"], summary["rewrites_goal"]
        row.answers = [dict(vars(a)) for a in state.answers]
        row.own_goal = summary["own"]
        row.updated_at = utcnow()
        row.stopped_at = parse_time(state.stopped_at)


def row_summary(row: Exercise) -> Dict:
    return {"exercise": row.id, "kind": row.kind, "started_at": iso(row.started_at), "status": row.status,
            "judged": row.judged, "right": row.right, "rewrites": row.rewrites, "rewrites_goal": row.rewrites_goal,
            "own_goal_kind": (row.own_goal or {}).get("kind")}


def for_practice_id(db: Database, practice_id: str) -> List[Dict]:
    with db.session() as s:
        rows = s.execute(select(Exercise).where(Exercise.practice_id == practice_id)
                         .order_by(Exercise.started_at)).scalars().all()
        return [row_summary(r) for r in rows]


def for_participants(db: Database, participant_ids: List[int]) -> Dict[int, List[Dict]]:
    if not participant_ids:
        return {}
    with db.session() as s:
        rows = s.execute(select(Exercise).where(Exercise.participant_id.in_(participant_ids))
                         .order_by(Exercise.started_at)).scalars().all()
        result: Dict[int, List[Dict]] = {}
        for row in rows:
            result.setdefault(row.participant_id, []).append(row_summary(row))
        return result
