"""Splitting a leader's turn into sentences and normalising chat spelling.

Sentences come from spaCy's rule-based sentencizer on the blank Dutch pipeline
(``bot.nlp``). Normalisation lower-cases, maps chat spellings ("t", "lln") to their
full form and keeps "?" as the only punctuation the rules look at.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import List, Tuple

from bot.analysis.lexicon import INFORMAL

_WORD = re.compile(r"[\w'’]+|\?", re.UNICODE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a turn: its original text, its normalised words, and whether
    it ends in a question mark (emoji and trailing punctuation ignored)."""

    text: str
    words: Tuple[str, ...]
    asks: bool

    @property
    def joined(self) -> str:
        """The normalised words joined by single spaces, padded for phrase search."""
        return " " + " ".join(self.words) + " "

    def has(self, phrase: str) -> bool:
        """Whether the normalised sentence contains ``phrase`` as whole words."""
        return f" {phrase} " in self.joined

    def starts(self, phrase: str) -> bool:
        return self.joined.startswith(f" {phrase} ")


def normalise_words(text: str) -> Tuple[str, ...]:
    """Lower-cased words with chat spellings expanded; "?" tokens dropped."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").lower()
    words: List[str] = []
    for token in _WORD.findall(text):
        if token == "?":
            continue
        token = token.strip("'") if token not in INFORMAL else token
        expanded = INFORMAL.get(token, token)
        words.extend(expanded.split())
    return tuple(word for word in words if word)


def _ends_with_question_mark(text: str) -> bool:
    stripped = text.rstrip()
    # Trailing emoji, quotes, brackets and dots do not hide a question mark ("echt?!").
    while stripped and not (stripped[-1].isalnum() or stripped[-1] == "?"):
        stripped = stripped[:-1].rstrip()
    return stripped.endswith("?")


#: Markup tags ("<img …>", "<b>"): a leader types no HTML, so a tag carries no act.
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def split_sentences(text: str) -> List[Sentence]:
    """The turn's sentences; empty sentences (only emoji, punctuation or markup) are dropped."""
    from bot.nlp import dutch

    text = _TAG.sub(" ", text)
    sentences = []
    for span in dutch()(text).sents:
        # The sentencizer does not split at "?" followed by a lower-case word
        # ("heb je t gezien? en hoe ging het"), so split at every "?" as well.
        for part in re.split(r"(?<=\?)\s+", span.text):
            words = normalise_words(part)
            if words:
                sentences.append(Sentence(part.strip(), words, _ends_with_question_mark(part)))
    return sentences
