"""The goals exercise (`/start{"exercise":"doelen"}`): the leader judges a short series of
goal statements as goal or means, reformulates each means from the pupils, and ends
with the goal of their own school or project. Feedback per answer, a summary at the end.

The statements are the scenarios' ``goal.as_stated`` (all three are means, as the
networks in the seed stated them) and those of ``data/goals/exercise.yml`` (other
projects, goals and means). Every judgement and reformulation is read by the one
judgement of ``bot/goals`` (``judge``).

The state is an ``ExerciseState`` (JSON in the tracker's ``exercise`` slot, like the
role-play's session). Messages are ``{"custom": {"role": "exercise", "kind": ...}}``:

    intro      what the exercise asks
    statement  one statement to judge: n, of, statement
    feedback   the coach on an answer: right (true/false/null), text
    ask        what the answer lacked ("doel of middel?")
    summary    at the end: judged, right, rewrites, rewrites_goal, own (the leader's own goal), text
"""

from __future__ import annotations

import dataclasses
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from bot.analysis.language import is_english
from bot.errors import GesprekscoachError
from bot.goals.coaching import judge
from bot.goals.judgement import GOAL, MEANS

EXERCISE = "doelen"
ACTIVE, STOPPED = "active", "stopped"
JUDGE, REWRITE, OWN, OWN_AGAIN, DONE = "judge", "rewrite", "own", "own_again", "done"
STATEMENTS_FILE = Path(__file__).resolve().parents[2] / "data" / "goals" / "exercise.yml"

RULE_OF_THUMB = ("Vuistregel uit de workshop: kun je de zin beginnen met 'leerlingen' en zegt hij wat ze leren, "
                 "kunnen of durven? Dan is het een doel. Gaat hij over een activiteit, een hulpmiddel of de "
                 "organisatie, dan is het een middel.")
INTRO = ("Oefening doelen en middelen. Je krijgt {n} doelstellingen uit leernetwerken. Zeg bij elke: doel of "
         "middel? Is het een middel, schrijf hem dan om vanuit de leerlingen ('Leerlingen kunnen …'), met het "
         "middel pas aan het eind. Tot slot schrijf je het doel van je eigen school of project op.")
ASK_KIND = "Is dit een doel of een middel? Begin je antwoord met 'doel' of 'middel'."
ASK_REWRITE = ("Schrijf hem nu om vanuit de leerlingen: begin met 'Leerlingen kunnen …' en noem het middel pas "
               "aan het eind.")
ASK_OWN = ("Schrijf nu het doel van je eigen school of project op, in één zin. Wat wil je bereiken voor de "
           "leerlingen?")


class ExerciseFormatError(GesprekscoachError):
    """A stored exercise that cannot be read."""


@dataclass
class Item:
    text: str
    kind: str
    about_students: Optional[str] = None
    source: str = "eigen"   # a scenario id, or "eigen" for data/goals/exercise.yml


@dataclass
class Answer:
    n: int                           # the item (1-based); 0 for the leader's own goal
    text: str
    said: Optional[str] = None       # "goal"/"means" as the leader judged it
    right: Optional[bool] = None
    rewrite: Optional[str] = None
    rewrite_goal: Optional[bool] = None  # the rewrite is itself judged a goal


