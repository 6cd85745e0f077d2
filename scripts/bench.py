"""Load benchmark over the REST channel: a busy workshop, and saturation.

    .venv/bin/python scripts/bench.py [--leaders 30] [--turns 10] [--saturate]

Starts a fresh Rasa server and action server (as `make run` does, on free ports,
with a temporary SQLite database), then:
- workshop mode (default): each simulated leader sends /start, then ``--turns``
  leader turns with a random 1-3 s pause between them (30 leaders give about 15
  turns a second in all), then /stop;
- saturation mode (``--saturate``): the same leaders send their turns back to back,
  which shows the most turns a second the bot sustains.
It prints p50/p95/p99 latency of the leader turns, throughput, errors, and the peak
resident memory (VmHWM) of each server process. Only loopback addresses are used;
the run is bounded by the number of turns.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import Servers  # noqa: E402  (the same server harness as the tests)

FALLBACK_TURNS = [
    "Hoe gaat het met je initiatief?", "Wat betekent dit voor leerlingen?",
    "Heb je wel toestemming gevraagd?", "Wat goed dat je dit oppakt!",
]


def leader_turns() -> list:
    import yaml

    path = ROOT / "data" / "dev" / "turns.yml"
    if path.is_file():
        return [t["text"] for t in yaml.safe_load(path.read_text(encoding="utf-8"))["turns"]]
    return FALLBACK_TURNS


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def leader(session, url, index, turns, pause, latencies, errors, rng):
    sender = f"bench-{index}-{rng.getrandbits(32):x}"

    async def say(message, record):
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": message}) as response:
                body = await response.text()
                ok = response.status == 200 and isinstance(json.loads(body), list) and json.loads(body)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            ok, body = False, repr(error)
        elapsed = time.perf_counter() - started
        if not ok:
            errors.append(f"{message[:30]!r}: {body[:120]}")
        elif record:
            latencies.append(elapsed)

    await say('/start{"scenario":"babette"}', False)
    for text in turns:
        if pause:
            await asyncio.sleep(rng.uniform(1.0, 3.0))
        await say(text, True)
    await say("/stop", False)


async def run_load(url, leaders, turns_each, pause, seed=1):
    rng = random.Random(seed)
    pool = leader_turns()
    latencies, errors = [], []
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*[
            leader(session, url, i, rng.sample(pool, turns_each), pause, latencies, errors,
                   random.Random(rng.random()))
            for i in range(leaders)
        ])
        elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leaders", type=int, default=30)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--saturate", action="store_true", help="no pauses: the most turns a second")
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        servers = Servers(Path(tmp), args.database_url)
        print("starting the Rasa server and the action server…", flush=True)
        servers.start()
        try:
            url = f"{servers.url}/webhooks/rest/webhook"
            asyncio.run(run_load(url, 3, 2, False, seed=99))  # warm up
            mode = "saturation (no pauses)" if args.saturate else "busy workshop (1-3 s pauses)"
            latencies, errors, elapsed = asyncio.run(
                run_load(url, args.leaders, args.turns, not args.saturate))
            rasa_mb = peak_rss_mb(servers.rasa.pid)
            actions_mb = peak_rss_mb(servers.actions.pid)
        finally:
            servers.stop()

    total = len(latencies) + len(errors)
    ms = [v * 1000 for v in latencies]
    print(f"\n{mode}: {args.leaders} leaders x {args.turns} turns, on {os.cpu_count()} cores")
    print(f"  leader turns     {total} ({len(errors)} errors)")
    print(f"  latency p50      {percentile(ms, 50):.0f} ms")
    print(f"  latency p95      {percentile(ms, 95):.0f} ms")
    print(f"  latency p99      {percentile(ms, 99):.0f} ms")
    print(f"  latency mean     {statistics.mean(ms) if ms else float('nan'):.0f} ms")
    print(f"  throughput       {total / elapsed:.1f} turns/s over {elapsed:.1f} s"
          + ("  (the most the bot sustains)" if args.saturate else ""))
    print(f"  peak memory      Rasa server {rasa_mb:.0f} MB, action server {actions_mb:.0f} MB")
    for error in errors[:5]:
        print(f"  error: {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
