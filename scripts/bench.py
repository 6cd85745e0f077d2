"""One benchmark, one table: the bot as a workshop meets it, against Rasa's starter bot.

    .venv/bin/python scripts/bench.py [--leaders 30] [--turns 10] [--long-turns 25]
                                      [--database-url URL] [--no-starter]

Everything goes over the REST channel to servers this script starts on 127.0.0.1 (free
ports; SQLite in var/bench/, with the servers' logs, unless ``--database-url``), and stops by pid. In order:

1. Start the Rasa server and the action server as `make run` does (warm-up included)
   and time how long they take to answer as ready.
2. (a) + (b) The moment both are ready, ``--leaders`` leaders start at once: each sends
   ``/start``, then ``--turns`` turns with 1-3 s think time before each, then ``/stop``.
   (a) is their ``/start`` and their first turn (the server was never used before);
   (b) is every turn of that workshop. There is no warm-up but the product's own.
3. (d) On the same server, the leaders hold long conversations (``--long-turns`` turns,
   same think time): the latency at turn 5 against turn 25.
4. (c) Saturation against Rasa's starter bot (``rasa init --no-prompt`` into var/starter,
   trained there once with this project's Rasa, served with ``rasa run``): the leaders
   start a session, then all send their turns back to back, to the bot and then to the
   starter bot, in three rounds each taken in turn (so that whatever else the machine
   does weighs on both alike); the ratio of their turns a second.
5. (e) The servers stop; their peak resident memory (VmHWM) is read.

Each load is bounded by its number of turns and a per-request timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import VENV_BIN, Servers, free_port, wait_for  # noqa: E402  (the tests' harness)

STARTER = ROOT / "var" / "starter"
START = '/start{"scenario":"babette"}'
FALLBACK_TURNS = [
    "Hoe gaat het met je initiatief?", "Wat betekent dit voor leerlingen?",
    "Heb je wel toestemming gevraagd?", "Wat goed dat je dit oppakt!",
]
#: Saturation runs this many rounds of the bot and the starter bot in turn.
SATURATION_ROUNDS = 3
#: Targets of issue 11.
TARGETS = {"ready_s": 30.0, "cold_p95": 300.0, "busy_p95": 150.0, "busy_p99": 300.0, "ratio": 1.2,
           "long_ratio": 1.5, "memory_mb": 2048.0}


def leader_turns() -> List[str]:
    import yaml

    path = ROOT / "data" / "dev" / "turns.yml"
    if path.is_file():
        return [t["text"] for t in yaml.safe_load(path.read_text(encoding="utf-8"))["turns"]]
    return FALLBACK_TURNS


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


@dataclass
class Record:
    """Latencies (ms) by the leader turn's number (0 is /start), and the failures."""

    by_turn: Dict[int, List[float]] = field(default_factory=dict)
    errors: List[str] = field(default_factory=list)
    requests: int = 0
    needs_reply: bool = True  # an empty answer is an error

    def add(self, turn: int, ms: float) -> None:
        self.by_turn.setdefault(turn, []).append(ms)

    def merge(self, other: "Record") -> None:
        for turn, values in other.by_turn.items():
            self.by_turn.setdefault(turn, []).extend(values)
        self.errors.extend(other.errors)
        self.requests += other.requests

    def turns(self, first: int = 1) -> List[float]:
        return [ms for turn, values in self.by_turn.items() if turn >= first for ms in values]


async def _say(session, url, sender, message, record: Record, turn: Optional[int]) -> None:
    started = time.perf_counter()
    record.requests += 1
    try:
        async with session.post(url, json={"sender": sender, "message": message}) as response:
            body = await response.text()
            replies = json.loads(body)
            # The bot answers every turn; the starter bot may choose to say nothing.
            ok = response.status == 200 and isinstance(replies, list) and (bool(replies) or not record.needs_reply)
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
        ok, body = False, repr(error)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if not ok:
        record.errors.append(f"{message[:30]!r}: {body[:160]}")
    elif turn is not None:
        record.add(turn, elapsed_ms)


async def _conversation(session, url, sender, opening, turns, think, record, rng, closing, gate=None):
    await _say(session, url, sender, opening, record, 0)
    if gate is not None:
        await gate.wait()
    for number, text in enumerate(turns, start=1):
        if think:
            await asyncio.sleep(rng.uniform(*think))
        await _say(session, url, sender, text, record, number)
    if closing:
        await _say(session, url, sender, closing, record, None)


