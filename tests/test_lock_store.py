"""The lock store several Rasa servers share: tickets stay unique under contention
(Rasa's own RedisLockStore loses tickets here; see components/lock_store.py)."""

from __future__ import annotations

import concurrent.futures
import uuid

import pytest

from components.lock_store import AtomicRedisLockStore


@pytest.fixture()
def stores():
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis on 127.0.0.1:6379 is needed (.ci/run starts it): {error}")
    return [AtomicRedisLockStore(host="127.0.0.1", port=6379, db=4) for _ in range(2)]


def test_concurrent_tickets_from_two_servers_are_all_kept(stores):
    conversation = f"lock-{uuid.uuid4().hex}"
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        tickets = list(pool.map(lambda i: stores[i % 2].issue_ticket(conversation), range(40)))
    assert len(set(tickets)) == 40
    lock = stores[0].get_lock(conversation)
    assert len(lock.tickets) == 40
    for i, ticket in enumerate(tickets):
        stores[i % 2].cleanup(conversation, ticket)
    assert stores[1].get_lock(conversation) is None
