"""The ten leader acts of ``shared/coaching/ACTS.md``: a fixed contract.

The analysis, the NLU data, the coach, the reports and every evaluation use exactly
these identifiers. The order below is the canonical order: NLU intents for turns with
several acts join the act names with ``+`` in this order (``closed_question+rule_first``)
and a turn without an act has the intent ``no_act``.
"""

from __future__ import annotations

from typing import Iterable, List

OPEN_QUESTION = "open_question"
CLOSED_QUESTION = "closed_question"
RULE_FIRST = "rule_first"
OPINION = "opinion"
CRITICISM = "criticism"
COMPLIMENT = "compliment"
OFFER_HELP = "offer_help"
STUDENT_FOCUS = "student_focus"
PRESCRIBE = "prescribe"
REFLECTION = "reflection"

ACTS: tuple = (
    OPEN_QUESTION,
    CLOSED_QUESTION,
    RULE_FIRST,
    OPINION,
    CRITICISM,
    COMPLIMENT,
    OFFER_HELP,
    STUDENT_FOCUS,
    PRESCRIBE,
    REFLECTION,
)

#: Acts the seed counts as good moves; the others get a nudge from the coach.
POSITIVE_ACTS = frozenset({OPEN_QUESTION, COMPLIMENT, OFFER_HELP, STUDENT_FOCUS, REFLECTION})
NUDGED_ACTS = frozenset({CLOSED_QUESTION, RULE_FIRST, OPINION, CRITICISM, PRESCRIBE})
#: The nudged acts that close a conversation, heaviest first: the coach advises on the
#: first of these a turn carries, the debrief counts turns with any of them as negative.
#: A closed question is nudged too, but it only narrows the conversation.
CLOSING_ACTS: tuple = (CRITICISM, PRESCRIBE, RULE_FIRST, OPINION)

#: Short Dutch labels, as the page, the widget and the dashboard show an act.
LABELS = {
    OPEN_QUESTION: "open vraag",
    CLOSED_QUESTION: "gesloten vraag",
    RULE_FIRST: "regels voorop",
    OPINION: "eigen mening",
    CRITICISM: "kritiek",
    COMPLIMENT: "compliment",
    OFFER_HELP: "hulp aangeboden",
    STUDENT_FOCUS: "leerlingen centraal",
    PRESCRIBE: "voorgeschreven",
    REFLECTION: "samengevat",
}
#: The acts as counted nouns, for the debrief ("complimenten: 2").
COUNT_NAMES = {
    OPEN_QUESTION: "open vragen",
    CLOSED_QUESTION: "gesloten vragen",
    RULE_FIRST: "regels voorop",
    OPINION: "eigen mening",
    CRITICISM: "kritiek",
    COMPLIMENT: "complimenten",
    OFFER_HELP: "hulpaanbod",
    STUDENT_FOCUS: "aandacht voor leerlingen",
    PRESCRIBE: "voorgeschreven doel of werkwijze",
    REFLECTION: "samenvattingen",
}
#: What a turn sounded like, when the coach is not sure ("Dit klonk als kritiek").
SOUNDED_LIKE = {
    OPEN_QUESTION: "een open vraag",
    CLOSED_QUESTION: "een gesloten vraag",
    RULE_FIRST: "beginnen over de regels",
    OPINION: "je eigen mening",
    CRITICISM: "kritiek",
    COMPLIMENT: "een compliment",
    OFFER_HELP: "een aanbod van hulp",
    STUDENT_FOCUS: "aandacht voor de leerlingen",
    PRESCRIBE: "een voorgeschreven doel of werkwijze",
    REFLECTION: "een samenvatting van wat je hoorde",
}
#: What the leader did, as the coach says it ("Je stelde een open vraag").
DID = {
    OPEN_QUESTION: "stelde een open vraag",
    CLOSED_QUESTION: "stelde een gesloten vraag",
    RULE_FIRST: "begon over de regels",
    OPINION: "gaf je eigen mening",
    CRITICISM: "gaf kritiek",
    COMPLIMENT: "gaf een compliment",
    OFFER_HELP: "bood hulp aan",
    STUDENT_FOCUS: "bracht de leerlingen in beeld",
    PRESCRIBE: "schreef een doel of werkwijze voor",
    REFLECTION: "vatte samen wat je hoorde",
}

NO_ACT_INTENT = "no_act"
INTENT_SEPARATOR = "+"

_ORDER = {act: index for index, act in enumerate(ACTS)}


def canonical(acts: Iterable[str]) -> List[str]:
    """The acts without duplicates, in canonical order; unknown names raise ValueError."""
    unique = set(acts)
    unknown = unique - set(ACTS)
    if unknown:
        raise ValueError(f"unknown act(s): {', '.join(sorted(unknown))}")
    return sorted(unique, key=_ORDER.__getitem__)


def acts_to_intent(acts: Iterable[str]) -> str:
    """The NLU intent name for a set of acts (``no_act`` for none)."""
    ordered = canonical(acts)
    return INTENT_SEPARATOR.join(ordered) if ordered else NO_ACT_INTENT


def intent_to_acts(intent: str) -> List[str]:
    """The acts named by an NLU intent; ``no_act`` and non-act intents give none."""
    if not intent or intent == NO_ACT_INTENT:
        return []
    parts = intent.split(INTENT_SEPARATOR)
    if not all(part in _ORDER for part in parts):
        return []
    return canonical(parts)


def vocabulary() -> dict:
    """The acts as the browser needs them (the page, widget and dashboard fetch this
    instead of keeping a copy): canonical order, Dutch labels, which are good moves."""
    from bot.limits import MAX_TURN_CHARS

    return {
        "acts": list(ACTS),
        "labels": dict(LABELS),
        "good": [act for act in ACTS if act in POSITIVE_ACTS],
        "max_turn_chars": MAX_TURN_CHARS,
    }
