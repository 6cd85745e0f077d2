"""How the teacher hears a leader's turn: what it asks about, what she remembers of
the conversation, and the short follow-ups that lean on it ("en toen?", "en het
netwerk?", "De computers zijn stuk. Hoe zit dat?")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional, Sequence, Tuple

from bot import acts as A
from bot.analysis import lexicon
from bot.analysis.text import normalise_words
from bot.persona.scenario import Scenario
from bot.persona.topics import BROAD_TOPICS, asked_types, find_topics, topic_positions

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
    types: Tuple[str, ...] = ()  # the kinds of fact its question words ask for ("hoeveel": aantal)
    positions: Mapping[str, float] = None  # where each topic is first named, 0 (start) to 1 (end)
    refers_back: bool = False  # its question points back at what she just said ("Hoe kwam dat?")
    checks: bool = False  # a statement with "klopt dat?": asks her to confirm a summary
    closing: str = ""  # "goodbye", or "proposal" to meet again

    @property
    def question(self) -> bool:
        return self.asks or bool(self.acts & {A.OPEN_QUESTION, A.CLOSED_QUESTION})



#: Words by which a question points back at the sentence before it ("Hoe zit dat?").
ANAPHORS = frozenset({"dat", "dit", "daar", "daarmee", "daarover", "daarvan", "ervan", "erover", "ermee", "het", "er",
                      "die", "daarop", "erop", "daarna", "toen"})


#: A question that asks her to confirm what the leader just summed up ("…, klopt dat?").
CHECK_PHRASES = ("klopt dat", "klopt het", "klopt dit", "hoor ik dat goed", "hoor ik het goed", "zie ik dat goed",
                 "zie ik het goed", "begrijp ik dat goed", "begrijp ik het goed", "begrijp ik je goed",
                 "heb ik dat goed", "heb ik het goed", "is dat zo", "eerlijke samenvatting", "zeg ik dat goed",
                 "zie ik dat juist", "toch")
#: A goodbye at the end of a conversation.
GOODBYE_PHRASES = ("tot ziens", "tot straks", "tot later", "tot snel", "tot de volgende", "tot volgende",
                   "tot vrijdag", "tot morgen", "doei", "spreek je", "spreken we elkaar", "spreken elkaar", "moet door",
                   "moet weer gaan", "moet gaan", "ga zo weer", "fijne dag", "fijn weekend", "succes verder",
                   "bedankt voor het gesprek", "dank voor het gesprek", "dank je voor het gesprek",
                   "dank je wel voor het gesprek", "bedankt voor je tijd", "dank voor je tijd")
#: A proposal to meet again ("Zullen we over een maand nog eens zitten?").
PROPOSAL_PHRASES = ("nog eens zitten", "nog eens even zitten", "nog even zitten", "weer even zitten", "weer zitten",
                    "vervolgafspraak", "een vervolg", "afspraak maken", "afspraak plannen", "in mijn agenda",
                    "in de agenda", "op de agenda", "kom ik een keer", "kom graag", "kom een keer", "langskomen",
                    "langs komen", "komen kijken", "kom kijken", "kom ik kijken", "even binnen", "binnenlopen",
                    "binnen lopen", "kom ik even", "kom even kijken",
                    # asking her consent to what the leader proposes
                    "akkoord gaan", "ga je akkoord", "ben je akkoord", "lijkt het je", "lijkt je dat", "daarmee leven",
                    "zie je dat zitten", "is dat goed", "vind je dat goed", "is dat oké", "is dat ok")


def _asked_topics(scenario: Scenario, text: str, parts: Sequence) -> Tuple[str, ...]:
    """What the turn asks about. In a turn with a statement and a question, the
    question's topics: "Ik hoor van collega's dat het goed gaat. Hoe ziet zo'n dag eruit?"
    asks about her day, not about the colleagues, and is as open as "Vertel eens"; but
    "De computers zijn stuk. Hoe zit dat?" points back, and is about the computers.
    A turn without a question is about all it names."""
    from bot.analysis.question_form import Form

    questions = [p.sentence for p in parts if p.reading.form is not Form.STATEMENT]
    if not questions or len(questions) == len(parts):
        return find_topics(text, scenario.topics), text
    asked_text = " ".join(q.text for q in questions)
    asked = find_topics(asked_text, scenario.topics)
    if asked or any(set(q.words) & ANAPHORS for q in questions):
        return (asked, asked_text) if asked else (find_topics(text, scenario.topics), text)
    return (), asked_text


#: Words by which a short question asks more about what she just said ("Hoe kwam dat?",
#: "Wat deden de kinderen toen?", "Wat vond je daarvan?").
BACK_WORDS = frozenset({"dat", "toen", "daarna", "daardoor", "daarvan", "daarover", "daarmee", "daarop", "ervan",
                        "erover", "ermee", "erop", "daar"})
BACK_QUESTION_WORDS = 9


def _points_back(words: Sequence[str]) -> bool:
    return len(words) <= BACK_QUESTION_WORDS and bool(set(words) & BACK_WORDS)


def _checks(words: Sequence[str]) -> bool:
    """"Dus je regelt het nu anders, klopt dat?": a summary she is asked to confirm."""
    tail = " " + " ".join(words[-6:]) + " "
    return len(words) > 4 and any(f" {phrase} " in tail for phrase in CHECK_PHRASES)


#: Words by which a leader invites her to tell, in any form ("Vertel eens", "Ik ben
#: benieuwd naar je verhaal", "Laten we het erover hebben", "Kun je een voorbeeld geven?").
INVITATIONS = ("vertel", "benieuwd", "hoor graag", "hoor het graag", "erover hebben", "het over hebben",
               "eerst jij", "leg eens uit", "leg uit", "uitleggen", "toelichten", "voorbeeld geven",
               "voorbeeld noemen", "een voorbeeld", "steek maar van wal", "zeg het maar", "ik luister",
               "beschrijven", "meenemen in")


def _invites(words: Sequence[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {phrase}" in joined for phrase in INVITATIONS)


def sentences_of(text: str, parts: Sequence = ()) -> Sequence:
    """The turn's analysed sentences: those the analysis made (they travel with the
    parse, so the action server needs no spaCy), else analysed here."""
    if parts:
        return parts
    from bot.analysis.combine import analyse_sentences

    return analyse_sentences(text)


def hear(scenario: Scenario, text: str, acts: Sequence[str], memory: Memory, parts: Sequence = ()) -> Turn:
    """The turn with its topics; a short follow-up without a topic ("en toen?") takes
    the topics of the turn before. ``parts``: the analysis's sentence readings."""
    words = normalise_words(text)
    parts = sentences_of(text, parts)
    topics, asked_text = _asked_topics(scenario, text, parts)
    own_topics = topics
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
    if _invites(words) and not acts & {A.OPEN_QUESTION, A.CRITICISM, A.PRESCRIBE}:
        # "Ik hoor graag hoe het gaat", "Rekenateliers, vertel.", "Kun je een voorbeeld
        # geven?": she hears an invitation to tell, whatever the analysis made of it.
        acts = (acts - {A.CLOSED_QUESTION}) | {A.OPEN_QUESTION}
    refers_back = (_points_back(words) and not set(own_topics) - BROAD_TOPICS
                   and (asks or bool(acts & QUESTIONS)))
    # "Hoe kan ik je helpen met een vervolg?", "als ik kom kijken, waaraan zie ik dan…?"
    wh_question = bool(set(words) & WH_WORDS)
    closing = ("" if wh_question else "proposal" if any(f" {phrase} " in joined for phrase in PROPOSAL_PHRASES)
               else "goodbye" if any(f" {phrase} " in joined for phrase in GOODBYE_PHRASES) else "")
    types = asked_types(asked_text) if asks or acts & QUESTIONS else ()
    # "Hoe vaak ga je op bezoek?" asks for a number about the visits, whatever its words.
    topics = tuple(topics) + tuple(t for t in types if t not in topics)
    return Turn(text, words, acts, tuple(topics), asks, continues, types=types,
                positions=topic_positions(asked_text, topics, scenario.topics),
                refers_back=refers_back,
                checks=_summary_checked(text, acts, parts),
                closing=closing)