@dataclass
class ExerciseState:
    id: str
    items: List[Item]
    practice_id: Optional[str] = None
    display_name: Optional[str] = None
    participant_id: Optional[int] = None
    position: int = 0                # the current item (0-based)
    step: str = JUDGE
    answers: List[Answer] = field(default_factory=list)
    own: Optional[Dict[str, str]] = None  # the judgement of the leader's own goal
    status: str = ACTIVE
    started_at: str = ""
    stopped_at: Optional[str] = None

    def to_json(self) -> Dict[str, Any]:
        return {"version": 1, "exercise": EXERCISE, **dataclasses.asdict(self)}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: Any) -> "ExerciseState":
        try:
            data = json.loads(data) if isinstance(data, str) else dict(data)
            if data.pop("version", None) != 1 or data.pop("exercise", None) != EXERCISE:
                raise ExerciseFormatError("not a version-1 goals exercise")
            data["items"] = [Item(**item) for item in data["items"]]
            data["answers"] = [Answer(**answer) for answer in data["answers"]]
            return cls(**data)
        except (TypeError, ValueError, KeyError) as error:
            raise ExerciseFormatError(f"unreadable exercise: {error}") from error

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    def summary(self) -> Dict[str, Any]:
        judged = [a for a in self.answers if a.n and a.said is not None]
        rewrites = [a for a in self.answers if a.n and a.rewrite]
        return {"judged": len(judged), "right": sum(bool(a.right) for a in judged), "items": len(self.items),
                "rewrites": len(rewrites), "rewrites_goal": sum(bool(a.rewrite_goal) for a in rewrites),
                "own": self.own}


@dataclass
class Outcome:
    state: Optional[ExerciseState]
    messages: List[Dict] = field(default_factory=list)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _message(kind: str, text: str, **extra) -> Dict:
    return {"custom": {"role": "exercise", "kind": kind, "text": text, **extra}}


def statements(scenarios=None, path: Path = STATEMENTS_FILE) -> List[Item]:
    """The series: the scenarios' stated goals, then the exercise file's own statements,
    interleaved so that goals and means alternate."""
    import yaml

    own = [Item(s["text"], s["kind"], s.get("about_students")) for s in
           yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]]
    from_scenarios = [Item(s.goal_as_stated, MEANS if judge(s.goal_as_stated).kind == MEANS else GOAL,
                           s.goal_about_students, s.id) for s in (scenarios.all() if scenarios else [])]
    series: List[Item] = []
    for n in range(max(len(own), len(from_scenarios))):
        series += [x[n] for x in (from_scenarios, own) if n < len(x)]
    return series


def start(scenarios, practice_id: Optional[str] = None, display_name: Optional[str] = None,
          participant_id: Optional[int] = None) -> Outcome:
    items = statements(scenarios)
    state = ExerciseState(id=secrets.token_hex(8), items=items, practice_id=practice_id,
                          display_name=display_name, participant_id=participant_id, started_at=_now())
    return Outcome(state, [_message("intro", INTRO.format(n=len(items))), _statement(state)])


def _statement(state: ExerciseState) -> Dict:
    item = state.items[state.position]
    return _message("statement", f"Doelstelling {state.position + 1} van {len(state.items)}: {item.text}",
                    n=state.position + 1, of=len(state.items), statement=item.text)


_KIND_WORDS = {"doel": GOAL, "doelen": GOAL, "doelstelling": GOAL, "middel": MEANS, "middelen": MEANS,
               "mid": MEANS, "activiteit": MEANS}


def parse_answer(text: str) -> Tuple[Optional[str], Optional[str]]:
    """("goal"|"means"|None, the reformulation or None) from an answer such as
    "middel: Leerlingen kunnen …", "Dit is een doel", "mmm, een middel denk ik"."""
    words = re.findall(r"[\w'-]+|[:;.,!?–-]", text.lower())
    said, denied = None, None
    for n, word in enumerate(words[:8]):
        following = [w for w in words[n + 1:n + 3] if w != "een"]
        if word == "geen" and following and following[0] in _KIND_WORDS:
            denied = _KIND_WORDS[following[0]]  # "doel, geen middel"
            continue
        kind = _KIND_WORDS.get(word)
        if kind is None or kind == denied:
            continue
        if said is not None and said != kind:
            return None, None  # "doel of middel?": both, no answer
        said = kind
    if said is None or said == denied:
        return None, None  # "geen doel" alone: not an answer to read safely
    if said is None:
        return None, None
    # The reformulation: what follows the kind word and a separator, when it is a sentence.
    raw = text.strip()
    match = re.search(r"\b(doel|doelen|doelstelling|middel|middelen|activiteit)\b\s*[:;,.–-]?\s*", raw, re.I)
    rest = raw[match.end():].strip() if match else ""
    if re.match(r"(want|omdat|dus|het|er|dat|dit|je|ik|we)\b", rest, flags=re.I):
        return said, None  # an explanation ("want het gaat over leraren"), not a reformulation
    return said, (rest if len(rest.split()) >= 3 else None)


