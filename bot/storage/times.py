"""Times as the session JSON and the API write them: ISO 8601 in UTC."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional


def parse_time(value: Optional[str]) -> Optional[datetime]:
    return datetime.fromisoformat(value) if value else None


def iso(value: Optional[datetime]) -> Optional[str]:
    """ISO time in UTC; SQLite returns stored times without their zone."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
