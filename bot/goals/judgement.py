"""Is a project's stated aim a goal or a means? The seed's rule of thumb ("Kun je de zin
formuleren met het woord *leerlingen* aan het begin, dan is het een doel, zo niet: dan
praat je over middelen") is where it starts; what decides is whether the sentence says
what pupils *gain*.

A statement is read clause by clause (split at commas and at joints such as "zodat",
"waardoor", "om"). A clause is a pupil outcome when

- pupils are its subject ("De leerlingen…", "Zwakke lezers…", "Groep 5…", "Meer
  leerlingen…", or "ze"/"zij" after pupils were named) and it says what they learn, can
  do, know, dare, feel or achieve (``lexicon.OUTCOME_*``): "Leerlingen lezen
  vloeiender", "Kleuters durven te vertellen in de kring";
- or it is a nominal aim that raises an outcome or lowers a problem of pupils: "Het
  vergroten van het leesplezier van de leerlingen", "Het terugdringen van het verzuim
  onder de leerlingen", or names a result of theirs: "Meer voldoendes voor rekenen".

Pupils who only *do* or *get* something (an activity, a resource, time: "Leerlingen
werken elke dag op de computer", "Brugklassers krijgen een huiswerkklas"), an ability
that is only an opportunity ("kunnen elke dag op de computer werken"), pupils as
beneficiaries ("Beter onderwijs voor alle kinderen"), and aims about teachers, the
school or parents are means. "Kinderen zelfstandig laten oefenen" is the school's
activity (it *lets* them) with a goal inside it: a means, whose reformulation the
coaching offers (bot/goals/coaching.py).

Misses: a pupil gain named only by an activity verb with no word of gain ("Kinderen
lossen ruzies zelf op" is caught by "zelf", "Leerlingen presenteren" is read as an
outcome verb even when it is only an activity); irony and negation ("Leerlingen leren
niets"); long sentences whose subject comes after a long opening phrase without a
comma are read as one clause.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from bot.analysis.text import normalise_words
from bot.goals import lexicon as L
from bot.nlp import lemma_table, stop_words

GOAL, MEANS = "goal", "means"
#: Prepositions before which pupils are not the subject but a beneficiary or a possessor.
BENEFICIARY = frozenset({"voor", "met", "bij", "aan", "tot", "naar", "behoeve", "over", "per", "onder", "van",
                         "tussen", "door", "namens", "zonder", "in", "uit", "op", "binnen"})
#: "Het aantal leerlingen …", "Een groter aandeel van de studenten …": pupils counted.
SHARE_WORDS = frozenset({"aantal", "aandeel", "percentage", "deel", "helft", "meerderheid", "procent"})
POSSESSOR = frozenset({"van", "onder", "bij"})
DETERMINERS = frozenset({"de", "het", "alle", "onze", "mijn", "ons", "jullie", "deze", "die", "elke", "iedere",
                         "meer", "minder", "veel", "sommige", "zwakke", "sterke", "meerbegaafde", "jonge", "oudere",
                         "nieuwe", "kleine", "aantal", "een", "hun", "hoogbegaafde"})
_SPLIT = re.compile(r"[,;:()\n]|\s[-–]\s")


@dataclass(frozen=True)
class Clause:
    words: Tuple[str, ...]
    lemmas: Tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """What the judgement found: the kind, and the evidence the reason is written from."""

    kind: str
    outcome: Optional[Clause]   # the clause that says what pupils gain (a goal)
    pupils_first: bool          # the statement starts with "leerlingen" (the rule of thumb's word)
    about: str                  # for a means: "pupils_do", "others", "lets", "nominal", "vague"
    subject: Tuple[str, ...]    # the words of the first clause's subject, for the reason


def _lemma(word: str) -> str:
    return lemma_table().get(word) or _verb_forms().get(word, word)


@functools.lru_cache(maxsize=1)
def _verb_forms():
    """Present and past forms of the lexicon's verbs ("kent" -> "kennen", "leest" ->
    "lezen", "behaalt" -> "behalen"): spaCy's Dutch lookup table lacks many of them."""
    forms = {}
    for verb in L.OUTCOME_VERBS | L.ACTIVITY_VERBS:
        if not verb.endswith("en") or len(verb) < 5:
            continue
        stem = verb[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # kenn -> ken
        elif len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiou":
            stem = stem[:-1] + stem[-2] + stem[-1]  # ler -> leer, hal -> haal
        stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])  # durv -> durf, lez -> lees
        for form in (stem, stem + "t", stem + "de", stem + "te", stem + "den", stem + "ten"):
            if form not in stop_words():  # "uit" (of "uiten") stays a preposition
                forms.setdefault(form, verb)
    return forms


def is_pupil(word: str) -> bool:
    return word in L.PUPIL_WORDS or (len(word) > 8 and word.endswith(L.PUPIL_SUFFIXES))


