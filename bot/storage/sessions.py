"""Practice sessions in the database: the one write path, and the stored turns.

``sync_session`` brings the stored rows in line with the session (kept by Rasa in the
tracker), inserting only the turns not stored yet. Repeating it (a retried action, a
server restarted halfway) is harmless, and the unique (session, number) key
guarantees every turn is stored once.
"""

from __future__ import annotations

from typing import Dict

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.limits import valid_practice_id
from bot.state import SessionState
from bot.storage.database import Database
from bot.storage.models import Debrief, PracticeSession, Turn, utcnow
from bot.storage.times import iso, parse_time
from bot.summary import summarise


def sync_session(db: Database, session: SessionState, conversation_id: str) -> None:
    """Store the session, its new turns and its debrief (idempotent)."""
    with db.session() as s:
        row = s.get(PracticeSession, session.id)
        if row is None:
            row = PracticeSession(
                id=session.id, conversation_id=conversation_id,
                practice_id=valid_practice_id(session.practice_id),
                display_name=session.display_name or None,
                participant_id=session.workshop.participant_id if session.workshop else None,
                scenario=session.scenario, mode=session.mode,
                started_at=parse_time(session.started_at) or utcnow(),
                status=session.status, openness=session.teacher.openness,
                motivation=session.teacher.motivation,
            )
            s.add(row)
        row.status = session.status
        row.openness = session.teacher.openness
        row.motivation = session.teacher.motivation
        row.updated_at = utcnow()
        row.stopped_at = parse_time(session.stopped_at)
        stored = set(s.execute(select(Turn.number).where(Turn.session_id == session.id)).scalars())
        for turn in session.turns:
            if turn.n not in stored:
                s.add(Turn(session_id=session.id, number=turn.n, text=turn.text, acts=list(turn.acts),
                           openness=turn.openness, motivation=turn.motivation, after_stop=turn.after_stop,
                           created_at=parse_time(turn.at) or utcnow()))
        if session.report and s.get(Debrief, session.id) is None:
            s.add(Debrief(session_id=session.id, score=session.report["score"], report=session.report))


def safe_sync(db: Database, session: SessionState, conversation_id: str) -> None:
    """``sync_session``, once more when a concurrent writer (two servers syncing the
    same turn) hit the unique key first: the second pass finds the row stored."""
    try:
        sync_session(db, session, conversation_id)
    except IntegrityError:
        sync_session(db, session, conversation_id)



def row_summary(row: PracticeSession) -> Dict:
    """A stored session's figures, as progress and the privacy export show them."""
    summary = summarise((t.number, t.acts) for t in row.turns if not t.after_stop)
    return {
        "session": row.id,
        "scenario": row.scenario,
        "started_at": iso(row.started_at),
        "status": row.status,
        "turns": summary.turns,
        "score": row.debrief.score if row.debrief else None,
        "open_share": None if summary.open_share is None else round(summary.open_share, 3),
        "open_questions": summary.open_questions,
        "closed_questions": summary.closed_questions,
        "first_student_focus_turn": summary.first_student_focus_turn,
        "openness": row.openness,
    }
