"""Where the record database lives: the platform's per-user data folder, or
MSCPREP_DATA_DIR when set (a site can point every workstation to its validated path)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATABASE_NAME = "mscprep-records.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("MSCPREP_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "mscprep"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "mscprep"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "mscprep"


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


DATABASE_URL_VARIABLE = "MSCPREP_DATABASE_URL"


def database_location(setting: str | None = None) -> str | Path:
    """Where records are kept: MSCPREP_DATABASE_URL (a site's PostgreSQL server) when set,
    else the setting (a postgresql:// URL or a file), else the data folder's SQLite file."""
    return os.environ.get(DATABASE_URL_VARIABLE) or setting or database_path()