def answer(state: Optional[ExerciseState], text: str) -> Outcome:
    if state is None or not state.active:
        return Outcome(state, [_message("ask", "Er loopt geen oefening. Start er een met "
                                               "/start{\"exercise\":\"doelen\"}.")])
    state = ExerciseState.from_json(state.to_json())  # a copy: the caller's state stays as it was
    text = " ".join(text.split())
    if not text:
        return Outcome(state, [_message("ask", "Je antwoord was leeg. " + (ASK_KIND if state.step == JUDGE else
                                                                         ASK_REWRITE if state.step == REWRITE else
                                                                         ASK_OWN))])
    if state.step == JUDGE:
        return _judge_step(state, text)
    if state.step == REWRITE:
        return _rewrite_step(state, text)
    return _own_step(state, text)


def _judge_step(state: ExerciseState, text: str) -> Outcome:
    item = state.items[state.position]
    said, rewrite = parse_answer(text)
    if said is None:
        return Outcome(state, [_message("ask", ASK_KIND)])
    right = said == item.kind
    state.answers.append(Answer(state.position + 1, text, said, right))
    judged = judge(item.text)
    because = judged.because if judged.kind == item.kind else (
        "het zegt wat leerlingen eraan hebben." if item.kind == GOAL else
        "het zegt niet wat leerlingen ermee leren of kunnen.")
    verdict = f"{'Klopt' if right else 'Niet helemaal'}: dit is een {'doel' if item.kind == GOAL else 'middel'}, "
    messages = [_message("feedback", verdict + because, right=right, n=state.position + 1)]
    if item.kind == MEANS:
        if rewrite:
            return _rewrite_step(state, rewrite, messages)
        state.step = REWRITE
        messages.append(_message("ask", ASK_REWRITE))
        return Outcome(state, messages)
    return _next(state, messages)


def _rewrite_step(state: ExerciseState, text: str, messages: Optional[List[Dict]] = None) -> Outcome:
    messages = messages or []
    item = state.items[state.position]
    said, rewrite = parse_answer(text)
    if said and not rewrite:  # only "middel" again: the reformulation is still to come
        return Outcome(state, messages + [_message("ask", ASK_REWRITE)])
    if not re.search(r"[^\W\d_]{2}", text) or is_english(text):  # emoji only, or English: not a try
        return Outcome(state, messages + [_message("ask", "Schrijf je omschrijving in het Nederlands, in woorden. "
                                                          + ASK_REWRITE)])
    text = rewrite or text
    judged = judge(text)
    answer = state.answers[-1] if state.answers and state.answers[-1].n == state.position + 1 else None
    if answer is None:
        answer = Answer(state.position + 1, text)
        state.answers.append(answer)
    answer.rewrite, answer.rewrite_goal = text, judged.kind == GOAL and shares_topic(text, item)
    if judged.kind == GOAL and not shares_topic(text, item):
        feedback = ("Dat is een doel vanuit de leerlingen, maar het gaat over iets anders dan deze doelstelling. "
                    "Wat kunnen de leerlingen dankzij dít project?")
    elif judged.kind == GOAL:
        feedback = "Goed omgeschreven: nu staat er wat de leerlingen eraan hebben."
    else:
        feedback = f"Dit is nog geen doel vanuit de leerlingen: {judged.because}"
    if item.about_students:
        feedback += f" Zo kun je hem ook schrijven: '{item.about_students}'"
    elif judged.kind != GOAL:
        feedback += f" {judged.suggestion}"
    messages.append(_message("feedback", feedback, right=answer.rewrite_goal, n=state.position + 1,
                             rewrite=True))
    return _next(state, messages)


