"""In the role-play: does the leader help the teacher put the network's goal in terms of
the pupils, or set the goal for her? The seed: "Schoolleiders moeten niet voor het
netwerk de doelen bepalen" — but asking what the project should yield for the pupils is
the core of the dialogue. Only in a scenario whose network states its goal as a means
(``goal.as_stated``, judged by ``bot/goals``); the session records the move per turn
(``TurnRecord.goal_move``), the coach remarks on it and the debrief says which happened.

    "help"  an open question about what the project should bring the pupils, or about
            putting the goal from the pupils ("Hoe zou je het doel formuleren als je
            begint met 'leerlingen'?", "Wat moeten de leerlingen straks kunnen?")
    "set"   a statement that fixes the goal for her ("Het doel moet zijn dat de leerlingen
            beter plannen.", "Jullie doel is dat kinderen zelfstandig werken."): a
            prescription or opinion, not a question

Misses: a goal set as a closed question ("Is het doel niet gewoon dat ze beter lezen?")
counts as neither; help without the words of goals ("Wat merken de kinderen ervan?") is
already the student focus the coach praises.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from bot import acts as A
from bot.goals.judgement import is_pupil

HELP, SET = "help", "set"
GOAL_WORDS = re.compile(r"\b(doel|doelen|doelstelling|bereiken|opleveren|oplevert|geslaagd|resultaat|"
                        r"straks kunnen|moeten kunnen|moeten leren|beginnen met .?leerlingen)\b", re.I)
SETTING = re.compile(r"\b(moet|moeten|zou moeten|is dat|wordt dat|zijn dat|wil ik dat|verwacht ik)\b", re.I)


def goal_move(text: str, acts: Iterable[str], stated_as_means: bool) -> Optional[str]:
    if not stated_as_means or not GOAL_WORDS.search(text):
        return None
    acts = set(acts)
    pupils = any(is_pupil(w) for w in re.findall(r"[\w-]+", text.lower()))
    if A.OPEN_QUESTION in acts and (pupils or A.STUDENT_FOCUS in acts or "leerling" in text.lower()):
        return HELP
    questions = {A.OPEN_QUESTION, A.CLOSED_QUESTION}
    if not acts & questions and (acts & {A.PRESCRIBE, A.OPINION} or SETTING.search(text)) and pupils:
        return SET
    return None


REMARK = {
    HELP: "Mooi: je helpt haar het doel vanuit de leerlingen te formuleren, zonder het voor haar in te vullen.",
    SET: ("Let op: nu bepaal jij het doel voor het netwerk. Vraag liever wat zij voor de leerlingen wil bereiken; "
          "het doel is van het netwerk."),
}


def debrief_line(helped: list, set_for_her: list) -> Optional[str]:
    """The debrief's sentence on the goal, or None when the goal did not come up."""
    if not helped and not set_for_her:
        return None
    parts = []
    if helped:
        parts.append(f"Bij beurt {', '.join(map(str, helped))} hielp je haar het doel vanuit de leerlingen te "
                     "formuleren.")
    if set_for_her:
        parts.append(f"Bij beurt {', '.join(map(str, set_for_her))} bepaalde je zelf het doel voor het netwerk; "
                     "dat is aan het netwerk.")
    return " ".join(parts)
