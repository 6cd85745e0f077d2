"""Rewrite a leader's closed question into an open one, in the leader's own words.

The rewrite keeps the question's topic (its noun phrase or its verb) and is itself an
open question: a wh-word in front, never the yes/no order. Chat spelling ("t", "lln",
"ff"), Flemish "ge/gij" and the formal "u" are handled first; a run-on chat message is
split before its question, a tag ("…, toch?") is dropped and a noun phrase put after the
question ("Is het verzekerd, zo'n uitje?") takes the place of its "het". Then, by shape:

- a yes/no question gets a wh-word in front of the same words: "Heb je de ouders
  ingelicht?" -> "Hoe heb je de ouders ingelicht?", "Weten de ouders ervan?" -> "Wat
  weten de ouders ervan?", "Lezen ze thuis meer?" -> "In hoeverre lezen ze thuis meer?";
  "iets"/"ergens" becomes the wh-word ("Heb je er iets van geleerd?" -> "Wat heb je ervan
  geleerd?"); a verdict becomes a degree or a view ("Was het druk?" -> "Hoe druk was het
  voor jou?", "Vinden de kinderen het leuk?" -> "Wat vinden de kinderen ervan?");
- a question about a state asks how it stands: "Is de software al geïnstalleerd?",
  "bus al geregeld?" -> "Hoe staat het met de software?", "Hoe staat het met de bus?";
- a suggestion asks for the teacher's view of it: "Is het niet handiger om klein te
  beginnen?" -> "Hoe kijk jij ertegen aan om klein te beginnen?"; "Kun je niet beter X
  doen?" -> "Hoe zou het zijn als je X zou doen?"; "Denk je niet dat de planning te krap
  is?" -> "Wat denk jij zelf over de planning?";
- a reproach looks back on the act: "Had je het plan niet eerder moeten delen?" ->
  "Hoe kijk je terug op het delen van het plan?";
- an offer asks how it would land: "Zal ik even meekijken?" -> "Hoe zou je het vinden
  als ik even zou meekijken?"; "Heb je hulp nodig?" -> "Wat voor hulp heb je nodig?";
- a choice asks about both options: "Werk je met een portfolio of met mappen?" -> "Wat
  kun je me vertellen over een portfolio en mappen?";
- a tag question or a statement with "?" is put in verb-first order first ("Het loopt
  goed, toch?" -> "Loopt het goed?" -> "Hoe loopt het?");
- a fact question ("Hoeveel…", "Wie…", "Wanneer…") has no open twin with the same content,
  so it gets one about the same subject: "Hoeveel groepen doen mee?" -> "Wat kun je me
  vertellen over het aantal groepen?", "Wat kost dat?" -> "Wat merk je van de kosten?".

What no rule turns keeps the question's noun phrase ("Hoe kijk jij tegen de uren aan?").
Misses: a question without a noun or a verb of its own ("Lukt dat?", "Kan dat?") gets the
general rewrite "Hoe kijk jij daar zelf tegenaan?"; the noun-phrase finder has no
tagger, only spaCy's lemma table and word lists (``phrases.py``), so a rare word can be
read as a noun.
"""

from __future__ import annotations

import re
from typing import List, Optional

from bot.analysis import lexicon
from bot.analysis.nouns import ADVERBS, content_word, looks_like_noun
from bot.analysis.question_form import Form, FormReading, Kind, looks_like_verb
from bot.analysis.text import Sentence
from bot.coach.phrases import (
    DETERMINERS,
    GRADABLE,
    MODALS,
    NOT_VERBS,
    OPENERS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    SEPARABLE,
    SUBORDINATORS,
    TIME_WORDS,
    VERDICTS,
    YOU,
    article,
    as_question,
    drop_verb_t,
    infinitives,
    is_common_word,
    is_comparative,
    is_infinitive,
    is_inflected,
    is_noun,
    is_participle,
    is_plural,
    is_verb,
    lower,
    noun_phrase,
    object_phrase,
    say,
    spell_out,
    subordinate_at,
)
from bot.nlp import lemma_table

GENERAL = "Hoe kijk jij daar zelf tegenaan?"
REPROACH = "Hoe kijk je daar nu op terug?"
FACT_REWRITE = "Wat kun je me daarover vertellen: wat merk je ervan in de klas?"
MAX_CLAUSES, MAX_WORDS = 8, 40

COPULAS = set("is zijn was waren ben bent wordt worden werd werden blijft blijven".split())
PERFECT = set("heb hebt heeft hebben had hadden ben bent is zijn was waren".split())
HAVE = {"heb", "hebt", "heeft", "hebben", "had", "hadden"}
FIND = {"vind", "vindt", "vinden", "vond", "vonden"}
#: Verbs that ask how something goes: "Loopt het?" -> "Hoe loopt het?".
GOING = set("gaat ging gaan gingen loopt liep lopen lukt lukte werkt werkte werken verloopt verliep bevalt beviel "
            "valt viel".split())
#: Verbs of knowing and perceiving: "Weten de ouders ervan?" -> "Wat weten de ouders ervan?".
THINKING = set("weten weet vinden vindt vond vonden denken denkt merken merkt merkten zeggen zegt zien ziet horen "
               "hoort vragen vraagt leren leert vertellen vertelt begrijpen begrijpt snappen snapt verwachten "
               "verwacht".split())
#: Verbs of a way of working: "Gebruiken de kinderen de klok?" -> "Hoe gebruiken …?".
MANNER = set("gebruik gebruikt gebruiken reageer reageert reageren reageerden ervaar ervaart ervaren pak pakt pakken "
             "regel regelt regelen organiseer organiseert organiseren verdeel verdeelt verdelen begeleid begeleidt "
             "begeleiden houd houdt houden betrek betrekt betrekken bereid bereidt bereiden".split())
