"""``python -m bot.storage.migrate``: run before the servers start.

Checks that DATABASE_URL can be reached (a clear error naming the host, not the
password), brings the schema up to date with Alembic, and applies the retention
setting (``COACH_RETENTION_DAYS``, default 365: older sessions are deleted).
"""

from __future__ import annotations

import sys

from bot.errors import SettingsError, StorageError
from bot.settings import Settings
from bot.storage.database import Database, describe
from bot.storage.privacy import purge_older_than


def main() -> int:
    try:
        settings = Settings.from_env()
        db = Database(settings.database_url)
        db.check()
        db.migrate()
        purged = purge_older_than(db, settings.retention_days)
    except (SettingsError, StorageError) as error:
        print(f"database error: {error}", file=sys.stderr)
        return 1
    print(f"database ready: {describe(db.url)}" + (f" ({purged} old sessions deleted)" if purged else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
