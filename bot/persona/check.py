"""``python -m bot.persona.check [FOLDER]``: validate every scenario; exit 1 with the
file, field and problem when one is broken (run before the servers start)."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.errors import ScenarioError
from bot.persona.scenario import SCENARIO_DIR, ScenarioLibrary


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]) if argv else SCENARIO_DIR
    try:
        library = ScenarioLibrary.load(folder)
    except ScenarioError as error:
        print(f"scenario error: {error}", file=sys.stderr)
        return 1
    print(f"scenarios ok: {', '.join(library.ids())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
