"""bot/settings.py: every setting from the environment, read when asked (never at import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import GesprekscoachError, SettingsError
from bot.settings import (
    DEFAULT_DATABASE_URL,
    DEFAULT_MODEL,
    DEFAULT_RETENTION_DAYS,
    PROJECT_ROOT,
    Settings,
)


def test_project_root_is_the_folder_holding_bot():
    assert (PROJECT_ROOT / "bot" / "settings.py").is_file()
    assert Path(__file__).resolve().parents[2] == PROJECT_ROOT


def test_an_empty_environment_gives_the_defaults():
    settings = Settings.from_env({})
    assert settings.model_path == DEFAULT_MODEL == PROJECT_ROOT / "models" / "gesprekscoach.tar.gz"
    assert settings.database_url == DEFAULT_DATABASE_URL == f"sqlite:///{PROJECT_ROOT / 'var' / 'gesprekscoach.db'}"
    assert settings.allowed_origins == ()
    assert settings.public_url is None
    assert settings.retention_days == DEFAULT_RETENTION_DAYS == 365
    assert settings.project_root == PROJECT_ROOT


def test_empty_values_count_as_unset():
    settings = Settings.from_env({"COACH_MODEL": "", "DATABASE_URL": "", "COACH_ALLOWED_ORIGINS": "",
                                  "COACH_PUBLIC_URL": "", "COACH_RETENTION_DAYS": ""})
    assert settings == Settings.from_env({})


def test_values_come_from_the_environment(tmp_path):
    model = tmp_path / "ander-model.tar.gz"
    settings = Settings.from_env({
        "COACH_MODEL": str(model),
        "DATABASE_URL": "postgresql://coach@db.school.nl/gesprekscoach",
        "COACH_PUBLIC_URL": "https://coach.school.nl",
        "COACH_RETENTION_DAYS": "30",
    })
    assert settings.model_path == model
    assert settings.database_url == "postgresql://coach@db.school.nl/gesprekscoach"
    assert settings.public_url == "https://coach.school.nl"
    assert settings.retention_days == 30


def test_from_env_reads_the_process_environment_when_called(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///elders.db")
    assert Settings.from_env().database_url == "sqlite:///elders.db"
    monkeypatch.setenv("DATABASE_URL", "sqlite:///weer-elders.db")
    assert Settings.from_env().database_url == "sqlite:///weer-elders.db"


def test_allowed_origins_are_split_trimmed_and_lose_a_trailing_slash():
    raw = " https://intranet.school.nl/ ,,https://portaal.school.nl, "
    settings = Settings.from_env({"COACH_ALLOWED_ORIGINS": raw})
    assert settings.allowed_origins == ("https://intranet.school.nl", "https://portaal.school.nl")


def test_public_url_loses_its_trailing_slash():
    assert Settings.from_env({"COACH_PUBLIC_URL": "https://coach.school.nl/"}).public_url == "https://coach.school.nl"
    assert Settings.from_env({"COACH_PUBLIC_URL": "/"}).public_url is None


@pytest.mark.parametrize("raw", ["een jaar", "3.5", "1e3"])
def test_retention_days_that_are_no_number_name_the_setting_and_the_value(raw):
    settings = Settings.from_env({"COACH_RETENTION_DAYS": raw})  # reading never fails...
    with pytest.raises(SettingsError) as info:
        _ = settings.retention_days                                # ...using the value does
    assert str(info.value) == f"COACH_RETENTION_DAYS must be a number of days, not '{raw}'"


@pytest.mark.parametrize("raw", ["0", "-5"])
def test_retention_days_below_one_are_refused(raw):
    with pytest.raises(SettingsError, match="COACH_RETENTION_DAYS must be at least 1"):
        _ = Settings.from_env({"COACH_RETENTION_DAYS": raw}).retention_days


def test_settings_error_is_a_project_error():
    assert issubclass(SettingsError, GesprekscoachError)


def test_settings_are_frozen():
    settings = Settings.from_env({})
    with pytest.raises(AttributeError):
        settings.database_url = "sqlite:///anders.db"