#: Words of money: "Wat kost dat?" -> "Wat merk je van de kosten?".
COST_WORDS = set("kost kosten kostte kostten betalen betaalt budget geld prijs".split())
#: Tags that ask to confirm a statement ("…, toch?", "… denk je?").
TAGS = {tuple(tag.split()) for tag in lexicon.TAG_QUESTIONS if " " in tag} | {
    ("toch",), ("hè",), ("nietwaar",), ("zeker",), ("klopt",), ("ja",), ("merk", "je", "dat"), ("denk", "je", "niet"),
    ("vind", "je", "niet"), ("of", "niet"), ("of", "wel"), ("of", "ni"), ("denk", "je"), ("vind", "je")}
#: The templates in the formal "u" ("Hoe kijkt u daar zelf tegenaan?").
FORMAL = [("kijk jij", "kijkt u"), ("kijk je", "kijkt u"), ("denk jij", "denkt u"), ("denk je", "denkt u"),
          ("kun je", "kunt u"), ("merk je", "merkt u"), ("heb je", "heeft u"), ("zou je", "zou u"),
          ("voor je", "voor u"), ("als je", "als u"), ("vind je", "vindt u"), ("ga je", "gaat u"), ("ben je", "bent u")]


# --- Entry points ---------------------------------------------------------------------

def rewrite_closed(sentence: Sentence, reading: FormReading) -> Optional[str]:
    """An open question with the leader's content, or None when the sentence is not a
    closed question."""
    if reading.form is not Form.CLOSED:
        return None
    return _open_twin(sentence.text, reading.kind is Kind.FACT, reading.leading)


def keep_subject(words, fact: bool) -> Optional[str]:
    """The open rewrite of a turn the model heard as closed and the rules did not."""
    return _open_twin(" ".join(words), fact, False) if words else None


def _open_twin(text: str, fact: bool, leading: bool) -> str:
    main, others = _clauses(text)
    if not main:
        return GENERAL
    fact = fact or _starts_fact(lower(main))
    main, others = _dislocated(main, others)
    result = _rewrite(main, fact, leading)
    for clause in ([] if fact else [main]) + others:
        result = result or _about(clause, "fact" if fact else "view")
    result = result or (FACT_REWRITE if fact else GENERAL)
    return _formal(result) if {"u", "uw"} & set(lower(main)) else result


def _rewrite(words: List[str], fact: bool, leading: bool) -> Optional[str]:
    lowered = lower(words)
    if fact:
        return _fact(words)
    if _reproach(words):
        return _reproach(words)
    if leading or _leading(lowered):
        return _leading_question(words)
    if lowered[0] in lexicon.OPEN_WH:  # read as open by the rules, as closed by the model
        if len(words) > 3 and lowered[0] in {"hoe", "wat", "waarom"} and lowered[1] in lexicon.FINITE_VERBS and \
                lowered[1] not in {"dacht", "denk", "zeg", "vind"} and not set(lowered) & COST_WORDS:
            return as_question(say(words))  # "Hoe vinden ze het, en hoe vaak…?": the open part alone
        clause = _clause_after(words, ("om",))
        return as_question(f"Hoe kijk jij ertegen aan {say(clause)}") if clause else _about(words, "fact", 2)
    if "of" in lowered[1:]:
        choice = _choice(words)
        if choice is not None:
            return choice or None
    if _asks(words):
        return _verb_first(words)
    inverted = _invert(words)
    return _verb_first(inverted) if inverted else _elliptic(words)


def _about(words: List[str], mode: str, start: int = 0) -> Optional[str]:
    """An open question about the question's noun phrase (``mode``: fact, state, view)."""
    lowered = lower(words)
    found = noun_phrase(words, start) if mode == "fact" else object_phrase(words, start)
    counted = "hoeveel" in lowered[:-1] and is_noun(words[lowered.index("hoeveel") + 1]) and \
        lowered[lowered.index("hoeveel") + 1] not in COST_WORDS
    if set(lowered) & COST_WORDS and not counted:
        noun = say(found[2]) if found else ""
        if not noun or set(lower(found[2])) & COST_WORDS:
            costs = not noun or set(lower(found[2])) & {"kost", "kostte", "betaalt", "betalen"}
            return f"Wat merk je van {'de kosten' if costs else noun}?"
        return f"Wat merk je van de kosten van {noun}?"
    if not found:
        return None
    phrase = say(found[2])
    if mode == "fact":
        return f"Wat kun je me vertellen over {phrase}?"
    if mode == "state":
        return f"Hoe denk je over {phrase}?" if phrase.startswith("een ") else f"Hoe staat het met {phrase}?"
    return f"Hoe kijk jij tegen {phrase} aan?"


def _formal(text: str) -> str:
    for informal, formal in FORMAL:
        text = re.sub(rf"\b{informal}\b", formal, text)
    return text


# --- Clauses ----------------------------------------------------------------------------

def _clauses(text: str):
    """The clause that carries the question and the other clauses of the sentence:
    "Tutorlezen met groep 8, wie heeft dat bedacht?" -> "wie heeft dat bedacht", with
    "Tutorlezen met groep 8" beside it; "ff checken: heb je…" -> "heb je…"."""
    parts: List[str] = []
    for part in re.split(r"\s*[,:;]\s*|\s+(?=(?:maar|ma)\s)", re.sub(r"\s+", " ", text.strip())):
        if parts and re.match(r"(?i)of\s+(?!niet|wel|ni\b|nie\b)", part):
            parts[-1] += " " + part  # "…, of ook de bovenbouw?": the choice stays one clause
        elif part.strip(" ?!.…"):
            parts.append(part)
    # A question is a few dozen words at most: longer text (a pasted page) is cut, so that
    # no turn takes long to rewrite.
    clauses = [_drop_tag(_strip_openers(c)) for part in parts[:MAX_CLAUSES]
               for c in _run_on(spell_out(part)[:MAX_WORDS])]
    clauses = [c for c in clauses if c]
    if not clauses:
        return [], []
    if is_common_word(clauses[0][0]):
        clauses[0][0] = clauses[0][0].lower()  # the sentence's capital, not a name
    main = next((c for c in clauses if _asks(c)), None) or next((c for c in clauses if len(c) > 2), clauses[0])
    return main, [c for c in clauses if c is not main]


