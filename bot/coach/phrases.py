"""Dutch words and noun phrases for the rewrite of a closed question (``rewrite.py``).

There is no Dutch tagger on this machine, so word classes come from spaCy's lemma table
(``bot.nlp.lemma_table``), its stop words and the small lists below: a finite verb, a
participle ("geregeld", "afgestemd"), an infinitive, a plural, an inflected adjective
("nieuwe", "digitale"), a noun. ``noun_phrase`` finds the first noun phrase of a clause
with its article and its "van …" ("de allergielijst van alle leerlingen"; a bare noun
gets "de" or "het": "toestemming" -> "de toestemming", "leesplan" -> "het leesplan");
``spell_out`` writes chat and Flemish spelling out ("t" -> "het", "lln" -> "leerlingen",
"hebt ge" -> "heb je"); ``as_question`` makes words a question ("er over" -> "erover").
Misses: a word the lemma table does not know can be read as a noun; a noun's gender
comes from a list of "het"-words, so a rare "het"-word gets "de".
"""

from __future__ import annotations

import functools
import re
from typing import List, Optional

from bot.analysis import lexicon
from bot.analysis.nouns import ADVERBS, looks_like_noun
from bot.analysis.nouns import PREPOSITIONS as PARTICLE_PREPOSITIONS
from bot.analysis.question_form import looks_like_verb
from bot.nlp import lemma_table, stop_words

# --- Word lists (whitespace-separated, as in the lexicon) ----------------------------

#: Chat and Flemish spelling written out (the analysis's table, without the Flemish
#: words that are no spelling and the leader's own "kids").
CHAT_WORDS = {
    **{k: v for k, v in lexicon.INFORMAL.items() if k not in set(
        "leerkracht leerkrachten schoon straf wreed goesting plezant rap lk lkr ok oke okay okee zo'n kids".split())},
    "hadde": "had", "hadt": "had", "waart": "was", "hoelang": "hoe lang", "ene": "een", "he": "hè", "hé": "hè",
    "mr": "MR", "mt": "MT", "ib": "IB", "ict": "ICT",
}
#: Words a message may open with that belong to no question ("ok, …", "allee, …").
OPENERS = lexicon.LEADING_FILLERS | {"oké", "ff", "allee", "amai", "mooi", "zo"}
#: Words left out of a rewrite: they press for a yes ("toch", "wel") or say "already".
PARTICLES = set("wel al eigenlijk nou even toch dus hè gewoon zomaar precies inmiddels misschien ooit reeds "
                "werkelijk".split())
PREPOSITIONS = PARTICLE_PREPOSITIONS | set(
    "met via per tijdens sinds vanaf tot conform volgens vanwege wegens ondanks richting rondom naast".split())
SEPARABLE = tuple("af aan bij door in mee na op om toe uit vast vrij weg terug samen los klaar voor langs rond "
                  "tegen".split())
SUBORDINATORS = set("hoe dat of als wat waar wie wanneer omdat zodat alsof".split())
PRONOUNS = set("je jij u jullie ze zij hij het dat dit we wij ik men die deze iedereen alles er iemand niemand".split())
YOU = {"je", "jij", "u", "jullie"}
DETERMINERS = set("de het een je jouw die deze dat dit onze mijn jullie zijn haar hun alle elke welke welk uw zo'n "
                  "ons één geen".split())
ADJECTIVES = set("nieuw vast eigen groot klein digitaal meer veel extra intern extern hele goed oud eerste tweede "
                 "derde vierde vijfde zesde laatste volgende vorige half".split())
NUMBERS = set("een twee drie vier vijf zes zeven acht negen tien twaalf twintig dertig veertig vijftig honderd één "
              "paar beide allebei".split())
#: Verdicts: a yes/no question with one asks for the leader's own judgement.
VERDICTS = set("leuk goed fijn lastig moeilijk makkelijk handig zinvol nuttig prettig spannend zwaar succesvol "
               "gelukt waard positief negatief slecht beter".split())
