"""Does the teacher answer what the leader asked? Scripted leaders, every reply checked.

    python -m bot.coherence [--rules-only] [--scenario ID] [--quiet]     (make coherence)

Plays the scripted conversations of ``data/coherence/*.yml`` through ``bot.session``
(the same path as the live bot; with the trained model's acts unless --rules-only),
prints each leader turn with the teacher's reply, what the reply was about and
whether that is what the script expects, then the share of fitting replies and the
score of each conversation. A script's turn:

    - say: "Wat kost dat eigenlijk?"
      expect: [fact:geld]          # what the reply may be about (any one of these)

What a reply is about: an insight id (its telling, guarded hint, short answer or
follow-up), ``fact:<topics>``, ``unknown`` (an honest "don't know"), ``greeting``, or
``reaction`` (only a reaction to how it was asked). ``fact`` matches any fact.
The same ``identify`` reads a reply's text, so the REST tests check replies too.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set

import yaml

from bot.persona.scenario import Scenario, ScenarioLibrary
from bot.settings import PROJECT_ROOT

SCRIPTS = PROJECT_ROOT / "data" / "coherence"


@dataclass
class ScriptedTurn:
    say: str
    expect: Sequence[str]


@dataclass
class Script:
    name: str
    scenario: str
    turns: List[ScriptedTurn]
    leader: str = ""  # "good" or "poor": what the debrief should show


@dataclass
class Checked:
    say: str
    reply: str
    about: Set[str]
    expect: Sequence[str]

    @property
    def fits(self) -> bool:
        return fits(self.about, self.expect)


@dataclass
class Played:
    script: Script
    turns: List[Checked] = field(default_factory=list)
    report: Optional[Dict] = None


def load_scripts(folder: Path = SCRIPTS) -> List[Script]:
    scripts = []
    for path in sorted(Path(folder).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("conversations", []):
            turns = [ScriptedTurn(str(t["say"]), list(t.get("expect") or [])) for t in item["turns"]]
            scripts.append(Script(item["name"], item["scenario"], turns, item.get("leader", "")))
    return scripts


def _pools(scenario: Scenario) -> Dict[str, List[str]]:
    pools: Dict[str, List[str]] = {}
    for insight in scenario.insights:
        pools[insight.id] = [*insight.lines, *insight.guarded, *insight.short, *insight.follow_up]
    for fact in scenario.facts:
        pools.setdefault("fact:" + "+".join(fact.topics), []).append(fact.answer)
    pools["unknown"] = list(scenario.unknown)
    return pools


def identify(scenario: Scenario, reply: str) -> Set[str]:
    """What a reply's text is about (see the module docstring); a reply holds one
    answer at most, so the set has one element except for lines two pools share."""
    found = {about for about, lines in _pools(scenario).items() if any(line in reply for line in lines)}
    if found:
        return found
    from bot.analysis.lexicon import GREETINGS
    from bot.analysis.text import normalise_words

    words = normalise_words(reply)
    return {"greeting"} if words and words[0] in GREETINGS else {"reaction"}


def fits(about: Iterable[str], expect: Sequence[str]) -> bool:
    about = set(about)
    any_fact = any(a.startswith("fact:") for a in about)
    return not expect or any(wanted in about or (wanted == "fact" and any_fact) for wanted in expect)


def play(library: ScenarioLibrary, script: Script, analyse: Callable[[str], object]) -> Played:
    """One scripted conversation through bot.session, each reply identified."""
    from bot import session as practice

    played = Played(script)
    scenario = library.get(script.scenario)
    state = practice.start(library, script.scenario).session
    for turn in script.turns:
        outcome = practice.turn(library, state, turn.say, analyse(turn.say))
        state = outcome.session
        reply = " ".join(m["text"] for m in outcome.messages if "text" in m)
        played.turns.append(Checked(turn.say, reply, identify(scenario, reply), turn.expect))
    played.report = practice.stop(library, state).session.report
    return played


def _analyser(rules_only: bool) -> Callable[[str], object]:
    from bot.analysis.combine import TurnAnalysis, analyse_sentences, analyse_turn

    if rules_only:
        return analyse_turn
    from bot.settings import Settings
    from components.model import NLUModel

    model = NLUModel(Settings.from_env().model_path)

    def with_model(text: str):
        # As the live bot: the acts and their confidence from the model's parse.
        parsed = model.parse([text])[0] if text.strip() else {}
        acts = parsed.get("acts", [])
        sure = parsed.get("act_confidence") or {}
        return TurnAnalysis(text=text, acts=acts, sentences=analyse_sentences(text),
                            confidence={act: float(sure[act]) for act in acts if act in sure})

    return with_model


def report(played: Sequence[Played], out=sys.stdout, quiet: bool = False) -> float:
    """Print the conversations and the figures; returns the share of fitting replies."""
    checked = [turn for p in played for turn in p.turns if turn.expect]
    for p in played:
        if not quiet:
            print(f"\n=== {p.script.scenario}: {p.script.name}", file=out)
            for turn in p.turns:
                mark = " " if not turn.expect else ("✔" if turn.fits else "✘")
                print(f"{mark} Leider: {turn.say}", file=out)
                print(f"  Leraar: {turn.reply}", file=out)
                if turn.expect:
                    print(f"    over: {', '.join(sorted(turn.about))}; verwacht: {', '.join(turn.expect)}", file=out)
        r = p.report or {}
        print(f"--- {p.script.scenario}/{p.script.name}: score {r.get('score')}, insights "
              f"{r.get('insights_surfaced')}/{r.get('insights_total')}, gestimuleerd {r.get('teacher_stimulated')}",
              file=out)
    share = sum(t.fits for t in checked) / len(checked) if checked else 1.0
    print(f"\nreplies that fit what was asked: {sum(t.fits for t in checked)} of {len(checked)} ({share:.0%})",
          file=out)
    return share


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="coherence", description=__doc__.splitlines()[0])
    parser.add_argument("--rules-only", action="store_true", help="acts from the rules alone (no model)")
    parser.add_argument("--scenario", help="only this scenario's scripts")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args(argv)
    library = ScenarioLibrary.load()
    scripts = [s for s in load_scripts() if not args.scenario or s.scenario == args.scenario]
    analyse = _analyser(args.rules_only)
    played = [play(library, script, analyse) for script in scripts]
    report(played, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
