"""What the bot reads and writes: sessions and turns, progress, workshops, privacy.

``sync_session`` is the one write path of a practice session: it brings the stored
rows in line with the session dict (kept by Rasa in the tracker), inserting only the
turns not stored yet. Repeating it (a retried action, a server restarted halfway) is
harmless, and the unique (session, number) key guarantees every turn is stored once.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import re
import secrets
from datetime import datetime, timedelta, timezone
from typing import Dict, List, Optional

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from bot import acts as A
from bot.errors import GesprekscoachError
from bot.storage.database import Database
from bot.storage.models import Debrief, Participant, PracticeSession, Turn, Workshop, utcnow

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to type
CODE_LENGTH = 6
PRACTICE_ID = re.compile(r"^[A-Za-z0-9_-]{16,80}$")
NICKNAME_MAX = 40
GOOD_EXAMPLE = A.POSITIVE_ACTS
POOR_EXAMPLE = A.NUDGED_ACTS - {A.CLOSED_QUESTION}


class WorkshopError(GesprekscoachError):
    """A workshop code that is unknown or closed; the message is Dutch, for the user."""


class AccessDenied(GesprekscoachError):
    """No token (401) or a wrong token (403)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _parse_time(value: Optional[str]) -> Optional[datetime]:
    return datetime.fromisoformat(value) if value else None


def _iso(value: Optional[datetime]) -> Optional[str]:
    """ISO time in UTC; SQLite returns stored times without their zone."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()


def valid_practice_id(practice_id: Optional[str]) -> Optional[str]:
    return practice_id if isinstance(practice_id, str) and PRACTICE_ID.match(practice_id) else None


# ------------------------------------------------------------------ sessions

def sync_session(db: Database, session: Dict, conversation_id: str) -> None:
    """Store the session, its new turns and its debrief (idempotent)."""
    with db.session() as s:
        row = s.get(PracticeSession, session["id"])
        if row is None:
            row = PracticeSession(
                id=session["id"], conversation_id=conversation_id,
                practice_id=valid_practice_id(session.get("practice_id")),
                display_name=(session.get("display_name") or None),
                participant_id=session.get("participant_id"),
                scenario=session["scenario"], mode=session["mode"],
                started_at=_parse_time(session.get("started_at")) or utcnow(),
                status=session["status"], openness=session["teacher"]["openness"],
                motivation=session["teacher"]["motivation"],
            )
            s.add(row)
        row.status = session["status"]
        row.openness = session["teacher"]["openness"]
        row.motivation = session["teacher"]["motivation"]
        row.updated_at = utcnow()
        row.stopped_at = _parse_time(session.get("stopped_at"))
        stored = set(s.execute(select(Turn.number).where(Turn.session_id == session["id"])).scalars())
        for turn in session["turns"]:
            if turn["n"] not in stored:
                s.add(Turn(session_id=session["id"], number=turn["n"], text=turn["text"],
                           acts=list(turn["acts"]), openness=turn.get("openness"),
                           motivation=turn.get("motivation"), after_stop=bool(turn.get("after_stop")),
                           created_at=_parse_time(turn.get("at")) or utcnow()))
        report = session.get("report")
        if report and s.get(Debrief, session["id"]) is None:
            s.add(Debrief(session_id=session["id"], score=report["score"], report=report))


def safe_sync(db: Database, session: Dict, conversation_id: str) -> None:
    """``sync_session``, once more when a concurrent writer (two servers syncing the
    same turn) hit the unique key first: the second pass finds the row stored."""
    try:
        sync_session(db, session, conversation_id)
    except IntegrityError:
        sync_session(db, session, conversation_id)


def _summary(row: PracticeSession) -> Dict:
    turns = [t for t in row.turns if not t.after_stop]
    open_q = sum(A.OPEN_QUESTION in t.acts for t in turns)
    closed_q = sum(A.CLOSED_QUESTION in t.acts for t in turns)
    first_student = next((t.number for t in turns if A.STUDENT_FOCUS in t.acts), None)
    return {
        "session": row.id,
        "scenario": row.scenario,
        "started_at": _iso(row.started_at),
        "status": row.status,
        "turns": len(turns),
        "score": row.debrief.score if row.debrief else None,
        "open_share": round(open_q / (open_q + closed_q), 3) if open_q + closed_q else None,
        "first_student_focus_turn": first_student,
        "openness": row.openness,
    }


def progress(db: Database, practice_id: str) -> List[Dict]:
    """A leader's sessions, oldest first, with the figures of the trend chart."""
    if not valid_practice_id(practice_id):
        return []
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.practice_id == practice_id)
                         .order_by(PracticeSession.started_at)).scalars().all()
        return [_summary(row) for row in rows]