#: Adjectives of degree: "ouders tevreden?" -> "Hoe tevreden zijn de ouders?".
GRADABLE = set("tevreden blij enthousiast gemotiveerd betrokken zelfstandig rustig bang trots zeker welkom "
               "nieuwsgierig actief creatief bewust geïnteresseerd klaar akkoord".split())
MODALS = set("kun kan kunt kunnen wil wilt willen zou zouden moet moeten mag mogen zal zullen moest kon mocht".split())
#: Time words: never the subject a rewrite keeps ("Ben je er woensdag bij?").
TIME_WORDS = set("januari februari maart april mei juni juli augustus september oktober november december maandag "
                 "dinsdag woensdag donderdag vrijdag zaterdag zondag vandaag morgen gisteren straks vanavond "
                 "vanmiddag thuis tegelijk keer vorig volgend jaar week weken dag dagen maand tijdje meer minder "
                 "zelf verschil weer".split())
#: Words the noun test of nouns.py takes for nouns that never head a noun phrase here.
NOT_NOUNS = set("best vlak nou allee beetje elkaar zoiets niks niets iets iemand eerste tweede derde laatste volgende "
                "andere zelf samen juist soort echt ergens nodig tegelijk buiten binnen thuis heel erg wel min maar "
                "alsof niemand iedereen overal nergens altijd half allemaal hoeveel beste hoogte kost genoeg "
                "voldoende terecht".split())
#: Words in -en that are no infinitive.
NOT_VERBS = set("even tegen boven samen binnen buiten tussen open alleen meteen beneden misschien zonder volgen "
                "verder eigen ergens".split())
#: Plurals the lemma table does not know.
PLURALS = set("kosten ouders uren kinderen kids lln leerlingen mensen collega's".split())
#: Words in -d/-t/-en with a participle's prefix that are nouns ("gebied", "bericht").
NOT_PARTICIPLES = set("gebied gebieden gebouwen gedachten geheugen geduld gezinnen gemeenten bericht berichten "
                      "verband bestand verzet beleid gedicht gedichten gezicht gewicht gerecht verbod besluit bezit "
                      "verstand gebit geluid verhalen beroepen besturen gebruiken gevolgen bezoeken verschillen "
                      "gesprekken beginnen verslagen gemiddeld verbeteren verdelen betrekken bespreken".split())
#: Nouns that take "het" (compounds too: "het leesplan"); the others take "de".
HET_WORDS = tuple("plan project netwerk team idee programma budget geld lokaal materiaal verslag werk boek bord "
                  "gesprek overleg resultaat bezoek onderwijs examen formulier document portfolio doel proces "
                  "systeem kind jaar rooster plein lab museum bestuur reglement protocol beleid uitje deel moment "
                  "initiatief onderzoek thema vak platform feest concert toernooi kamp contact contract advies "
                  "gebouw verlof akkoord vervoer papier partnerschap certificaat gereedschap plezier niveau succes "
                  "effect gevoel verhaal spel rapport cijfer schema model mt portaal uur klokje dossier personeel "
                  "stuk bedrag huis punt verstand probleem risico script toestel apparaat".split())
#: Bodies and roles written as abbreviations, with their article.
ACRONYMS = {"mr": "de MR", "mt": "het MT", "ib": "de IB", "ib'er": "de IB'er", "ict": "ICT", "ict'er": "de ict'er"}


# --- Spelling and form ------------------------------------------------------------------

def lower(words: List[str]) -> List[str]:
    return [w.lower() for w in words]


