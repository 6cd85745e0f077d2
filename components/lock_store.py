"""Rasa's Redis lock store, made safe for several Rasa servers.

Rasa 3.6's ``RedisLockStore`` issues and removes tickets with a GET followed by a
SET. Two servers taking a ticket for the same conversation at the same moment can
overwrite each other's ticket; both then believe they hold the lock and one turn is
lost (seen in ``tests/test_scale_out.py``: 9 of 10 concurrent turns stored). Here
each read-modify-write of a conversation's lock runs under a short Redis mutex
(redis-py's ``Lock``: SET NX with a timeout, released by a Lua script), so tickets
are issued and removed one at a time.

Redis out of reach (a restart, a network hiccup) must not lose a turn or let two
servers run one conversation. Rasa calls Redis synchronously on the event loop, so a
Redis that does not answer froze the whole server for its socket timeout on every call,
and the first error failed the turn. Here each Redis call runs in a worker thread
(the server keeps answering other conversations), and a call that cannot reach Redis
is tried again every half second for up to ``REDIS_WAIT_SECONDS``: a turn waits out a
short outage, and after a longer one fails with a ``LockError`` that says Redis is
unreachable (the REST channel answers 503, the client sends the turn again). A turn
never runs without its lock. Everything else is Rasa's own code.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Callable, Optional, Text, TypeVar

from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore, TicketLock
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)
T = TypeVar("T")

#: The mutex guards one read-modify-write of a lock (milliseconds); a mutex left behind
#: by a call that lost Redis halfway expires after this long.
MUTEX_SECONDS = 3
#: How long a turn waits for an unreachable Redis before it fails (and is sent again).
REDIS_WAIT_SECONDS = 15.0
#: Between two looks at a conversation's lock while another turn holds it (Rasa: 1 s).
POLL_SECONDS = 0.1


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _mutex(self, conversation_id: Text):
        return self.red.lock(f"{self.key_prefix}{conversation_id}:mutex",
                             timeout=MUTEX_SECONDS, blocking_timeout=MUTEX_SECONDS)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: Text) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)

    async def _call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker thread, tried again while Redis is unreachable."""
        import redis

        deadline = time.monotonic() + REDIS_WAIT_SECONDS
        warned = False
        while True:
            try:
                return await asyncio.to_thread(function, *args)
            except (redis.ConnectionError, redis.TimeoutError, redis.exceptions.LockError, LockError) as error:
                # Rasa wraps what went wrong in its LockError; redis-py's LockError is a mutex
                # not got in time (left behind by a call that lost Redis halfway).
                reachable = isinstance(error, LockError) and not isinstance(
                    error.__cause__ or error.__context__,
                    (redis.ConnectionError, redis.TimeoutError, redis.exceptions.LockError))
                if reachable or time.monotonic() > deadline:
                    if not reachable:
                        raise LockError(f"Redis has been unreachable for {REDIS_WAIT_SECONDS:.0f} s: "
                                        f"{error}") from error
                    raise
                if not warned:
                    logger.warning("Redis is unreachable (%s); the turn waits up to %.0f s", error,
                                   REDIS_WAIT_SECONDS)
                    warned = True
                await asyncio.sleep(0.5)

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = POLL_SECONDS) -> AsyncGenerator[TicketLock, None]:
        """Rasa's ``LockStore.lock`` (a ticket, then wait for one's turn), with every
        Redis call off the event loop and waiting out a short outage."""
        ticket = await self._call(self.issue_ticket, conversation_id, lock_lifetime)
        try:
            yield await self._wait_for_turn(conversation_id, ticket, min(wait_time_in_seconds, POLL_SECONDS))
        finally:
            await self._call(self.cleanup, conversation_id, ticket)

    async def _wait_for_turn(self, conversation_id: Text, ticket: int, wait: float) -> TicketLock:
        while True:
            lock = await self._call(self.get_lock, conversation_id)
            if not lock:  # our ticket expired (a turn held the lock for over its lifetime)
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait)
            await self._call(self.update_lock, conversation_id)
