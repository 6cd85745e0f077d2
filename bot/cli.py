"""The ``coach`` command.

    coach analyze                       leader turns on stdin (one per line) -> JSON lines
    coach goal                          goal statements on stdin (one per line) -> JSON lines:
                                        {"text", "kind": "goal"|"means", "reason", "suggestion"}
    coach workshop create --name NAME   a workshop: JSON with code, facilitator_token, dashboard_url
    coach export --practice-id ID       everything stored for one practice id, as JSON
    coach delete --practice-id ID       delete everything stored for one practice id
    coach purge [--days N]              delete sessions older than N days (COACH_RETENTION_DAYS)
    coach migrate                       check DATABASE_URL and bring the schema up to date
    coach corrections export [--out F]  leaders' shared corrections of the coach as Rasa NLU YAML,
                                        for a person to review before training (stdout without --out)

Each output line is ``{"text": ..., "acts": [...]}`` in input order. An empty line
gets ``"acts": []``; a line that is not valid UTF-8 or is longer than 10,000
characters gets an ``"error"`` saying why, and the other lines go on. The model is
loaded once; lines are parsed in batches.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import BinaryIO, Iterator, List, Optional, TextIO, Tuple

from bot.limits import MAX_TURN_CHARS

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


def analyze(stream: BinaryIO, out: TextIO, model, explain: bool = False) -> int:
    """Analyse every line of ``stream``; returns the number of lines written. With
    ``explain``, each line also gets the fields of ``bot/explain.py``."""
    count = 0
    for batch in _batches(stream):
        todo = [i for i, (text, error) in enumerate(batch) if error is None and text.strip()]
        parsed = model.parse([batch[i][0] for i in todo]) if todo else []
        by_line = dict(zip(todo, parsed, strict=False))
        for i, (text, error) in enumerate(batch):
            result = by_line.get(i, {})
            record = {"text": text, "acts": result.get("acts", [])}
            if explain and error is None:
                from bot.explain import explain as explain_turn

                record.update(explain_turn(text, record["acts"], result.get("act_confidence") or {}))
            if error:
                record["error"] = error
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        out.flush()
    return count


def goals(stream: BinaryIO, out: TextIO) -> int:
    """Judge every line of ``stream`` as a goal or a means (bot/goals); the same line
    handling as ``analyze``: an empty line gets ``"kind": null``, an unreadable or too
    long line an ``"error"``, and the other lines go on."""
    from bot.goals import judge

    count = 0
    for batch in _batches(stream):
        for text, error in batch:
            if error or not text.strip():
                record = {"text": text, "kind": None, "reason": None, "suggestion": None}
                if error:
                    record["error"] = error
            else:
                record = judge(text).as_dict()
                record["text"] = text
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
    analyze_cmd.add_argument("--explain", action="store_true",
                             help="add the sentences, confidences, the coach's remark and the open rewrite")
    analyze_cmd.add_argument("--verbose", action="store_true", help="show the libraries' warnings on stderr")
    commands.add_parser("goal", help="goal statements on stdin, one per line -> JSON lines: goal or means, "
                                     "why, and a suggestion")
    workshop_cmd = commands.add_parser("workshop", help="workshops for a facilitator")
    workshop_sub = workshop_cmd.add_subparsers(dest="workshop_command", required=True)
    create_cmd = workshop_sub.add_parser("create", help="create a workshop")
    create_cmd.add_argument("--name", required=True)
    create_cmd.add_argument("--base-url", help="where the bot is reached (default COACH_PUBLIC_URL "
                                               "or http://localhost:5005)")
    for name, text in (("export", "print everything stored for a practice id as JSON"),
                       ("delete", "delete everything stored for a practice id")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--practice-id", required=True)
    purge_cmd = commands.add_parser("purge", help="apply the retention rule now")
    purge_cmd.add_argument("--days", type=int, help="default: COACH_RETENTION_DAYS or 365")
    commands.add_parser("migrate", help="check the database and bring its schema up to date")
    corrections_cmd = commands.add_parser("corrections", help="leaders' corrections of the coach's readings")
    corrections_sub = corrections_cmd.add_subparsers(dest="corrections_command", required=True)
    corrections_export = corrections_sub.add_parser(
        "export", help="the shared corrections as Rasa NLU YAML, to review by hand before any training")
    corrections_export.add_argument("--out", help="write the YAML to this file (default: standard output)")
    args = parser.parse_args(argv)
    if args.command == "goal":
        goals(sys.stdin.buffer, sys.stdout)
        return 0
    if args.command != "analyze":
        return _storage_command(args)

    from bot.errors import GesprekscoachError
    from bot.settings import Settings

    # This process loads Rasa and TensorFlow: no telemetry, and unless --verbose none of
    # their warnings on stderr (a clean run prints nothing there).
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "0" if args.verbose else "3")
    if not args.verbose:
        _quiet_libraries()
    try:
        from components.model import NLUModel

        model = NLUModel(args.model or Settings.from_env().model_path)
    except GesprekscoachError as error:
        print(f"coach: {error}", file=sys.stderr)
        return 2
    analyze(sys.stdin.buffer, sys.stdout, model, explain=args.explain)
    return 0


def _quiet_libraries() -> None:
    import logging
    import warnings

    warnings.simplefilter("ignore")
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    for name in ("rasa", "tensorflow", "absl", "h5py", "numexpr", "matplotlib", "spacy"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _storage_command(args) -> int:
    from bot.errors import GesprekscoachError
    from bot.settings import Settings
    from bot.storage import Database, privacy, workshops
    from bot.storage.migrate import main as migrate_main
    from bot.workshop import dashboard_url

    if args.command == "migrate":
        return migrate_main()
    try:
        settings = Settings.from_env()
        db = Database(settings.database_url)
        db.check()
        db.migrate()
        if args.command == "workshop":
            created = workshops.create_workshop(db, args.name)
            base = args.base_url or settings.public_url or "http://localhost:5005"
            created["dashboard_url"] = dashboard_url(created["code"], created["facilitator_token"], base)
            print(json.dumps(created, ensure_ascii=False))
        elif args.command == "export":
            print(json.dumps(privacy.export_practice(db, args.practice_id), ensure_ascii=False, indent=2))
        elif args.command == "delete":
            deleted = privacy.delete_practice(db, args.practice_id)
            print(json.dumps({"practice_id": args.practice_id, "sessions_deleted": deleted}))
        elif args.command == "purge":
            if args.days is not None and args.days < 1:
                raise GesprekscoachError("--days must be at least 1")
            days = args.days if args.days is not None else settings.retention_days
            print(json.dumps({"days": days, "sessions_deleted": privacy.purge_older_than(db, days)}))
        elif args.command == "corrections":
            _export_corrections(db, args.out)
    except GesprekscoachError as error:
        print(f"coach: {error}", file=sys.stderr)
        return 2
    return 0


def _export_corrections(db, out: Optional[str]) -> None:
    """``coach corrections export``: never trains, only writes the YAML for review."""
    from bot.corrections import nlu_yaml
    from bot.errors import GesprekscoachError
    from bot.storage.corrections import shared_corrections

    corrections = shared_corrections(db)
    text = nlu_yaml(corrections)
    if not out:
        sys.stdout.write(text)
        return
    try:
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise GesprekscoachError(f"cannot write {out}: {error.strerror or error}") from None
    print(json.dumps({"file": out, "corrections": len(corrections), "review": "by hand, before training"}))


if __name__ == "__main__":
    sys.exit(main())
