"""Scale-out as DESIGN.md describes it: two Rasa servers share the PostgreSQL tracker
store and a Redis lock store, with a stateless action server. One conversation is
sent to both servers in turn, and at the same moment: nothing lives in one process."""

from __future__ import annotations

import concurrent.futures
import uuid

import pytest
import requests

from tests.conftest import Servers

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture()
def two_servers(tmp_path, trained_model, request):
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis on 127.0.0.1:6379 is needed (.ci/run starts it): {error}")
    database_url = request.getfixturevalue("postgres_url")
    env = {"REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379", "REDIS_DB": "3"}
    first = Servers(tmp_path / "a", database_url, endpoints="endpoints.scale.yml", extra_env=env)
    (tmp_path / "a").mkdir()
    first.start()
    second = Servers(tmp_path / "b", database_url, endpoints="endpoints.scale.yml", extra_env=env)
    (tmp_path / "b").mkdir()
    # The second Rasa server uses the first one's action server: actions are stateless.
    second.action_port = first.action_port
    second.env["ACTION_SERVER_URL"] = first.env["ACTION_SERVER_URL"]
    second.start_rasa()
    yield first, second
    second.stop_rasa()
    first.stop()


@pytest.fixture()
def postgres_url():
    from sqlalchemy import text

    from tests.conftest import _postgres_database

    name = f"coach_scale_{uuid.uuid4().hex[:10]}"
    admin, url = _postgres_database(name)
    yield url
    with admin.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                           {"n": name})
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def coach_turn(replies):
    return next(r["custom"]["turn"] for r in replies if r.get("custom", {}).get("role") == "coach")


def test_one_conversation_across_two_rasa_servers(two_servers):
    first, second = two_servers
    sender = f"scale-{uuid.uuid4().hex}"
    first.say(sender, '/start{"scenario":"rooster"}')
    turns = ["Hoe gaat het met je plan?", "Wat merken de leerlingen ervan?", "Wat goed dat je dit doet!",
             "Hoe kan ik je helpen?"]
    for number, (servers, text) in enumerate(zip([second, first, second, first], turns, strict=True), start=1):
        assert coach_turn(servers.say(sender, text)) == number

    # Both servers at the same moment, same conversation: the Redis lock serialises them.
    texts = [f"Wat vinden de kinderen van stap {n}?" for n in range(6)]
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda pair: pair[0].say(sender, pair[1]),
                      [((first, second)[n % 2], text) for n, text in enumerate(texts)]))
    report = next(r["custom"]["report"] for r in second.say(sender, "/stop")
                  if r.get("custom", {}).get("role") == "report")
    assert report["turns"] == len(turns) + len(texts)
    session = requests.get(f"{first.url}/coach/api/conversation/{sender}", timeout=10).json()["session"]
    assert [t["n"] for t in session["turns"]] == list(range(1, 11))
