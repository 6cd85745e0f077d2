"""``python -m bot.storage.migrate``: run before the servers start.

Checks that DATABASE_URL can be reached (a clear error naming the host, not the
password), brings the schema up to date with Alembic, and applies the retention
setting (``COACH_RETENTION_DAYS``, default 365: older sessions are deleted).
"""

from __future__ import annotations

import os
import sys

from bot.errors import StorageError
from bot.storage.database import Database, describe
from bot.storage.repository import purge_older_than


def retention_days() -> int:
    raw = os.environ.get("COACH_RETENTION_DAYS", "365")
    try:
        days = int(raw)
    except ValueError:
        raise StorageError(f"COACH_RETENTION_DAYS must be a number of days, not '{raw}'") from None
    if days < 1:
        raise StorageError("COACH_RETENTION_DAYS must be at least 1")
    return days


def main() -> int:
    try:
        db = Database()
        db.check()
        db.migrate()
        purged = purge_older_than(db, retention_days())
    except StorageError as error:
        print(f"database error: {error}", file=sys.stderr)
        return 1
    print(f"database ready: {describe(db.url)}" + (f" ({purged} old sessions deleted)" if purged else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