def _strip_frame(words: List[str]) -> List[str]:
    """Without the words that frame the aim: "Het project is geslaagd als …", "Mijn doel
    (is)", and a wish up to its "dat"/"als" ("Ik wil dat …", "Het zou mooi zijn als …",
    "Ons doel voor de onderbouw is dat …", a bare "Dat de kinderen …")."""
    for n, word in enumerate(words[:12]):
        if word in {"dat", "als"} and (n == 0 or set(words[:n]) & L.WANTING):
            return words[n + 1:]
    joined = " ".join(words)
    for frame in sorted(L.FRAMES, key=len, reverse=True):
        if joined == frame or joined.startswith(frame + " "):
            return words[len(frame.split()):]
    return words


def clauses(text: str) -> List[Clause]:
    result = []
    for part in _SPLIT.split(text):
        words = _strip_frame(list(normalise_words(part)))  # "mijn doel:" leaves nothing: the next part is the aim
        # Joints open a new clause: "…, zodat de leerlingen …", "… om zelf te plannen".
        current: List[str] = []
        for word in words:
            if word in {"zodat", "waardoor", "doordat", "opdat", "terwijl", "omdat", "waarbij", "wanneer"} and current:
                result.append(current)
                current = []
            current.append(word)
        if current:
            result.append(current)
    return [Clause(tuple(w), tuple(_lemma(x) for x in w)) for w in result if w]


def _pupil_subject(clause: Clause, pupils_named: bool, carried: bool = False) -> bool:
    """Pupils are the clause's subject: a pupil word not after a preposition, within the
    clause's first words or right after its verb ("verwerven de leerlingen"), "groep 5",
    "de groep/klas" opening the clause, or "ze"/"zij" once pupils were named."""
    words = clause.words
    if carried and words and _verb(words[0]):
        return True  # "Het aantal leerlingen dat …, neemt … af": the subject before the comma
    start = 1 if words and words[0] in {"zodat", "waardoor", "doordat", "opdat", "dat", "en", "als"} else 0
    if len(words) > start and words[start] in {"ze", "zij"} and pupils_named:
        return True
    if len(words) > start + 1 and words[start] == "groep" and words[start + 1][:1].isdigit():
        return True
    head = [w for w in words[start:start + 4] if w not in DETERMINERS and not w[:1].isdigit()
            and w not in {"e", "ste", "de"}]
    if head and (head[0] in L.GROUP_NOUNS or head[0].endswith("klas")) and \
            (words[start] in {"de", "onze", "mijn", "hun", "ons"} or words[start][:1].isdigit()):
        return True  # "mijn 3e klas", "onze 2e graad", "de mentorklas", "groep 5"
    for n, word in enumerate(words):
        if not is_pupil(word):
            continue
        before = [w for w in words[max(0, n - 3):n] if w not in DETERMINERS]
        if before and before[-1] in {"van", "onder"} and len(before) > 1 and (
                before[-2] in SHARE_WORDS or before[-2][:1].isdigit()):
            return True  # "een groter aandeel van de studenten"
        if before and before[-1] in BENEFICIARY:
            continue
        if n - start <= 4:
            return True
        if before and _verb(before[-1]):
            return True  # after its verb: "In het kader van … ontwikkelen alle leerlingen …"
    return False


def _verb(word: str) -> bool:
    lemma = _lemma(word)
    return lemma in L.OUTCOME_VERBS or lemma in L.ACTIVITY_VERBS or word in L.ABILITY or \
        word in {"zijn", "is", "worden", "wordt", "hebben", "heeft", "kunnen", "kan", "gaan", "gaat", "neemt"} or \
        len(word) > 4 and word.endswith("en") and word not in DETERMINERS and not is_pupil(word)


def _has(clause: Clause, words) -> bool:
    return any(lemma in words or word in words for word, lemma in zip(clause.words, clause.lemmas, strict=True))


def _outcome_noun(word: str) -> bool:
    return word in L.OUTCOME_NOUNS or any(
        word.endswith(suffix) and len(word) > len(suffix) + 2
        for suffix in ("vaardigheid", "vaardigheden", "plezier", "begrip", "niveau", "vertrouwen", "resultaten",
                       "prestaties", "kennis", "beheersing", "houding", "competenties"))


def _gain(clause: Clause) -> bool:
    """The clause names something pupils gain (besides a bare "kunnen")."""
    words = clause.words
    joined = " " + " ".join(words) + " "
    counted_change = bool(set(words) & {"neemt", "nemen", "nam", "namen"}) and bool(set(words) & {"af", "toe"})
    less_trouble = " niet meer " in joined or " minder " in joined  # "haken niet meer af", "minder uitschelden"
    permitted = bool(set(words) & {"mogen", "mag"})  # "mogen zelf kiezen": an arrangement
    routine = _has(clause, L.FREQUENCY) and _has(clause, L.ACTIVITY_VERBS)  # "twee keer per jaar … invullen"
    verbs_or_words = _has(clause, L.OUTCOME_VERBS) or (_has(clause, L.OUTCOME_WORDS) and not permitted)
    nouns = not routine and any(_outcome_noun(w) or w in RESULT_NOUNS for w in words)
    return verbs_or_words or counted_change or less_trouble or nouns


