"""Rewrite a leader's closed question into an open one, in the leader's own words.

Dutch yes/no questions put the finite verb first; most become open by putting a
wh-word in front and turning the verb-first order into a content question:
"Heb je de ouders ingelicht?" -> "Hoe heb je de ouders ingelicht?". Evaluative
yes/no questions ask for a verdict the leader already chose, so they become a
question about the experience: "Vinden de kinderen het leuk?" -> "Wat vinden de
kinderen ervan?". Tag questions lose their tag and ask for the teacher's view. Fact
questions ("Hoeveel…", "Wanneer…") have no open twin with the same content, so they
get an open question about the same subject.
What the rules cannot turn keeps the question's subject: "Weten de ouders ervan?" ->
"Wat weten de ouders ervan?", "Wat kost dat?" -> "Wat merk je van de kosten?",
"Hoeveel tijd kost het?" -> "Wat kun je me vertellen over de tijd?".
Misses: a question without a noun of its own ("Lukt het?") gets the general rewrite
"Hoe kijk jij daar zelf tegenaan?".
"""

from __future__ import annotations

import re
from typing import Optional

from bot.analysis import lexicon
from bot.analysis.nouns import ADVERBS, looks_like_noun
from bot.analysis.question_form import Form, FormReading, Kind
from bot.analysis.text import Sentence

# Verdict words that make a yes/no question ask for the leader's own judgement.
VERDICTS = ("leuk", "goed", "fijn", "lastig", "moeilijk", "makkelijk", "handig", "zinvol",
            "nuttig", "prettig", "spannend", "zwaar", "succesvol", "gelukt", "waard")
PARTICLES = {"wel", "al", "eigenlijk", "nou", "eens", "even", "ook", "soms", "toch", "nog", "dan"}
GENERAL = "Hoe kijk jij daar zelf tegenaan?"
PERFECT_AUXILIARIES = {"heb", "hebt", "heeft", "hebben", "had", "hadden", "ben", "bent", "zijn", "was", "waren"}
FACT_REWRITE = "Wat kun je me daarover vertellen: wat merk je ervan in de klas?"


#: Chat spelling the rewrite spells out, so that the leader sees a full sentence.
CHAT_WORDS = {"t": "het", "lln": "leerlingen", "ll": "leerlingen", "ge": "je", "gij": "jij", "nie": "niet",
              "da": "dat", "wrm": "waarom", "mbt": "over", "ivm": "vanwege", "gwn": "gewoon"}
#: Words a chat message may open with that belong to no question ("of wil je…", "ok, …").
OPENERS = {"of", "en", "maar", "ok", "oke", "oké", "ff", "even", "nou"}


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    words = text.rstrip(" ?!.…,").split(" ")
    words = [CHAT_WORDS.get(word.lower(), word) if word.lower() in CHAT_WORDS else word for word in words]
    while len(words) > 2 and words[0].lower().strip(",") in OPENERS:
        words = words[1:]
    return " ".join(words).rstrip(" ?!.…,")


def _drop_tag(text: str) -> str:
    lowered = text.lower()
    for tag in sorted(lexicon.TAG_QUESTIONS, key=len, reverse=True):
        for sep in (", ", ","):
            if lowered.endswith(sep + tag):
                return text[: len(text) - len(sep + tag)]
    for tag in (" toch", " hè", " of niet"):
        if lowered.endswith(tag):
            return text[: len(text) - len(tag)]
    return text


DETERMINERS = {"de", "het", "een", "je", "jouw", "die", "deze", "dat", "dit", "onze", "mijn", "jullie", "zijn",
               "haar", "hun", "alle", "elke", "welke", "uw", "zo'n", "ons"}
COST_WORDS = {"kost", "kosten", "kostte", "kostten", "betalen", "betaalt", "budget", "geld"}
#: What a question about money is about, in its own word ("budget" -> "het budget").
COST_NOUNS = {"budget": "het budget", "geld": "het geld", "begroting": "de begroting", "subsidie": "de subsidie"}


