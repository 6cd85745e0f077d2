"""`make cluster` for real: scripts/cluster.sh up with free ports, a fresh PostgreSQL
database and Redis db 4, one REST conversation through nginx, then down, which must
leave no process of the cluster alive."""

from __future__ import annotations

import os
import signal
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port

SCRIPT = ROOT / "scripts" / "cluster.sh"
POSTGRES_ADMIN = os.environ.get("COACH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
PROCESSES = {"actions-1", "actions-2", "rasa-1", "rasa-2", "rasa-3", "nginx"}


@pytest.fixture()
def cluster_database():
    """A fresh database on the real PostgreSQL, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"coach_cluster_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN, future=True, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # noqa: BLE001
        pytest.fail(f"PostgreSQL at {POSTGRES_ADMIN} is needed (.ci/run starts it): {error}")
    yield make_url(POSTGRES_ADMIN).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                           {"n": name})
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def distinct_free_ports(count: int) -> list:
    ports: list = []
    while len(ports) < count:
        port = free_port()
        if port not in ports:
            ports.append(port)
    return ports


def pids_in(directory: Path) -> dict:
    return {f.stem: int(f.read_text()) for f in directory.glob("*.pid") if f.read_text().strip().isdigit()}


def alive(pid: int) -> bool:
    """Running, and not a zombie waiting for its parent."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def ours(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"components.server" in cmdline or b"nginx" in cmdline


def say(port: int, sender: str, message: str) -> list:
    import requests

    response = requests.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                             json={"sender": sender, "message": message}, timeout=60)
    response.raise_for_status()
    return response.json()


@pytest.mark.slow
@pytest.mark.model
def test_cluster_up_conversation_down(trained_model, cluster_database, tmp_path):
    import redis
    import requests

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis on 127.0.0.1:6379 is needed (.ci/run starts it): {error}")
    cluster_port, lb_port, *ports = distinct_free_ports(7)
    directory = tmp_path / "cluster"
    env = dict(os.environ, CLUSTER_DIR=str(directory), CLUSTER_PORT=str(cluster_port),
               ACTION_LB_PORT=str(lb_port), RASA_PORTS=" ".join(map(str, ports[:3])),
               ACTION_PORTS=" ".join(map(str, ports[3:])), DATABASE_URL=cluster_database,
               REDIS_URL="redis://127.0.0.1:6379/4", COACH_ALLOWED_ORIGINS="")
    pids: dict = {}
    try:
        up = subprocess.run([str(SCRIPT), "up"], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=420)
        pids = pids_in(directory)
        assert up.returncode == 0, up.stdout + up.stderr
        assert set(pids) == PROCESSES
        assert f"http://localhost:{cluster_port}/coach/" in up.stdout

        assert requests.get(f"http://127.0.0.1:{cluster_port}/coach/", timeout=10).ok
        sender = f"cluster-{uuid.uuid4().hex}"
        say(cluster_port, sender, '/start{"scenario":"babette"}')
        replies = say(cluster_port, sender, "Hoe gaat het met de klok?")
        coach = [r["custom"] for r in replies if r.get("custom", {}).get("role") == "coach"]
        assert coach and coach[0]["turn"] == 1
        replies = say(cluster_port, sender, "/stop")
        report = next(r["custom"]["report"] for r in replies if r.get("custom", {}).get("role") == "report")
        assert report["turns"] == 1

        status = subprocess.run([str(SCRIPT), "status"], env=env, capture_output=True, text=True, timeout=60)
        assert status.returncode == 0, status.stdout + status.stderr
        assert status.stdout.count(" ok ") == len(PROCESSES)
    finally:
        pids = pids or pids_in(directory)
        down = subprocess.run([str(SCRIPT), "down"], env=env, capture_output=True, text=True, timeout=120)
        for pid in pids.values():  # only if down failed: never leave a server behind
            if alive(pid) and ours(pid):
                os.kill(pid, signal.SIGKILL)
    assert down.returncode == 0, down.stdout + down.stderr
    assert [name for name, pid in pids.items() if alive(pid)] == []
    assert list(directory.glob("*.pid")) == []
    again = subprocess.run([str(SCRIPT), "down"], env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "nothing" in again.stdout
