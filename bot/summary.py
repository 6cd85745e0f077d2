"""A session's figures, computed once for the debrief, a leader's progress and the
workshop's CSV: how many turns, the acts, open versus closed questions, and when the
leader first asked what it means for the pupils.

The acts counted are the turn's reading: the leader's correction where they gave one
(bot/corrections.py), else the coach's. Callers pass that reading; ``of_turns`` does
it for a session's turn records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Iterable, Optional, Sequence, Tuple

from bot import acts as A

if TYPE_CHECKING:
    from bot.state import TurnRecord


@dataclass(frozen=True)
class Summary:
    turns: int
    acts: Dict[str, int]
    first_student_focus_turn: Optional[int]
    negative_turns: int  # turns with criticism, a prescription, rules first or an opinion

    @property
    def open_questions(self) -> int:
        return self.acts[A.OPEN_QUESTION]

    @property
    def closed_questions(self) -> int:
        return self.acts[A.CLOSED_QUESTION]

    @property
    def open_share(self) -> Optional[float]:
        """Open questions among all questions; None when the leader asked none."""
        asked = self.open_questions + self.closed_questions
        return self.open_questions / asked if asked else None


def summarise(turns: Iterable[Tuple[int, Sequence[str]]]) -> Summary:
    """The figures of a conversation's turns, given as (turn number, acts) in order.
    Turns sent after the session ended must be left out by the caller."""
    turns = list(turns)
    counts = {act: sum(act in acts for _, acts in turns) for act in A.ACTS}
    first_student = next((n for n, acts in turns if A.STUDENT_FOCUS in acts), None)
    closing = set(A.CLOSING_ACTS)
    negative = sum(1 for _, acts in turns if closing & set(acts))
    return Summary(turns=len(turns), acts=counts, first_student_focus_turn=first_student,
                   negative_turns=negative)


def of_turns(turns: Iterable["TurnRecord"]) -> Summary:
    """The figures of a session's answered turns, counting each turn's corrected acts
    where the leader corrected the coach."""
    return summarise((t.n, t.reading) for t in turns if not t.after_stop)
