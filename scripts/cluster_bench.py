"""The cluster under load and under faults: `make cluster-bench` (and, smaller, a test).

    .venv/bin/python scripts/cluster_bench.py [--leaders 100 200] [--fault-leaders 100]
        [--turns 10] [--saturation-seconds 20] [--no-load] [--json PATH]

Starts everything it uses on 127.0.0.1, on free ports, in a temporary folder, and
stops it by pid at the end, whatever happens:

- its own PostgreSQL (``initdb``; run as the ``postgres`` user when this runs as root)
  and its own Redis (``redis-server``, nothing on disk): the faults restart and pause
  them, so the machine's own servers are never touched;
- the cluster, with ``scripts/cluster.sh up`` (nginx in front of three Rasa servers and
  two action servers), pointed at those.

Then, each measured from the clients (Python, over REST through nginx, as the page's
fallback does it: every turn has its own ``metadata.message_id`` and is sent again with
that id after a failure or a 5xx, after 1, 2, 4, 8, 8 and 8 s):

1. load: for each ``--leaders`` N, N leaders of ``--turns`` turns (1-3 s think time)
   through nginx to the three servers, then the same straight to one Rasa server:
   throughput and p50/p95/p99;
2. saturation: 30 leaders sending back to back for ``--saturation-seconds``, to the
   three and to the one, with the machine's CPU use during each (what bounds it);
3. faults: ``--fault-leaders`` leaders (starting spread over ``--spread`` s, 60 by
   default) while one Rasa server is killed (SIGKILL) and started again 10 s later,
   then one action server the same way, then PostgreSQL is restarted, then Redis
   paused (SIGSTOP: connections hang, as on a network fault) for 5 s; each at its
   moment, whether or not the one before is over. Afterwards every
   leader's ``/stop`` report must count exactly the turns that leader sent, and the
   tracker (user events) and the project's turn table must agree with it.

Prints one table and, with ``--json``, writes the figures. Exit status 1 when a turn
was lost or doubled, a request failed for good, or the p95 outside the fault windows
is 500 ms or more.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench import leader_turns, percentile  # noqa: E402

SCENARIOS = ("babette", "overleg", "rooster")
RETRY_DELAYS = (1, 2, 4, 8, 8, 8)
THINK = (1.0, 3.0)
#: p95 target outside the fault windows (issue 12).
P95_TARGET_MS = 500.0
#: How long after a fault starts its turns count as "in the fault window".
FAULT_WINDOW_S = {"rasa": 20.0, "actions": 20.0, "postgres": 12.0, "redis": 12.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------ services

def _as_postgres(command: List[str]) -> List[str]:
    """Run as the ``postgres`` user when this runs as root (PostgreSQL refuses root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise SystemExit(f"{name} not found: PostgreSQL's server package is needed (Debian: postgresql)")


class OwnPostgres:
    """A PostgreSQL server of our own, in a temporary folder, on a free port."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/coach"

    def start(self) -> "OwnPostgres":
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        subprocess.run(_as_postgres([_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                                     "-E", "UTF8", "--no-sync"]), check=True, capture_output=True, timeout=120)
        self._pg_ctl("start")
        subprocess.run(_as_postgres(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-c",
                                     "CREATE DATABASE coach"]), check=True, capture_output=True, timeout=60)
        return self

    def _pg_ctl(self, action: str, *extra: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off"
        subprocess.run(_as_postgres([_pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "postgres.log"),
                                     "-o", options, "-w", *extra, action]),
                       check=True, capture_output=True, timeout=120)

    def restart(self) -> None:
        self._pg_ctl("restart", "-m", "fast")

    def stop(self) -> None:
        if self.data.is_dir():
            with contextlib.suppress(subprocess.CalledProcessError):
                self._pg_ctl("stop", "-m", "fast")


class OwnRedis:
    """A Redis server of our own (nothing on disk), on a free port."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> "OwnRedis":
        self.folder.mkdir(parents=True, exist_ok=True)
        log = open(self.folder / "redis.log", "ab")  # noqa: SIM115 - the server writes to it while it runs
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.folder)], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def pause(self, seconds: float) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)
        try:
            time.sleep(seconds)
        finally:
            os.kill(self.process.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Cluster:
    """scripts/cluster.sh with its own folder and ports."""

    def __init__(self, folder: Path, database_url: str, redis_url: str) -> None:
        self.folder = folder
        self.port = free_port()
        self.rasa_ports = [free_port() for _ in range(3)]
        self.env = dict(os.environ, CLUSTER_DIR=str(folder), CLUSTER_PORT=str(self.port),
                        ACTION_LB_PORT=str(free_port()), DATABASE_URL=database_url, REDIS_URL=redis_url,
                        RASA_PORTS=" ".join(map(str, self.rasa_ports)),
                        ACTION_PORTS=" ".join(str(free_port()) for _ in range(2)))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *args: str, timeout: float = 400) -> str:
        done = subprocess.run([str(ROOT / "scripts" / "cluster.sh"), *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"cluster.sh {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def up(self) -> float:
        started = time.perf_counter()
        self.script("up")
        return time.perf_counter() - started

    def down(self) -> None:
        try:
            self.script("down", timeout=120)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            print(f"warning: {error}", file=sys.stderr)

    def pid(self, name: str) -> int:
        return int((self.folder / f"{name}.pid").read_text().strip())

    def kill_and_restart(self, name: str, down_seconds: float, health_url: str) -> Tuple[float, float]:
        """SIGKILL ``name``, start it again ``down_seconds`` later exactly as it was
        started (its command line, environment and folder, read from /proc before the
        kill), and wait until it answers. Returns (seconds down, seconds until healthy)."""
        pid = self.pid(name)
        command = Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
        environ = dict(item.split(b"=", 1) for item in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
                       if b"=" in item)
        cwd = os.readlink(f"/proc/{pid}/cwd")
        killed = time.perf_counter()
        os.kill(pid, signal.SIGKILL)
        time.sleep(down_seconds)
        log = open(self.folder / f"{name}.log", "ab")  # noqa: SIM115 - the server writes to it
        process = subprocess.Popen(command, env={k.decode(): v.decode() for k, v in environ.items()}, cwd=cwd,
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        (self.folder / f"{name}.pid").write_text(f"{process.pid}\n")
        deadline = time.time() + 240
        import urllib.request

        while time.time() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(health_url, timeout=2):
                    break
            except OSError:
                time.sleep(0.3)
        return down_seconds, time.perf_counter() - killed


# ------------------------------------------------------------------ leaders

@dataclass
class TurnRecord:
    started: float   # seconds since the run began
    ms: float
    retries: int
    ok: bool


@dataclass
class Run:
    turns: List[TurnRecord] = field(default_factory=list)
    failures: List[str] = field(default_factory=list)
    sent: Dict[str, int] = field(default_factory=dict)      # sender -> leader turns answered
    reported: Dict[str, Optional[int]] = field(default_factory=dict)
    began: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def latencies(self, keep=lambda t: True) -> List[float]:
        return [t.ms for t in self.turns if t.ok and keep(t)]

    @property
    def retries(self) -> int:
        return sum(t.retries for t in self.turns)


async def say(session: aiohttp.ClientSession, url: str, sender: str, message: str, run: Run,
              timed: bool) -> Optional[list]:
    """One message, sent again with the same id until it is answered."""
    message_id = uuid.uuid4().hex
    started = time.perf_counter()
    retries = 0
    last = ""
    for attempt in range(len(RETRY_DELAYS) + 1):
        if attempt:
            retries += 1
            await asyncio.sleep(RETRY_DELAYS[attempt - 1])
        try:
            async with session.post(f"{url}/webhooks/rest/webhook", json={
                    "sender": sender, "message": message, "metadata": {"message_id": message_id}}) as response:
                body = await response.text()
                if response.status == 200:
                    replies = json.loads(body)
                    if timed:
                        run.turns.append(TurnRecord(started - run.began, (time.perf_counter() - started) * 1000,
                                                    retries, True))
                    return replies
                last = f"HTTP {response.status}: {body[:120]}"
                if response.status < 500:
                    break
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            last = repr(error)[:160]
    if timed:
        run.turns.append(TurnRecord(started - run.began, (time.perf_counter() - started) * 1000, retries, False))
    run.failures.append(f"{sender} {message[:30]!r}: {last}")
    return None


async def leader(session, url, sender, texts, run: Run, rng: random.Random, delay: float, think) -> None:
    await asyncio.sleep(delay)
    if await say(session, url, sender, '/start{"scenario":"%s"}' % rng.choice(SCENARIOS), run, False) is None:
        return
    run.sent[sender] = 0
    for text in texts:
        if think:
            await asyncio.sleep(rng.uniform(*think))
        if await say(session, url, sender, text, run, True) is not None:
            run.sent[sender] += 1
    replies = await say(session, url, sender, "/stop", run, False) or []
    report = next((r["custom"]["report"] for r in replies if r.get("custom", {}).get("role") == "report"), None)
    run.reported[sender] = report["turns"] if report else None


async def drive(url: str, leaders: int, turns: int, *, seed: int, spread: float = 0.0, think=THINK,
                until: Optional[float] = None) -> Run:
    """``leaders`` conversations through ``url``; each starts at a random moment within
    ``spread`` seconds. With ``until`` (saturation) leaders keep sending, without
    thinking, until that many seconds have passed."""
    rng = random.Random(seed)
    pool = leader_turns()
    run = Run()
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=0)) as session:
        if until is None:
            tasks = [leader(session, url, f"cluster-{seed}-{n}-{uuid.uuid4().hex[:8]}",
                            [rng.choice(pool) for _ in range(turns)], run, random.Random(rng.random()),
                            rng.uniform(0, spread), think) for n in range(leaders)]
        else:
            tasks = [saturate(session, url, f"sat-{seed}-{n}-{uuid.uuid4().hex[:8]}", pool, run,
                              random.Random(rng.random()), until) for n in range(leaders)]
        await asyncio.gather(*tasks)
    run.elapsed = time.perf_counter() - run.began
    return run


async def saturate(session, url, sender, pool, run: Run, rng: random.Random, until: float) -> None:
    if await say(session, url, sender, '/start{"scenario":"babette"}', run, False) is None:
        return
    while time.perf_counter() - run.began < until:
        await say(session, url, sender, rng.choice(pool), run, True)
    await say(session, url, sender, "/stop", run, False)


def cpu_busy(previous: Optional[Tuple[int, int]] = None):
    """(busy, total) jiffies of the whole machine; with ``previous``, the busy share since."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    now = (sum(fields) - idle, sum(fields))
    if previous is None:
        return now
    busy, total = now[0] - previous[0], now[1] - previous[1]
    return busy / total if total else float("nan")


# ------------------------------------------------------------------ faults

@dataclass
class Fault:
    name: str
    kind: str
    at: float            # seconds after the run began
    took: float = 0.0    # seconds until the part was back (healthy)
    slower_for: float = 0.0
    retries: int = 0
    p95_in_window: float = float("nan")


NAMES = {"rasa": "Rasa server rasa-2 killed, started 10 s later",
         "actions": "action server actions-1 killed, started 10 s later",
         "postgres": "PostgreSQL restarted", "redis": "Redis paused (unreachable) for 5 s"}


async def inject(kind: str, at: float, cluster: "Cluster", postgres: OwnPostgres, redis: OwnRedis,
                 began: float) -> Fault:
    """One fault, ``at`` seconds after ``began``; returns when the part is back."""
    await asyncio.sleep(max(0.0, at - (time.perf_counter() - began)))
    fault = Fault(NAMES[kind], kind, time.perf_counter() - began)
    loop = asyncio.get_running_loop()
    if kind == "rasa":
        work = (cluster.kill_and_restart, "rasa-2", 10.0, f"http://127.0.0.1:{cluster.rasa_ports[1]}/")
    elif kind == "actions":
        port = cluster.env["ACTION_PORTS"].split()[0]
        work = (cluster.kill_and_restart, "actions-1", 10.0, f"http://127.0.0.1:{port}/health")
    elif kind == "postgres":
        work = (postgres.restart,)
    else:
        work = (redis.pause, 5.0)
    started = time.perf_counter()
    await loop.run_in_executor(None, *work)
    fault.took = time.perf_counter() - started
    print(f"  fault at {fault.at:5.1f} s: {fault.name}; back after {fault.took:.1f} s", flush=True)
    return fault


def judge_faults(run: Run, done: List[Fault]) -> None:
    """Per fault: the turns that began in its window, their p95 and retries, and how long
    after the fault turns were slower than the target (or needed a retry)."""
    for n, fault in enumerate(done):
        end = done[n + 1].at if n + 1 < len(done) else float("inf")
        window = [t for t in run.turns if fault.at <= t.started < min(end, fault.at + FAULT_WINDOW_S[fault.kind])]
        fault.retries = sum(t.retries for t in window)
        fault.p95_in_window = percentile([t.ms for t in window if t.ok], 95)
        slow = [t for t in run.turns if fault.at - 60 <= t.started < end and t.started + t.ms / 1000 >= fault.at
                and (t.ms >= P95_TARGET_MS or t.retries)]
        fault.slower_for = max((t.started + t.ms / 1000 - fault.at for t in slow), default=0.0)


def outside(done: List[Fault]):
    def keep(turn: TurnRecord) -> bool:
        return not any(f.at - 1 <= turn.started < f.at + FAULT_WINDOW_S[f.kind] for f in done)
    return keep


def agreement(database_url: str, run: Run) -> Dict[str, int]:
    """Lost and doubled turns: each leader's report, the tracker's user events and the
    project's stored turns against the turns that leader sent and had answered."""
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url, future=True)
    with engine.connect() as c:
        users = dict(c.execute(text("SELECT sender_id, count(*) FROM events WHERE type_name = 'user' "
                                    "GROUP BY sender_id")).all())
        order = c.execute(text("SELECT sender_id, type_name FROM events ORDER BY id")).all()
        stored = dict(c.execute(text("SELECT s.conversation_id, count(t.id) FROM coach_sessions s "
                                     "LEFT JOIN coach_turns t ON t.session_id = s.id AND NOT t.after_stop "
                                     "GROUP BY s.conversation_id")).all())
    engine.dispose()
    result = {"leaders": len(run.sent), "lost": 0, "doubled": 0, "report_mismatch": 0, "tracker_mismatch": 0,
              "table_mismatch": 0, "interleaved": 0}
    # One conversation handled by two servers at once would show as two user messages
    # with no action between them: each turn's events must follow its user message.
    previous: Dict[str, str] = {}
    for sender, kind in order:
        if sender in run.sent and kind == "user" and previous.get(sender) == "user":
            result["interleaved"] += 1
        previous[sender] = kind
    for sender, sent in run.sent.items():
        reported = run.reported.get(sender)
        if reported is None or reported != sent:
            result["report_mismatch"] += 1
        in_tracker = users.get(sender, 0) - 2  # /start and /stop are user messages too
        for count, key in ((reported, "report_mismatch"), (in_tracker, "tracker_mismatch"),
                           (stored.get(sender, 0), "table_mismatch")):
            if count is None:
                continue
            if count < sent:
                result["lost"] += sent - count
            elif count > sent:
                result["doubled"] += count - sent
            if count != sent and key != "report_mismatch":
                result[key] += 1
    return result


