"""bot/persona/check.py: ``python -m bot.persona.check [FOLDER]`` before the servers start."""

from __future__ import annotations

from bot.persona import check
from tests.bot.fixtures import FIXTURE_SCENARIOS


def test_a_folder_of_valid_scenarios_passes_and_names_them(capsys):
    assert check.main([str(FIXTURE_SCENARIOS)]) == 0
    out, err = capsys.readouterr()
    assert out == "scenarios ok: leesclub, moestuin\n"
    assert err == ""


def test_without_a_folder_the_shipped_scenarios_are_checked(capsys):
    assert check.main([]) == 0
    assert capsys.readouterr().out == "scenarios ok: babette, overleg, rooster\n"


def test_a_broken_scenario_fails_naming_file_and_field(tmp_path, capsys):
    text = (FIXTURE_SCENARIOS / "moestuin.yml").read_text(encoding="utf-8")
    broken = text.replace("start:\n  openness: 0.45", "start:\n  openness: hoog")
    assert broken != text
    (tmp_path / "moestuin.yml").write_text(broken, encoding="utf-8")
    assert check.main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("scenario error: ")
    assert "moestuin.yml" in err and "start.openness" in err


def test_a_missing_folder_fails(tmp_path, capsys):
    assert check.main([str(tmp_path / "nergens")]) == 1
    assert "scenario folder not found" in capsys.readouterr().err
