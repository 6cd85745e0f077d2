"""The project's tables. Rasa's own tracker tables (``events``) live beside them."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Workshop(Base):
    __tablename__ = "coach_workshops"
    id = Column(Integer, primary_key=True)
    code = Column(String(12), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    token_hash = Column(String(64), nullable=False)  # sha256 of the facilitator token
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    closed_at = Column(DateTime(timezone=True))
    participants = relationship("Participant", back_populates="workshop",
                                cascade="all, delete-orphan", passive_deletes=True)


class Participant(Base):
    __tablename__ = "coach_participants"
    __table_args__ = (UniqueConstraint("workshop_id", "nickname"),)
    id = Column(Integer, primary_key=True)
    workshop_id = Column(Integer, ForeignKey("coach_workshops.id", ondelete="CASCADE"), nullable=False, index=True)
    nickname = Column(String(60), nullable=False)
    practice_id = Column(String(80), index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    workshop = relationship("Workshop", back_populates="participants")
    sessions = relationship("PracticeSession", back_populates="participant",
                            cascade="all, delete-orphan", passive_deletes=True)


class PracticeSession(Base):
    __tablename__ = "coach_sessions"
    id = Column(String(40), primary_key=True)  # the session's random id (bot.session)
    conversation_id = Column(String(80), nullable=False, index=True)  # Rasa's sender id
    practice_id = Column(String(80), index=True)
    display_name = Column(String(80))
    participant_id = Column(Integer, ForeignKey("coach_participants.id", ondelete="CASCADE"), index=True)
    scenario = Column(String(60), nullable=False)
    mode = Column(String(10), nullable=False)
    status = Column(String(10), nullable=False)
    openness = Column(Float, nullable=False)
    motivation = Column(Float, nullable=False)
    started_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    stopped_at = Column(DateTime(timezone=True))
    redone = Column(JSON)  # the turn numbers the leader redid, in order (bot/redo.py)
    participant = relationship("Participant", back_populates="sessions")
    turns = relationship("Turn", back_populates="session", cascade="all, delete-orphan",
                         passive_deletes=True, order_by="Turn.number")
    debrief = relationship("Debrief", uselist=False, back_populates="session",
                           cascade="all, delete-orphan", passive_deletes=True)
    corrections = relationship("Correction", back_populates="session", cascade="all, delete-orphan",
                               passive_deletes=True, order_by="Correction.turn_number")


class Turn(Base):
    __tablename__ = "coach_turns"
    __table_args__ = (
        UniqueConstraint("session_id", "attempt", "number", name="uq_coach_turns_session_attempt_number"),
    )
    id = Column(Integer, primary_key=True)
    session_id = Column(String(40), ForeignKey("coach_sessions.id", ondelete="CASCADE"), nullable=False, index=True)
    number = Column(Integer, nullable=False)
    text = Column(Text, nullable=False)
    acts = Column(JSON, nullable=False)
    openness = Column(Float)
    motivation = Column(Float)
    after_stop = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    #: 0 for the first attempt, k after the k-th redo (bot/redo.py); ``superseded``: a
    #: turn of an earlier attempt, kept but no longer part of the conversation.
    attempt = Column(Integer, nullable=False, default=0, server_default="0")
    superseded = Column(Boolean, nullable=False, default=False, server_default=false())
    session = relationship("PracticeSession", back_populates="turns")


class Debrief(Base):
    __tablename__ = "coach_debriefs"
    session_id = Column(String(40), ForeignKey("coach_sessions.id", ondelete="CASCADE"), primary_key=True)
    score = Column(Integer, nullable=False)
    report = Column(JSON, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    session = relationship("PracticeSession", back_populates="debrief")


class Correction(Base):
    """A leader's correction of the coach's reading of one turn (bot/corrections.py).
    ``text`` is the turn's text only when the leader agreed to share their turns to
    improve the coach; else NULL (the turn itself is in coach_turns either way)."""

    __tablename__ = "coach_corrections"
    __table_args__ = (UniqueConstraint("session_id", "turn_number"),)
    id = Column(Integer, primary_key=True)
    session_id = Column(String(40), ForeignKey("coach_sessions.id", ondelete="CASCADE"), nullable=False, index=True)
    turn_number = Column(Integer, nullable=False)
    original_acts = Column(JSON, nullable=False)
    corrected_acts = Column(JSON, nullable=False)
    text = Column(Text)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    session = relationship("PracticeSession", back_populates="corrections")


class Exercise(Base):
    """A goals exercise (bot/goals/exercise.py): its answers and summary, synced from the
    tracker's ``exercise`` slot like a practice session from ``session``."""

    __tablename__ = "coach_exercises"
    id = Column(String(40), primary_key=True)  # the exercise's random id
    conversation_id = Column(String(80), nullable=False, index=True)
    practice_id = Column(String(80), index=True)
    display_name = Column(String(80))
    participant_id = Column(Integer, ForeignKey("coach_participants.id", ondelete="CASCADE"), index=True)
    kind = Column(String(20), nullable=False, default="doelen")
    status = Column(String(10), nullable=False)
    judged = Column(Integer, nullable=False, default=0)
    right = Column(Integer, nullable=False, default=0)
    rewrites = Column(Integer, nullable=False, default=0)
    rewrites_goal = Column(Integer, nullable=False, default=0)
    answers = Column(JSON, nullable=False)
    own_goal = Column(JSON)
    started_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    stopped_at = Column(DateTime(timezone=True))