async def load(url: str, leaders: int, turns_each: int, think, *, seed: int, opening: str = START,
               closing: Optional[str] = "/stop", together: bool = False, needs_reply: bool = True):
    """``leaders`` conversations at once; with ``together`` the turns wait until every
    leader has opened its conversation (so only turns are timed). Returns the record and
    the seconds the turns took."""
    rng = random.Random(seed)
    pool = leader_turns()
    record = Record(needs_reply=needs_reply)
    gate = asyncio.Event() if together else None
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        tasks = [
            asyncio.create_task(_conversation(
                session, url, f"bench-{seed}-{i}-{rng.getrandbits(32):x}", opening,
                [pool[j % len(pool)] for j in rng.sample(range(len(pool) * 2), turns_each)], think, record,
                random.Random(rng.random()), closing, gate))
            for i in range(leaders)
        ]
        if gate is not None:
            while sum(len(v) for v in record.by_turn.values()) + len(record.errors) < leaders:
                await asyncio.sleep(0.01)
            started = time.perf_counter()
            gate.set()
        else:
            started = time.perf_counter()
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - started
    return record, elapsed


def start_starter(tmp: Path):
    """Rasa's starter bot: `rasa init --no-prompt` into var/starter and trained there once
    (with this project's Rasa), then served with `rasa run` on a free port."""
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore")
    if not list(STARTER.glob("models/*.tar.gz")):
        STARTER.mkdir(parents=True, exist_ok=True)
        print("creating and training Rasa's starter bot in var/starter (once)…", flush=True)
        with open(tmp / "starter-init.log", "wb") as log:
            subprocess.run([str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", "."], cwd=STARTER,
                           env=env, stdout=log, stderr=subprocess.STDOUT, check=True, timeout=900)
    model = max(STARTER.glob("models/*.tar.gz"), key=lambda p: p.stat().st_mtime)
    credentials = tmp / "starter-credentials.yml"
    credentials.write_text("rest:\n", encoding="utf-8")
    port = free_port()
    log = open(tmp / "starter.log", "wb")  # noqa: SIM115 - the server writes to it while it runs
    process = subprocess.Popen(
        [str(VENV_BIN / "rasa"), "run", "--model", str(model), "--port", str(port),
         "--credentials", str(credentials)],
        cwd=STARTER, env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_for(f"http://127.0.0.1:{port}/", process)
    return process, f"http://127.0.0.1:{port}"


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def fmt(value: float, unit: str = " ms") -> str:
    return "n/a" if value != value else f"{value:.0f}{unit}"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


@dataclass
class Results:
    ready_s: float = float("nan")
    workshop: Record = field(default_factory=Record)
    long_run: Record = field(default_factory=Record)
    saturation: Record = field(default_factory=Record)
    bot_s: float = 0.0
    starter: Record = field(default_factory=Record)
    starter_s: float = 0.0
    memory_mb: Dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> List[str]:
        return self.workshop.errors + self.long_run.errors + self.saturation.errors + self.starter.errors

    @property
    def requests(self) -> int:
        return self.workshop.requests + self.long_run.requests + self.saturation.requests + self.starter.requests


def run(args, tmp: Path) -> Results:
    """Every load of the benchmark, on servers started here and stopped by pid."""
    think = (1.0, 3.0)
    results = Results()
    servers = Servers(tmp, args.database_url)
    starter = None
    print("starting the Rasa server and the action server (cold)…", flush=True)
    began = time.perf_counter()
    servers.start()
    results.ready_s = time.perf_counter() - began
    try:
        url = f"{servers.url}/webhooks/rest/webhook"
        print(f"ready after {results.ready_s:.1f} s; {args.leaders} leaders start at once…", flush=True)
        results.workshop, _ = asyncio.run(load(url, args.leaders, args.turns, think, seed=1))
        print(f"long conversations: {args.leaders} leaders x {args.long_turns} turns…", flush=True)
        results.long_run, _ = asyncio.run(load(url, args.leaders, args.long_turns, think, seed=2))
        if not args.no_starter:
            print("starting Rasa's starter bot…", flush=True)
            starter, starter_url = start_starter(tmp)
        # Saturation in rounds, the bot and the starter bot in turn, so that whatever else
        # the machine does weighs on both alike.
        for round_ in range(SATURATION_ROUNDS):
            print(f"saturation, round {round_ + 1} of {SATURATION_ROUNDS}…", flush=True)
            record, elapsed = asyncio.run(load(url, args.leaders, args.turns, None, seed=10 + round_, together=True))
            results.saturation.merge(record)
            results.bot_s += elapsed
            if starter is not None:
                record, elapsed = asyncio.run(load(
                    f"{starter_url}/webhooks/rest/webhook", args.leaders, args.turns, None, seed=10 + round_,
                    opening="hello", closing=None, together=True, needs_reply=False))
                results.starter.merge(record)
                results.starter_s += elapsed
        results.memory_mb = {"rasa": peak_rss_mb(servers.rasa.pid), "actions": peak_rss_mb(servers.actions.pid),
                             "starter": peak_rss_mb(starter.pid) if starter is not None else float("nan")}
    finally:
        servers.stop()
        if starter is not None:
            stop(starter)
    return results


def table(args, results: Results) -> List[tuple]:
    """The rows of the report: what, result, target, verdict."""
    cold_start = results.workshop.by_turn.get(0, [])
    cold_first = results.workshop.by_turn.get(1, [])
    busy = results.workshop.turns()
    turn5, last = results.long_run.by_turn.get(5, []), results.long_run.by_turn.get(args.long_turns, [])
    bot_tps = len(results.saturation.turns()) / results.bot_s if results.bot_s else float("nan")
    starter_tps = len(results.starter.turns()) / results.starter_s if results.starter_s else float("nan")
    ratio = bot_tps / starter_tps
    median5 = statistics.median(turn5) if turn5 else float("nan")
    median_last = statistics.median(last) if last else float("nan")
    long_ratio = median_last / median5
    memory = results.memory_mb
    together_mb = memory["rasa"] + memory["actions"]
    return [
        ("start to ready (both servers, warm-up included)", f"{results.ready_s:.1f} s",
         "< 30 s", verdict(results.ready_s < TARGETS["ready_s"])),
        (f"(a) cold workshop: /start of {args.leaders} at once, p50 / p95",
         f"{fmt(percentile(cold_start, 50), '')} / {fmt(percentile(cold_start, 95))}", "", ""),
        ("(a) cold workshop: first turn, p50 / p95",
         f"{fmt(percentile(cold_first, 50), '')} / {fmt(percentile(cold_first, 95))}",
         "p95 < 300 ms", verdict(percentile(cold_first, 95) < TARGETS["cold_p95"])),
        (f"(b) busy workshop: {len(busy)} turns, p50 / p95 / p99",
         f"{fmt(percentile(busy, 50), '')} / {fmt(percentile(busy, 95), '')} / {fmt(percentile(busy, 99))}",
         "p95 < 150, p99 < 300", verdict(percentile(busy, 95) < TARGETS["busy_p95"]
                                         and percentile(busy, 99) < TARGETS["busy_p99"])),
        ("(b) errors (every request of the run)", f"{len(results.errors)} of {results.requests}",
         "0", verdict(not results.errors)),
        (f"(c) saturation, {SATURATION_ROUNDS} rounds each: bot / starter, turns/s",
         f"{bot_tps:.1f} / {starter_tps:.1f} = {ratio:.2f}x", ">= 1.2x", verdict(ratio >= TARGETS["ratio"])),
        ("(c) saturation: p50 latency, bot / starter bot",
         f"{fmt(percentile(results.saturation.turns(), 50), '')} / {fmt(percentile(results.starter.turns(), 50))}",
         "", ""),
        (f"(d) long conversations: turn 5 / turn {args.long_turns}, p50",
         f"{fmt(median5, '')} / {fmt(median_last)} = {long_ratio:.2f}x", "<= 1.5x",
         verdict(long_ratio <= TARGETS["long_ratio"])),
        (f"(d) long conversations: turn 5 / turn {args.long_turns}, p95",
         f"{fmt(percentile(turn5, 95), '')} / {fmt(percentile(last, 95))}", "", ""),
        ("(e) peak memory: Rasa server + action server",
         f"{memory['rasa']:.0f} + {memory['actions']:.0f} = {together_mb:.0f} MB", "<= 2048 MB",
         verdict(together_mb <= TARGETS["memory_mb"])),
        ("(e) peak memory: starter bot's Rasa server", fmt(memory["starter"], " MB"), "", ""),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leaders", type=int, default=30)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--long-turns", type=int, default=25)
    parser.add_argument("--database-url", help="default: SQLite in var/bench/")
    parser.add_argument("--no-starter", action="store_true", help="skip the starter bot (no ratio)")
    args = parser.parse_args()
    if args.long_turns < 5:
        parser.error("--long-turns must be at least 5")
    # Logs and the SQLite database of the last run stay in var/bench/ (wiped at each start).
    tmp = ROOT / "var" / "bench"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    results = run(args, tmp)
    rows = table(args, results)
    database = "PostgreSQL" if args.database_url and args.database_url.startswith("postgres") else "SQLite"
    print(f"\nGesprekscoach benchmark: {args.leaders} leaders, {os.cpu_count()} cores, {database}, REST\n")
    width = max(len(row[0]) for row in rows)
    value_width = max(len(row[1]) for row in rows)
    print(f"{'':{width}}  {'result':{value_width}}  {'target':21}")
    for name, value, target, ok in rows:
        print(f"{name:{width}}  {value:{value_width}}  {target:21}  {ok}".rstrip())
    for error in results.errors[:5]:
        print(f"error: {error}")
    print(f"\nserver logs: {tmp.relative_to(ROOT)}/")
    return 1 if results.errors else 0


if __name__ == "__main__":
    sys.exit(main())
