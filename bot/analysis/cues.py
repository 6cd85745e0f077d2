"""Word cues for the acts that are not about question form.

Each cue says only that a sentence *contains* the signal of an act ("ik vind" for
opinion, "toestemming" for rule_first). Cues alone over-fire ("ik vind het knap" is a
compliment, not an opinion): ``combine.py`` weighs them against the trained model and
the sentence's form. The lists live in ``lexicon.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, FrozenSet

from bot import acts as A
from bot.analysis import lexicon
from bot.analysis.question_form import Form, FormReading, Kind
from bot.analysis.text import Sentence


def _any_phrase(sentence: Sentence, phrases) -> bool:
    return any(sentence.has(phrase) for phrase in phrases)


def _starts_any(sentence: Sentence, phrases) -> bool:
    return any(sentence.starts(phrase) for phrase in phrases)


@dataclass(frozen=True)
class Cues:
    """The acts a sentence shows a word signal for."""

    present: FrozenSet[str] = field(default_factory=frozenset)

    def __contains__(self, act: str) -> bool:
        return act in self.present


def student_words(sentence: Sentence) -> bool:
    return any(word in lexicon.STUDENT_WORDS for word in sentence.words) or (
        # "groep 5", "de klas" count when the sentence is about what they do or learn
        any(word in {"groep", "klas", "groepje", "groepen", "klassen"} for word in sentence.words)
        and any(word in lexicon.STUDENT_MEANING for word in sentence.words)
    )


def _bare_request(sentence: Sentence, reading: FormReading) -> bool:
    """An imperative ("Pak het aan zoals groep 7.") or a bare request ("Evaluatie voor de
    meivakantie graag."): a statement that opens with a verb stem of the list or ends in
    "graag" without a subject of its own. Misses imperatives of verbs not listed."""
    if reading.form is not Form.STATEMENT:
        return False
    words = sentence.words
    if words and words[0] in lexicon.IMPERATIVES and (len(words) == 1 or words[1] not in {"ik", "je", "jij", "we"}):
        return True
    return len(words) >= 2 and words[-1] == "graag" and not set(words[:-1]) & {"ik", "je", "jij", "we", "wij", "u"}


def _reproach(sentence: Sentence) -> bool:
    """"Waarom heb je het niet gewoon …?" (a "waarom" with "niet" and "gewoon"), and "Dat
    had je eerst kunnen vragen." (what the teacher could or should have done)."""
    words = set(sentence.words)
    why_not = bool(sentence.words) and sentence.words[0] == "waarom" and {"niet", "gewoon"} <= words
    had = (sentence.has("had je") or sentence.has("had u") or sentence.has("hadden jullie")) and bool(
        words & {"kunnen", "moeten", "mogen"})
    return why_not or had


def find_cues(sentence: Sentence, reading: FormReading) -> Cues:
    """The word signals in one sentence, read with its form."""
    found = set()
    words = set(sentence.words)

    if _any_phrase(sentence, lexicon.COMPLIMENT_PATTERNS):
        found.add(A.COMPLIMENT)
    # "Wie kan je daarbij helpen?" asks who else could help: the leader offers nothing.
    if _any_phrase(sentence, lexicon.HELP_PATTERNS) and not (sentence.words and sentence.words[0] == "wie"):
        found.add(A.OFFER_HELP)
    if _any_phrase(sentence, lexicon.OPINION_PATTERNS) or reading.leading:
        found.add(A.OPINION)
    if _any_phrase(sentence, lexicon.CRITICISM_PATTERNS) or _reproach(sentence):
        found.add(A.CRITICISM)
    if _any_phrase(sentence, lexicon.PRESCRIBE_PATTERNS) or _bare_request(sentence, reading):
        found.add(A.PRESCRIBE)

    rule_word = bool(words & lexicon.RULE_WORDS) or any(
        word.endswith(lexicon.RULE_ENDINGS) and len(word) > 8 for word in words
    ) or _any_phrase(
        sentence,
        ("mag niet", "mag dat", "mag het", "mag dat wel", "mag wel", "mogen niet",
         "kan niet", "niet toegestaan", "niet mogelijk", "past niet", "dat gaat niet",
         "hoort niet", "niet de bedoeling dat", "wie betaalt", "wie gaat dat betalen",
         "wat kost", "ingeroosterd", "de methode"),
    )
    # Offering budget, hours or a word with the timetable maker opens room: that is
    # offer_help, not rules first (ACTS.md).
    offers = A.OFFER_HELP in found
    if rule_word and not offers and not _any_phrase(sentence, lexicon.RULE_OPENING):
        found.add(A.RULE_FIRST)

    mirrors = reading.form is Form.STATEMENT and _starts_any(sentence, lexicon.REFLECTION_OPENERS)
    if mirrors:
        found.add(A.REFLECTION)
    # A mirror of what the pupils did, felt, said or learned ("Dus de kleuters ruimen nu
    # zelf op.") carries student focus too (ACTS.md); a fact question about them does not.
    # In other statements the pupils must be doing, learning or gaining something
    # ("…dat de leerlingen zelfstandig oefenen"), not just be mentioned ("je bent een paar
    # leerlingen vergeten").
    about_students = student_words(sentence) and (
        reading.form is not Form.STATEMENT
        or mirrors
        or any(word in lexicon.STUDENT_MEANING for word in sentence.words)
    )
    if about_students and reading.kind is not Kind.FACT:
        found.add(A.STUDENT_FOCUS)
    return Cues(frozenset(found))


FORM_SIGNALS = ("form_open", "form_closed", "form_statement", "form_certain", "fact_question",
                "leading_question", "question_mark")
#: The names of ``cue_vector``'s signals, sorted: the feature order the model was trained on.
SIGNAL_NAMES = tuple(sorted([f"cue_{act}" for act in A.ACTS] + list(FORM_SIGNALS)))


def cue_vector(sentence: Sentence, reading: FormReading) -> Dict[str, bool]:
    """Cue and form signals as named booleans (used as model features)."""
    cues = find_cues(sentence, reading)
    signals = {f"cue_{act}": act in cues for act in A.ACTS}
    signals.update(
        {
            "form_open": reading.form is Form.OPEN,
            "form_closed": reading.form is Form.CLOSED,
            "form_statement": reading.form is Form.STATEMENT,
            "form_certain": reading.certain,
            "fact_question": reading.kind is Kind.FACT,
            "leading_question": reading.leading,
            "question_mark": sentence.asks,
        }
    )
    return signals
