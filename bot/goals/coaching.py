"""What the coach says about a goal statement: the reason for the judgement, and

- for a means, a reformulation the way the seed does it (start from the pupils, say
  what they will be able to do, the means last: "Leerlingen kunnen …, met behulp van de
  computer"), but only where the statement itself says what pupils would do; where it
  does not, a question back ("Wat kunnen de leerlingen straks dat ze nu nog niet
  kunnen?"), never an invented goal;
- for a goal, which of the school's values it serves (the six of the seed's part 1 by
  default, ``VALUES``; a school sets its own with ``COACH_VALUES_FILE``, a YAML mapping
  of value name to its words) and how a result could be made visible ("Hoe
  aanschouwelijk zijn deze resultaten?").
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bot.goals import judgement, lexicon
from bot.goals.judgement import GOAL, Reading

#: The values of good education the seed's school leaders named (part 1), each with
#: words by which a goal shows it serves that value.
VALUES: Dict[str, Tuple[str, ...]] = {
    "concreet en aanschouwelijk": ("concreet", "aanschouwelijk", "zien", "ervaren", "praktijk", "buiten", "natuur",
                                   "proef", "materiaal", "toepassen", "echte", "beroepspraktijk", "uitvoeren"),
    "betrokkenheid": ("betrokken", "betrokkenheid", "motivatie", "gemotiveerd", "plezier", "leesplezier", "actief",
                      "inbreng", "interesse", "nieuwsgierig", "enthousiast", "beleven", "genieten"),
    "veiligheid": ("veilig", "veiligheid", "durven", "durft", "zelfvertrouwen", "welbevinden", "rust", "pesten",
                   "weerbaar", "weerbaarheid", "faalangst", "emoties", "respectvol", "ruzies", "conflicten"),
    "zelfstandigheid": ("zelfstandig", "zelfstandigheid", "zelf", "plannen", "eigen tempo", "zonder hulp",
                        "zelfredzaam", "weektaak", "beoordelen"),
    "verantwoordelijkheid": ("verantwoordelijkheid", "verantwoordelijk", "eigenaarschap", "afspraken", "zorgen",
                             "huiswerk", "op tijd", "afmelden", "beurten", "verzuim"),
    "aansluiten bij de belevingswereld": ("belevingswereld", "eigen ervaringen", "meegemaakt", "interesses",
                                          "thuis", "leefomgeving", "omgeving", "alledaagse", "zelfgekozen"),
}
VISIBLE = "Hoe maak je zichtbaar dat het lukt? Hoe aanschouwelijk zijn deze resultaten?"
ASK_GAIN = "Wat kunnen de leerlingen straks dat ze nu nog niet kunnen?"


@dataclass(frozen=True)
class Judgement:
    text: str
    kind: str
    because: str           # why, without the verdict: "het gaat over leraren, …"
    suggestion: str
    values: Tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        return f"Dit is een {'doel' if self.kind == GOAL else 'middel'}: {self.because}"

    def as_dict(self) -> Dict[str, str]:
        """The line ``coach goal`` writes: exactly these four keys."""
        return {"text": self.text, "kind": self.kind, "reason": self.reason, "suggestion": self.suggestion}


@functools.lru_cache(maxsize=4)
def school_values(path: Optional[str] = None) -> Dict[str, Tuple[str, ...]]:
    """The school's values: ``COACH_VALUES_FILE`` (name: [words]) when set, else the seed's six."""
    path = path or os.environ.get("COACH_VALUES_FILE")
    if not path:
        return VALUES
    import yaml

    from bot.errors import GesprekscoachError

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GesprekscoachError(f"COACH_VALUES_FILE {path} cannot be read: {error}") from error
    if not isinstance(data, dict) or not data or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v) for k, v in data.items()):
        raise GesprekscoachError(f"COACH_VALUES_FILE {path} must map each value's name to a list of its words")
    return {name: tuple(w.lower() for w in words) for name, words in data.items()}


def judge(text: str) -> Judgement:
    """The judgement of one goal statement, with its reason and suggestion (Dutch)."""
    text = " ".join(text.split())
    reading = judgement.read(text)
    if reading.kind == GOAL:
        values = served_values(text)
        return Judgement(text, GOAL, _goal_because(reading), _goal_suggestion(values), values)
    return Judgement(text, reading.kind, _means_because(reading), reformulate(text, reading))


def served_values(text: str) -> Tuple[str, ...]:
    lowered = " " + " ".join(re.findall(r"[\w'-]+", text.lower())) + " "
    return tuple(name for name, words in school_values().items()
                 if any(f" {w}" in lowered for w in words))


def _goal_because(reading: Reading) -> str:
    clause = " ".join(reading.outcome.words) if reading.outcome else ""
    because = "het zegt wat leerlingen eraan hebben"
    if not reading.pupils_first:
        because += " (ook al begint de zin niet met 'leerlingen')"
    return f"{because}: '{clause}'." if clause else because + "."


def _goal_suggestion(values: Tuple[str, ...]) -> str:
    if values:
        named = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " en " + values[-1]
        return f"Het past bij {named}. {VISIBLE}"
    return f"Bij welke waarde van jullie school past dit doel? {VISIBLE}"


def _means_because(reading: Reading) -> str:
    if reading.about == "pupils_do":
        opening = "de zin begint met leerlingen, maar" if reading.pupils_first else "het gaat over de leerlingen, maar"
        return f"{opening} zegt alleen wat ze doen of krijgen, niet wat ze ermee leren of kunnen."
    if reading.about == "lets":
        return "de school laat de leerlingen iets doen; wat de leerlingen er zelf aan hebben, staat er niet als doel."
    if reading.about == "others":
        who = " ".join(w for w in reading.subject if w not in judgement.DETERMINERS) or "de school"
        return f"het gaat over {who}, niet over wat leerlingen ermee bereiken. Kun je de zin beginnen met 'leerlingen'?"
    if reading.about == "nominal":
        return "een activiteit of voorziening van de school; het zegt niet wat leerlingen ermee bereiken."
    return "het zegt (nog) niet wat leerlingen ermee leren of kunnen."


def reformulate(text: str, reading: Reading) -> str:
    """For a means: "Leerlingen kunnen …, met behulp van …" where the statement says what
    pupils would do; else the question back."""
    if reading.about == "lets":
        suggestion = _from_laten(text)
        if suggestion and judgement.read(suggestion).kind == GOAL:
            return f"Begin bij de leerlingen en noem het middel pas aan het eind: '{suggestion}'"
    means = _means_phrase(text)
    if reading.about == "pupils_do":
        return f"{ASK_GAIN} Zet het middel daarna achteraan: 'Leerlingen kunnen …, met behulp van {means}.'" \
            if means else f"{ASK_GAIN} Begin je zin met 'Leerlingen kunnen…'."
    if means:
        return f"{ASK_GAIN} Begin je zin met 'Leerlingen kunnen…' en noem {means} pas aan het eind."
    return f"{ASK_GAIN} Begin je zin met 'Leerlingen kunnen…'."


def _from_laten(text: str) -> Optional[str]:
    """The seed's reformulation: "Kinderen zelfstandig laten verdiepen en remediëren met
    behulp van digitale methode." becomes "Leerlingen kunnen zelfstandig verdiepen en
    remediëren, met behulp van digitale methode." """
    words = text.rstrip(" .!").split()
    lowered = [w.lower() for w in words]
    if "laten" not in lowered:
        return None
    at = lowered.index("laten")
    before = [w for w in words[:at] if not judgement.is_pupil(w.lower()) and w.lower() not in judgement.DETERMINERS]
    after = words[at + 1:]
    if not after:
        return None
    means: List[str] = []
    for marker in ("met behulp van", "met", "via", "door middel van"):
        joined = " ".join(after).lower()
        if f" {marker} " in f" {joined} ":
            index = f" {joined} ".index(f" {marker} ")
            cut = len(joined[:index].split())
            means, after = after[cut:], after[:cut]
            break
    body = " ".join(before + after)
    if not body:
        return None
    sentence = f"Leerlingen kunnen {body[0].lower() + body[1:]}"
    if means:
        phrase = " ".join(means)
        if not phrase.lower().startswith("met behulp van"):
            phrase = "met behulp van " + " ".join(means[1:]) if means[0].lower() == "met" else phrase
        sentence += f", {phrase}"
    return sentence + "."


def _means_phrase(text: str) -> Optional[str]:
    """The resource a means names, with its article ("de klassencomputers"), if any."""
    words = re.findall(r"[\w'-]+", text.lower())
    for n, word in enumerate(words):
        if word in lexicon.RESOURCES or word.endswith(lexicon.RESOURCE_SUFFIXES):
            article = words[n - 1] if n and words[n - 1] in {"de", "het", "een"} else "de"
            return f"{article} {word}"
    return None
