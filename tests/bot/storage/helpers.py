"""Shared helpers of the storage tests: real sessions made by bot.session (start /
turn / stop) with the rules-only analysis."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select, update

from bot import session as S
from bot.analysis.combine import analyse_turn
from bot.state import WorkshopMembership
from bot.storage.models import PracticeSession

PRACTICE = "p" * 20
OTHER_PRACTICE = "q" * 20

# Turns whose acts (rules-only analysis) the expectations below rely on.
OPEN_STUDENT = "Wat betekent dit voor leerlingen?"                  # open_question, student_focus
OPEN = "Hoi! Vertel eens, hoe gaat het met je initiatief?"         # open_question
OPEN_COMPLIMENT = "Wat goed dat je dit oppakt! Hoe ging het in het begin?"  # open_question, compliment
CLOSED = "Is het al klaar?"                                         # closed_question
CLOSED_RULE = "Heb je wel toestemming gevraagd?"                    # closed_question, rule_first
PRESCRIBE = "Ik wil dat jullie volgende maand een plan inleveren."  # prescribe




def play(library, texts, scenario="babette", extra=None, stop=True, after_stop=()):
    """A real session: start, the leader's turns, /stop, and turns after the stop."""
    extra = dict(extra or {})
    if "participant_id" in extra:
        extra["workshop"] = WorkshopMembership(extra.pop("participant_id"))
    session = S.start(library, scenario, **extra).session
    assert session is not None
    for text in texts:
        session = S.turn(library, session, text, analyse_turn(text)).session
    if stop:
        session = S.stop(library, session).session
    for text in after_stop:
        session = S.turn(library, session, text, analyse_turn(text)).session
    return session


def count(db, model, *where) -> int:
    query = select(func.count()).select_from(model)
    if where:
        query = query.where(*where)
    with db.session() as s:
        return s.execute(query).scalar_one()


def set_started_at(db, session_id: str, when: datetime) -> None:
    with db.session() as s:
        s.execute(update(PracticeSession).where(PracticeSession.id == session_id).values(started_at=when))


def utc(days_ago: float = 0, minutes: int = 0) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days_ago) + timedelta(minutes=minutes)


