"""The words of a scenario's world: what a question may name for the teacher to know
about it. A closed question that names something her world never mentions
("Is er een verwerkersovereenkomst?") and none of her topics gets an honest "I don't
know" instead of a line about something else."""

from __future__ import annotations

from typing import FrozenSet, Iterable, Mapping, Sequence, Tuple

from bot.analysis.nouns import PREPOSITIONS, looks_like_noun
from bot.analysis.text import normalise_words
from bot.nlp import lemma_table, stop_words

#: Shorter words are mostly everyday nouns any teacher knows ("sfeer", "moeite").
CONTENT_CHARS = 7
#: Words of any conversation about school that say nothing about what is asked.
COMMON = frozenset("""
eigenlijk precies ongeveer concreet gewoon allemaal helemaal natuurlijk misschien inmiddels
ondertussen eerst daarna trouwens overigens tenminste werkelijk serieus volgens zeggen vertellen
denken vinden geloven begrijpen snappen merken weten willen kunnen moeten mogen zullen hebben
worden gebeuren gebeurd verteld gezegd gedacht gevonden gemerkt geweest gekregen gedaan
precieze bijvoorbeeld voorbeeld ervaring ervaringen eerlijk eerlijke anders andere iemand iedereen
niemand niets iets alles dingen ding manier keer keren moment momenten beetje laatste eerste
tweede volgende vorige schooljaar school scholen klas klassen groep groepen leraar leraren
leerkracht leerkrachten juf meester collega collega's project initiatief gesprek gesprekken
bezig bezighouden nodig belangrijk eigen zelfde elkaar samen alleen echt sowieso
""".split())


def _lemma(word: str) -> str:
    return lemma_table().get(word, word)


def known_words(texts: Iterable[str], cues: Mapping[str, Sequence[str]]) -> Tuple[FrozenSet[str], Tuple[str, ...]]:
    """The words (and their lemmas) of a scenario's texts, and its topic cues (prefixes)."""
    words = set()
    for text in texts:
        for word in normalise_words(text):
            words.add(word)
            words.add(_lemma(word))
    prefixes = tuple(sorted({cue.strip() for values in cues.values() for cue in values if " " not in cue.strip()}))
    return frozenset(words), prefixes


def unknown(words: Sequence[str], known: FrozenSet[str], prefixes: Tuple[str, ...]) -> Tuple[str, ...]:
    """The content words of a turn that the scenario's world does not hold."""
    stop = stop_words()
    found = []
    for word in words:
        if len(word) < CONTENT_CHARS or word in stop or word in COMMON or not looks_like_noun(word):
            continue  # verbs ("georganiseerd", "zetten") name no thing she may not know
        lemma = _lemma(word)
        if word in known or lemma in known or lemma in COMMON or word.startswith(prefixes):
            continue
        found.append(word)
    return tuple(found)


def stems(words: Sequence[str]) -> FrozenSet[str]:
    """The noun stems of some words (their lemma's first five letters): what an answer
    is about ("computers" and "computer" share "compu")."""
    found = set()
    for word in words:
        if len(word) < 4 or word in COMMON or not looks_like_noun(word):
            continue
        found |= {_lemma(word)[:5], word[:5]}
    return frozenset(found)


#: Words after which a noun follows: articles, possessives, prepositions.
BEFORE_NOUNS = frozenset({"de", "het", "een", "je", "jouw", "uw", "mijn", "onze", "ons", "die", "deze", "dat", "dit",
                          "zo'n", "welke", "elke", "alle", "geen", "hun", "haar", "zijn", "jullie", "t",
                          "hoeveel"}) | PREPOSITIONS


def named_stems(words: Sequence[str]) -> FrozenSet[str]:
    """The noun stems a question names: nouns after an article, a possessive or a
    preposition ("een lokaal", "op bezoek"), not the verb at the end of a clause
    ("Wanneer wil je beginnen?")."""
    found = set()
    for n, word in enumerate(words):
        before = words[n - 1] if n else ""
        two_before = words[n - 2] if n > 1 else ""
        after_article = before in BEFORE_NOUNS or (two_before in BEFORE_NOUNS and before.endswith("e"))
        if not after_article or (n == len(words) - 1 and word.endswith("en")):
            continue
        if word.endswith("e") and n + 1 < len(words) and looks_like_noun(words[n + 1]):
            continue  # an adjective before its noun ("echte problemen")
        found |= stems([word])
    return frozenset(found)


def cue_stems(cues: Iterable[str]) -> FrozenSet[str]:
    """The stems of a topic's cue words and phrases (cues are prefixes: "comput")."""
    parts = [part for cue in cues for part in cue.split() if len(part) >= 4]
    return frozenset(part[:5] for part in parts) | frozenset(_lemma(part)[:5] for part in parts)
