"""The coach's remark after a leader turn (Dutch, a different voice from the teacher).

It names what the leader did, then:
- for criticism, a prescription, rules first, an opinion or a closed question: a
  concrete better move, with a rewrite of the leader's own closed question where the
  rules can make one (``rewrite.py``);
- for good moves (open question, student focus, compliment, offer of help,
  reflection): short encouragement, varied and not every time, so that it keeps its
  weight. The first time the leader asks what it means for the pupils always gets a
  word: that is the seed's key question.
The advice follows the seed's third part ("Praktische tips voor de schoolleider").
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from bot import acts as A
from bot.analysis.combine import TurnAnalysis
from bot.analysis.question_form import Form
from bot.coach.rewrite import rewrite_closed


def _and(phrases: Sequence[str]) -> str:
    return ", ".join(phrases[:-1]) + " en " + phrases[-1] if len(phrases) > 1 else phrases[0]


def did(acts: Sequence[str], unsure: Sequence[str] = ()) -> str:
    """"Je stelde een open vraag en gaf een compliment." What the analysis is not sure
    of, the coach says with a hedge the leader can correct: "Dit klonk als kritiek." """
    sure = [act for act in acts if act not in unsure]
    said = [f"Je {_and([A.DID[act] for act in sure])}."] if sure else []
    doubted = [act for act in acts if act in unsure]
    if doubted:
        said.append(f"Dit klonk als {_and([A.SOUNDED_LIKE[act] for act in doubted])} "
                    "(bedoelde je het anders, zeg het dan met 'Klopt niet?').")
    return " ".join(said)


KEY_QUESTION = "Wat betekent dit voor leerlingen?"

@dataclass(frozen=True)
class Advice:
    """Why a move closes the conversation, then the better move to try, quoted."""

    before: str
    better: str
    after: str = ""

    @property
    def text(self) -> str:
        return f"{self.before}'{self.better}'{self.after}"


#: Said before the advice on a rule or opinion that comes before any open question.
EARLY = "Nog voor je eerste open vraag: dat weegt extra zwaar. "


#: Per nudged act, the coach's advice: why, then a better move to try (``better``).
ADVICE = {
    A.CRITICISM: (
        Advice(
            'Kleine kritiekpunten wegen zwaar voor een leraar. Vraag eerst wat er gebeurde en wat de '
            'leraar ervan leerde: ',
            'Wat heb je daarvan geleerd?',
        ),
        Advice(
            'Dit voelt al snel als een oordeel, en dan gaat de leraar zich verdedigen. Probeer: ',
            'Hoe kijk je daar zelf op terug?',
        ),
        Advice('Kritiek sluit het gesprek. Nieuwsgierigheid opent het: ', 'Wat maakte dat het zo liep?'),
    ),
    A.PRESCRIBE: (
        Advice(
            'Je bepaalt hier het doel of de werkwijze voor de leraar. Laat het netwerk zijn eigen '
            'doel vinden en denk mee over wat haalbaar is: ',
            'Wat wil je dat leerlingen straks kunnen?',
        ),
        Advice(
            'Schrijf niet voor hoe het netwerk moet werken; dan verdwijnt het eigenaarschap. Vraag '
            'liever: ',
            'Hoe zou jij het aanpakken, en wat heb je daarvoor nodig?',
        ),
        Advice(
            'Een opgelegd doel wordt zelden een eigen doel. Help het doel formuleren vanuit de '
            'leerlingen: ',
            'Als je de zin begint met "Leerlingen kunnen…", hoe maak je hem af?',
        ),
    ),
    A.RULE_FIRST: (
        Advice(
            'Je begint over regels of middelen; de leraar voelt zich dan geroepen zich vooraf te '
            'verantwoorden. Verken eerst wat het initiatief oplevert: ',
            'Wat betekent dit voor leerlingen?',
        ),
        Advice(
            'De kaders horen in een heldere afspraak vooraf, niet in elke reactie. Vraag nu eerst: ',
            'Wat wil je met dit initiatief bereiken?',
        ),
        Advice(
            'Regels voorop maken het gesprek smal. Probeer: ',
            'Welke regels zitten je in de weg, en waarom?',
            '. Zo verken je de ruimte in plaats van haar te beperken.',
        ),
    ),
    A.OPINION: (
        Advice(
            'Hoe eerder je je mening geeft, hoe eerder de leraar zich inhoudt. Stel nog een vraag: ',
            'Wat denk jij zelf dat werkt?',
        ),
        Advice(
            'Je geeft al een oplossing. Houd die nog even vast en vraag: ',
            'Welke mogelijkheden zie jij?',
        ),
        Advice(
            'Je mening kan straks nog. Probeer eerst de ideeën van de leraar boven tafel te krijgen: ',
            'Wat zou jij het liefst willen proberen?',
        ),
    ),
}
#: Why a closed question narrows the conversation (the better move is a rewrite).
CLOSED_ADVICE = (
    'Een gesloten vraag levert een kort antwoord op.',
    'Hierop kan de leraar met ja of nee antwoorden, en dan stokt het verhaal.',
    "Zo'n vraag vraagt om een feit, niet om het verhaal.",
)


ENCOURAGEMENT = {
    A.OPEN_QUESTION: ("Zo komt het verhaal op gang.", "Precies wat helpt: de leraar vertelt.",
                      "Zo geef je ruimte.", "Goed: nieuwsgierig blijven."),
    A.COMPLIMENT: ("Een compliment, hoe klein ook, werkt sterk stimulerend.",
                   "Goed: waardering geeft de leraar energie.", "Fijn compliment."),
    A.OFFER_HELP: ("Je laat merken dat je achter de leraar staat: belangrijk.",
                   "Hulp aanbieden geeft vertrouwen.", "Goed, zo voelt de leraar steun."),
    A.REFLECTION: ("Je laat horen dat je luistert.", "Goed samengevat: de leraar voelt zich gehoord.",
                   "Zo'n spiegel nodigt uit om verder te vertellen."),
    A.STUDENT_FOCUS: ("Weer terug bij de leerlingen: daar gaat het om.",
                      "De leerlingen centraal, goed zo.", "Zo blijft het einddoel in beeld."),
}
FIRST_STUDENT_FOCUS = (
    "Dit is de kernvraag: wat betekent het voor leerlingen? Zo praat je over het doel, "
    "niet alleen over de middelen."
)


@dataclass(frozen=True)
class CoachNote:
    text: str
    better: Optional[str]  # the concrete better move (a sentence to say), for the debrief


def _closed_rewrite(analysis: TurnAnalysis) -> Optional[Tuple[str, str]]:
    """The first closed question of the turn and its open rewrite."""
    for part in analysis.sentences:
        if part.reading.form is Form.CLOSED:
            rewritten = rewrite_closed(part.sentence, part.reading)
            if rewritten:
                return part.sentence.text.strip(), rewritten
    return None


def coach_note(
    analysis: TurnAnalysis,
    turn_number: int,
    earlier_acts: Sequence[Sequence[str]],
    rng: random.Random,
) -> CoachNote:
    """The coach's remark on one turn. ``earlier_acts``: the acts of the earlier turns."""
    acts = set(analysis.acts)
    if not acts:
        return CoachNote("Geen vraag of reactie op het initiatief. Vraag eens naar de ervaring "
                         "van de leraar: 'Hoe gaat het met je initiatief?'", None)

    parts: List[str] = [did(analysis.acts, analysis.unsure())]
    better: Optional[str] = None

    for act in A.CLOSING_ACTS:
        if act in acts:
            advice = rng.choice(ADVICE[act])
            early = act in {A.RULE_FIRST, A.OPINION} and not any(
                A.OPEN_QUESTION in earlier for earlier in earlier_acts
            )
            parts.append((EARLY if early else "") + advice.text)
            better = advice.better
            break

    if A.CLOSED_QUESTION in acts and A.OPEN_QUESTION not in acts:
        rewrite = _closed_rewrite(analysis)
        parts.append(rng.choice(CLOSED_ADVICE))
        if rewrite:
            question, rewritten = rewrite
            parts.append(f"'{question}' kan open: '{rewritten}'.")
            better = better or rewritten
        else:
            parts.append(f"Vraag liever naar de ervaring of naar de leerlingen: '{KEY_QUESTION}'")
            better = better or KEY_QUESTION

    # The core question is credited only when it is asked, not when the pupils come up
    # inside a rule, an opinion, criticism or a prescription ("Het doel moet zijn dat de
    # leerlingen…"): such a turn names the pupils but closes the conversation.
    def asked_about_pupils(turn_acts) -> bool:
        return A.STUDENT_FOCUS in turn_acts and not set(turn_acts) & set(A.CLOSING_ACTS)

    first_student = asked_about_pupils(acts) and not any(asked_about_pupils(e) for e in earlier_acts)
    if first_student:
        parts.append(FIRST_STUDENT_FOCUS)
    elif not (acts & A.NUDGED_ACTS):
        good = [act for act in analysis.acts if act in ENCOURAGEMENT]
        # Encourage the first time a move appears, then now and then (about one in three).
        fresh = [act for act in good if not any(act in earlier for earlier in earlier_acts)]
        if fresh or (good and rng.random() < 0.35):
            parts.append(rng.choice(ENCOURAGEMENT[(fresh or good)[0]]))
    if acts == {A.OPEN_QUESTION} and turn_number >= 4 and not any(
        A.STUDENT_FOCUS in earlier for earlier in earlier_acts
    ):
        parts.append(f"Tip: vraag ook eens '{KEY_QUESTION}'")
    return CoachNote(" ".join(parts), better)
