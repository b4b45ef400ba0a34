"""User settings, kept as a small JSON file in the user's configuration folder.

Qt-free so that the command line and the services read the same settings as the
GUI. Window geometry and other purely visual state live in QSettings (views/).
A PostgreSQL password is never stored here: see ``Settings.database``.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordinator_app.paths import user_config_dir

LANGUAGES = ("nl", "en")


@dataclass
class MatchWeights:
    level: float = 3.0
    competences: float = 2.0
    themes: float = 2.0
    travel: float = 1.0
    variety: float = 1.5
    preference: float = 3.0


@dataclass
class Settings:
    database: str = ""  # empty: the default location; a URL here never holds a password
    language: str = "nl"
    organisation_name: str = ""
    logo_path: str = ""
    attention_weeks: int = 6
    retention_months: int = 24
    participation_threshold: float = 0.7
    backups_to_keep: int = 10
    user_name: str = ""
    max_travel_km: float = 50.0
    match_weights: MatchWeights = field(default_factory=MatchWeights)

    def validate(self) -> list[str]:
        """Dutch messages for every value that is out of range (empty when all is well)."""
        problems = []
        if self.language not in LANGUAGES:
            problems.append(f"Onbekende taal '{self.language}'; kies nl of en.")
        if not 1 <= self.attention_weeks <= 52:
            problems.append("Het signaleringsvenster moet tussen 1 en 52 weken liggen.")
        if not 1 <= self.retention_months <= 240:
            problems.append("De bewaartermijn moet tussen 1 en 240 maanden liggen.")
        if not 0 <= self.participation_threshold <= 1:
            problems.append("De deelnamedrempel moet tussen 0 en 100% liggen.")
        if not 1 <= self.backups_to_keep <= 1000:
            problems.append("Het aantal back-ups moet tussen 1 en 1000 liggen.")
        return problems


def default_settings_path() -> Path:
    return user_config_dir() / "settings.json"


def _from_dict(data: dict[str, Any]) -> Settings:
    settings = Settings()
    for f in dataclasses.fields(Settings):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "match_weights" and isinstance(value, dict):
            known = {k: float(v) for k, v in value.items() if k in MatchWeights.__annotations__}
            setattr(settings, f.name, MatchWeights(**known))
        elif isinstance(value, type(getattr(settings, f.name))) or (
            isinstance(getattr(settings, f.name), float) and isinstance(value, int)
        ):
            setattr(settings, f.name, value)
    if settings.validate():
        # A hand-edited file with bad values falls back to the defaults for those values.
        defaults = Settings()
        for f in dataclasses.fields(Settings):
            trial = dataclasses.replace(defaults, **{f.name: getattr(settings, f.name)})
            if trial.validate():
                setattr(settings, f.name, getattr(defaults, f.name))
    return settings


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when the file is missing or unreadable."""
    target = path or default_settings_path()
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return _from_dict(data) if isinstance(data, dict) else Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash leaves either the old or the new file."""
    target = path or default_settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".tmp")
    partial.write_text(
        json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8"
    )
    os.replace(partial, target)
