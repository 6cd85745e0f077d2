"""Settings from the environment, in one place. Paths resolve against the project
root (the folder holding ``bot/``), never the working directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    model_path: Path
    project_root: Path = PROJECT_ROOT

    @classmethod
    def from_env(cls) -> "Settings":
        model = os.environ.get("COACH_MODEL") or str(PROJECT_ROOT / "models" / "gesprekscoach.tar.gz")
        return cls(model_path=Path(model).resolve())
