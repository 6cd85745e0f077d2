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

import functools
from typing import Dict, Iterable, Mapping, Sequence, Tuple

from bot.analysis.text import normalise_words

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
                  "stand van zaken", "af is"),
    "gevoel": ("voel", "gevoel", "zwaar", "spannend", "energie", "teleurgesteld", "trots", "balen"),
    "hulp": ("hulp", "help ", "helpen", "nodig", "steun", "ondersteun"),
    "doel": ("doel", "bereik", "waar gaat het", "waar het om", "uiteindelijk", "bedoeling"),
    "plannen": ("plan", "volgende", "verder", "toekomst", "straks", "volgend jaar", "vervolg"),
}


#: Topics of a question about nothing in particular ("Hoe gaat het?", "Hoe voel je je
#: erbij?"): when no piece of the story or fact is about them, the question brings out
#: the next piece, as an open question without a topic does.
GENERAL_TOPICS = frozenset({"voortgang", "gevoel"})


@functools.lru_cache(maxsize=1)
def _lemmas() -> Mapping[str, str]:
    from bot.nlp import dutch

    return dutch().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


def words_and_lemmas(text: str) -> Tuple[Tuple[str, ...], str]:
    """The turn's normalised words with their lemmas, and the padded normalised text."""
    words = normalise_words(text)
    lemmas = _lemmas()
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


def find_topics(text: str, vocabulary: Mapping[str, Iterable[str]]) -> Tuple[str, ...]:
    """The ids of the topics the text touches, in the vocabulary's order."""
    forms, joined = words_and_lemmas(text)
    return tuple(topic for topic, cues in vocabulary.items() if any(_matches(cue, forms, joined) for cue in cues))


def merged(own: Mapping[str, Iterable[str]]) -> Dict[str, Tuple[str, ...]]:
    """A scenario's vocabulary: its own topics first (they are more specific), then the
    shared ones; an own topic with a shared id extends that topic's cues."""
    vocabulary: Dict[str, Tuple[str, ...]] = {}
    for topic, cues in own.items():
        vocabulary[topic] = tuple(cues) + SHARED_TOPICS.get(topic, ())
    for topic, cues in SHARED_TOPICS.items():
        vocabulary.setdefault(topic, cues)
    return vocabulary
