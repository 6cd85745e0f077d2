"""A leader's right to their data, the retention rule, and what others may see.

Export and deletion by practice id, deleting old sessions, and anonymising turns
before a facilitator sees them as examples. Deleting a session also deletes its
corrections and Rasa's tracker events of its conversation, unless another kept
session still uses it.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Dict, Iterable, List

from sqlalchemy import column, delete, inspect, select, table

from bot.errors import InvalidIdError
from bot.limits import valid_practice_id
from bot.storage.database import Database
from bot.storage.models import Correction, Debrief, Exercise, Participant, PracticeSession, Turn, utcnow
from bot.storage.sessions import row_summary
from bot.storage.times import iso


def _checked(practice_id: str) -> str:
    if not valid_practice_id(practice_id):
        raise InvalidIdError(f"'{practice_id}' is not a practice id (16-80 letters, digits, - or _)")
    return practice_id


def export_practice(db: Database, practice_id: str) -> Dict:
    """Everything stored for one practice id (a leader's right to their data)."""
    _checked(practice_id)
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.practice_id == practice_id)
                         .order_by(PracticeSession.started_at)).scalars().all()
        workshops = s.execute(select(Participant).where(Participant.practice_id == practice_id)).scalars().all()
        return {
            "practice_id": practice_id,
            "workshops": [{"workshop": p.workshop.code, "nickname": p.nickname, "joined_at": iso(p.created_at)}
                          for p in workshops],
            "sessions": [
                {**row_summary(row), "display_name": row.display_name, "mode": row.mode,
                 "turns": [{"number": t.number, "text": t.text, "acts": t.acts, "openness": t.openness,
                            "after_stop": t.after_stop, "attempt": t.attempt, "superseded": t.superseded,
                            "at": iso(t.created_at)} for t in row.turns],
                 "corrections": [{"turn": c.turn_number, "original_acts": c.original_acts,
                                  "corrected_acts": c.corrected_acts, "text": c.text, "at": iso(c.created_at)}
                                 for c in row.corrections],
                 "report": row.debrief.report if row.debrief else None}
                for row in rows
            ],
            "exercises": [{"exercise": e.id, "kind": e.kind, "started_at": iso(e.started_at), "status": e.status,
                           "answers": e.answers, "own_goal": e.own_goal}
                          for e in s.execute(select(Exercise).where(Exercise.practice_id == practice_id)
                                             .order_by(Exercise.started_at)).scalars()],
        }


def delete_practice(db: Database, practice_id: str) -> int:
    """Delete every session and goals exercise of one practice id, with its turns,
    corrections, debrief and the Rasa conversation events. Returns the number of sessions deleted."""
    _checked(practice_id)
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.practice_id == practice_id)).scalars().all()
        delete_sessions(s, rows)
        exercises = s.execute(select(Exercise).where(Exercise.practice_id == practice_id)).scalars().all()
        s.execute(delete(Exercise).where(Exercise.practice_id == practice_id))
        _delete_conversations(s, {e.conversation_id for e in exercises})
        # Their workshop registrations (nickname) go too; the workshops stay.
        s.execute(delete(Participant).where(Participant.practice_id == practice_id))
        return len(rows)


def purge_older_than(db: Database, days: int) -> int:
    """The retention rule: delete sessions started more than ``days`` ago."""
    cutoff = utcnow() - timedelta(days=days)
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.started_at < cutoff)).scalars().all()
        delete_sessions(s, rows)
        old = s.execute(select(Exercise).where(Exercise.started_at < cutoff)).scalars().all()
        s.execute(delete(Exercise).where(Exercise.started_at < cutoff))
        _delete_conversations(s, {e.conversation_id for e in old})
        return len(rows)


def delete_sessions(s, rows: List[PracticeSession]) -> None:
    """Delete these sessions with their turns, corrections and debriefs, and the tracker events of
    conversations no kept session uses any more (inside the caller's transaction)."""
    if not rows:
        return
    ids = [row.id for row in rows]
    s.execute(delete(Turn).where(Turn.session_id.in_(ids)))
    s.execute(delete(Correction).where(Correction.session_id.in_(ids)))
    s.execute(delete(Debrief).where(Debrief.session_id.in_(ids)))
    s.execute(delete(PracticeSession).where(PracticeSession.id.in_(ids)))
    _delete_conversations(s, {row.conversation_id for row in rows})


def _delete_conversations(s, conversation_ids: Iterable[str]) -> None:
    """Remove Rasa's tracker events of these conversations, when its table is here,
    unless a session that is kept still belongs to the conversation (a browser keeps
    one conversation id across several practice sessions)."""
    conversation_ids = set(conversation_ids)
    if not conversation_ids:
        return
    s.flush()
    still_used = set(s.execute(select(PracticeSession.conversation_id)
                               .where(PracticeSession.conversation_id.in_(list(conversation_ids)))).scalars())
    still_used |= set(s.execute(select(Exercise.conversation_id)
                                .where(Exercise.conversation_id.in_(list(conversation_ids)))).scalars())
    conversation_ids -= still_used
    if conversation_ids and "events" in inspect(s.get_bind()).get_table_names():
        events = table("events", column("sender_id"))
        s.execute(delete(events).where(events.c.sender_id.in_(list(conversation_ids))))


def anonymise(text: str, names: List[str]) -> str:
    """A turn as a facilitator may see it among the group's examples: shortened, with
    the participants' nicknames blanked out."""
    text = " ".join(text.split())[:300]
    for name in sorted(names, key=len, reverse=True):
        base = re.sub(r" \(\d+\)$", "", name or "")
        if len(base) >= 3:  # "ik" or "de" as a nickname must not blank out every turn
            text = re.sub(rf"\b{re.escape(base)}\b", "…", text, flags=re.IGNORECASE)
    return text