def _run_on(words: List[str]) -> List[List[str]]:
    """A chat message without punctuation split before its question: "je klinkt moe zal
    ik kijken…" -> "je klinkt moe" and "zal ik kijken…"."""
    lowered = lower(words)
    verb = wh = False
    for n in range(2, len(words) - 1):
        verb = verb or is_verb(lowered[n - 1]) or is_verb(lowered[n - 2])
        wh = wh or bool({lowered[n - 1], lowered[n - 2]} & (lexicon.OPEN_WH | {"wie", "hoeveel", "welk", "wanneer"}))
        if verb and not wh and lowered[n] in lexicon.FINITE_VERBS | MODALS and lowered[n + 1] in YOU | {"ik"} and \
                lowered[n - 1] not in SUBORDINATORS | lexicon.OPEN_WH | lexicon.FINITE_VERBS | {"en", "of", "maar"} \
                and _drop_tag(words[n:]):
            return [words[:n], words[n:]]
    return [words]


def _drop_tag(words: List[str]) -> List[str]:
    for size in (3, 2, 1):
        if len(words) >= size and tuple(lower(words[-size:])) in TAGS:
            return words[:-size]
    return words


def _strip_openers(words: List[str]) -> List[str]:
    while len(words) > 2 and words[0].lower() in OPENERS:
        words = words[1:]
    return words


def _dislocated(main: List[str], others: List[List[str]]):
    """"Is het verzekerd, zo'n uitje?" -> "Is zo'n uitje verzekerd": a noun phrase put
    after the question takes the place of its "het"/"dat"."""
    lowered = lower(main)
    for clause in others:
        found = noun_phrase(clause, definite=False)
        if all(w.lower() in OPENERS for w in clause) or not found or found[0] != 0 or \
                found[1] < len(clause) and clause[found[1]].lower() not in PREPOSITIONS or \
                any(looks_like_verb(w.lower()) or w.lower() in lexicon.FINITE_VERBS for w in clause):
            continue
        for n in (1, 0, 2):
            if n < len(main) and lowered[n] in {"het", "dat", "dit"} and not (
                    n + 1 < len(main) and is_noun(main[n + 1], lowered[n], after_determiner=True)):
                return main[:n] + clause + main[n + 1:], [c for c in others if c is not clause]
    return main, others


def _asks(words: List[str]) -> bool:
    """Whether a clause opens like a question: a finite verb or a wh-word first."""
    first = words[0].lower() if words else ""
    second = words[1].lower() if len(words) > 1 else ""
    if first in {"plan", "werk", "gebruik", "overleg", "start", "test", "spel", "help"}:
        return second in PRONOUNS | DETERMINERS  # "plan je…" asks, "plan maar…" does not
    return first in lexicon.FINITE_VERBS or first in lexicon.OPEN_WH or first in {"wie", "hoeveel", "wanneer"} or (
        second in YOU | {"ze", "we"} and first.isalpha() and first not in PRONOUNS) or (
        second in PRONOUNS | DETERMINERS and (is_verb(first) or first in infinitives()))


def _clause_after(words: List[str], conjunctions) -> Optional[List[str]]:
    """"om eerst te testen", "als het hele team meedoet": the clause a suggestion is about."""
    lowered = lower(words)
    for n, word in enumerate(lowered):
        if word in conjunctions and 1 < n < len(words) - 1 and (word != "om" or "te" in lowered[n + 1:]):
            return [w for w in words[n:] if w.lower() not in PARTICLES | {"ff"}]
    return None


def _te_clause(words: List[str]) -> Optional[List[str]]:
    """"Is het niet verstandiger de ib'er in te schakelen?" -> "om de ib'er in te
    schakelen": a closing "te"-clause without its "om"."""
    lowered = lower(words)
    if len(words) < 4 or lowered[-2] != "te" or lowered[1] not in {"het", "dat", "dit"} or \
            not lowered[-1].endswith("n"):
        return None
    start = len(words) - 2
    while start > 2 and not (
            lowered[start - 1] in {"niet", "geen", "idee", "zijn", "geweest", "worden"} | lexicon.FINITE_VERBS
            or is_participle(lowered[start - 1], final=True)
            or lowered[start - 1].endswith("er") and not is_noun(words[start - 1])):
        start -= 1
    return ["om"] + [w for w in words[start:] if w.lower() not in PARTICLES]


# --- Rules by the shape of the question -----------------------------------------------

def _starts_fact(lowered: List[str]) -> bool:
    if len(lowered) > 2 and lowered[0] in PREPOSITIONS and lowered[1] in {"welke", "welk", "hoeveel", "wie"}:
        return True  # "Op welke datum…", "Met hoeveel kinderen…"
    text = " " + " ".join(lowered) + " "
    return "hoeveel" in lowered[:2] or any(text.startswith(f" {opener} ") for opener in lexicon.FACT_WH_OPENERS)


def _fact(words: List[str]) -> Optional[str]:
    """"Hoeveel lln komen er op dinsdag?" -> "Wat kun je me vertellen over het aantal
    leerlingen op dinsdag?"; "Wie betaalt de bus?" -> "Hoe wordt de bus betaald?"."""
    lowered = lower(words)
    if "hoeveel" in lowered[:2] and len(lowered) > lowered.index("hoeveel") + 1:
        at = lowered.index("hoeveel") + 1
        if lowered[at] in COST_WORDS:  # "Hoeveel kost de bus?"
            return _about(words, "fact")
        if lowered[at] in {"tijd", "geld"}:
            return f"Wat kun je me vertellen over {article(lowered[at])} {lowered[at]}?"
        if is_noun(words[at]):
            return f"Wat kun je me vertellen over het aantal {say([words[at]])}{_place(words, at + 1)}?"
    if lowered[:2] in (["wie", "betaalt"], ["wie", "betalen"]) and len(words) > 2:
        rest = [w for w in words[2:] if w.lower() not in PARTICLES]
        return as_question(f"Hoe {'worden' if is_plural(rest[-1]) else 'wordt'} {say(rest)} betaald")
    if set(lowered) & COST_WORDS and (lowered[0] != "hoeveel" or not is_noun(words[1])):
        return _about(words, "fact")
    if lowered[0] in PREPOSITIONS and len(lowered) > 3 and lowered[1] in {"welke", "welk"}:
        return _about(words, "fact", 4)  # "Op welke datum staat de klimaatweek gepland?"
    text = " " + " ".join(lowered) + " "
    opener = max((o for o in lexicon.FACT_WH_OPENERS if text.startswith(f" {o} ")), key=len, default="")
    named = opener == "hoeveel tijd" or opener.split()[-1:] and opener.split()[-1] in set(
        "groep groepen klas klassen collega collega's school scholen methode app programma computer lokaal vak "
        "leerjaar".split())  # "Welke groep…": the opener holds the noun, the verb follows
    skip = len(opener.split()) + (0 if named else 1) if opener else 0
    return _about(words, "fact", skip) if skip < len(words) else None