def _subject(words) -> Optional[str]:
    """The question's first noun phrase ("de ouders", "je collega's"), or the noun after
    "hoeveel"/"welke" with "de" ("hoeveel tijd" -> "de tijd"); None when it has none."""
    lowered = [w.lower().strip(",.?!") for w in words]
    for n, word in enumerate(lowered[:-1]):
        noun = lowered[n + 1]
        if word in DETERMINERS and word not in {"dat", "dit", "je"}:  # "dat"/"je": mostly no article
            # "het eerste bezoek": the determiner, an adjective or two, then the noun;
            # "het co-teachen": a verb made noun after "het".
            for k in range(n + 1, min(n + 4, len(lowered))):
                candidate = lowered[k]
                if candidate in DETERMINERS:
                    break
                adjective = candidate.endswith("e") and k + 1 < len(lowered) and looks_like_noun(lowered[k + 1])
                if adjective:
                    continue  # "de volgende bijeenkomst", "een vaste planning"
                verb_as_noun = k == n + 1 and word == "het" and candidate.endswith("en") and \
                    candidate not in {"hebben", "zijn", "worden"} and candidate not in ADVERBS
                if looks_like_noun(candidate) or verb_as_noun:
                    article = "de" if word == "welke" else "je" if word == "uw" else word
                    return " ".join([article, *lowered[n + 1:k + 1]])
                break  # only adjectives ("eerste", "volgende") stand between article and noun
        if word in {"hoeveel", "hoe veel"} and looks_like_noun(noun):
            return f"het aantal {noun}"
    return None


def keep_subject(words, fact: bool) -> Optional[str]:
    """An open question about the same subject, when the rules cannot turn the question."""
    lowered = [w.lower().strip(",.?!") for w in words]
    subject = _subject(words)
    counted = "hoeveel" in lowered and subject is not None
    if set(lowered) & COST_WORDS and not counted:
        noun = next((COST_NOUNS[w] for w in lowered if w in COST_NOUNS), "de kosten")
        return f"Wat merk je van {noun}?"
    if subject is None:
        return None
    return f"Wat kun je me vertellen over {subject}?" if fact else f"Hoe kijk jij aan tegen {subject}?"


def rewrite_closed(sentence: Sentence, reading: FormReading) -> Optional[str]:
    """An open question with the leader's content, or None when the sentence is not a
    closed question."""
    if reading.form is not Form.CLOSED:
        return None
    text = _clean(sentence.text)
    if not text:
        return GENERAL
    if reading.kind is Kind.FACT:
        return keep_subject(text.split(), fact=True) or FACT_REWRITE
    if reading.kind is Kind.TAG:
        statement = _clean(_drop_tag(text)).lstrip(" .…,")
        if not statement:  # "…, toch?": nothing left to ask about
            return GENERAL
        return f"Ik hoor het graag van jou: {statement[0].lower() + statement[1:]}? Hoe zie jij dat?"
    if reading.leading:
        # "Denk je niet dat een vast rooster handiger is?" asks to confirm our view; ask the
        # teacher's own view of the same subject instead.
        subject = _subject(text.split())
        return f"Wat denk jij zelf over {subject}?" if subject else "Wat denk jij zelf? Hoe zie jij het?"
    offer = _offer(text.split())
    if offer:
        return offer
    if reading.kind is not Kind.VERB_FIRST:
        return keep_subject(text.split(), fact=False) or GENERAL
    return _verb_first(text.split())


