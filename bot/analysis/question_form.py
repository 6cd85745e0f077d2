"""Is a sentence an open question, a closed question or a statement?

This is where Dutch grammar beats statistics (ANS, word order in questions):
- a yes/no question puts the finite verb first ("Heb je…", "Werkt het…"): closed;
- a wh-word opens a content question ("Hoe…", "Wat…", "Waarom…"): open, except the
  wh-openers that ask for a fact ("Hoeveel", "Wanneer", "Hoe lang", "Wie"): closed;
- "Kun je vertellen…", "Zou je willen uitleggen…" are yes/no only in form: open;
- "Vertel eens…", "Ik ben benieuwd…" invite a story without a question mark: open;
- a tag ("…, toch?", "…, of niet?") or a choice ("A of B?") asks to confirm: closed;
- a statement with a question mark ("Dus het lukte?") asks to confirm: closed.
The rules look at words, not only at punctuation: chat turns often lack the "?".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.analysis import lexicon
from bot.analysis.text import Sentence, normalise_words


class Form(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"
    STATEMENT = "statement"


class Kind(enum.Enum):
    """Which rule decided the form. Code branches on this, never on the prose."""

    NO_WORDS = "no words"
    INVITATION = "invitation to tell"
    EXCLAMATION = "exclamation"
    FACT = "asks for a fact"
    CHOICE = "choice between options"
    WH = "wh-question"
    TAG = "tag question"
    VERB_FIRST = "verb first"
    HYPOTHETICAL = "hypothetical question"
    QUESTION_MARK = "statement with a question mark"
    STATEMENT = "no question form"


@dataclass(frozen=True)
class FormReading:
    """The form of one sentence and which rule decided it (``kind``, with the word
    that triggered it in ``detail``). ``certain`` is False where the rules guess (a bare
    question mark, an unknown first word) and the model may overrule them."""

    form: Form
    kind: Kind
    detail: str = ""
    certain: bool = True
    leading: bool = False  # "Denk je niet dat…?": a closed question carrying an opinion

    @property
    def reason(self) -> str:
        """The reading in words, for people (``coach analyze --explain``, tests)."""
        if self.kind is Kind.VERB_FIRST:
            return "verb first (yes/no)" if self.certain else "verb first"
        return f"{self.kind.value} ({self.detail})" if self.detail else self.kind.value


def _core(words: tuple) -> tuple:
    """The words after leading fillers ("En", "Oké,") and a vocative before a comma."""
    index = 0
    while index < len(words) - 1 and words[index] in lexicon.LEADING_FILLERS:
        index += 1
    return words[index:]


def looks_like_verb(word: str) -> bool:
    """A finite verb by the list, or by spaCy's lemma table (a form whose lemma is an
    infinitive ending in -en). Misses verbs whose finite form is its own lemma entry."""
    if word in lexicon.FINITE_VERBS:
        return True
    from bot.nlp import lemma_table

    lemma = lemma_table().get(word, word)
    return lemma != word and lemma.endswith("en") and not word.endswith("en") and len(word) > 2


def _is_invitation(sentence: Sentence, core: tuple) -> bool:
    text = " " + " ".join(core) + " "
    if any(text.startswith(f" {phrase} ") for phrase in lexicon.OPEN_INVITATIONS):
        return True
    if core and core[0] in lexicon.INVITATION_AUXILIARIES:
        return any(f" {verb} " in text for verb in lexicon.INVITATION_VERBS) or (
            " iets over " in text or " meer over " in text or " eens " in text and " vertel" in text
        )
    return False


def _has_tag(sentence: Sentence) -> bool:
    text = sentence.text.rstrip(" ?!.…").lower()
    for tag in lexicon.TAG_QUESTIONS:
        if text.endswith((", " + tag, "," + tag)):
            return True
    # Without the comma, only the unambiguous tags.
    words = sentence.words
    if len(words) > 3 and words[-1] in {"toch", "hè", "nietwaar"} and words[0] not in {"ik", "we", "wij"}:
        return True
    return sentence.asks and len(words) > 3 and (
        words[-2:] in {("of", "niet"), ("denk", "je"), ("vind", "je")}
        or words[-3:] in {("denk", "je", "niet"), ("vind", "je", "niet"), ("of", "niet", "dan")}
    )


def _starts_with_any(core: tuple, phrases) -> str:
    text = " " + " ".join(core) + " "
    for phrase in phrases:
        if text.startswith(f" {phrase} "):
            return phrase
    return ""


def _is_exclamation(core: tuple, sentence: Sentence) -> bool:
    """"Wat goed!", "Wat een mooi idee": praise, not a question (unless it asks)."""
    return (
        not sentence.asks
        and len(core) > 1
        and core[0] in {"wat", "hoe"}
        and core[1] in lexicon.EXCLAMATIVE_AFTER_WAT
    )


def read_form(sentence: Sentence) -> FormReading:
    """The form of one sentence. See the module docstring for the rules.

    A statement followed by a question after a comma ("Super idee, hoeveel lln doen
    mee") takes the question's form."""
    reading = _read_form(sentence)
    if reading.form is Form.STATEMENT and "," in sentence.text and reading.kind is not Kind.EXCLAMATION:
        tail = sentence.text.rsplit(",", 1)[1]
        words = normalise_words(tail)
        if len(words) >= 2:
            tail_reading = _read_form(Sentence(tail.strip(), words, sentence.asks))
            # Dutch puts the verb first after a fronted clause in statements too
            # ("Als je wilt, kan ik helpen."): a verb-first tail needs the "?".
            verb_first = tail_reading.kind is Kind.VERB_FIRST
            if tail_reading.form is not Form.STATEMENT and tail_reading.certain and (
                sentence.asks or not verb_first
            ):
                return tail_reading
    return reading


def _read_form(sentence: Sentence) -> FormReading:
    core = _core(sentence.words)
    if not core:
        return FormReading(Form.STATEMENT, Kind.NO_WORDS, certain=False)
    # A vocative or a short opener before a comma ("Babette, hoe ging het?") or a
    # leading subordinate clause ("Stel dat je alles mocht, wat zou je doen?"): the
    # main clause after the comma carries the question form.
    after_clause = False
    mirrors = not sentence.asks and _starts_with_any(core, lexicon.REFLECTION_OPENERS)
    if "," in sentence.text and len(core) > 2 and not mirrors:
        head = sentence.text.split(",", 1)[0]
        head_words = normalise_words(head)
        if len(head_words) <= 2 or (head_words and head_words[0] in lexicon.SUBORDINATORS) or (
            _starts_with_any(head_words, lexicon.REFLECTION_OPENERS)
        ):
            rest = _core(normalise_words(sentence.text.split(",", 1)[1]))
            if rest:
                core = rest
                after_clause = len(head_words) > 2

    if _is_invitation(sentence, core):
        return FormReading(Form.OPEN, Kind.INVITATION)
    if _is_exclamation(core, sentence):
        return FormReading(Form.STATEMENT, Kind.EXCLAMATION)

    fact = _starts_with_any(core, lexicon.FACT_WH_OPENERS)
    if fact:
        return FormReading(Form.CLOSED, Kind.FACT, fact)
    first = core[0]
    two = " ".join(core[:2])
    three = " ".join(core[:3])
    if first in lexicon.OPEN_WH or two in lexicon.OPEN_WH or three in lexicon.OPEN_WH:
        if first in {"welke", "welk", "wat"} and " of " in sentence.joined and sentence.asks:
            return FormReading(Form.CLOSED, Kind.CHOICE)
        return FormReading(Form.OPEN, Kind.WH, first, certain=sentence.asks or len(core) > 2)

    if _has_tag(sentence):
        return FormReading(Form.CLOSED, Kind.TAG)
    # Without "?", only a listed finite verb followed by a subject makes a question
    # ("heb je t gezien"); a verb known only from the lemma table needs the "?"
    # ("Bedankt dat je…" is no question).
    listed = first in lexicon.FINITE_VERBS and (sentence.asks or not after_clause)
    if len(core) > 1 and (
        (listed and (core[1] in lexicon.SUBJECT_AFTER_VERB or sentence.asks))
        or (sentence.asks and looks_like_verb(first))
    ):
        leading = two in {"denk je", "vind je", "zie je", "ben je", "is het", "zou het", "lijkt het"} and (
            "niet" in core[2:5]
        )
        if first in {"zie", "merk", "hoor", "ben"} and not sentence.asks and core[1] in {"je", "jij"}:
            # "Zie je, dat bedoel ik." / "Ben je gek." are not questions without "?"
            return FormReading(Form.CLOSED, Kind.VERB_FIRST, certain=False, leading=leading)
        return FormReading(Form.CLOSED, Kind.VERB_FIRST, leading=leading)

    if sentence.asks:
        if _starts_with_any(core, ("als", "stel dat", "stel", "wanneer")):
            return FormReading(Form.OPEN, Kind.HYPOTHETICAL, certain=False)
        return FormReading(Form.CLOSED, Kind.QUESTION_MARK, certain=False)
    return FormReading(Form.STATEMENT, Kind.STATEMENT)
