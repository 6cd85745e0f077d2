"""The ``coach`` command.

    coach analyze            leader turns on stdin (one per line) -> JSON lines on stdout

Each output line is ``{"text": ..., "acts": [...]}`` in input order. An empty line
gets ``"acts": []``; a line that is not valid UTF-8 or is longer than 10,000
characters gets an ``"error"`` saying why, and the other lines go on. The model is
loaded once; lines are parsed in batches.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import BinaryIO, Iterator, List, Optional, TextIO, Tuple

MAX_TURN_CHARS = 10_000
BATCH = 64


def _decode(raw: bytes) -> Tuple[str, Optional[str]]:
    """The line's text (without its newline) and an error, if any."""
    line = raw[:-1] if raw.endswith(b"\n") else raw
    if line.endswith(b"\r"):
        line = line[:-1]
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return (
            line.decode("utf-8", errors="replace"),
            f"not valid UTF-8 (byte {error.start}): save the input as UTF-8",
        )
    if len(text) > MAX_TURN_CHARS:
        return text[:200], (
            f"too long: {len(text)} characters, at most {MAX_TURN_CHARS} per turn"
        )
    return text, None


def _batches(stream: BinaryIO) -> Iterator[List[Tuple[str, Optional[str]]]]:
    batch = []
    for raw in stream:
        batch.append(_decode(raw))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def analyze(stream: BinaryIO, out: TextIO, model) -> int:
    """Analyse every line of ``stream``; returns the number of lines written."""
    count = 0
    for batch in _batches(stream):
        todo = [i for i, (text, error) in enumerate(batch) if error is None and text.strip()]
        results = model.acts([batch[i][0] for i in todo]) if todo else []
        acts_by_line = dict(zip(todo, results))
        for i, (text, error) in enumerate(batch):
            record = {"text": text, "acts": acts_by_line.get(i, [])}
            if error:
                record["error"] = error
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        out.flush()
    return count


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="coach", description="Gesprekscoach tools")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze_cmd = commands.add_parser(
        "analyze", help="leader turns on stdin, one per line -> JSON lines with their acts"
    )
    analyze_cmd.add_argument("--model", help="model file (default: models/gesprekscoach.tar.gz)")
    args = parser.parse_args(argv)

    if args.command == "analyze":
        from bot.errors import GesprekscoachError
        from bot.settings import Settings

        try:
            from components.model import NLUModel

            model = NLUModel(args.model or Settings.from_env().model_path)
        except GesprekscoachError as error:
            print(f"coach: {error}", file=sys.stderr)
            return 2
        analyze(sys.stdin.buffer, sys.stdout, model)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