def _verb_first(words) -> str:
    """A yes/no question with the finite verb first, turned by the verb it opens with."""
    first = words[0].lower()
    rest = [w for w in words[1:] if w.lower() not in PARTICLES]
    if not rest:
        return keep_subject(words, fact=False) or GENERAL
    last = rest[-1].lower().strip(",")
    if first in {"vind", "vindt", "vinden", "vond", "vonden"} and last in VERDICTS:
        subject = " ".join(rest[:-1])
        subject = re.sub(r"\b(het|dat|dit)$", "", subject).strip()
        return f"Wat {first} {subject} ervan?".replace("  ", " ")
    if first in {"gaat", "ging", "loopt", "liep", "werkt", "werkte", "lukt", "lukte"}:
        core = " ".join(w for w in rest if w.lower() not in VERDICTS)
        return f"Hoe {first} {core}?"
    if first in {"is", "zijn", "was", "waren"} and len(rest) >= 2:
        subject = " ".join(rest[:-1])
        if subject.lower() in {"het", "dat", "dit", "er", "alles", "het nu"}:
            return "Hoe staat het ervoor?"
        if last.startswith("ge") and last[-1] in "dtn":
            return f"Hoe staat het met {subject}?"
        if last in VERDICTS:
            return f"Hoe {first} {subject} voor jou?"
        noun = _subject(rest)
        return f"Wat merk je aan {noun}?" if noun else keep_subject(words, fact=False) or GENERAL
    if first in {"kun", "kan", "kunt", "wil", "wilt", "zou", "moet", "mag", "zal", "kunnen", "willen", "mogen"}:
        you = rest[0].lower() in {"je", "jij", "u"}
        body = rest[1:] if you else rest
        # Only with an infinitive at the end ("Kun je dat morgen doen?") does
        # "Hoe zou je … doen?" stay a sentence; "Moet dat echt?" has none.
        if not body or not body[-1].lower().endswith("en"):
            return keep_subject(words, fact=False) or GENERAL
        if not you:  # "Kunnen leerlingen van groep 4 zichzelf beoordelen?" -> "Hoe kunnen …?"
            if rest[0].lower() in {"dat", "het", "dit", "er"} or len(rest) < 3:
                return keep_subject(words, fact=False) or GENERAL
            return f"Hoe {first} {' '.join(rest)}?"
        return f"Hoe zou je {' '.join(body)}?"
    # "Heb je de ouders ingelicht?" -> "Hoe heb je de ouders ingelicht?": only a
    # perfect tense (auxiliary + participle) stays a sentence with "Hoe" in front.
    participle = last.startswith("ge") or "ge" in last[1:-1]
    if first in PERFECT_AUXILIARIES and participle and last[-1] in "dtn" and "niet" not in (w.lower() for w in rest):
        return f"Hoe {first} {' '.join(rest)}?"
    return _open_with_subject(words) or GENERAL


#: Verbs of knowing and perceiving: "Weten de ouders ervan?" -> "Wat weten de ouders ervan?".
THINKING = {"weten", "weet", "vinden", "vindt", "denken", "denkt", "merken", "merkt", "zeggen", "zegt", "zien",
            "ziet", "horen", "hoort", "vragen", "vraagt", "leren", "leert", "doen", "doet", "vertellen", "vertelt",
            "begrijpen", "begrijpt", "snappen", "snapt", "verwachten", "verwacht"}


def _offer(words) -> Optional[str]:
    """"Zal ik Henk van ICT vragen?" offers one thing to accept or refuse; asking what
    would help keeps the offer open: "Hoe kan ik je helpen met de laptops?"."""
    lowered = [w.lower().strip(",.?!") for w in words]
    offers = lowered[:2] in (["zal", "ik"], ["moet", "ik"], ["kan", "ik"]) or lowered[:4] == ["wil", "je", "dat", "ik"]
    if not offers:
        return None
    subject = _subject(words)
    return f"Hoe kan ik je helpen met {subject}?" if subject else "Waarmee kan ik je het beste helpen?"


def _open_with_subject(words) -> Optional[str]:
    """"Weten de ouders ervan?" -> "Wat weten de ouders ervan?": a verb-first question
    whose subject follows the verb and that has no object of its own takes "Wat" in front;
    otherwise the question about its subject."""
    lowered = [w.lower() for w in words]
    auxiliaries = PERFECT_AUXILIARIES | {"is", "kun", "kan", "kunt", "wil", "wilt", "moet", "mag", "zal"}
    subject_first = lowered[1] in {"de", "je", "jouw", "jullie", "die", "onze"}
    if len(words) >= 3 and subject_first and lowered[0] not in auxiliaries:
        rest = set(lowered[3:])
        if lowered[0] in THINKING and not rest & (DETERMINERS | {"iets", "ze", "hem"}):
            return "Wat " + " ".join([lowered[0]] + list(words[1:])) + "?"  # "Weten de ouders ervan?"
        return "Hoe " + " ".join([lowered[0]] + list(words[1:])) + "?"  # "Hoe gebruiken de kinderen de klok?"
    return keep_subject(words, fact=False)
