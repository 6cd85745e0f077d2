"""Workshops in the database: create, the facilitator's access, join, close, delete.

A facilitator holds a token, returned once at creation and stored only as its hash;
``authorise`` is the one check every facilitator request passes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Dict, Optional

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from bot.errors import MissingToken, WorkshopError, WrongToken
from bot.limits import NICKNAME_MAX, valid_practice_id
from bot.storage.database import Database
from bot.storage.models import Participant, PracticeSession, Workshop, utcnow
from bot.storage.privacy import delete_sessions

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to type
CODE_LENGTH = 6


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalise_code(code: Optional[str]) -> str:
    return re.sub(r"[^A-Z0-9]", "", (code or "").upper())


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


def authorise(db: Database, code: str, token: Optional[str]) -> Workshop:
    """The workshop for a facilitator request; MissingToken or WrongToken otherwise."""
    if not token:
        raise MissingToken("Geen facilitatortoken meegegeven (Authorization: Bearer …).")
    with db.session() as s:
        workshop = s.execute(select(Workshop).where(Workshop.code == normalise_code(code))).scalar_one_or_none()
    if workshop is None or not hmac.compare_digest(workshop.token_hash, hash_token(token)):
        # The same answer for an unknown code and a wrong token: codes cannot be probed.
        raise WrongToken("Dit token hoort niet bij deze workshop.")
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
        joined = {"workshop": workshop.code, "workshop_name": workshop.name}
        if practice_id:
            # The same browser starting again in this workshop stays the same participant.
            known = s.execute(select(Participant).where(Participant.workshop_id == workshop.id,
                                                        Participant.practice_id == practice_id)).scalar_one_or_none()
            if known is not None:
                return {"participant_id": known.id, "nickname": known.nickname, **joined}
        base = " ".join((nickname or "").split())[:NICKNAME_MAX] or "Deelnemer"
        taken = set(s.execute(select(Participant.nickname).where(Participant.workshop_id == workshop.id)).scalars())
        name, n = base, 2
        while name in taken:
            name, n = f"{base} ({n})", n + 1
        participant = Participant(workshop_id=workshop.id, nickname=name, practice_id=practice_id)
        s.add(participant)
        s.flush()
        return {"participant_id": participant.id, "nickname": name, **joined}


def close_workshop(db: Database, workshop: Workshop) -> None:
    with db.session() as s:
        row = s.get(Workshop, workshop.id)
        row.closed_at = row.closed_at or utcnow()
        workshop.closed_at = row.closed_at


def delete_workshop(db: Database, workshop: Workshop) -> int:
    """Delete a workshop with its participants, sessions, turns, debriefs and
    conversations. Returns the number of sessions deleted."""
    with db.session() as s:
        participant_ids = list(s.execute(select(Participant.id)
                                         .where(Participant.workshop_id == workshop.id)).scalars())
        rows = s.execute(select(PracticeSession).where(PracticeSession.participant_id.in_(participant_ids))
                         ).scalars().all() if participant_ids else []
        delete_sessions(s, rows)
        s.execute(delete(Participant).where(Participant.workshop_id == workshop.id))
        s.execute(delete(Workshop).where(Workshop.id == workshop.id))
        return len(rows)
