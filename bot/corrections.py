"""The leader's correction of the coach's reading of a turn ("Klopt niet?").

    /correct{"turn":2,"acts":["open_question"]}

The rules:
- a correction names an answered turn of this session, while the session runs (the
  debrief is made at the stop, from the corrected readings); anything else gets a
  Dutch coach message of kind ``correct_error`` and changes nothing;
- the acts are names of ``bot.acts.ACTS``; an empty list means "no act at all" (over
  Rasa a /correct without "acts" reads the same: Rasa makes one entity per item of
  the list, so an empty list and none at all look alike);
- the turn keeps the coach's original ``acts`` and gets ``corrected_acts``; a
  correction equal to the original reading withdraws an earlier correction;
- the teacher's state is not re-run: how she reacted stays what it was. Only the
  debrief and the figures (bot/summary.py, bot/debrief.py) count the corrected acts;
- the reply is a coach message of kind ``corrected``.

Nothing is ever trained from a correction. Storage keeps it (with the turn's text
only when the leader agreed to share their turns, ``share_turns``), and
``coach corrections export`` writes the shared ones as Rasa NLU YAML for a person to
review before the next training round (``nlu_yaml`` below).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, timezone
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from bot import acts as A
from bot.debrief import describe_acts
from bot.session import Outcome
from bot.state import SessionState

KIND_ERROR = "correct_error"
KIND_CORRECTED = "corrected"
EXAMPLE = '/correct{"turn":2,"acts":["open_question"]}'

#: The consent values a /start may carry (the page sends JSON true or false).
_YES = {"true", "1", "ja", "yes"}


def _coach(text: str, kind: str, acts: Optional[List[str]] = None, **extra) -> Dict:
    return {"custom": {"role": "coach", "acts": acts or [], "kind": kind, "text": text, **extra}}


def _error(session: Optional[SessionState], text: str) -> Outcome:
    """The session unchanged (the same object: nothing to store) and the reason."""
    return Outcome(session, [_coach(text, KIND_ERROR)])


def _choices() -> str:
    return ", ".join(f"{A.LABELS[act]} ({act})" for act in A.ACTS)


def parse_turn(value: Any) -> Optional[int]:
    """The turn number of a /correct, from JSON (2) or text ("2"); None when it is none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def checked_acts(values: Iterable[Any]) -> Tuple[Optional[List[str]], Optional[str]]:
    """The acts in canonical order, or None and the Dutch reason they cannot be used."""
    values = list(values)
    unknown = [str(value) for value in values if not isinstance(value, str) or value not in A.ACTS]
    if unknown:
        names = ", ".join(f"'{name}'" for name in unknown)
        return None, (f"Ik ken {names} niet als soort beurt, dus ik heb niets veranderd. Kies uit: "
                      f"{_choices()}. Was het geen van deze? Stuur dan een lege lijst: \"acts\":[].")
    return A.canonical(values), None


def correct(session: Optional[SessionState], turn: Any, acts: Iterable[Any]) -> Outcome:
    """Record the leader's reading of one of their turns (see the module docstring)."""
    if session is None:
        return _error(None, "Er loopt geen gesprek, dus er valt niets te corrigeren. Start een gesprek met /start.")
    if not session.active:
        return _error(session, "Dit gesprek is al nabesproken, dus een correctie verandert niets meer. "
                               "Zeg het in een volgend gesprek met 'Klopt niet?' bij de opmerking van de coach.")
    number = parse_turn(turn)
    if number is None:
        return _error(session, f"Zeg welke beurt je bedoelt, met zijn nummer: {EXAMPLE}.")
    answered = session.answered_turns()
    record = next((t for t in answered if t.n == number), None)
    if record is None:
        if not answered:
            return _error(session, "Je hebt in dit gesprek nog geen beurt genomen, dus er valt nog niets "
                                   "te corrigeren.")
        return _error(session, f"Beurt {number} is geen beurt van dit gesprek. Je kunt beurt "
                               f"{answered[0].n} tot en met {answered[-1].n} corrigeren.")
    reading, problem = checked_acts(acts)
    if problem:
        return _error(session, problem)

    session = session.copy()
    record = next(t for t in session.turns if t.n == number)
    original = A.canonical(record.acts)
    if reading == original:
        withdrawn = record.corrected
        record.corrected_acts = record.corrected_at = None
        text = (f"Goed, beurt {number} telt weer zoals ik hem las: {describe_acts(original)}." if withdrawn else
                f"Dank je! Zo las ik beurt {number} ook: {describe_acts(original)}. Er verandert niets.")
    else:
        record.corrected_acts = reading
        record.corrected_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        text = (f"Dank je! Beurt {number} lees ik nu als: {describe_acts(reading)} "
                f"(ik las: {describe_acts(original)}). De nabespreking gebruikt jouw lezing. "
                "Hoe de leraar reageerde, blijft wat het was.")
    return Outcome(session, [_coach(text, KIND_CORRECTED, record.reading, turn=number, original=record.acts)])


def consent(value: Any) -> bool:
    """Whether a /start's ``share_turns`` says yes (JSON true; "true", "ja" or "1" over text)."""
    return value is True or (isinstance(value, str) and value.strip().lower() in _YES)


def share_turns(session: Optional[SessionState], agreed: bool) -> Optional[SessionState]:
    """The session with the leader's consent to share their turns; the same object
    when nothing changes (no session, or already so)."""
    if session is None or session.share_turns == agreed:
        return session
    session = session.copy()
    session.share_turns = agreed
    return session


# ------------------------------------------------------------------- the export

HEADER = """\
# Corrections by leaders of the coach's reading of their turns
# (written by `coach corrections export`; only turns whose leader agreed to share them).
#
# REVIEW EVERY EXAMPLE BY HAND BEFORE IT GOES INTO data/nlu/. A leader's correction is
# their own view of their turn and can be wrong; ACTS.md decides. Move or delete
# examples, then retrain with `make train`. Nothing here is trained automatically.
# Square brackets followed by parentheses in a text would read as an entity: check those.
"""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _one_line(text: str) -> str:
    """A turn as one NLU example line: no control characters, whitespace collapsed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def nlu_yaml(corrections: Iterable[Tuple[str, Sequence[str], Sequence[str]]]) -> str:
    """Rasa NLU YAML ("3.1") of (text, corrected acts, original acts), one intent per
    act combination as data/nlu names them (``acts_to_intent``, ``no_act`` for none);
    each intent says in a comment how the coach had read its examples."""
    examples: Dict[str, List[str]] = defaultdict(list)
    read_as: Dict[str, Dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for text, corrected, original in corrections:
        line = _one_line(text or "")
        if not line:
            continue
        intent = A.acts_to_intent(corrected)
        read_as[intent][A.acts_to_intent(original)] += 1
        if line not in examples[intent]:
            examples[intent].append(line)
    out = [HEADER, 'version: "3.1"', "nlu:" if examples else "nlu: []"]
    for intent in sorted(examples):
        counted = ", ".join(f"{name} ({n})" for name, n in sorted(read_as[intent].items()))
        out.append(f"# the coach read these as: {counted}")
        out.append(f"- intent: {intent}")
        out.append("  examples: |")
        out.extend(f"    - {line}" for line in examples[intent])
    return "\n".join(out) + "\n"