def spell_out(text: str) -> List[str]:
    """The words of a clause with chat and Flemish spelling written out; a Flemish "ge"
    makes "u" the reflexive "je"."""
    flemish = re.search(r"\b(ge|gij)\b", text, re.IGNORECASE) is not None
    words: List[str] = []
    for raw in text.split():
        word = raw.strip(" ?!.…,;:\"()[]")
        if word.startswith("'") and word.lower() != "'t":
            word = word.strip("'")
        lowered = word.lower()
        if flemish and lowered in {"u", "uw"}:
            lowered = word = "je"
        if word:
            words.extend(CHAT_WORDS[lowered].split() if lowered in CHAT_WORDS else [word])
    return drop_verb_t(words)


def drop_verb_t(words: List[str]) -> List[str]:
    """"hebt je" -> "heb je", "bent jij" -> "ben jij": a verb before "je" loses its -t."""
    words = list(words)
    for n, word in enumerate(words[:-1]):
        lowered = word.lower()
        if words[n + 1].lower() in {"je", "jij"} and lowered.endswith("t") and len(lowered) > 2:
            stem = {"gaat": "ga", "staat": "sta", "slaat": "sla", "bent": "ben"}.get(lowered, lowered[:-1])
            if stem in lexicon.FINITE_VERBS or lemma_table().get(stem) and \
                    lemma_table().get(stem) == lemma_table().get(lowered):
                words[n] = stem if word.islower() else stem.capitalize()
    return words


def is_common_word(word: str) -> bool:
    """Whether a capitalised word at the start of a sentence is a common word, not a
    name ("Ouders al ingelicht?" against "Karin al gebeld?")."""
    lowered = word.lower()
    if word.isupper() or not word[:1].isupper():
        return False
    return lowered in lemma_table() or lowered in infinitives() or lowered in stop_words() or \
        lowered in common_words() or is_plural(lowered) or lowered in _lemmas() or \
        len(lowered) > 6 and _head_part(lowered) != lowered


def common_words() -> set:
    return lexicon.FINITE_VERBS | PRONOUNS | DETERMINERS | OPENERS | PARTICLES | {"hoeveel", "wie", "wanneer"}


def say(words) -> str:
    """Words as they go into a rewrite: the first one without its capital (unless it
    is a name or an abbreviation)."""
    words = list(words)
    first = words[0].lower() if words else ""
    if words and words[0][:1].isupper() and not (words[0].isupper() and len(words[0]) > 1) and (
            first in common_words() or first in lemma_table() or first in infinitives() or looks_like_verb(first)):
        words[0] = first
    return " ".join(words)


def as_question(text: str) -> str:
    """The words as a question: a capital, single spaces, "er over" -> "erover" before a
    verb or at the end ("Hoe ben je eraan begonnen?")."""
    words = re.sub(r"\s+", " ", text).strip().split(" ")
    for n in range(len(words) - 2, -1, -1):
        following = words[n + 2].lower() if n + 2 < len(words) else ""
        if words[n].lower() == "er" and words[n + 1].lower() in PARTICLE_PREPOSITIONS and (
                not following or following in PARTICLE_PREPOSITIONS | SUBORDINATORS
                or is_participle(following, final=True) or is_infinitive(following)):
            words[n:n + 2] = ["er" + words[n + 1].lower()]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "?"


# --- Word classes (no tagger: the lemma table and the lists above) --------------------

@functools.lru_cache(maxsize=1)
def _lemmas() -> frozenset:
    return frozenset(lemma_table().values())


@functools.lru_cache(maxsize=1)
def infinitives() -> frozenset:
    return frozenset(v for v in _lemmas() if v.endswith("en"))


def is_verb(word: str) -> bool:
    """A finite verb form: listed, or known to the lemma table ("voelden" -> "voelen")."""
    lemma = lemma_table().get(word, word)
    return word in lexicon.FINITE_VERBS | {"kost", "kostte", "betaalt", "telt", "heet"} or looks_like_verb(word) or (
        lemma != word and lemma.endswith("en") and word.startswith(lemma[:-2]) and not is_participle(word))


