"""Nothing typed is lost: the form is autosaved as a draft while it changes, an unexpected
exception is logged and shown instead of ending the program, and a draft left by a crash is
restored at the next start, marked as such."""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from mscprep.records.paths import data_dir

log = logging.getLogger("mscprep.ui")
DRAFT_NAME = "unsaved-draft.json"


def draft_path() -> Path:
    return data_dir() / DRAFT_NAME


def write_draft(form: dict, path: Path | None = None) -> None:
    """Write the draft atomically (temporary file, fsync, rename), owner-only."""
    path = path or draft_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"saved_at": datetime.now().astimezone().isoformat(timespec="seconds"), "form": form},
                      handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        log.warning("draft not written: %s", error.strerror)


def read_draft(path: Path | None = None) -> dict | None:
    path = path or draft_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("form"), dict):
        return None
    return data


def clear_draft(path: Path | None = None) -> None:
    try:
        (path or draft_path()).unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        log.warning("draft not removed: %s", error.strerror)


def install_excepthook(show) -> None:
    """Route unexpected exceptions to the log and to `show(message)`; the program goes on."""
    def hook(kind, value, trace):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, trace)))
        try:
            show(f"{kind.__name__}: {value}")
        except Exception:  # the message itself must never take the program down
            log.exception("could not show the error message")
    sys.excepthook = hook
