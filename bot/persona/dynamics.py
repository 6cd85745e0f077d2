"""How the leader's acts move the teacher's openness and motivation (0 to 1).

From the seed (deel 3): open questions, compliments ("hoe klein ook, een enorme
stimulerende werking"), offers of help and "Wat betekent dit voor leerlingen?" open
the teacher up; closed questions get short answers and move little; rules first,
criticism ("kleine kritiekpuntjes ... zwaar meewegen"), opinions ("hoe eerder je je
mening geeft, hoe eerder de leraren zich inhouden") and prescribed goals make the
teacher justify themselves and withdraw. Timing counts: a rule, an opinion or a
prescription before the leader has asked any open question costs half as much again.
The numbers are this project's calibration, not the seed's: the seed gives directions
and relative weights, not magnitudes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Tuple

from bot import acts as A

#: (openness change, motivation change) per act.
EFFECTS = {
    A.OPEN_QUESTION: (0.06, 0.02),
    A.STUDENT_FOCUS: (0.05, 0.05),
    A.COMPLIMENT: (0.05, 0.07),
    A.OFFER_HELP: (0.04, 0.06),
    A.REFLECTION: (0.05, 0.02),
    A.CLOSED_QUESTION: (-0.02, 0.0),
    A.OPINION: (-0.05, -0.03),
    A.RULE_FIRST: (-0.07, -0.06),
    A.PRESCRIBE: (-0.07, -0.07),
    A.CRITICISM: (-0.10, -0.10),
}
#: Negative acts that cost more before the first open question.
EARLY_PENALISED = frozenset(A.CLOSING_ACTS)
EARLY_FACTOR = 1.5
#: Several closed questions in a row make the conversation an interrogation.
CLOSED_STREAK = 3
CLOSED_STREAK_COST = (-0.03, -0.02)


@dataclass(frozen=True)
class TeacherState:
    openness: float
    motivation: float

    def level(self) -> str:
        """The openness band that picks the teacher's lines."""
        if self.openness < 0.35:
            return "low"
        if self.openness < 0.65:
            return "mid"
        return "high"


def _clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 3)


def update(
    state: TeacherState,
    acts: Iterable[str],
    open_question_asked_before: bool,
    closed_streak_before: int,
) -> Tuple[TeacherState, float, float]:
    """The state after a leader turn with ``acts``, and the two changes.

    ``open_question_asked_before``: whether any earlier turn held an open question;
    ``closed_streak_before``: how many turns in a row before this one were only closed
    questions.
    """
    acts = set(acts)
    d_open = d_motivation = 0.0
    for act in acts:
        o, m = EFFECTS[act]
        if act in EARLY_PENALISED and not open_question_asked_before:
            o, m = o * EARLY_FACTOR, m * EARLY_FACTOR
        d_open += o
        d_motivation += m
    if acts == {A.CLOSED_QUESTION} and closed_streak_before + 1 >= CLOSED_STREAK:
        d_open += CLOSED_STREAK_COST[0]
        d_motivation += CLOSED_STREAK_COST[1]
    new = TeacherState(_clamp(state.openness + d_open), _clamp(state.motivation + d_motivation))
    return new, round(new.openness - state.openness, 3), round(new.motivation - state.motivation, 3)