def export_practice(db: Database, practice_id: str) -> Dict:
    """Everything stored for one practice id (a leader's right to their data)."""
    if not valid_practice_id(practice_id):
        raise GesprekscoachError(f"'{practice_id}' is not a practice id (16-80 letters, digits, - or _)")
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.practice_id == practice_id)
                         .order_by(PracticeSession.started_at)).scalars().all()
        workshops = s.execute(select(Participant).where(Participant.practice_id == practice_id)).scalars().all()
        return {"practice_id": practice_id,
                "workshops": [{"workshop": p.workshop.code, "nickname": p.nickname,
                               "joined_at": _iso(p.created_at)} for p in workshops],
                "sessions": [
            {**_summary(row), "display_name": row.display_name, "mode": row.mode,
             "turns": [{"number": t.number, "text": t.text, "acts": t.acts, "openness": t.openness,
                        "after_stop": t.after_stop, "at": _iso(t.created_at)} for t in row.turns],
             "report": row.debrief.report if row.debrief else None}
            for row in rows]}


def delete_practice(db: Database, practice_id: str) -> int:
    """Delete every session of one practice id, with its turns, debrief and the Rasa
    conversation events. Returns the number of sessions deleted."""
    if not valid_practice_id(practice_id):
        raise GesprekscoachError(f"'{practice_id}' is not a practice id (16-80 letters, digits, - or _)")
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.practice_id == practice_id)).scalars().all()
        conversations = {row.conversation_id for row in rows}
        _delete_sessions(s, [row.id for row in rows])
        _delete_conversations(s, conversations)
        # Their workshop registrations (nickname) go too; the workshops stay.
        s.execute(delete(Participant).where(Participant.practice_id == practice_id))
        return len(rows)


def _delete_sessions(s, ids: List[str]) -> None:
    if not ids:
        return
    s.execute(delete(Turn).where(Turn.session_id.in_(ids)))
    s.execute(delete(Debrief).where(Debrief.session_id.in_(ids)))
    s.execute(delete(PracticeSession).where(PracticeSession.id.in_(ids)))


def _delete_conversations(s, conversation_ids) -> None:
    """Remove Rasa's tracker events of these conversations, when its table is here,
    unless a session that is kept still belongs to the conversation (a browser keeps
    one conversation id across several practice sessions)."""
    from sqlalchemy import inspect, table, column

    s.flush()
    still_used = set(s.execute(select(PracticeSession.conversation_id)
                               .where(PracticeSession.conversation_id.in_(list(conversation_ids or []))))
                     .scalars()) if conversation_ids else set()
    conversation_ids = set(conversation_ids or []) - still_used
    if not conversation_ids:
        return

    if "events" in inspect(s.get_bind()).get_table_names():
        events = table("events", column("sender_id"))
        s.execute(delete(events).where(events.c.sender_id.in_(list(conversation_ids))))


def purge_older_than(db: Database, days: int) -> int:
    """The retention rule: delete sessions started more than ``days`` ago."""
    cutoff = utcnow() - timedelta(days=days)
    with db.session() as s:
        rows = s.execute(select(PracticeSession).where(PracticeSession.started_at < cutoff)).scalars().all()
        _delete_sessions(s, [row.id for row in rows])
        _delete_conversations(s, {row.conversation_id for row in rows})
        return len(rows)


# ----------------------------------------------------------------- workshops

