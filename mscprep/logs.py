"""The program's log: a rotating file in the user's data folder.

No patient name or ID is ever written: log calls name events, record and plan identifiers
and figures only (tests/test_hardening.py checks a whole preparation's log)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_NAME = "mscprep.log"


def configure(folder: Path, level: str = "INFO") -> Path | None:
    """Log to folder/mscprep.log (1 MB x 5 files); returns the path, or None if the folder
    cannot be written (the program then runs without a log file)."""
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("mscprep")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(level if level in LEVELS else "INFO")
    return path
