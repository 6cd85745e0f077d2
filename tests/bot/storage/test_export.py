"""bot/storage/export.py: a workshop's results as CSV."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from bot.storage import export
from bot.storage import sessions as stored
from bot.storage.models import Participant
from tests.bot.storage.helpers import (
    OPEN,
    play,
)


def test_workshop_csv(db, library, workshop_with_three):
    workshop, sessions = workshop_with_three
    # A second session for Anne: one row per session, not per participant.
    with db.session() as s:
        anne = s.execute(select(Participant).where(Participant.nickname == "Anne")).scalar_one()
    again = play(library, [OPEN], extra={"participant_id": anne.id})
    stored.sync_session(db, again, "conv-Anne")

    rows = list(csv.reader(io.StringIO(export.workshop_csv(db, workshop))))
    assert rows[0] == ["deelnemer", "scenario", "status", "beurten", "openheid", "score", "open vragen",
                       "gesloten vragen", "eerste vraag over leerlingen (beurt)", "gestart"]
    body = rows[1:]
    assert len(body) == 4
    assert sorted(r[0] for r in body) == ["Anne", "Anne", "Bram", "Carla"]
    by_name = {}
    for row in body:
        by_name.setdefault(row[0], []).append(row)
    anne_first = by_name["Anne"][0]
    assert anne_first[1:4] == ["babette", "stopped", "3"]
    assert anne_first[4] == f"{sessions['Anne'].teacher.openness:.2f}"
    assert anne_first[5] == str(sessions["Anne"].report["score"])
    assert anne_first[6:9] == ["2", "1", "2"]
    assert by_name["Anne"][1][1:4] == ["babette", "stopped", "1"]
    (bram,) = by_name["Bram"]
    assert bram[6:9] == ["0", "1", ""]
    (carla,) = by_name["Carla"]
    assert carla[1:3] == ["rooster", "active"]
    assert carla[5] == ""  # no score before /stop