def create_workshop(db: Database, name: str) -> Dict:
    """A new workshop; the facilitator token is returned once and stored hashed."""
    name = " ".join((name or "").split())[:200]
    if not name:
        raise WorkshopError("Geef de workshop een naam.")
    token = secrets.token_urlsafe(24)
    for _ in range(20):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        try:
            with db.session() as s:
                s.add(Workshop(code=code, name=name, token_hash=hash_token(token)))
            return {"code": code, "name": name, "facilitator_token": token}
        except IntegrityError:
            continue
    raise WorkshopError("Er kon geen vrije workshopcode worden gemaakt; probeer het opnieuw.")


def normalise_code(code: Optional[str]) -> str:
    return re.sub(r"[^A-Z0-9]", "", (code or "").upper())


def authorise(db: Database, code: str, token: Optional[str]) -> Workshop:
    """The workshop for a facilitator request; AccessDenied(401/403) otherwise."""
    if not token:
        raise AccessDenied(401, "Geen facilitatortoken meegegeven (Authorization: Bearer …).")
    with db.session() as s:
        workshop = s.execute(select(Workshop).where(Workshop.code == normalise_code(code))).scalar_one_or_none()
    if workshop is None or not hmac.compare_digest(workshop.token_hash, hash_token(token)):
        # The same answer for an unknown code and a wrong token: codes cannot be probed.
        raise AccessDenied(403, "Dit token hoort niet bij deze workshop.")
    return workshop


def join_workshop(db: Database, code: str, nickname: Optional[str], practice_id: Optional[str]) -> Dict:
    """Register a participant; the nickname is made unique within the workshop (two
    people taking the same name at the same moment: the second gets a number)."""
    try:
        return _join(db, code, nickname, practice_id)
    except IntegrityError:
        return _join(db, code, nickname, practice_id)


def _join(db: Database, code: str, nickname: Optional[str], practice_id: Optional[str]) -> Dict:
    with db.session() as s:
        workshop = s.execute(select(Workshop).where(Workshop.code == normalise_code(code))).scalar_one_or_none()
        if workshop is None:
            raise WorkshopError(f"De workshopcode '{code}' ken ik niet. Controleer de code bij de begeleider.")
        if workshop.closed_at is not None:
            raise WorkshopError(f"De workshop '{workshop.name}' is gesloten; meedoen kan niet meer.")
        practice_id = valid_practice_id(practice_id)
        if practice_id:
            # The same browser starting again in this workshop stays the same participant.
            known = s.execute(select(Participant).where(Participant.workshop_id == workshop.id,
                                                        Participant.practice_id == practice_id)).scalar_one_or_none()
            if known is not None:
                return {"participant_id": known.id, "nickname": known.nickname, "workshop": workshop.code,
                        "workshop_name": workshop.name}
        base = " ".join((nickname or "").split())[:NICKNAME_MAX] or "Deelnemer"
        taken = set(s.execute(select(Participant.nickname).where(Participant.workshop_id == workshop.id)).scalars())
        name, n = base, 2
        while name in taken:
            name, n = f"{base} ({n})", n + 1
        participant = Participant(workshop_id=workshop.id, nickname=name,
                                  practice_id=valid_practice_id(practice_id))
        s.add(participant)
        s.flush()
        return {"participant_id": participant.id, "nickname": name, "workshop": workshop.code,
                "workshop_name": workshop.name}


def close_workshop(db: Database, workshop: Workshop) -> None:
    with db.session() as s:
        row = s.get(Workshop, workshop.id)
        row.closed_at = row.closed_at or utcnow()
        workshop.closed_at = row.closed_at


def delete_workshop(db: Database, workshop: Workshop) -> int:
    """Delete a workshop with its participants, sessions, turns, debriefs and
    conversations. Returns the number of sessions deleted."""
    with db.session() as s:
        participant_ids = list(s.execute(select(Participant.id).where(Participant.workshop_id == workshop.id)).scalars())
        rows = s.execute(select(PracticeSession).where(PracticeSession.participant_id.in_(participant_ids))).scalars().all() \
            if participant_ids else []
        _delete_sessions(s, [row.id for row in rows])
        _delete_conversations(s, {row.conversation_id for row in rows})
        s.execute(delete(Participant).where(Participant.workshop_id == workshop.id))
        s.execute(delete(Workshop).where(Workshop.id == workshop.id))
        return len(rows)