def _place(words: List[str], start: int) -> str:
    """A closing "op dinsdag", "in het team", "per week" of a "hoeveel" question."""
    lowered = lower(words)
    for n in range(start, len(words) - 1):
        preposition = lowered[n]
        if lowered[n - 1] == "mee" and preposition in {"met", "aan"}:
            preposition = "bij"  # "doen mee met de codeclub" -> "bij de codeclub"
        elif preposition not in {"op", "in", "bij", "per", "uit", "voor"}:
            continue
        if lowered[n + 1] in TIME_WORDS and lowered[n + 1].isalpha():
            return f" {preposition} {lowered[n + 1]}"  # "op dinsdag", "per week"
        found = noun_phrase(words, n + 1, definite=False)
        if found and found[0] == n + 1:
            return f" {preposition} {say(found[2])}"
    return ""


def _choice(words: List[str]) -> Optional[str]:
    """"Werk je met een portfolio of met mappen?" asks to pick one: ask about both.
    Before a second question ("… of kwam het uit het netwerk?") or a second option
    without a noun ("… samen met Marieke of alleen?") the first part is turned alone;
    "" when neither option has a noun phrase, None when "of" means "whether"."""
    lowered = lower(words)
    at = max(n for n, w in enumerate(lowered) if w == "of")
    if at < 2 or lowered[at - 1] in set("vragen vraag kijken kijk weten weet nagaan checken zien benieuwd twijfel "
                                        "twijfelen afvragen".split()):
        return None
    after = [w for w in words[at + 1:] if w.lower() not in {"ook", "alleen", "juist", "toch", "eerder", "liever"}]
    verb = after and (after[0].lower() in lexicon.FINITE_VERBS or looks_like_verb(after[0].lower()) or (
        len(after) > 1 and after[1].lower() in YOU | {"ze", "het", "dat", "we"}))
    first, position = None, 0
    while True:
        found = noun_phrase(words, position, definite=False)
        if not found or found[1] > at:
            break
        first, position = found, found[1]
    second = noun_phrase(words, at + 1, definite=False)
    if verb or (first and not second):
        return _rewrite(words[:at], False, False) or ""
    if not first or not second:
        return ""
    return f"Wat kun je me vertellen over {say(first[2])} en {say(second[2])}?"


def _elliptic(words: List[str]) -> Optional[str]:
    """A chat question without a verb: "bus al geregeld?" -> "Hoe staat het met de bus?",
    "ouders tevreden?" -> "In hoeverre zijn de ouders tevreden?"."""
    lowered = lower(words)
    found = noun_phrase(words)
    last = lowered[-1]
    if found and found[0] == 0 and found[1] == len(words) - 1 and (
            last in GRADABLE or last.endswith("er") and not is_noun(words[-1])):
        verb = "zijn" if is_plural(found[2][-1]) else "is"
        if _degree([last]):  # "ouders tevreden?" -> "Hoe tevreden zijn de ouders?"
            return as_question(f"Hoe {last} {verb} {say(found[2])}")
        return as_question(f"In hoeverre {verb} {say(found[2])} {words[-1]}")
    state = is_participle(last, final=True) or last in {"af", "binnen", "klaar", "akkoord", "door", "rond"} or \
        "al" in lowered
    return _about(words, "state" if state else "view")


def _invert(words: List[str]) -> Optional[List[str]]:
    """A statement in verb-first order: "de kinderen vinden het leuk" -> "vinden de
    kinderen het leuk"; None when no finite verb follows a subject, or the subject is
    the leader ("ik zou het klein houden, toch?": the leader's own view)."""
    lowered = lower(words)
    if len(words) < 2 or lowered[0] in {"ik", "we", "wij"}:
        return None
    found = noun_phrase(words, 0, definite=False)
    if found and found[0] == 0 and found[1] < len(words) and (lowered[0] not in PRONOUNS or is_verb(lowered[found[1]])):
        n = found[1]  # "de kinderen vinden…", "het project loopt…"
    elif lowered[0] in PRONOUNS:
        n = 1  # "het ging…", "je vond…"
    else:
        return None
    verb = lowered[n]
    if verb in TIME_WORDS | NOT_VERBS or is_participle(verb, final=True) and verb not in lexicon.FINITE_VERBS:
        return None  # "Ouders geïnformeerd?" has no finite verb
    if is_verb(verb) or verb.isalpha() and verb.endswith(("en", "t")) and n + 1 < len(words) and \
            verb not in PREPOSITIONS | PARTICLES | ADVERBS | PRONOUNS:
        subject = [w.lower() if w.lower() in PRONOUNS else w for w in words[:n]]
        return drop_verb_t([words[n]] + subject + words[n + 1:])
    return None


