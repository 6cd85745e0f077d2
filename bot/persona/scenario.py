"""Scenarios: a teacher persona as data (``data/scenarios/<id>.yml``).

Each file is checked against ``scenario.schema.yaml`` with the ``jsonschema`` package
(already pinned by Rasa; a maintained validator beats hand-written checks) and turned
into frozen dataclasses. Errors name the file, the field and the problem. Adding a
scenario needs no retraining: the NLU model knows only leader acts, not scenarios.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from bot.errors import ScenarioError, UnknownScenarioError
from bot.persona.topics import merged
from bot.settings import PROJECT_ROOT

SCENARIO_DIR = PROJECT_ROOT / "data" / "scenarios"
SCHEMA_PATH = Path(__file__).with_name("scenario.schema.yaml")
LEVELS = ("low", "mid", "high")


@dataclass(frozen=True)
class Insight:
    """One piece of the teacher's story (see docs/scenarios.md)."""

    id: str
    summary: str
    min_openness: float
    topics: Tuple[str, ...]  # topic ids that ask for this piece
    acts: Tuple[str, ...]  # acts that bring it out when the turn asks about nothing in particular
    lines: Tuple[str, ...]  # the full telling
    guarded: Tuple[str, ...]  # on the topic while she is not open enough
    short: Tuple[str, ...]  # a one-sentence answer to a closed question
    follow_up: Tuple[str, ...]  # asked again after she told it


@dataclass(frozen=True)
class Fact:
    topics: Tuple[str, ...]  # topic ids a question must all touch
    answer: str


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    summary: str
    teacher_name: str
    teacher_role: str
    school: str
    network: str
    network_description: str
    initiative: str
    goal_as_stated: str
    goal_about_students: str
    rule: Optional[str]
    start_openness: float
    start_motivation: float
    opening: Tuple[str, ...]
    topics: Mapping[str, Tuple[str, ...]]  # topic id -> cue words, own and shared
    insights: Tuple[Insight, ...]
    facts: Tuple[Fact, ...]
    unknown: Tuple[str, ...]
    lines: Mapping[str, object]  # kind -> {level: (lines)} or (lines)
    closing: Mapping[str, Tuple[str, ...]]

    def lines_for(self, kind: str, level: Optional[str] = None) -> Tuple[str, ...]:
        entry = self.lines[kind]
        if isinstance(entry, dict):
            return entry[level or "mid"]
        return entry

    def insight(self, insight_id: str) -> Insight:
        for insight in self.insights:
            if insight.id == insight_id:
                return insight
        raise KeyError(insight_id)

    @functools.cached_property
    def _known(self):
        from bot.persona.vocabulary import known_words

        texts = [self.summary, self.initiative, self.network, self.network_description, self.goal_as_stated,
                 self.goal_about_students, self.rule or "", self.school, self.teacher_role, *self.opening]
        for insight in self.insights:
            texts += [insight.summary, *insight.lines, *insight.guarded, *insight.short, *insight.follow_up]
        texts += [fact.answer for fact in self.facts]
        return known_words(texts, self.topics)

    @functools.cached_property
    def _answer_stems(self) -> Dict[str, frozenset]:
        """What each fact ("fact:<topics>") and each piece of the story is about: the noun
        stems of its lines and of its topics' cue words."""
        from bot.analysis.text import normalise_words
        from bot.persona.vocabulary import cue_stems, stems

        def about(texts, topics):
            words = [w for text in texts for w in normalise_words(text)]
            return stems(words) | cue_stems(c for t in topics for c in self.topics.get(t, ()))

        found = {"fact:" + "+".join(f.topics): about([f.answer], f.topics) for f in self.facts}
        for i in self.insights:
            found[i.id] = about([i.summary, *i.lines, *i.guarded, *i.short, *i.follow_up], i.topics)
        return found

    def answer_stems(self, about: str) -> frozenset:
        return self._answer_stems.get(about, frozenset())

    def unknown_words(self, words: Sequence[str]) -> Tuple[str, ...]:
        """The content words of a turn that nothing in this scenario's world mentions."""
        from bot.persona.vocabulary import unknown

        return unknown(words, *self._known)

    def describe(self) -> Dict[str, str]:
        """What a scenario list shows: id, title and the one-line summary."""
        return {"id": self.id, "title": self.title, "summary": self.summary,
                "teacher": self.teacher_name}


