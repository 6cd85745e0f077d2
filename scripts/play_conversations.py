"""Play written leader conversations through the teacher and write the transcripts.

    python scripts/play_conversations.py CONVERSATIONS.yml OUT.md [--rules-only] [--explain]

CONVERSATIONS.yml: {conversations: [{name, scenario, turns: ["…", …]}]}, leader turns
only (written by someone who never saw the teacher's lines). The transcript shows
every leader turn with the teacher's reply, numbered, for a person (or a blind judge)
to read; the acts come from the trained model, as in the live bot. ``--explain`` adds,
under each reply, the acts, the topics the teacher heard and what answered (for an
author, not for a judge).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from bot import coherence
    from bot import session as practice
    from bot.persona.scenario import ScenarioLibrary

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conversations")
    parser.add_argument("out")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    library = ScenarioLibrary.load()
    analyse = coherence._analyser(args.rules_only)
    data = yaml.safe_load(Path(args.conversations).read_text(encoding="utf-8"))
    lines = []
    for n, conversation in enumerate(data["conversations"], start=1):
        state = practice.start(library, conversation["scenario"]).session
        lines += [f"## Gesprek {n}: {conversation['scenario']} ({conversation['name']})", "",
                  f"Leraar (opening): {state.opening}", ""]
        for t, text in enumerate(conversation["turns"], start=1):
            analysis = analyse(text)
            outcome = practice.turn(library, state, text, analysis)
            state = outcome.session
            reply = " ".join(m["text"] for m in outcome.messages if "text" in m)
            lines += [f"{n}.{t} Leider: {text}", f"{n}.{t} Leraar: {reply}"]
            if args.explain:
                last = state.turns[-1]
                lines.append(f"    acts={list(analysis.acts)} topics={last.topics} kind={last.reply_kind} "
                             f"about={last.about}")
            lines.append("")
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