def is_participle(word: str, final: bool = False) -> bool:
    """A past participle ("geregeld", "besproken", "afgestemd"). The lemma table misses
    many; then a ge-word in -d/-t counts, and a be-/ver-/ont-/ge-word in -en only at the
    end of the clause (``final``), where plurals ("gebouwen") rarely stand."""
    word = word.lower()
    lemma = lemma_table().get(word, word)
    if word in {"begonnen", "gebleven", "gegaan", "gekomen", "gedaan", "gezien", "besloten", "vergeten", "geweest"}:
        return True
    inner = word.find("ge", 2)  # "goedgekeurd": a prefix before "ge" that the verb has too
    separable_ge = any(word.startswith(p + "ge") for p in SEPARABLE) or inner > 1 and lemma != word and \
        lemma.startswith(word[:inner]) and not lemma[inner:].startswith("ge")
    if lemma != word and lemma.endswith("en") and word[-1] in "dtn" and (
            word.startswith(("ge", "be", "ver", "ont", "her", "over", "er")) or separable_ge):
        return True
    if lemma != word or word in NOT_PARTICIPLES or len(word) < 5:
        return False
    return (word.startswith("ge") or separable_ge) and word.endswith(("d", "t")) or \
        final and word.startswith(("ge", "be", "ver", "ont")) and word.endswith(("d", "t", "en"))


def is_infinitive(word: str) -> bool:
    """Whether a word can be an infinitive ("bespreken", "meegaan"), not a plural
    ("kinderen") or an adverb ("even", "samen")."""
    return word.endswith(("en", "an")) and len(word) > 3 and (word in lexicon.FINITE_VERBS or not is_plural(word)) \
        and word not in DETERMINERS | PRONOUNS | PREPOSITIONS | NOT_VERBS | ADVERBS | PARTICLES


def is_plural(noun: str) -> bool:
    noun = noun.lower()
    lemma = lemma_table().get(noun, noun)
    if lemma != noun and noun.startswith(lemma[:3]) and noun.endswith(("en", "s", "'s")) or \
            noun.endswith(("'s", "ers", "ingen", "iteiten")) or noun in PLURALS:
        return True
    part = _head_part(noun)  # "leesboeken": "boeken" is the plural of "boek"
    lemma = lemma_table().get(part, part)
    return part != noun and lemma != part and part.startswith(lemma[:3]) and part.endswith(("en", "s"))


def _head_part(noun: str) -> str:
    """The last part of a compound that the lemma table knows ("tutorlezen" -> "lezen")."""
    return next((noun[n:] for n in range(1, len(noun) - 3)
                 if noun[n:] in lemma_table() or noun[n:] in infinitives()), noun)


def article(noun: str) -> str:
    """"de" or "het" for a bare noun ("toestemming" -> "de", "leesplan" -> "het",
    "tutorlezen" -> "het": a verb as a noun)."""
    lowered = noun.lower()
    doubled = lowered.endswith("en") and len(lowered) > 5 and lowered[-3] == lowered[-4] and (
        lowered[:-3] in lemma_table() or lowered[:-3] in _lemmas())  # "lessen", "bakken"
    if is_plural(lowered) or doubled:
        return "de"
    if lowered.endswith(("je", "isme", "ment")) or lowered.endswith(HET_WORDS):
        return "het"
    part = _head_part(lowered)
    if lowered.endswith("en") and lemma_table().get(part) is None and (part in infinitives() or "-" in lowered):
        return "het"
    return "de"


def is_inflected(word: str) -> bool:
    """An adjective with its -e ("nieuwe", "vaste", "digitale", "volgende"), not a noun
    in -e ("methode", "offerte")."""
    if not word.endswith("e") or word.endswith("je") or len(word) < 4:
        return False
    if word in NUMBERS | ADJECTIVES or word.endswith(("ige", "lijke", "ische", "bare", "ende", "ste", "ere", "se")):
        return True
    bases = [word[:-1], word[:-2] + word[-3] + word[-2]] + ([word[:-2]] if word[-2] == word[-3] else [])
    return any(is_participle(base, final=True) or base in stop_words() or base in ADJECTIVES | VERDICTS | GRADABLE
               or lemma_table().get(base) == base or base in _lemmas() and not looks_like_verb(base)
               for base in bases)


