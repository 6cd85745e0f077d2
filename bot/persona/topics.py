"""What a leader's turn is about: its topics, found on words, lemmas and chat spelling.

A topic is a Dutch id (``geld``, ``klokje``) with a list of cue words. A cue matches a
word of the turn or its lemma (spaCy's Dutch lookup table, so "kostte" finds "kosten")
when the word begins with it; a cue with a space matches that phrase in the normalised
turn ("hoe lang"). Turns are normalised first ("t" -> "het", "lln" -> "leerlingen").

The shared topics below are the questions every teacher gets (time, money, numbers,
who, when, permission, parents, colleagues, pupils, the network, …); a scenario adds
its own topics and may extend a shared one by using the same id. Misses: topics named
only by a pronoun ("en dat?"), which the teacher takes from the conversation so far.
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, Mapping, Sequence, Tuple

from bot.analysis.text import normalise_words
from bot.nlp import lemma_table

#: Cue words of the topics every scenario knows. Ids are Dutch words, because the coach
#: names them in hints ("Vraag eens open door over 'geld'").
SHARED_TOPICS: Dict[str, Tuple[str, ...]] = {
    "tijd": ("tijd ", "tijden", "tijdsinvestering",
             "uur", "uren", "minuut", "minuten", "hoe lang", "duren", "duurt", "kwartier",
             "hoeveel tijd", "werkdruk"),
    "geld": ("kost", "geld ", "budget", "betaal", "betal", "euro", "prijs", "duur ", "begroting",
             "financ", "subsidie", "uitgave"),
    "aantal": ("hoeveel", "aantal", "hoe veel", "hoe groot"),
    "wie": ("wie ", "met wie", "welke collega"),
    "wanneer": ("wanneer", "welke dag", "datum", "sinds", "vanaf wanneer", "tot wanneer", "hoe laat"),
    "toestemming": ("toestemming", "goedkeur", "afgestemd", "afstemm", "mag dat", "mocht dat", "directie",
                    "overlegd", "gevraagd", "mr ", "medezeggenschap"),
    "ouders": ("ouder ", "ouders", "thuis", "vader", "moeder"),
    "collegas": ("collega", "team", "teamgeno", "bouw ", "onderbouw", "middenbouw", "bovenbouw"),
    "leerlingen": ("leerling", "kind", "kinder", "kids", "kleuter", "scholier", "jongens", "meiden", "pupil"),
    "netwerk": ("netwerk", "bijeenkomst", "andere school", "andere scholen"),
    "geprobeerd": ("geprobeerd", "uitgeprobeerd", "proberen", "getest", "uitproberen", "al gedaan"),
    "voortgang": ("klaar", "lukt", "loopt", "gaat het met", "hoe gaat het", "gaat het goed", "staat het", "ging het",
                  "stand van zaken", "af is", "gaat het nu", "gaat het inmiddels", "gaat het weer",
                  "loopt het nu", "loopt het inmiddels"),
    "gevoel": ("voel", "gevoel", "zwaar", "spannend", "energie", "teleurgesteld", "trots", "balen"),
    "hulp": ("hulp", "help ", "helpen", "nodig", "steun", "ondersteun"),
    "doel": ("doel", "bereik", "waar gaat het", "waar het om", "uiteindelijk", "bedoeling"),
    "plannen": ("plan", "volgende", "verder", "toekomst", "straks", "volgend jaar", "vervolg"),
}


#: Topics of a question about nothing in particular ("Hoe gaat het?", "Hoe voel je je
#: erbij?"): when no piece of the story or fact is about them, the question brings out
#: the next piece, as an open question without a topic does.
GENERAL_TOPICS = frozenset({"voortgang", "gevoel"})
#: Topics that say little about *which* part of her story a question is about: a
#: question about the pupils in general ("Vinden de kinderen het leuk?") or how it goes.
BROAD_TOPICS = GENERAL_TOPICS | {"leerlingen"}
#: The kinds of fact a question word asks for ("Hoeveel…?" a number, "Wie…?" a name):
#: the shared topic a fact about it carries. Only a question word counts, not a topic
#: cue elsewhere in the turn ("…elke dag…" names no time asked for).
ASKED_TYPES: Tuple[Tuple[str, str], ...] = (
    ("hoeveel tijd", "tijd"), ("hoe lang", "tijd"), ("hoelang", "tijd"), ("hoeveel uur", "tijd"),
    ("hoe vaak", "aantal"),
    ("wat kost", "geld"), ("hoeveel kost", "geld"), ("wat heeft het gekost", "geld"), ("wie betaalt", "geld"),
    ("hoeveel geld", "geld"), ("hoe duur", "geld"),
    ("hoeveel", "aantal"), ("hoe veel", "aantal"), ("hoe groot", "aantal"),
    ("sinds wanneer", "wanneer"), ("vanaf wanneer", "wanneer"), ("tot wanneer", "wanneer"), ("wanneer", "wanneer"),
    ("welke dag", "wanneer"), ("welke dagen", "wanneer"), ("op welke", "wanneer"), ("hoe laat", "wanneer"),
    ("met wie", "wie"), ("wie", "wie"), ("welke collega", "wie"),
)


def words_and_lemmas(text: str) -> Tuple[Tuple[str, ...], str]:
    """The turn's normalised words with their lemmas, and the padded normalised text."""
    words = normalise_words(text)
    lemmas = lemma_table()
    forms = []
    for word in words:
        forms.append(word)
        lemma = lemmas.get(word, word)
        if lemma != word:
            forms.append(lemma)
    return tuple(forms), " " + " ".join(words) + " "