def workshop_overview(db: Database, workshop: Workshop) -> Dict:
    """What the facilitator dashboard shows (and GET /coach/api/workshops/{code})."""
    with db.session() as s:
        participants = s.execute(select(Participant).where(Participant.workshop_id == workshop.id)
                                 .order_by(Participant.created_at)).scalars().all()
        people, distribution, good, poor = [], {act: 0 for act in A.ACTS}, [], []
        total_turns = 0
        for participant in participants:
            sessions = sorted(participant.sessions, key=lambda r: r.started_at)
            latest = sessions[-1] if sessions else None
            turns = [t for r in sessions for t in r.turns if not t.after_stop]
            total_turns += len(turns)
            for turn in turns:
                for act in turn.acts:
                    distribution[act] += 1
                acts = set(turn.acts)
                if acts & GOOD_EXAMPLE and not acts & (POOR_EXAMPLE | {A.CLOSED_QUESTION}):
                    good.append((len(acts & GOOD_EXAMPLE), turn))
                elif acts & POOR_EXAMPLE:
                    poor.append((len(acts & POOR_EXAMPLE), turn))
            people.append({
                "nickname": participant.nickname,
                "scenario": latest.scenario if latest else None,
                "status": latest.status if latest else "not_started",
                "turns": len([t for t in latest.turns if not t.after_stop]) if latest else 0,
                "openness": latest.openness if latest else None,
                "score": latest.debrief.score if latest and latest.debrief else None,
                "sessions": len(sessions),
            })

        def examples(pairs):
            pairs.sort(key=lambda pair: (-pair[0], pair[1].created_at))
            return [{"text": _anonymise(turn.text, [p.nickname for p in participants]), "acts": turn.acts}
                    for _, turn in pairs[:5]]

        return {
            "code": workshop.code,
            "name": workshop.name,
            "closed": workshop.closed_at is not None,
            "participants": people,
            "turns": total_turns,
            "acts": distribution,
            "examples": {"good": examples(good), "poor": examples(poor)},
        }


def _anonymise(text: str, names: List[str]) -> str:
    text = " ".join(text.split())[:300]
    for name in sorted(names, key=len, reverse=True):
        base = re.sub(r" \(\d+\)$", "", name or "")
        if len(base) >= 3:  # "ik" or "de" as a nickname must not blank out every turn
            text = re.sub(rf"\b{re.escape(base)}\b", "…", text, flags=re.IGNORECASE)
    return text


def _cell(value) -> str:
    """A spreadsheet cell that cannot run as a formula (nicknames come from users)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def workshop_csv(db: Database, workshop: Workshop) -> str:
    """One row per participant's session, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["deelnemer", "scenario", "status", "beurten", "openheid", "score",
                     "open vragen", "gesloten vragen", "eerste vraag over leerlingen (beurt)", "gestart"])
    with db.session() as s:
        participants = s.execute(select(Participant).where(Participant.workshop_id == workshop.id)
                                 .order_by(Participant.created_at)).scalars().all()
        for participant in participants:
            for row in sorted(participant.sessions, key=lambda r: r.started_at):
                summary = _summary(row)
                turns = [t for t in row.turns if not t.after_stop]
                writer.writerow([
                    _cell(participant.nickname), row.scenario, row.status, summary["turns"],
                    f"{row.openness:.2f}", summary["score"] if summary["score"] is not None else "",
                    sum(A.OPEN_QUESTION in t.acts for t in turns),
                    sum(A.CLOSED_QUESTION in t.acts for t in turns),
                    summary["first_student_focus_turn"] or "", summary["started_at"],
                ])
    return out.getvalue()


def count_turns(db: Database, session_id: str) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).select_from(Turn).where(Turn.session_id == session_id)).scalar_one()