def _verb_first(words: List[str]) -> Optional[str]:
    """A yes/no question with the finite verb first, turned by what it asks."""
    lowered = lower(words)
    first = lowered[0]
    wh = next((n for n, w in enumerate(lowered) if n > 2 and (w in {"hoeveel", "wanneer", "wie", "welke"} or (
        w == "hoe" and n + 1 < len(lowered) and lowered[n + 1] in {"lang", "vaak", "laat", "veel"}))), None)
    if wh is not None and lowered[1] in YOU:
        return _fact(words[wh:])  # "Kunt u aangeven hoeveel uren het vergt?", "Weet je al wanneer…?"
    for rule in (_something, _offer, _needs, _reproach, _perfect):
        result = rule(words)
        if result:
            return result
    participle = next((n for n, w in enumerate(lowered) if n > 1 and is_participle(w)), None)
    if participle is not None and lowered[-2] == "te" and first in PERFECT:  # "Heeft u overwogen dit te herhalen?"
        return as_question(f"Hoe kijk jij ertegen aan om {say(words[participle + 1:])}")
    clause = _clause_after(words, ("om",))
    if clause and first in COPULAS | HAVE | {"zou", "lijkt", "acht"}:
        return as_question(f"Hoe kijk jij ertegen aan {say(clause)}")  # "Is het een idee om…?"
    if _leading(lowered):
        return _leading_question(words)
    rest = [w for w in words[1:] if w.lower() not in PARTICLES]
    rest_lowered = lower(rest)
    if not rest:
        return None
    if first in FIND:
        return _verdict(words)
    if first in COST_WORDS:
        return _about(words, "fact")  # "Kost dat niet te veel?" -> "Wat merk je van de kosten?"
    if first in {"lijkt", "leek"} and rest_lowered[-1] == "wat":
        return "Hoe klinkt dat voor je?"  # "Lijkt je dat wat?"
    if first in GOING and _plain(rest_lowered):
        core = [w for n, w in enumerate(rest) if w.lower() not in VERDICTS | {"niet", "beetje", "ook", "nog"}
                and not (w.lower() == "een" and n + 1 < len(rest) and rest_lowered[n + 1] == "beetje")]
        return as_question(f"Hoe {first} {say(core)}")
    if first in MODALS:
        return _modal(words)
    state = _copula(words) if first in COPULAS else None
    if state:
        return state
    if first in HAVE and lowered[1] in YOU | {"we", "ze", "hij", "zij"} and subordinate_at(lowered) is None:
        found = object_phrase(words, 2)
        if found and "over" in lowered[2:found[0]]:  # "Je had het over twee computers"
            return f"Wat kun je me nog meer vertellen over {say(found[2])}?"
        if found and found[2][0].lower() == "een":  # "Heb je al een datum voor de uitvoering?"
            return f"Hoe denk je over {say(found[2])}?"
        if found:
            return f"Hoe staat het met {say(found[2])}?"
    return _open_order(words)


def _plain(rest: List[str]) -> bool:
    """Whether "Loopt het project (goed)?" has nothing but its subject and a verdict, so
    that "Hoe loopt het project?" asks the same; not with a particle ("gaat … door met")."""
    clause = rest[:rest.index("om")] if "om" in rest else rest
    particle = any(w in SEPARABLE and (n + 1 == len(clause) or clause[n + 1] in PREPOSITIONS)
                   for n, w in enumerate(clause))
    return not particle and all(
        w in VERDICTS | PARTICLES | PREPOSITIONS | DETERMINERS | PRONOUNS | {"een", "beetje", "ook", "nog", "niet",
                                                                            "zo"}
        or is_inflected(w) or is_noun(w) and not is_comparative(w) for w in clause)


def _something(words: List[str]) -> Optional[str]:
    """"iets" and "ergens" become the wh-word: "Heb je er iets van geleerd?" -> "Wat heb
    je ervan geleerd?", "Kan ik ergens mee helpen?" -> "Waarmee kan ik helpen?"."""
    lowered = lower(words)
    if "iets" in lowered[1:subordinate_at(lowered) or len(lowered)]:
        at = lowered.index("iets")  # "er iets van" -> "ervan" in as_question
        return as_question("Wat " + say([w for w in words[:at] + words[at + 1:] if w.lower() not in PARTICLES]))
    if "ergens" in lowered[1:]:
        at = lowered.index("ergens")
        particle = next((n for n in range(at + 1, len(words)) if lowered[n] in PREPOSITIONS | {"tegenaan"}), None)
        if particle is not None:
            word = "waarmee" if lowered[particle] in {"mee", "met"} else "waar" + lowered[particle]
            body = [w for n, w in enumerate(words) if n not in {at, particle} and w.lower() not in PARTICLES]
            return as_question(f"{word} {say(body)}")
    return None


def _offer(words: List[str]) -> Optional[str]:
    """"Zal ik even meekijken?" -> "Hoe zou je het vinden als ik even zou meekijken?";
    "Wil je dat ik …?" and "… als ik …?" likewise."""
    lowered = lower(words)
    text = " " + " ".join(lowered) + " "
    for marker in (" als ik ", " dat ik "):
        if marker in text and lowered[0] in lexicon.FINITE_VERBS | MODALS and "iets" not in lowered:
            clause = " ".join(words)[text.index(marker):].split(" ", 2)[2]
            return as_question(f"Hoe zou je het vinden als ik {say(clause.split())}")
    if lowered[:2] not in (["zal", "ik"], ["kan", "ik"], ["moet", "ik"], ["mag", "ik"]) or len(words) < 3:
        return None
    body, low = words[2:], lowered[2:]
    end = next((n for n, w in enumerate(low) if w in {"of", "om", "zodat"}), len(body))
    verbs = [n for n in range(end) if is_infinitive(low[n]) and (n == 0 or low[n - 1] != "te")]
    if not verbs:
        return "Waarmee kan ik je het beste helpen?"
    at = verbs[-1]
    while at > 0 and low[at - 1] in {"kunnen", "gaan", "laten", "komen"}:
        at -= 1  # "zou komen kijken": "zou" before the whole verb cluster
    return as_question(" ".join(["Hoe zou je het vinden als ik", say(body[:at]), "zou", body[at], say(body[at + 1:])]))


