"""The stored corrections a person may review as training data (``coach corrections
export``): only those with text, i.e. of sessions whose leader agreed to share their
turns. Nothing is trained from them automatically."""

from __future__ import annotations

from typing import List, Tuple

from sqlalchemy import select

from bot.storage.database import Database
from bot.storage.models import Correction


def shared_corrections(db: Database) -> List[Tuple[str, List[str], List[str]]]:
    """(text, corrected acts, original acts) of every correction with text, oldest first."""
    with db.session() as s:
        rows = s.execute(select(Correction.text, Correction.corrected_acts, Correction.original_acts)
                         .where(Correction.text.is_not(None))
                         .order_by(Correction.created_at, Correction.id)).all()
    return [(text, list(corrected), list(original)) for text, corrected, original in rows]
