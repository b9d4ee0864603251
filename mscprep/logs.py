"""The program's log: a rotating file in the user's data folder.

No patient name or ID is ever written: log calls name events, record and plan identifiers
and figures only (tests/test_hardening.py checks a whole preparation's log)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_NAME = "mscprep.log"


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Every log file, the rotated ones too, is created owner-only (an older one tightened)."""

    def _open(self):
        from .private_files import tighten
        tighten(self.baseFilename)
        descriptor = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        return os.fdopen(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def configure(folder: Path, level: str = "INFO") -> Path | None:
    """Log to folder/mscprep.log (1 MB x 5 files); returns the path, or None if the folder
    cannot be written (the program then runs without a log file)."""
    from .private_files import ensure_private_dir
    path = folder / LOG_NAME
    try:
        ensure_private_dir(folder)
        handler = _PrivateRotatingHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
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
