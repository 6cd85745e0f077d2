"""Practice sessions in the database: the one write path, and the stored turns.

``sync_session`` brings the stored rows in line with the session (kept by Rasa in the
tracker), inserting only the turns not stored yet. Repeating it (a retried action, a
server restarted halfway) is harmless, and the unique (session, attempt, number) key
guarantees every turn is stored once. A redone moment (bot/redo.py) keeps its earlier
turns: they are marked ``superseded`` and no longer count. Corrections (bot/corrections.py) are synced
the same way, one row per corrected turn (unique session and turn number): added,
updated when corrected again, removed when withdrawn. Their ``text`` is the turn's
text only when the leader agreed to share their turns (``share_turns``), else NULL.
"""

from __future__ import annotations

from typing import Dict, List

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.limits import valid_practice_id
from bot.state import SessionState, TurnRecord
from bot.storage.database import Database
from bot.storage.models import Correction, Debrief, PracticeSession, Turn, utcnow
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
        row.redone = [a["from_turn"] for a in session.attempts] or None
        stored = {(t.attempt, t.number): t for t in
                  s.execute(select(Turn).where(Turn.session_id == session.id)).scalars()}
        earlier = [TurnRecord.from_json(t) for a in session.attempts for t in a["turns"]]
        for turn, superseded in [(t, True) for t in earlier] + [(t, False) for t in session.turns]:
            existing = stored.get((turn.attempt, turn.n))
            if existing is None:
                s.add(Turn(session_id=session.id, number=turn.n, attempt=turn.attempt, superseded=superseded,
                           text=turn.text, acts=list(turn.acts), openness=turn.openness, motivation=turn.motivation,
                           after_stop=turn.after_stop, created_at=parse_time(turn.at) or utcnow()))
            elif existing.superseded != superseded:
                existing.superseded = superseded  # redone: the turn now belongs to an earlier attempt
        _sync_corrections(s, session)
        debrief = s.get(Debrief, session.id)
        if session.report and debrief is None:
            s.add(Debrief(session_id=session.id, score=session.report["score"], report=session.report))
        elif session.report and debrief.report != session.report:
            debrief.score, debrief.report = session.report["score"], session.report  # stopped again after a redo
        elif not session.report and debrief is not None:
            s.delete(debrief)  # a redo reopened the conversation


def _sync_corrections(s, session: SessionState) -> None:
    """The stored corrections made equal to the session's (inside sync_session)."""
    stored = {row.turn_number: row for row in
              s.execute(select(Correction).where(Correction.session_id == session.id)).scalars()}
    for turn in session.turns:
        if not turn.corrected:
            continue
        row = stored.pop(turn.n, None)
        text = turn.text if session.share_turns else None
        if row is None:
            s.add(Correction(session_id=session.id, turn_number=turn.n, original_acts=list(turn.acts),
                             corrected_acts=list(turn.corrected_acts), text=text,
                             created_at=parse_time(turn.corrected_at) or utcnow()))
        elif (row.corrected_acts, row.text) != (list(turn.corrected_acts), text):
            row.corrected_acts, row.text = list(turn.corrected_acts), text
            row.created_at = parse_time(turn.corrected_at) or utcnow()
    for row in stored.values():  # withdrawn corrections
        s.delete(row)


def safe_sync(db: Database, session: SessionState, conversation_id: str) -> None:
    """``sync_session``, once more when a concurrent writer (two servers syncing the
    same turn) hit the unique key first: the second pass finds the row stored."""
    try:
        sync_session(db, session, conversation_id)
    except IntegrityError:
        sync_session(db, session, conversation_id)



def stored_reading(row: PracticeSession) -> Dict[int, List[str]]:
    """The corrected acts of a stored session's turns, by turn number."""
    return {c.turn_number: list(c.corrected_acts) for c in row.corrections}


def row_summary(row: PracticeSession) -> Dict:
    """A stored session's figures, as progress and the privacy export show them
    (counting the leader's corrected acts where they corrected the coach)."""
    corrected = stored_reading(row)
    summary = summarise((t.number, corrected.get(t.number, t.acts)) for t in row.turns
                        if not t.after_stop and not t.superseded)
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
        "redos": len(row.redone or []),
    }