def _matches(cue: str, forms: Sequence[str], joined: str) -> bool:
    if " " in cue:
        # A phrase, or a whole word marked by a trailing space ("wie ", "ouder ").
        return f" {cue.strip()} " in joined if cue.endswith(" ") and cue.count(" ") == 1 else f" {cue}" in joined
    return any(form.startswith(cue) for form in forms)


def _matches_at(cue: str, words: Sequence[str], n: int, lemmas: Mapping[str, str]) -> bool:
    """Whether the cue matches at the n-th word (as ``_matches`` does on the whole turn)."""
    if " " in cue:
        tail = " " + " ".join(words[n:]) + " "
        whole_word = cue.endswith(" ") and cue.count(" ") == 1
        return tail.startswith(f" {cue.strip()} " if whole_word else f" {cue}")
    return words[n].startswith(cue) or lemmas.get(words[n], words[n]).startswith(cue)


def find_topics(text: str, vocabulary: Mapping[str, Iterable[str]]) -> Tuple[str, ...]:
    """The ids of the topics the text touches, in the vocabulary's order."""
    forms, joined = words_and_lemmas(text)
    return tuple(topic for topic, cues in vocabulary.items() if any(_matches(cue, forms, joined) for cue in cues))


def topic_positions(text: str, topics: Iterable[str], vocabulary: Mapping[str, Iterable[str]]) -> Dict[str, float]:
    """Where in the text each topic is first named, from 0 (its first word) to 1 (its
    last). A question is mostly about what it names first ("Weten de ouders dat de
    kinderen elke dag …?" asks about the parents)."""
    words = normalise_words(text)
    lemmas = lemma_table()
    positions: Dict[str, float] = {}
    last = max(len(words) - 1, 1)
    for topic in topics:
        cues = tuple(vocabulary.get(topic, ()))
        at = next((n for n in range(len(words)) if any(_matches_at(cue, words, n, lemmas) for cue in cues)), None)
        positions[topic] = 1.0 if at is None else at / last
    return positions


def asked_types(question: str) -> Tuple[str, ...]:
    """The kinds of fact the question words of a question ask for ("Hoeveel computers
    staan er?" a number; "Met wie werk je samen?" a name). Only a question word that
    opens a sentence or a clause counts: "…een leerling bij wie je dat zag?" asks for
    no name."""
    found = []
    for part in re.split(r"[.?!:;,]+", question):
        words = normalise_words(part)
        while words and words[0] in CLAUSE_OPENERS:
            words = words[1:]
        joined = " " + " ".join(words) + " "
        for phrase, kind in ASKED_TYPES:  # longest phrases first: "hoeveel tijd" asks for time
            if joined.startswith(f" {phrase} "):
                if kind not in found:
                    found.append(kind)
                break
    return tuple(found)


#: Words before the question word of a clause ("en wanneer…", "maar hoeveel…").
CLAUSE_OPENERS = frozenset({"en", "maar", "of", "dus", "ok", "oke", "oké", "nou", "wacht", "trouwens", "ook",
                            "nog", "even", "eigenlijk", "allee", "allez", "enne", "ja", "laatste"})


def merged(own: Mapping[str, Iterable[str]]) -> Dict[str, Tuple[str, ...]]:
    """A scenario's vocabulary: its own topics first (they are more specific), then the
    shared ones; an own topic with a shared id extends that topic's cues."""
    vocabulary: Dict[str, Tuple[str, ...]] = {}
    for topic, cues in own.items():
        vocabulary[topic] = tuple(cues) + SHARED_TOPICS.get(topic, ())
    for topic, cues in SHARED_TOPICS.items():
        vocabulary.setdefault(topic, cues)
    return vocabulary