# ------------------------------------------------------------------ the run

def figures(run: Run, keep=lambda t: True) -> Dict[str, float]:
    values = run.latencies(keep)
    return {"turns": len(values), "turns_per_s": round(len(values) / run.elapsed, 1) if run.elapsed else 0.0,
            "p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1),
            "p99": round(percentile(values, 99), 1), "failed": len(run.failures), "retries": run.retries}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leaders", type=int, nargs="*", default=[100, 200])
    parser.add_argument("--fault-leaders", type=int, default=100)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--saturation-seconds", type=float, default=20.0)
    parser.add_argument("--spread", type=float, default=60.0, help="seconds over which the fault run's leaders start")
    parser.add_argument("--no-load", action="store_true", help="only the fault run")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs)")
    args = parser.parse_args(argv)
    # Stopped from outside (Ctrl-C, a test's timeout): still stop everything it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    folder = Path(tempfile.mkdtemp(prefix="cluster-bench-"))
    os.chmod(folder, 0o755)
    postgres, redis = OwnPostgres(folder / "postgres"), OwnRedis(folder / "redis")
    cluster = None
    results: Dict = {"folder": str(folder)}
    try:
        postgres.start()
        redis.start()
        cluster = Cluster(folder / "cluster", postgres.url, redis.url)
        results["start_s"] = round(cluster.up(), 1)
        print(f"cluster ready in {results['start_s']} s (logs in {cluster.folder})", flush=True)
        one = f"http://127.0.0.1:{cluster.rasa_ports[0]}"
        if not args.no_load:
            results["load"] = {}
            for n in args.leaders:
                for label, url in (("three", cluster.url), ("one", one)):
                    run = asyncio.run(drive(url, n, args.turns, seed=n, spread=5.0))
                    results["load"][f"{n} leaders, {label}"] = figures(run)
                    print(f"  {n} leaders, {label}: {figures(run)}", flush=True)
            results["saturation"] = {}
            for label, url in (("three", cluster.url), ("one", one)):
                before = cpu_busy()
                run = asyncio.run(drive(url, 30, 0, seed=7, until=args.saturation_seconds))
                row = figures(run)
                row["cpu_busy"] = round(cpu_busy(before), 3)
                results["saturation"][label] = row
                print(f"  saturation, {label}: {row}", flush=True)

        async def fault_run():
            run_task = asyncio.create_task(drive(cluster.url, args.fault_leaders, args.turns, seed=42,
                                                 spread=args.spread))
            await asyncio.sleep(0)  # drive() starts its clock
            began = time.perf_counter()
            span = args.spread + args.turns * 2
            schedule = [(0.1 * span, "rasa"), (0.4 * span, "actions"), (0.6 * span, "postgres"),
                        (0.8 * span, "redis")]
            done = await asyncio.gather(*(inject(kind, at, cluster, postgres, redis, began)
                                          for at, kind in schedule))
            run = await run_task
            for fault in done:  # on the run's clock
                fault.at += began - run.began
            return run, list(done)

        print(f"fault run: {args.fault_leaders} leaders x {args.turns} turns", flush=True)
        run, done = asyncio.run(fault_run())
        judge_faults(run, done)
        results["faults"] = {
            "all": figures(run), "outside_windows": figures(run, outside(done)),
            "agreement": agreement(postgres.url, run), "failures": run.failures[:20],
            "faults": [vars(f) for f in done],
        }
    finally:
        if cluster is not None:
            cluster.down()
        redis.stop()
        postgres.stop()
        if not args.keep and "faults" in results:
            shutil.rmtree(folder, ignore_errors=True)

    print_table(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    f = results["faults"]
    ok = (f["agreement"]["lost"] == 0 and f["agreement"]["doubled"] == 0 and not f["failures"]
          and f["agreement"]["interleaved"] == 0
          and f["agreement"]["report_mismatch"] == 0 and f["outside_windows"]["p95"] < P95_TARGET_MS)
    return 0 if ok else 1


def print_table(results: Dict) -> None:
    print("\n== cluster-bench: nginx + 3 Rasa servers + 2 action servers (PostgreSQL, Redis), 2 cores ==")
    print(f"start to ready: {results.get('start_s')} s")
    if "load" in results:
        print(f"\n{'load (1-3 s think)':<28}{'turns/s':>9}{'p50':>8}{'p95':>8}{'p99':>8}{'failed':>8}{'retries':>9}")
        for label, row in results["load"].items():
            print(f"{label:<28}{row['turns_per_s']:>9}{row['p50']:>8}{row['p95']:>8}{row['p99']:>8}"
                  f"{row['failed']:>8}{row['retries']:>9}")
        sat = results["saturation"]
        print(f"\nsaturation (30 leaders back to back): three {sat['three']['turns_per_s']} turns/s "
              f"(CPU {sat['three']['cpu_busy']:.0%}), one {sat['one']['turns_per_s']} turns/s "
              f"(CPU {sat['one']['cpu_busy']:.0%}): "
              f"{sat['three']['turns_per_s'] / max(sat['one']['turns_per_s'], 0.1):.2f}x")
    f = results["faults"]
    a = f["agreement"]
    print(f"\nfault run: {a['leaders']} leaders; all turns {f['all']}")
    print(f"outside the fault windows: p50/p95/p99 {f['outside_windows']['p50']}/{f['outside_windows']['p95']}/"
          f"{f['outside_windows']['p99']} ms (target p95 < {P95_TARGET_MS:.0f})")
    print(f"lost turns {a['lost']}, double turns {a['doubled']}, reports wrong {a['report_mismatch']}, "
          f"tracker disagrees {a['tracker_mismatch']}, turn table disagrees {a['table_mismatch']}, "
          f"turns handled at once {a['interleaved']}, "
          f"requests failed for good {len(f['failures'])}, retries {f['all']['retries']}")
    for fault in f["faults"]:
        print(f"  {fault['name']:<48} at {fault['at']:5.1f} s: slower for {fault['slower_for']:4.1f} s, "
              f"p95 in window {fault['p95_in_window']:.0f} ms, {fault['retries']} retries")
    for failure in f["failures"]:
        print(f"  failed: {failure}")


if __name__ == "__main__":
    sys.exit(main())
