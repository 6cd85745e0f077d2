"""Rasa's Redis lock store, made safe for several Rasa servers.

Rasa 3.6's ``RedisLockStore`` issues and removes tickets with a GET followed by a
SET. Two servers taking a ticket for the same conversation at the same moment can
overwrite each other's ticket; both then believe they hold the lock and one turn is
lost (seen in ``tests/test_scale_out.py``: 9 of 10 concurrent turns stored). Here
each read-modify-write of a conversation's lock runs under a short Redis mutex
(redis-py's ``Lock``: SET NX with a timeout, released by a Lua script), so tickets
are issued and removed one at a time. Everything else is Rasa's own code.
"""

from __future__ import annotations

from typing import Any, Optional, Text

from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

MUTEX_SECONDS = 10


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
