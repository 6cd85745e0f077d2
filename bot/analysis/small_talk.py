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
    # Drinks, seats, doors and rooms: looking after the meeting, not the initiative.
    r"\b(water|drinken|iets halen|koffie halen|een bakje)\b.{0,20}(wil|wilt|lust|jij ook|u ook|ook iets)",
    r"^(wil|wilt|lust) (je|jij|u|ge|gij) (ook )?(iets|wat|nog) (drinken|water|fris)",
    r"^(zit|zitten) (je|jij|u|we|ge) (hier )?(goed|lekker)( zo)?$",
    r"^(neemt u|neem|neemt ge) (maar )?plaats\b", r"^zet (u|je) (maar|gerust)?\b",
    r"\b(deur|raam) (even |ff )?(dicht|open)", r"\bzal ik (de|het) (deur|raam)\b",
    r"^zullen we (even |ff |maar )?(naar|in) (mijn|de|het) (kamer|kantoor|lokaal|personeelskamer|teamkamer)\b",
    r"\bhier is (het|t) (zo |nogal |erg )?(druk|rumoerig|lawaaierig)\b",
    r"^(het is )?(nogal |erg |zo )?(rumoerig|lawaaierig|druk) (hier|op de gang)\b",
    # Wellbeing, weather and regards.
    r"\bgeslapen\b", r"\b(nat|koud) geworden\b", r"\b(koud|warm|heet|guur) (buiten|vandaag)\b",
    r"^(ben je|bent u|zijt ge|ben jij|bent je) (daar|er) al\b", r"\b(doe|doet u) de groeten\b",
    r"^zullen we\b.{0,40}\b(afspreken|bellen)$",
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
