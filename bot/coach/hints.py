"""A tip from the coach on request (``/hint``), from the state of the conversation.

In the order the seed's tips give them: ask questions (open ones), compliment, offer
help, and keep coming back to "Wat betekent dit voor leerlingen?". When the teacher
has withdrawn, first repair: listen and mirror, no rules or opinions.
"""

from __future__ import annotations

from typing import Sequence

from bot import acts as A
from bot.persona.dynamics import TeacherState
from bot.persona.scenario import Scenario


def hint(scenario: Scenario, state: TeacherState, turn_acts: Sequence[Sequence[str]],
         surfaced: Sequence[str]) -> str:
    """One concrete tip for the next turn."""
    used = {act for acts in turn_acts for act in acts}
    name = scenario.teacher_name
    if not turn_acts:
        return ("Begin met een open vraag over het initiatief, bijvoorbeeld: 'Vertel eens, "
                "hoe gaat het met je initiatief in het netwerk?'")
    if state.openness < 0.35:
        return (f"{name} houdt zich in. Laat regels en meningen even rusten; vat samen wat je "
                "hoorde ('Als ik je goed begrijp…') en vraag hoe je kunt helpen.")
    if A.OPEN_QUESTION not in used:
        return "Je hebt nog geen open vraag gesteld. Probeer: 'Hoe ging het de afgelopen weken?'"
    if A.STUDENT_FOCUS not in used:
        return "Stel de kernvraag: 'Wat betekent dit voor leerlingen?'"
    if A.COMPLIMENT not in used:
        return (f"Een klein compliment werkt groot. Laat {name} weten wat je waardeert aan "
                "het initiatief: 'Wat goed dat je dit oppakt!'")
    if A.OFFER_HELP not in used:
        return "Vraag hoe je kunt helpen: 'Wat heb je van mij nodig?'"
    remaining = [i for i in scenario.insights if i.id not in surfaced]
    if remaining:
        nxt = remaining[0]
        if state.openness < nxt.min_openness:
            return (f"Er zit nog meer achter het verhaal, maar {name} moet zich daarvoor veiliger "
                    "voelen. Vat samen wat je hoorde, of geef een oprecht compliment.")
        topic = nxt.topics[0]
        return f"Er zit nog meer achter het verhaal. Vraag eens open door over '{topic}'."
    return ("Het hele verhaal is op tafel. Help het doel te formuleren vanuit de leerlingen, "
            "zonder het in te vullen: 'Hoe zou jij het doel zeggen als je begint met \"Leerlingen kunnen…\"?'")