def _needs(words: List[str]) -> Optional[str]:
    """"Heb je er nog hulp bij nodig?" -> "Wat voor hulp heb je er nog bij nodig?"."""
    lowered = lower(words)
    if "nodig" not in lowered or lowered[0] not in HAVE - {"had", "hadden"}:
        return None
    for n in range(2, lowered.index("nodig")):
        if lowered[n] in {"iemand", "hulp", "tijd", "ondersteuning", "materiaal", "middelen", "uren", "ruimte"} or (
                lowered[n] == "een" and n + 1 < len(words) and is_noun(words[n + 1])):
            skip = {n, n + 1} if lowered[n] == "een" else {n}
            body = [w for k, w in enumerate(words) if k not in skip and w.lower() not in PARTICLES - {"nog"}]
            return as_question(f"Wat voor {lowered[max(skip)]} {say(body)}")
    return None


def _reproach(words: List[str]) -> Optional[str]:
    """"Had je het plan niet eerder moeten delen?" -> "Hoe kijk je terug op het delen van
    het plan?": a reproach turned into looking back on the act; "Had je dat niet beter
    met X afgestemd?" names the act in its participle. REPROACH when the act has more
    than one verb or object."""
    lowered = lower(words)
    if lowered[0] not in {"had", "hadden", "hadt"} or "niet" not in lowered or lowered[1] not in YOU:
        return None
    modal = next((n for n, w in enumerate(lowered) if w in {"moeten", "kunnen"}), None)
    if modal is None:
        at = next((n for n, w in enumerate(lowered) if n > 2 and is_participle(w, final=True)), None)
        act = lemma_table().get(lowered[at], "") if at is not None else ""
        if not act.endswith("en") or at + 1 < len(words) and lowered[at + 1] not in PREPOSITIONS:
            return None
        words = words[:at] + ["moeten", act] + words[at + 1:]
        lowered, modal = lower(words), at
    if modal + 1 >= len(words):
        return None
    verb, tail = words[modal + 1], words[modal + 2:]
    if tail and tail[0].lower() not in PREPOSITIONS | SUBORDINATORS | {"voordat", "nadat", "zodat"}:
        return REPROACH  # "zien aankomen", "af moeten hebben"
    middle = [w for w in words[2:modal] if w.lower() not in PARTICLES | {"niet", "eerst", "eerder", "beter", "ff"}]
    if middle and middle[0].lower() in {"dat", "het", "dit"} and not noun_phrase(middle[:2]):
        middle = middle[1:]  # "dat" stands for the act itself
    found = noun_phrase(middle, definite=False) if middle else None
    object_, places = (["van"] + found[2], middle[found[1]:]) if found and found[0] == 0 else ([], middle)
    if places and (places[0].lower() not in PREPOSITIONS or noun_phrase(places[1:]) is None and
                   places[-1].lower() not in {"mij", "me", "ons", "hen", "haar", "hem", "elkaar"}):
        return REPROACH  # two objects: "de ouders een brief sturen"
    act = " ".join(["het", verb.lower(), say(object_), say(places), say(tail)])
    return as_question(f"Hoe kijken jullie terug op {act}" if lowered[1] == "jullie" else f"Hoe kijk je terug op {act}")


def _perfect(words: List[str]) -> Optional[str]:
    """"Heb je de ouders ingelicht?" -> "Hoe heb je de ouders ingelicht?": a perfect
    tense of the teacher's own doing takes "Hoe" in front."""
    lowered = lower(words)
    if len(words) < 3 or lowered[0] not in PERFECT or lowered[1] not in YOU or "niet" in lowered:
        return None
    body = [w for w in words if w.lower() not in PARTICLES]
    low = lower(body)
    if subordinate_at(low) is not None:
        return None  # "Ben je tevreden over hoe het gelopen is?": the participle is not this verb's
    if not any(is_participle(low[n], final=n + 1 == len(body) or low[n + 1] in PREPOSITIONS)
               for n in range(2, len(body))):
        return None
    return as_question(f"Hoe {say(body)}")


def _modal(words: List[str]) -> Optional[str]:
    """"Kun je dat volgend jaar weer doen?" -> "Hoe zou je dat volgend jaar weer doen?";
    advice ("Kun je niet beter X doen?") -> "Hoe zou het zijn als je X zou doen?"."""
    lowered = lower(words)
    if lowered[0] not in MODALS or len(words) < 3:
        return None
    you = lowered[1] in YOU
    body = [w for w in words[2:] if w.lower() not in PARTICLES]
    advice = "niet" in lower(body) and lowered[0] not in {"mag", "mogen", "mocht"}
    body = [w for n, w in enumerate(body) if not advice or w.lower() not in {"niet", "beter", "liever", "eerst"} and
            not (w.lower() == "wat" and n + 1 < len(body) and body[n + 1].lower() == "beter")]
    low = lower(body)
    ends = [n for n in range(len(body)) if is_infinitive(low[n]) and not is_plural(low[n]) and
            (n + 1 == len(body) or low[n + 1] in PREPOSITIONS)]
    if not ends or not all(w in PREPOSITIONS | DETERMINERS or not w.endswith("en") or is_plural(w)
                           for w in low[ends[-1] + 1:]):
        return None
    verb = ends[-1]
    while verb > 0 and low[verb - 1] in {"kunnen", "gaan", "laten", "willen", "moeten", "blijven", "komen"}:
        verb -= 1  # "zou kunnen praten": "zou" before the whole verb cluster
    if you and advice:
        return as_question(f"Hoe zou het zijn als {lowered[1]} {say(body[:verb])} zou {say(body[verb:])}")
    if you and lowered[0] in {"mag", "mogen", "moet", "moeten", "moest", "kon", "mocht"}:
        return None  # a rule or a reproach, no plan to ask about
    if you:
        return as_question(f"Hoe zou {'jullie' if lowered[1] == 'jullie' else 'je'} {say(body)}")
    if lowered[1] in {"dat", "het", "dit", "er"} or len(body) < 2:
        return None
    return as_question(f"Hoe {lowered[0]} {say([words[1]] + body)}")


