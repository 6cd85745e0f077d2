"""Small talk carries no act, whatever its form (ACTS.md): "Thee?", "Goedemiddag, alles
goed?", "Zullen we beginnen?", "hoe gaat het met je?" as a greeting, thanks for the
time, the weather, saying goodbye. Such sentences are left out of a turn's analysis.
Written for this project; misses small talk about other subjects (a shared hobby).
"""

from __future__ import annotations

import re

from bot.analysis.lexicon import GREETINGS as GREETING_WORDS
from bot.analysis.lexicon import LEADING_FILLERS
from bot.analysis.text import Sentence

_PATTERNS = tuple(re.compile(pattern) for pattern in (
    r"^(hoe gaat het|hoe is het|hoe gaat het ermee|alles goed|alles oké|alles goed met je|hoe staat het leven)"
    r"( met (je|jou|u|jullie))?( vandaag)?$",
    r"\b(koffie|thee|iets te drinken|wat te drinken|iets drinken|glaasje water)\b",
    r"^zullen we( dan| maar)? (beginnen|starten|gaan zitten)?$",
    r"\b(lekker weer|rotweer|mooi weer|slecht weer|wat een weer|regent het)\b",
    r"\bhoe was (je|jullie|uw|het) (vakantie|weekend|reis|dag)\b",
    r"\b(tot|spreek je|zie je) (straks|morgen|vrijdag|maandag|dinsdag|woensdag|donderdag|zo|later|snel"
    r"|de volgende keer|volgende week)\b",
    r"^(doei|fijne dag|fijn weekend|we spreken elkaar)\b",
    r"\b(bedankt|dank (je|u)( wel)?|dankjewel|dank) voor (je|uw|jullie|het) (tijd|komst|gesprek)\b",
    r"^fijn dat (je|u|jullie) (er bent|er is|er zijn|tijd (hebt|heeft|had|kon)|even tijd)",
    r"\b(ben je|bent je|bent u|zijn jullie|ben jij) (er )?klaar voor\b",
    r"^(heb je|heeft u|hebt u|heb jij) (nu |even |eventjes |nog )?(even )?tijd\b",
    r"^(kom (maar )?binnen|ga (maar )?zitten|neem (maar )?plaats)\b",
))


def is_small_talk(sentence: Sentence) -> bool:
    words = list(sentence.words)
    if words and words[0] in GREETING_WORDS and len(words) <= 2:
        return True  # "Goedemorgen!", "Hoi Babette"
    while words and words[0] in LEADING_FILLERS | GREETING_WORDS:
        words = words[1:]
    if words and words[0] in {"juf", "meester", "mevrouw", "meneer"}:
        words = words[1:]
    joined = " ".join(words)
    return bool(joined) and any(pattern.search(joined) for pattern in _PATTERNS)