@functools.lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = yaml.safe_load(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def _where(error) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(top level)"


def _tuple(values) -> Tuple[str, ...]:
    return tuple(str(value) for value in values)


def parse_scenario(data: object, source: str) -> Scenario:
    """Validate one scenario's data and build it; ``source`` names it in errors."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise ScenarioError(f"{source}: field '{_where(first)}': {first.message}{more}")
    assert isinstance(data, dict)
    ids = [insight["id"] for insight in data["insights"]]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ScenarioError(f"{source}: field 'insights': duplicate insight id(s) {duplicates}")
    topics = merged(data["topics"])
    _check_topic_ids(source, data, topics)
    lines = {
        kind: ({level: _tuple(value[level]) for level in LEVELS} if isinstance(value, dict) else _tuple(value))
        for kind, value in data["lines"].items()
    }
    return Scenario(
        id=data["id"],
        title=data["title"],
        summary=data["summary"],
        teacher_name=data["teacher"]["name"],
        teacher_role=data["teacher"]["role"],
        school=data["teacher"]["school"],
        network=data["network"]["name"],
        network_description=data["network"]["description"],
        initiative=data["initiative"],
        goal_as_stated=data["goal"]["as_stated"],
        goal_about_students=data["goal"]["about_students"],
        rule=data.get("rule"),
        start_openness=float(data["start"]["openness"]),
        start_motivation=float(data["start"]["motivation"]),
        opening=_tuple(data["opening"]),
        topics=topics,
        insights=tuple(
            Insight(
                id=i["id"], summary=i["summary"], min_openness=float(i["min_openness"]),
                topics=_tuple(i["topics"]), acts=_tuple(i["acts"]), lines=_tuple(i["lines"]),
                guarded=_tuple(i["guarded"]), short=_tuple(i["short"]), follow_up=_tuple(i["follow_up"]),
            )
            for i in data["insights"]
        ),
        facts=tuple(Fact(_tuple(f["topics"]), f["answer"]) for f in data["facts"]),
        unknown=_tuple(data["unknown"]),
        lines=lines,
        closing={key: _tuple(value) for key, value in data["closing"].items()},
    )


def _check_topic_ids(source: str, data: Dict, topics: Mapping[str, Tuple[str, ...]]) -> None:
    """Every topic an insight or a fact names must be defined (own or shared)."""
    places = [(f"insights[{n}].topics", i["topics"]) for n, i in enumerate(data["insights"])]
    places += [(f"facts[{n}].topics", f["topics"]) for n, f in enumerate(data["facts"])]
    for where, named in places:
        unknown = [topic for topic in named if topic not in topics]
        if unknown:
            raise ScenarioError(
                f"{source}: field '{where}': unknown topic(s) {unknown}; define them under 'topics' "
                f"or use a shared one ({', '.join(sorted(topics))})"
            )


def load_file(path: Path) -> Scenario:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ScenarioError(f"{path}: not valid YAML{where}: {getattr(error, 'problem', error)}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ScenarioError(f"{path}: cannot be read: {error}") from None
    scenario = parse_scenario(data, str(path))
    if scenario.id != Path(path).stem:
        raise ScenarioError(f"{path}: field 'id': '{scenario.id}' must equal the file name '{Path(path).stem}'")
    return scenario


class ScenarioLibrary:
    """All scenarios of a folder, validated together at start-up."""

    def __init__(self, scenarios: Dict[str, Scenario]) -> None:
        if not scenarios:
            raise ScenarioError("no scenarios found: add a file to data/scenarios/")
        self._scenarios = dict(sorted(scenarios.items()))

    @classmethod
    def load(cls, folder: Path = SCENARIO_DIR) -> "ScenarioLibrary":
        folder = Path(folder)
        if not folder.is_dir():
            raise ScenarioError(f"{folder}: scenario folder not found")
        return cls({s.id: s for s in (load_file(p) for p in sorted(folder.glob("*.yml")))})

    def get(self, scenario_id: str) -> Scenario:
        try:
            return self._scenarios[scenario_id]
        except KeyError:
            raise UnknownScenarioError(
                f"unknown scenario '{scenario_id}'; known: {', '.join(self._scenarios)}"
            ) from None

    def __contains__(self, scenario_id: str) -> bool:
        return scenario_id in self._scenarios

    def ids(self) -> List[str]:
        return list(self._scenarios)

    def all(self) -> List[Scenario]:
        return list(self._scenarios.values())