def _copula(words: List[str]) -> Optional[str]:
    """"Was het druk?" -> "Hoe druk was het voor jou?"; "Is de printer al gemaakt?" ->
    "Hoe staat het met de printer?"; "Zijn er al aanmeldingen?" -> "Hoe staat het met
    aanmeldingen?"; "Zijn de kids gemotiveerder?" -> "In hoeverre zijn de kids …?"."""
    lowered = lower(words)
    rest = [w for w in words[1:] if w.lower() not in PARTICLES]
    rest_lowered = lower(rest)
    if rest_lowered[:1] == ["er"] and len(rest) > 1:
        found = noun_phrase(rest, 1, definite=False)
        if found and all(w in {"nog", "ook", "meer"} for w in rest_lowered[1:found[0]]):
            tail = rest[found[1]:]
            tail = tail if tail and tail[0].lower() in PREPOSITIONS | {"die", "dat", "om"} and not any(
                is_participle(w.lower(), final=True) for w in tail) else []
            phrase = [w for w in found[2] if w.lower() not in {"veel", "weinig", "genoeg", "meer"}] + tail
            if lowered[0] in {"was", "waren"}:
                return as_question(f"Wat kun je me vertellen over de {say(phrase)}")
            return as_question(f"Hoe staat het met {say(phrase)}")
    subject = noun_phrase(words, 1)
    if rest_lowered[0] in PRONOUNS and not (subject and subject[0] == 1):
        return _pronoun_copula(words, rest)
    found = noun_phrase(rest)
    if not found or found[0] != 0:
        return None
    after = [w for w in rest_lowered[found[1]:] if w not in {"niet", "juist", "ook", "er"}]
    degree = _degree(after)
    if degree:  # "Was de workshop druk?" -> "Hoe druk was de workshop?"
        tail = [w for w in rest[found[1]:] if w.lower() not in {"niet", "juist", "ook", degree}]
        return as_question(f"Hoe {degree} {lowered[0]} {say(rest[:found[1]] + tail)}")
    if after and (after[0] in VERDICTS | GRADABLE or after[0].endswith(("er", "ig", "baar", "ief")) and
                  not is_noun(after[0])):
        return as_question(f"In hoeverre {lowered[0]} {say([w for w in rest if w.lower() not in {'niet', 'juist'}])}")
    return f"Hoe staat het met {say(found[2])}?"


def _degree(after: List[str]) -> Optional[str]:
    """The adjective of degree that follows a subject ("druk", "tevreden", "trots op"),
    for "Hoe druk was …?"; not a comparative ("zelfstandiger": "In hoeverre …") nor a
    state ("kapot", "akkoord": "Hoe staat het met …?")."""
    if not after or len(after) > 1 and after[1] not in PREPOSITIONS | {"er"}:
        return None
    word = after[0]
    gradable = word in GRADABLE | VERDICTS | {"druk", "moe", "groot", "lang", "zwaar"} or word.endswith(
        ("ig", "baar", "lijk", "zaam", "eus")) and not is_noun(word)
    return word if gradable and word not in {"klaar", "akkoord", "gelukt", "goed", "beter", "zeker"} else None


def _pronoun_copula(words: List[str], rest: List[str]) -> Optional[str]:
    """"Is/Ben/Was" with a pronoun subject: a degree for an adjective ("Ben je er
    tevreden over?" -> "Hoe tevreden ben je erover?"), the act for a participle ("Is dat
    afgestemd met de MR?" -> "Hoe staat het met het afstemmen met de MR?")."""
    verb, rest_lowered = words[0].lower(), lower(rest)
    adjective = _adjective(words)
    if adjective and adjective.endswith("er") and adjective not in GRADABLE | VERDICTS:
        return as_question(f"In hoeverre {verb} {say([w for w in rest if w.lower() != 'niet'])}")
    if adjective:
        body = [w for w in rest if w.lower() not in {"niet", "te", "erg", "ook", adjective, "echt"}]
        extra = " voor jou" if len(body) == 1 and body[0].lower() in {"het", "dat", "dit"} else ""
        return as_question(f"Hoe {adjective} {verb} {say(body)}{extra}")
    participle = next((n for n, w in enumerate(rest_lowered) if is_participle(w)), None)
    if participle is not None and rest_lowered[participle] != "gelukt" and subordinate_at(rest_lowered) is None:
        found = noun_phrase(rest[:participle], 1)
        if found:
            return f"Hoe staat het met {say(found[2])}?"
        act = lemma_table().get(rest_lowered[participle], "")
        return as_question(f"Hoe staat het met het {act} {say(rest[participle + 1:])}") if act.endswith("en") else None
    if rest_lowered[-1] == "gelukt":
        return f"Hoe {verb if verb in {'is', 'was'} else 'is'} het gegaan?"
    if len(rest) > 2 and rest_lowered[1] in {"een", "geen"}:  # "Was dat geen goed moment?"
        return as_question(f"In hoeverre {verb} {say(['een' if w.lower() == 'geen' else w for w in rest])}")
    return None


def _adjective(words: List[str]) -> Optional[str]:
    """The predicate of "Is dat (niet te) ambitieus?", "Ben je er tevreden over?": the
    first word after the pronoun subject, at the end or before a preposition."""
    body = [w for w in lower(words)[1:] if w not in PARTICLES | set(
        "niet te zelf ook er erg nog nu echt wat nogal best heel zo veel".split())]
    if len(body) < 2 or body[0] not in PRONOUNS or len(body) > 2 and body[2] not in PREPOSITIONS | SUBORDINATORS:
        return None
    word = body[1]
    if word in lexicon.FINITE_VERBS | TIME_WORDS | {"klaar", "goed", "gelukt", "beter"} or \
            is_participle(word, final=True) or not content_word(word):
        return None
    if word in VERDICTS | GRADABLE | {"druk", "moe", "proof"} or word.endswith(
            ("ig", "baar", "lijk", "isch", "ief", "zaam", "eus", "der")) or not looks_like_noun(word) and \
            word not in ADVERBS:
        return word
    return None


