"""Every setting from the environment, read in this one module.

Paths resolve against the project root (the folder holding ``bot/``), never the
working directory. ``Settings.from_env()`` reads the environment when it is called
(never at import), so a test or a server can set variables first.

    COACH_MODEL            the trained model file (default models/gesprekscoach.tar.gz)
    DATABASE_URL           tracker store and the project's tables (default SQLite in var/)
    COACH_ALLOWED_ORIGINS  comma-separated origins allowed to embed the widget
    COACH_PUBLIC_URL       where users reach the bot (for links in facilitator output)
    COACH_RETENTION_DAYS   sessions older than this are deleted at start (default 365)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Tuple

from bot.errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = PROJECT_ROOT / "models" / "gesprekscoach.tar.gz"
DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'gesprekscoach.db'}"
DEFAULT_RETENTION_DAYS = 365


def _origins(raw: str) -> Tuple[str, ...]:
    return tuple(origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip())


@dataclass(frozen=True)
class Settings:
    model_path: Path = DEFAULT_MODEL
    database_url: str = DEFAULT_DATABASE_URL
    allowed_origins: Tuple[str, ...] = ()
    public_url: Optional[str] = None
    retention_days_raw: str = str(DEFAULT_RETENTION_DAYS)
    project_root: Path = PROJECT_ROOT

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if environ is None else environ
        return cls(
            model_path=(PROJECT_ROOT / (env.get("COACH_MODEL") or DEFAULT_MODEL)).resolve(),
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            allowed_origins=_origins(env.get("COACH_ALLOWED_ORIGINS", "")),
            public_url=(env.get("COACH_PUBLIC_URL") or "").rstrip("/") or None,
            retention_days_raw=env.get("COACH_RETENTION_DAYS", "") or str(DEFAULT_RETENTION_DAYS),
        )

    @property
    def retention_days(self) -> int:
        """Days a session is kept; SettingsError for a value that is no whole number >= 1."""
        try:
            days = int(self.retention_days_raw)
        except ValueError:
            raise SettingsError(
                f"COACH_RETENTION_DAYS must be a number of days, not '{self.retention_days_raw}'"
            ) from None
        if days < 1:
            raise SettingsError("COACH_RETENTION_DAYS must be at least 1")
        return days
