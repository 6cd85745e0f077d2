"""How the teacher hears a leader's turn: what it asks about, what she remembers of
the conversation, and the short follow-ups that lean on it ("en toen?", "en het
netwerk?", "De computers zijn stuk. Hoe zit dat?")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

from bot import acts as A
from bot.analysis import lexicon
from bot.analysis.text import normalise_words
from bot.persona.scenario import Scenario
from bot.persona.topics import find_topics

#: A short follow-up that opens with one of these words ("en het netwerk?", "maar
#: de ouders?") is elliptic: without a topic of its own it takes the turn before's.
ELLIPSIS_WORDS = 5
ELLIPSIS_OPENERS = frozenset({"en", "maar", "dus", "of", "enne", "ook"})
#: Words of a follow-up that asks for the rest of the story ("en toen?", "en verder?").
CONTINUE_WORDS = frozenset({"en", "toen", "daarna", "verder", "vervolgens", "dan", "nu", "enne", "wat", "hoe"})
#: Phrases that ask for the rest of the story in a longer turn.
CONTINUE_PHRASES = ("ging het verder", "ging het daarna", "gebeurde er toen", "gebeurde er daarna", "en toen",
                    "en daarna", "hoe verder")


@dataclass(frozen=True)
class Memory:
    """What the teacher remembers of the conversation so far."""

    told: Tuple[str, ...] = ()  # insights told in full, in order
    last_topics: Tuple[str, ...] = ()  # what the previous turn was about
    last_about: Optional[str] = None  # the insight the previous reply was about (told or hinted at)



@dataclass(frozen=True)
class Turn:
    """The leader's turn as the teacher hears it."""

    text: str
    words: Tuple[str, ...]
    acts: frozenset
    topics: Tuple[str, ...]
    asks: bool  # a question: by its acts, or a question mark
    continues: bool = False  # "en toen?": asks for what comes next in the story

    @property
    def question(self) -> bool:
        return self.asks or bool(self.acts & {A.OPEN_QUESTION, A.CLOSED_QUESTION})



#: Words by which a question points back at the sentence before it ("Hoe zit dat?").
ANAPHORS = frozenset({"dat", "dit", "daar", "daarmee", "daarover", "daarvan", "ervan", "erover", "ermee", "het", "er",
                      "die", "daarop", "erop", "daarna", "toen"})


def _asked_topics(scenario: Scenario, text: str) -> Tuple[str, ...]:
    """What the turn asks about. In a turn with a statement and a question, the
    question's topics: "Ik hoor van collega's dat het goed gaat. Hoe ziet zo'n dag eruit?"
    asks about her day, not about the colleagues, and is as open as "Vertel eens"; but
    "De computers zijn stuk. Hoe zit dat?" points back, and is about the computers.
    A turn without a question is about all it names."""
    from bot.analysis.combine import analyse_sentences
    from bot.analysis.question_form import Form

    parts = analyse_sentences(text)
    questions = [p.sentence for p in parts if p.reading.form is not Form.STATEMENT]
    if not questions or len(questions) == len(parts):
        return find_topics(text, scenario.topics)
    asked = find_topics(" ".join(q.text for q in questions), scenario.topics)
    if asked or any(set(q.words) & ANAPHORS for q in questions):
        return asked or find_topics(text, scenario.topics)
    return ()


def hear(scenario: Scenario, text: str, acts: Sequence[str], memory: Memory) -> Turn:
    """The turn with its topics; a short follow-up without a topic ("en toen?") takes
    the topics of the turn before."""
    words = normalise_words(text)
    topics = _asked_topics(scenario, text)
    asks = text.rstrip().endswith("?")
    bare = bool(words) and set(words) <= CONTINUE_WORDS  # "toen?", "en daarna?"
    elliptic = len(words) <= ELLIPSIS_WORDS and bool(words) and (words[0] in ELLIPSIS_OPENERS or bare)
    if not topics and elliptic:
        topics = memory.last_topics
    acts = frozenset(acts)
    joined = " " + " ".join(words) + " "
    continues = (elliptic and bare) or any(f" {phrase} " in joined for phrase in CONTINUE_PHRASES)
    # "en werkt het klokje?" has a verb of its own and stays a closed question.
    verbless = not set(words) & lexicon.FINITE_VERBS
    if elliptic and verbless and (continues or topics) and (not acts or acts == {A.CLOSED_QUESTION}):
        # "en het netwerk?", "en toen?": an elliptic open question, whatever its form
        acts = frozenset({A.OPEN_QUESTION})
    return Turn(text, words, acts, tuple(topics), asks, continues)