#: Words any reformulation may use, which say nothing of its topic.
GENERIC = frozenset({"kunnen", "leren", "behulp", "elkaar", "samen", "goed", "beter", "meer", "elke", "iedere",
                     "zelf", "straks", "school", "project"})


def _stems(text: str) -> set:
    from bot.goals.judgement import is_pupil
    from bot.nlp import stop_words

    return {w[:5] for w in re.findall(r"[\w-]+", text.lower())
            if len(w) > 3 and w not in stop_words() and not is_pupil(w) and w not in GENERIC}


def shares_topic(rewrite: str, item: Item) -> bool:
    """The reformulation is about this statement: it shares a content word with it (or
    with its reformulation from the pupils)."""
    return bool(_stems(rewrite) & (_stems(item.text) | _stems(item.about_students or "")))


def _next(state: ExerciseState, messages: List[Dict]) -> Outcome:
    state.position += 1
    if state.position < len(state.items):
        state.step = JUDGE
        messages.append(_statement(state))
    else:
        state.step = OWN
        messages.append(_message("ask", ASK_OWN, own=True))
    return Outcome(state, messages)


def _own_step(state: ExerciseState, text: str) -> Outcome:
    judged = judge(text)
    state.own = {"text": text, "kind": judged.kind, "reason": judged.reason, "suggestion": judged.suggestion}
    state.answers.append(Answer(0, text, rewrite_goal=judged.kind == GOAL))
    if judged.kind == GOAL:
        feedback = f"{judged.reason} {judged.suggestion}"
        messages = [_message("feedback", feedback, right=True, own=True)]
        return _finish(state, messages)
    feedback = f"{judged.reason} {judged.suggestion}"
    messages = [_message("feedback", feedback, right=False, own=True)]
    if state.step == OWN:
        state.step = OWN_AGAIN
        messages.append(_message("ask", "Probeer het nog eens vanuit de leerlingen, of stop de oefening.", own=True))
        return Outcome(state, messages)
    return _finish(state, messages)


def stop(state: Optional[ExerciseState]) -> Outcome:
    if state is None:
        return Outcome(None, [_message("ask", "Er loopt geen oefening.")])
    if not state.active:
        return Outcome(state, [summary_message(state)])
    return _finish(ExerciseState.from_json(state.to_json()), [])


def hint(state: Optional[ExerciseState]) -> Outcome:
    extra = ""
    if state is not None and state.active and state.step == REWRITE:
        extra = " Wat kunnen de leerlingen straks dat ze nu nog niet kunnen? Dat zet je voorop; het middel achteraan."
    return Outcome(state, [_message("hint", RULE_OF_THUMB + extra)])


def _finish(state: ExerciseState, messages: List[Dict]) -> Outcome:
    state.status, state.step, state.stopped_at = STOPPED, DONE, _now()
    messages.append(summary_message(state))
    return Outcome(state, messages)


def summary_message(state: ExerciseState) -> Dict:
    s = state.summary()
    parts = [f"Je beoordeelde {s['judged']} van de {s['items']} doelstellingen, waarvan {s['right']} goed."]
    if s["rewrites"]:
        parts.append(f"Van je {s['rewrites']} omschrijvingen {'was' if s['rewrites_goal'] == 1 else 'waren'} "
                     f"{s['rewrites_goal']} een doel vanuit de leerlingen.")
    if s["own"]:
        parts.append("Je eigen doel: " + ("een doel. " if s["own"]["kind"] == GOAL else "nog een middel. ")
                     + s["own"]["suggestion"])
    parts.append("Onthoud de vraag: wat kunnen de leerlingen straks dat ze nu nog niet kunnen? Het middel komt pas "
                 "daarna.")
    return _message("summary", " ".join(parts), summary=s)
