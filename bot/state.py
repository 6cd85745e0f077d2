"""The state of a practice session, typed and versioned.

Rasa keeps a session in the ``session`` slot as one JSON string (so it survives
restarts and is shared by several servers); the web layer restores a conversation
from it and storage copies it into its tables. All of them read and write it through
``SessionState.to_json`` / ``SessionState.from_json``, which checks the version and
upgrades an older one:

    version 1  workshop membership was an untyped top-level ``participant_id``
    version 2  membership is ``workshop: {participant_id, code, nickname}``

The JSON keys the page reads (``scenario``, ``teacher_name``, ``mode``, ``status``,
``teacher``, ``start``, ``turns``, ``report``, ``opening``) keep their names.

Fields added later without a new version, because an older session simply lacks
them and reads with their default: a turn's ``corrected_acts`` / ``corrected_at``
(the leader's correction of the coach's reading, bot/corrections.py), a turn's
``goal_move`` (bot/goals/goal_talk.py), a turn's ``attempt`` and ``before`` and the
session's ``attempts`` (bot/redo.py) and the
session's ``share_turns`` (the leader agreed to share their turns to improve the
coach). They are left out of the JSON while unset, so an unchanged session's JSON
is what it always was.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple, Union

from bot.errors import GesprekscoachError
from bot.persona.dynamics import TeacherState

VERSION = 2
ACTIVE, STOPPED = "active", "stopped"


class SessionFormatError(GesprekscoachError):
    """A stored session that cannot be read (corrupt, or from a newer version)."""


@dataclass
class TurnRecord:
    """One leader turn and what followed it."""

    n: int
    text: str
    acts: List[str]
    at: str
    openness: Optional[float] = None  # the teacher after the turn (None after stop)
    motivation: Optional[float] = None
    delta: Tuple[float, float] = (0.0, 0.0)  # change in openness and motivation
    reply: Optional[str] = None
    reply_kind: Optional[str] = None
    insight: Optional[str] = None  # the insight this turn brought out
    topics: List[str] = field(default_factory=list)  # what the turn was about (for elliptic follow-ups)
    about: Optional[str] = None  # what the reply answered: an insight id, "fact:…", "unknown" or None
    coach: Optional[str] = None
    better: Optional[str] = None  # the concrete better move, for the debrief
    after_stop: bool = False  # sent after the session ended; recorded, not answered
    #: The acts the leader says they meant (bot/corrections.py); None when the coach's
    #: reading stands. ``acts`` keeps the coach's original reading either way.
    corrected_acts: Optional[List[str]] = None
    corrected_at: Optional[str] = None
    #: In a scenario whose goal is stated as a means: the leader helped put the goal from
    #: the pupils ("help") or set it for her ("set"); bot/goals/goal_talk.py.
    goal_move: Optional[str] = None
    #: Which attempt of the conversation this turn belongs to: 0 for the first, k after
    #: the k-th redo (bot/redo.py). Turns of earlier attempts live in ``SessionState.attempts``.
    attempt: int = 0
    #: The session just before this turn, to rewind to (bot/redo.py): the teacher's
    #: openness and motivation, and how many lines she had used and insights told.
    before: Optional[Dict[str, float]] = None

    @property
    def reading(self) -> List[str]:
        """The acts the debrief and the figures count: the correction when there is one."""
        return list(self.corrected_acts) if self.corrected_acts is not None else list(self.acts)

    @property
    def corrected(self) -> bool:
        return self.corrected_acts is not None

    def to_json(self) -> Dict[str, Any]:
        data = dataclasses.asdict(self)
        data["delta"] = list(self.delta)
        for key in ("after_stop", "corrected_acts", "corrected_at", "goal_move", "before"):
            if data[key] in (False, None):
                del data[key]
        if not data["attempt"]:
            del data["attempt"]
        return data

    @classmethod
    def from_json(cls, data: Dict[str, Any]) -> "TurnRecord":
        known = {f.name for f in dataclasses.fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        values["delta"] = tuple(values.get("delta") or (0.0, 0.0))
        values["acts"] = list(values.get("acts") or [])
        values["topics"] = list(values.get("topics") or [])
        if values.get("corrected_acts") is not None:
            values["corrected_acts"] = list(values["corrected_acts"])
        return cls(**values)


@dataclass
class WorkshopMembership:
    """The workshop a session counts for, and the participant it counts for."""

    participant_id: int
    code: Optional[str] = None
    nickname: Optional[str] = None

    def to_json(self) -> Dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class SessionState:
    """Everything a session needs between turns (see the module docstring)."""

    id: str
    scenario: str
    teacher_name: str
    mode: str
    started_at: str
    start: TeacherState
    teacher: TeacherState
    status: str = ACTIVE
    opening: Optional[str] = None
    used_lines: List[str] = field(default_factory=list)
    insights: List[str] = field(default_factory=list)
    turns: List[TurnRecord] = field(default_factory=list)
    hints: int = 0
    stopped_at: Optional[str] = None
    report: Optional[Dict[str, Any]] = None
    practice_id: Optional[str] = None
    display_name: Optional[str] = None
    workshop: Optional[WorkshopMembership] = None
    share_turns: bool = False  # the leader agreed to share their turns to improve the coach
    #: Earlier attempts, oldest first (bot/redo.py): {"from_turn", "at", "turns": [turn JSON]}.
    attempts: List[Dict[str, Any]] = field(default_factory=list)
    version: int = VERSION

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    def answered_turns(self) -> List[TurnRecord]:
        """The turns of the conversation (not those sent after it ended)."""
        return [t for t in self.turns if not t.after_stop]

    def copy(self) -> "SessionState":
        """A deep copy: the session functions never change the state they were given."""
        return SessionState.from_json(self.to_json())

    # ------------------------------------------------------------------ JSON

    def to_json(self) -> Dict[str, Any]:
        data: Dict[str, Any] = {
            "version": VERSION,
            "id": self.id,
            "scenario": self.scenario,
            "teacher_name": self.teacher_name,
            "mode": self.mode,
            "status": self.status,
            "started_at": self.started_at,
            "start": dataclasses.asdict(self.start),
            "teacher": dataclasses.asdict(self.teacher),
            "opening": self.opening,
            "used_lines": list(self.used_lines),
            "insights": list(self.insights),
            "turns": [t.to_json() for t in self.turns],
            "hints": self.hints,
        }
        optional = {"stopped_at": self.stopped_at, "report": self.report, "practice_id": self.practice_id,
                    "display_name": self.display_name,
                    "workshop": self.workshop.to_json() if self.workshop else None}
        data.update({key: value for key, value in optional.items() if value is not None})
        if self.share_turns:
            data["share_turns"] = True
        if self.attempts:
            data["attempts"] = [dict(a) for a in self.attempts]
        return data

    def dumps(self) -> str:
        """The compact JSON string kept in the tracker slot."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: Union[str, Dict[str, Any]]) -> "SessionState":
        """Read a stored session (a dict or its JSON string), upgrading older versions.
        Raises SessionFormatError for anything that is not a readable session."""
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError as error:
                raise SessionFormatError(f"the session is not valid JSON ({error})") from None
        if not isinstance(data, dict):
            raise SessionFormatError("the session is not a JSON object")
        data = upgrade(dict(data))
        try:
            workshop = data.get("workshop")
            return cls(
                id=str(data["id"]),
                scenario=str(data["scenario"]),
                teacher_name=str(data["teacher_name"]),
                mode=str(data["mode"]),
                status=str(data.get("status", ACTIVE)),
                started_at=str(data.get("started_at") or ""),
                start=_teacher_state(data["start"]),
                teacher=_teacher_state(data["teacher"]),
                opening=data.get("opening"),
                used_lines=list(data.get("used_lines") or []),
                insights=list(data.get("insights") or []),
                turns=[TurnRecord.from_json(t) for t in _turn_dicts(data.get("turns"))],
                hints=int(data.get("hints") or 0),
                stopped_at=data.get("stopped_at"),
                report=data.get("report"),
                practice_id=data.get("practice_id"),
                display_name=data.get("display_name"),
                workshop=WorkshopMembership(**workshop) if workshop else None,
                share_turns=data.get("share_turns") is True,
                attempts=_attempts(data.get("attempts")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise SessionFormatError(f"the session lacks or garbles a field ({error!r})") from None


def _teacher_state(data: Any) -> TeacherState:
    """The teacher's state, with numbers for openness and motivation (else ValueError)."""
    keys = ("openness", "motivation")
    values = [data.get(key) for key in keys] if isinstance(data, dict) and set(data) == set(keys) else [None, None]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        raise ValueError(f"openness and motivation must be numbers, not {data!r}")
    return TeacherState(float(values[0]), float(values[1]))


def _attempts(attempts: Any) -> List[Dict[str, Any]]:
    if attempts is None:
        return []
    if not isinstance(attempts, list) or not all(
            isinstance(a, dict) and isinstance(a.get("from_turn"), int) for a in attempts):
        raise ValueError("attempts must be a list of objects with from_turn")
    return [{"from_turn": a["from_turn"], "at": a.get("at"), "turns": _turn_dicts(a.get("turns"))} for a in attempts]


def _turn_dicts(turns: Any) -> List[Dict[str, Any]]:
    if turns is None:
        return []
    if not isinstance(turns, list) or not all(isinstance(t, dict) for t in turns):
        raise ValueError("turns must be a list of objects")
    return turns


def upgrade(data: Dict[str, Any]) -> Dict[str, Any]:
    """A stored session's dict brought to the current ``VERSION``."""
    version = data.get("version", 1)
    if not isinstance(version, int) or version > VERSION:
        raise SessionFormatError(f"the session has version {version!r}; this server reads up to {VERSION}")
    if version < 2:
        participant = data.pop("participant_id", None)
        code = data.pop("workshop", None)  # version 1 kept the code and nickname at the top
        nickname = data.pop("nickname", None)
        data.pop("workshop_name", None)
        if participant is not None:
            data["workshop"] = {"participant_id": participant, "code": code if isinstance(code, str) else None,
                                "nickname": nickname if isinstance(nickname, str) else None}
        data["version"] = 2
    return data