QUESTIONS = frozenset({A.OPEN_QUESTION, A.CLOSED_QUESTION})
#: The question words of the grammar (bot/analysis/lexicon/questions.py), single words only.
WH_WORDS = frozenset(w for w in lexicon.OPEN_WH | set(lexicon.FACT_WH_OPENERS) if " " not in w)
#: Openers of a summary ("Dus…", "Als ik je goed begrijp…"), with or without a question mark.
REFLECTION_OPENERS = (("dus",), ("als", "ik", "je", "goed"), ("je", "bedoelt"), ("ik", "hoor", "je"),
                      ("als", "ik", "het", "goed"), ("het", "klinkt"))


def _summary_checked(text: str, acts: frozenset, parts: Sequence) -> bool:
    """A summary she is asked to confirm, with nothing else asked after it: "Dus je
    regelt het nu anders, klopt dat?" or "Dus de kinderen doen het zelf?"; not "Dus het
    gaat goed. Kun je een voorbeeld geven?"."""
    sentences = [part.sentence.words for part in parts]
    sentences = [s for s in sentences if s]
    if not sentences:
        return False
    last = sentences[-1]
    summary = sentences[-2] if len(sentences) > 1 and _checks_alone(last) else last
    whole = [w for s in sentences for w in s]
    checked = _checks(whole) or (text.rstrip().endswith("?") and bool(_reflects(summary)))
    return checked and (A.REFLECTION in acts or bool(_reflects(summary))) and (_checks_alone(last) or
                                                                               bool(_reflects(last)))


def _checks_alone(words: Sequence[str]) -> bool:
    """A sentence that is only a check ("Klopt dat?", "Hoor ik dat goed?")."""
    joined = " ".join(words)
    return len(words) <= 5 and any(phrase in joined for phrase in CHECK_PHRASES)


def _reflects(words: Sequence[str]) -> frozenset:
    return frozenset({A.REFLECTION}) if any(tuple(words[:len(o)]) == o for o in REFLECTION_OPENERS) else frozenset()