def _verdict(words: List[str]) -> Optional[str]:
    """"Vinden de kinderen het leuk?" -> "Wat vinden de kinderen ervan?"; "Vind je het
    lastig om …" -> "Hoe vind je het om …?"; "Vind je dat het gelukt is?" -> "Hoe is het
    volgens jou gegaan?"."""
    lowered = lower(words)
    clause = _clause_after(words, ("om", "dat"))
    if clause and clause[0].lower() == "om":
        found = noun_phrase(words, 1)
        subject = words[1:found[1]] if found and found[0] == 1 else [words[1].lower()]
        return as_question(f"Hoe {lowered[0]} {say(subject)} het {say(clause)}")
    if clause:
        return _course(clause[1:])
    body = [w for w in words[1:] if w.lower() not in PARTICLES | {"ook", "niet", "nog", "zelf"}]
    judged = [n for n, w in enumerate(lower(body)) if w in VERDICTS | {"saai", "interessant", "mooi", "nodig"}]
    if judged and judged[-1] < len(body) - 1 and "het" in lower(body[:judged[-1]]):
        # "Vinden de kids het fijn met twee juffen?" -> "Hoe vinden de kids het met twee juffen?"
        return as_question(f"Hoe {lowered[0]} {say(body[:judged[-1]] + body[judged[-1] + 1:])}")
    if judged and judged[-1] == len(body) - 1:
        body = body[:-1]
    if not body:
        return None
    subject_end = 1 if body[0].lower() in PRONOUNS else (noun_phrase(body) or (0, 1))[1]
    subject, thing = body[:subject_end], body[subject_end:]
    if not thing or lower(thing) in (["het"], ["dat"], ["dit"], ["er"], ["hem"], ["ze"]):
        return as_question(f"Wat {lowered[0]} {say(subject)} ervan")
    found = noun_phrase(thing)
    if found and found[0] == 0:
        return as_question(f"Wat {lowered[0]} {say(subject)} van {say(thing[:found[1]])}")
    return None


def _leading(lowered: List[str]) -> bool:
    """"Denk je niet dat…", "Is het niet beter om…", "Is het geen idee om…"."""
    if len(lowered) <= 3 or lowered[0] not in lexicon.FINITE_VERBS:
        return False
    negation = next((n for n in range(1, 4) if lowered[n] in {"niet", "geen"}), None)
    return negation is not None and ("dat" in lowered[negation + 1:negation + 5] or "om" in lowered or
                                     "als" in lowered[3:] or lowered[-2] == "te")


def _leading_question(words: List[str]) -> str:
    """A question that asks to confirm the leader's view asks the teacher's own:
    "Is het niet beter om eerst te testen?" -> "Hoe kijk jij ertegen aan om eerst te
    testen?"; "Denk je niet dat de planning te krap is?" -> "Wat denk jij zelf over de
    planning?"."""
    lowered = lower(words)
    clause = _clause_after(words, ("om", "als") if lowered[1] in {"het", "dat", "dit"} else ("om",)) or \
        _te_clause(words)
    if clause:
        return as_question(f"Hoe kijk jij ertegen aan {say(clause)}")
    if "dat" in lowered:
        after = words[lowered.index("dat") + 1:]
        found = noun_phrase(after)
        result = f"Wat denk jij zelf over {say(found[2])}?" if found else _course(after)
        if result:
            return result
    result = _modal(words)
    found = noun_phrase(words[1:])
    adjective = _adjective(words)
    if result:
        return result
    if found:
        return f"Wat denk jij zelf over {say(found[2])}?"
    return f"Hoe {adjective} vind jij het zelf?" if adjective else "Wat denk jij zelf? Hoe zie jij het?"


def _course(clause: List[str]) -> Optional[str]:
    """"het wat rommelig is verlopen" -> "Hoe is het volgens jou verlopen?"."""
    lowered = lower(clause)
    if not clause or lowered[0] not in {"het", "dat", "dit"}:
        return None
    if len(lowered) > 2 and lowered[-2] in {"is", "was"} and (
            is_participle(lowered[-1]) or lowered[-1] in infinitives()):
        return f"Hoe {lowered[-2]} het volgens jou {clause[-1]}?"
    if lowered[-1] in {"is", "was"}:  # "dat het gelukt is", "dat het rommelig was"
        return f"Hoe {lowered[-1]} het volgens jou{' gegaan' if 'gelukt' in lowered else ''}?"
    if lowered[-1] in GOING and looks_like_verb(lowered[-1]):
        return f"Hoe {lowered[-1]} het volgens jou?"
    return None


def _open_order(words: List[str]) -> Optional[str]:
    """The verb-first order with a wh-word in front: "Wat" for a verb of knowing without
    an object ("Weten de ouders ervan?"), "Hoe" for a way of working ("Gebruiken de
    kinderen de klok?"), otherwise "In hoeverre" ("Lezen ze ook thuis meer?")."""
    lowered = lower(words)
    first = lowered[0]
    third_person_perfect = first in PERFECT and lowered[1] not in PRONOUNS and any(map(is_participle, lowered))
    if len(words) < 2 or first in COPULAS | MODALS | PERFECT - HAVE and not third_person_perfect:
        return None
    if lowered[1] == "ik":  # "Begrijp ik goed dat…": the leader checks; ask about the subject instead
        return None
    subject = noun_phrase(words, 1)
    subject_end = subject[1] if subject and subject[0] == 1 else 2 if lowered[1] in PRONOUNS else 0
    if subject_end < 2:
        return None
    body = [w for w in words[1:] if w.lower() not in PARTICLES | {"niet"}]
    rest = lowered[subject_end:]
    pointers = all(w.startswith(("er", "daar", "hier")) or w in PREPOSITIONS | PARTICLES | {"nu", "zelf", "ook"}
                   for w in rest)
    if first in THINKING and pointers and lowered[-1] not in SEPARABLE:
        return as_question(f"Wat {first} {say(body)}")
    if first in {"klinkt", "lijkt", "leek"} and set(rest) & {"alsof", "dat"}:
        return None  # "Het klinkt alsof…?" mirrors the teacher: ask about its subject
    timing = set(rest) & (TIME_WORDS | {"elke", "vaak", "nog", "steeds", "altijd", "al", "meer"})
    return as_question(f"{'Hoe' if first in MANNER and not timing else 'In hoeverre'} {first} {say(body)}")