def is_comparative(word: str) -> bool:
    """"zelfstandiger", "rustiger", "beter": an adjective in -er, not a noun ("rooster")."""
    base = word[:-2]
    return word.endswith("er") and (word in VERDICTS or base in GRADABLE | VERDICTS | ADJECTIVES or base in stop_words()
                                    or base.endswith(("ig", "lijk", "baar", "zaam", "isch")))


def is_noun(word: str, previous: str = "", after_determiner: bool = False, final: bool = False) -> bool:
    """Whether a word can head a noun phrase; after a determiner a word that is also a
    verb form counts too ("het plan", "de start")."""
    lowered = word.lower()
    if lowered in ACRONYMS or word.isupper() and 1 < len(word) <= 5 and word.isalpha():
        return True  # "MR", "AVG"
    if previous in {"te", "zo", "erg", "heel", "best", "nogal", "wat", "niet"} or lowered in TIME_WORDS | VERDICTS \
            | PREPOSITIONS | NOT_NOUNS | NUMBERS or lowered.endswith("end") and lowered[:-1] in infinitives() or \
            is_participle(lowered, final):
        return False
    if after_determiner and lowered in lexicon.FINITE_VERBS and lowered.isalpha() and len(lowered) > 2:
        return lowered not in stop_words() and not lowered.endswith("t") or lowered in {"start", "test", "uitleg"}
    return looks_like_noun(lowered)


# --- Noun phrases ---------------------------------------------------------------------

def noun_phrase(words: List[str], start: int = 0, definite: bool = True):
    """The first noun phrase from ``start``: (first index, end index, its words).
    "de allergielijst van alle lln" -> "de allergielijst van alle leerlingen"; a bare
    singular noun gets its article when ``definite`` ("toestemming" -> "de toestemming")."""
    lowered = lower(words)
    for n in range(start, len(words)):
        word, previous = lowered[n], lowered[n - 1] if n else ""
        following = lowered[n + 1] if n + 1 < len(words) else ""
        if word in ACRONYMS and previous not in DETERMINERS:
            return _with_complement(words, n, n + 1, ACRONYMS[word].split())
        after_copula = previous in {"is", "was", "zijn", "waren", "wordt"} and following and is_noun(
            words[n + 1], word, after_determiner=True)  # "Wie is je aanspreekpunt?"
        possessive = word in {"je", "jouw", "jullie", "uw", "mijn", "onze", "hun", "haar", "zijn"} and (not (
            previous in lexicon.FINITE_VERBS | MODALS or looks_like_verb(previous)) or after_copula)
        if word in DETERMINERS - {"je", "jullie", "zijn", "haar", "uw"} or possessive:
            head = _head(words, n)
            if head is not None and word != "geen":  # "geen goed moment" is no subject
                first = [article(lowered[head])] if word in {"welke", "welk"} else [words[n]]
                return _with_complement(words, n, head + 1, first + words[n + 1:head + 1])
            continue
        final = not following or following in PREPOSITIONS | SUBORDINATORS
        verb_like = word.endswith("en") and not is_plural(word) and previous in lexicon.FINITE_VERBS | MODALS or \
            following in YOU | {"ik", "we"}  # "stuur ik…"
        if not is_noun(words[n], previous, final=final) or previous in {"om", "te", "ten", "ter"} or verb_like:
            continue
        last = not following and previous not in lexicon.FINITE_VERBS | MODALS  # "… wil je evalueren"
        if word.endswith("en") and not (is_plural(word) or n == 0 or last) or \
                is_inflected(word) and following and is_noun(words[n + 1]):
            continue  # "laten" is a verb here; "buitenschoolse" an adjective of the next noun
        first = n
        while first > start and (lowered[first - 1] in ADJECTIVES | NUMBERS or lowered[first - 1].isdigit() or (
                is_inflected(lowered[first - 1]) and lowered[first - 1] not in DETERMINERS)):
            first -= 1  # "andere scholen", "twee computers"
        end = n + 2 if following.isdigit() else n + 1  # "groep 4"
        phrase = words[first:end]
        name = words[n][:1].isupper() and not words[n].isupper()
        if definite and not (name or end == n + 2) and (first == n or is_plural(word)):
            phrase = [article(word)] + phrase
        return _with_complement(words, first, end, phrase)
    return None


