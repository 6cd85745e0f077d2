"""Shared fixtures: the trained model (loaded once) and real servers for end-to-end
tests. Tests that need the model are marked ``model``; `make test` trains first."""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from functools import partial
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "gesprekscoach.tar.gz"
VENV_BIN = Path(sys.executable).parent

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def trained_model() -> Path:
    if not MODEL.is_file():
        pytest.fail("no trained model: run `make test` (it trains first) or `make train`")
    return MODEL


@pytest.fixture(scope="session")
def nlu(trained_model):
    from components.model import NLUModel

    return NLUModel(trained_model)


def wait_for(url: str, process: subprocess.Popen, timeout: float = 240.0) -> None:
    import requests

    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before {url} answered")
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


class Servers:
    """A Rasa server and an action server, as `make run` starts them: both through
    ``components.server`` (warm before they answer), at the same time."""

    def __init__(self, tmp: Path, database_url: str | None = None, allowed_origins=(),
                 endpoints: str = "endpoints.yml", extra_env=None) -> None:
        self.allowed_origins = list(allowed_origins)
        self.endpoints = endpoints
        self.rasa_port = free_port()
        self.action_port = free_port()
        self.database_url = database_url or f"sqlite:///{tmp / 'coach.db'}"
        self.log_dir = tmp
        self.env = dict(
            os.environ,
            DATABASE_URL=self.database_url,
            ACTION_SERVER_URL=f"http://127.0.0.1:{self.action_port}/webhook",
            PYTHONWARNINGS="ignore",
            COACH_ALLOWED_ORIGINS=",".join(self.allowed_origins),
            **(extra_env or {}),
        )
        self.rasa = self.actions = None

    def cors_args(self) -> list:
        return ["--cors", *self.allowed_origins] if self.allowed_origins else []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def launch_actions(self) -> None:
        log = open(self.log_dir / "actions.log", "ab")  # noqa: SIM115 - the server writes to it while it runs
        self.actions = subprocess.Popen(
            [sys.executable, "-m", "components.server", "run", "actions", "--actions", "actions",
             "--port", str(self.action_port)],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )

    def launch_rasa(self) -> None:
        log = open(self.log_dir / "rasa.log", "ab")  # noqa: SIM115 - the server writes to it while it runs
        self.rasa = subprocess.Popen(
            [sys.executable, "-m", "components.server", "run", "--model", str(MODEL),
             "--port", str(self.rasa_port), "--endpoints", self.endpoints,
             "--credentials", "credentials.yml"] + self.cors_args(),
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )

    def wait_for_actions(self) -> None:
        wait_for(f"http://127.0.0.1:{self.action_port}/health", self.actions)

    def wait_for_rasa(self) -> None:
        wait_for(f"{self.url}/", self.rasa)

    def start_actions(self) -> None:
        self.launch_actions()
        self.wait_for_actions()

    def start_rasa(self) -> None:
        self.launch_rasa()
        self.wait_for_rasa()

    def migrate(self) -> None:
        done = subprocess.run([sys.executable, "-m", "bot.storage.migrate"], cwd=ROOT, env=self.env,
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(done.stderr)

    def start(self) -> "Servers":
        """Both servers, started together as scripts/serve.sh does; returns when both
        answer (that is, when both have warmed up)."""
        self.migrate()
        self.launch_actions()
        self.launch_rasa()
        try:
            self.wait_for_actions()
            self.wait_for_rasa()
        except BaseException:
            self.stop()
            raise
        return self

    @staticmethod
    def _stop(process) -> None:
        if process and process.poll() is None:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()

    def stop_rasa(self) -> None:
        self._stop(self.rasa)

    def stop_actions(self) -> None:
        self._stop(self.actions)

    def stop(self) -> None:
        self.stop_rasa()
        self.stop_actions()

    def say(self, sender: str, message: str) -> list:
        import requests

        response = requests.post(f"{self.url}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message}, timeout=60)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="session")
def servers(trained_model, tmp_path_factory):
    # One more free port: the origin of an "intranet page" that embeds the widget.
    widget_origin_port = free_port()
    running = Servers(tmp_path_factory.mktemp("servers"),
                      allowed_origins=[f"http://127.0.0.1:{widget_origin_port}"])
    running.widget_origin_port = widget_origin_port
    running.start()
    yield running
    running.stop()


# ---------------------------------------------------------------- databases

POSTGRES_ADMIN = os.environ.get("COACH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_database(name: str):
    """A fresh PostgreSQL database on the real server (dropped afterwards)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(POSTGRES_ADMIN, future=True, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # noqa: BLE001
        pytest.fail(f"PostgreSQL at {POSTGRES_ADMIN} is needed (.ci/run starts it): {error}")
    url = make_url(POSTGRES_ADMIN).set(database=name).render_as_string(hide_password=False)
    return admin, url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh, empty database: a SQLite file, and a database on the real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'coach.db'}"
        return
    import uuid

    from sqlalchemy import text

    name = f"coach_test_{uuid.uuid4().hex[:12]}"
    admin, url = _postgres_database(name)
    yield url
    with admin.connect() as connection:
        connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"), {"name": name})
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture()
def db(database_url):
    from bot.storage import Database

    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture()
def live(database_url, tmp_path, trained_model):
    """Servers of their own, on SQLite and on PostgreSQL (``database_url``), for tests
    that restart them."""
    servers = Servers(tmp_path, database_url)
    servers.start()
    yield servers
    servers.stop()


def customs(replies, role):
    """The custom messages of one role ("coach", "teacher", "report") in a REST answer."""
    return [r["custom"] for r in replies if r.get("custom", {}).get("role") == role]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def intranet(servers, tmp_path_factory):
    """An intranet page on another origin (a second local port) embedding the widget."""
    folder = tmp_path_factory.mktemp("intranet")
    (folder / "index.html").write_text(
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'><title>Intranet</title></head>"
        "<body><main><h1>Intranet van De Wilgenhoek</h1><p>Nieuws van de week.</p></main>"
        f"<script src='{servers.url}/coach/widget.js' data-server='{servers.url}'"
        " data-scenario='babette' data-mode='live'></script></body></html>",
        encoding="utf-8",
    )
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", servers.widget_origin_port), partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{servers.widget_origin_port}/"
    server.shutdown()


# ---------------------------------------------------------------- the browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (scripts/install-chromium.sh)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield launched
        launched.close()


def say(page, text):
    """A leader turn on the practice page; returns when the teacher's reply is there."""
    before = page.locator("#log .msg.teacher").count()
    page.fill("#invoer", text)
    page.keyboard.press("Enter")
    page.locator("#log .msg.teacher").nth(before).wait_for()


def start_babette(page, servers, mode="live"):
    page.goto(f"{servers.url}/coach/")
    page.check("input[name=scenario][value=babette]")
    page.check(f"input[name=mode][value={mode}]")
    page.click("text=Start het gesprek")
    page.wait_for_selector("#log .msg.teacher")
