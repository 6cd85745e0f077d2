"""A workshop's results as CSV, for a spreadsheet."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from bot.storage.database import Database
from bot.storage.models import Participant, Workshop
from bot.storage.sessions import row_summary

COLUMNS = ["deelnemer", "scenario", "status", "beurten", "openheid", "score", "open vragen",
           "gesloten vragen", "eerste vraag over leerlingen (beurt)", "gestart"]


def _cell(value) -> str:
    """A spreadsheet cell that cannot run as a formula (nicknames come from users)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def workshop_csv(db: Database, workshop: Workshop) -> str:
    """One row per participant's session."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    with db.session() as s:
        participants = s.execute(select(Participant).where(Participant.workshop_id == workshop.id)
                                 .order_by(Participant.created_at)).scalars().all()
        for participant in participants:
            for row in sorted(participant.sessions, key=lambda r: r.started_at):
                summary = row_summary(row)
                writer.writerow([
                    _cell(participant.nickname), row.scenario, row.status, summary["turns"],
                    f"{row.openness:.2f}", "" if summary["score"] is None else summary["score"],
                    summary["open_questions"], summary["closed_questions"],
                    summary["first_student_focus_turn"] or "", summary["started_at"],
                ])
    return out.getvalue()