def _head(words: List[str], n: int) -> Optional[int]:
    """The noun after the determiner at ``n``, past adjectives and numbers ("de volgende
    bijeenkomst", "die twintig minuten"); None when none follows."""
    lowered = lower(words)
    if lowered[n] == "het" and n > 0 and lowered[n - 1] in lexicon.FINITE_VERBS and n + 2 == len(words):
        return None  # "is het druk": a predicate
    for k in range(n + 1, min(n + 4, len(words))):
        if lowered[k] in DETERMINERS | PRONOUNS:
            return None
        final = k + 1 == len(words) or lowered[k + 1] in PREPOSITIONS
        after_final = k + 2 >= len(words) or lowered[k + 2] in PREPOSITIONS | {"te"}
        adjective = is_inflected(lowered[k]) and k + 1 < len(words) and is_noun(
            words[k + 1], lowered[k], after_determiner=True, final=after_final)
        if is_noun(words[k], lowered[k - 1], after_determiner=True, final=final) and not adjective:
            if lowered[n] in {"het", "dat", "dit"} and is_plural(lowered[k]) and lowered[k] not in lexicon.FINITE_VERBS:
                return None  # "dat kosten": a plural takes "de", "die"
            return k
        if lowered[n] == "het" and k == n + 1 and lowered[k].endswith("en") and n > 0 and \
                lowered[n - 1] in PREPOSITIONS and lowered[k] not in lexicon.FINITE_VERBS:
            return k  # "met het co-teachen": a verb as a noun
        if not (adjective or is_participle(lowered[k]) or lowered[k] in NUMBERS | ADJECTIVES or lowered[k].isdigit()):
            return None
    return None


def object_phrase(words: List[str], start: int):
    """The noun phrase a verb is about: the first one outside a prepositional phrase
    ("Heb je voor die busrit toestemming van de ouders?" -> "toestemming van de ouders"),
    else the first one."""
    phrases, n = [], start
    while True:
        found = noun_phrase(words, n)
        if not found:
            break
        phrases.append(found)
        n = found[1]
    free = [f for f in phrases if f[0] == 0 or words[f[0] - 1].lower() not in PREPOSITIONS]
    return (free or phrases or [None])[0]


def _with_complement(words, first, end, phrase):
    """A noun phrase with its "van …" ("de datum van de presentatie"); an indefinite one
    with its "voor …" too ("een naam voor de krant")."""
    lowered = lower(words)
    if end + 1 < len(words) and (lowered[end] == "van" or lowered[end] == "voor" and phrase[0].lower() == "een"):
        inner = noun_phrase(words, end + 1, definite=False)
        if inner and inner[0] == end + 1:
            return first, inner[1], phrase + [lowered[end]] + inner[2]
    return first, end, phrase


def subordinate_at(lowered: List[str]) -> Optional[int]:
    """Where a subordinate clause starts ("… dat de methode verplicht is"); "dat" right
    after the verb and its subject is an object ("Heb je dat al gedaan?")."""
    for n, word in enumerate(lowered):
        if n >= 2 and word in SUBORDINATORS and (word != "dat" or n + 1 < len(lowered) and lowered[n + 1] in
                                                 PRONOUNS | DETERMINERS - {"dat"}):
            return n
    return None