def _opportunity(clause: Clause) -> bool:
    """"kunnen elke dag op de computer werken": a chance to do something (time, a
    resource), not an ability they gain."""
    return (_has(clause, L.FREQUENCY) or bool(set(clause.words) & L.RESOURCES)) and not _gain(clause)


def _nominal(clause: Clause) -> Optional[str]:
    """A nominal aim ("Het vergroten van …", "Verbetering van …", "Leesclub starten"):
    "goal", "means", or None when the clause is no nominal aim."""
    words = clause.words
    head = words[1] if len(words) > 1 and words[0] == "het" else words[0] if words else ""
    nominal = words[:1] == ("het",) and len(words) > 2 and head.endswith("en") and words[2] in {"van", "en"} or \
        head.endswith("ing") and len(words) > 1 and words[1] == "van"
    if not nominal:
        return None
    if head not in L.CHANGE_VERBS:
        return "means"  # "Het implementeren van …", "Het realiseren van …"
    rest = words[words.index(head) + 1:]
    if rest[:3] and (set(rest[:3]) & L.MEANS_NOUNS):
        return "means"  # "Het vergroten van het gebruik van …"
    pupils = any(is_pupil(w) for w in rest)
    others = any(w in L.OTHERS for w in rest)
    gain = any(_outcome_noun(w) or w in L.PROBLEM_NOUNS or w.endswith("verzuim") for w in rest)
    if gain and (pupils or not others):
        return "goal"
    return "means"


RESULT_NOUNS = frozenset({"voldoendes", "voldoende", "cijfers", "cijfer", "resultaten", "scores", "score",
                          "leesniveau", "slagingspercentage", "uitstroom", "niveau", "1f", "2f", "1s", "2s", "3f"})


def read(text: str) -> Reading:
    parts = clauses(text)
    if not parts:
        return Reading(MEANS, None, False, "vague", ())
    first = parts[0]
    # The rule of thumb, literally: the sentence begins with the word "leerlingen".
    opening = [w for w in first.words[:3] if w not in DETERMINERS]
    pupils_first = bool(opening) and opening[0] in {"leerling", "leerlingen"}
    pupils_named = False
    lets = False
    carried = False
    for clause in parts:
        words = clause.words
        if "laten" in words and "zien" not in words[words.index("laten"):] \
                and not _finite_before(words, words.index("laten")):
            lets = True  # "Kinderen zelfstandig laten oefenen": the school lets them
            pupils_named = pupils_named or any(is_pupil(w) for w in words)
            continue
        nominal = _nominal(clause)
        if nominal == "goal":
            return Reading(GOAL, clause, pupils_first, "", _subject(parts[0]))
        subject = _pupil_subject(clause, pupils_named, carried)
        carried = subject
        if subject and len(words) > 2 and words[0] in {"meer", "minder"} and is_pupil(words[1]) and \
                not _has(clause, L.FREQUENCY):
            return Reading(GOAL, clause, pupils_first, "", _subject(parts[0]))  # "Meer leerlingen halen …"
        if subject and _gain(clause) and not _only_others_gain(clause):
            return Reading(GOAL, clause, pupils_first, "", _subject(parts[0]))
        able = "in staat" in " ".join(words) or _has(clause, L.ABILITY) and not _opportunity(clause)
        if subject and able and len(words) > 3:
            return Reading(GOAL, clause, pupils_first, "", _subject(parts[0]))
        if not subject and nominal is None and set(words) & RESULT_NOUNS and not _starts_with_others(clause) \
                and not set(words) & L.MEANS_NOUNS:
            return Reading(GOAL, clause, pupils_first, "", _subject(parts[0]))
        pupils_named = pupils_named or any(is_pupil(w) for w in words)
    about = "lets" if lets else "nominal" if _nominal(first) else \
        "pupils_do" if _pupil_subject(first, False) else "others" if _starts_with_others(first) else "vague"
    return Reading(MEANS, None, pupils_first, about, _subject(first))


def _finite_before(words, position: int) -> bool:
    """A finite verb before "laten" ("De leerlingen laten …"): then "laten" is theirs only
    when the subject is no pupil; we treat a clause that opens with pupils and has
    "laten" right after a short subject as finite ("Leerlingen laten groei zien")."""
    return position >= 1 and (words[position - 1] in {"kinderen", "leerlingen"} and position <= 2)


def _only_others_gain(clause: Clause) -> bool:
    """"De leraren leren van elkaar": the gain belongs to someone else who opens the clause."""
    return _starts_with_others(clause) and not any(is_pupil(w) for w in clause.words[:3])


def _starts_with_others(clause: Clause) -> bool:
    words = [w for w in clause.words[:3] if w not in DETERMINERS]
    return bool(words) and words[0] in L.OTHERS


def _subject(clause: Clause) -> Tuple[str, ...]:
    words = clause.words
    for n, word in enumerate(words[:5]):
        if is_pupil(word) or word in L.OTHERS:
            return tuple(words[: n + 1])
    return tuple(words[:2])
