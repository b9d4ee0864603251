"""Nothing typed is lost: the form is autosaved as a draft while it changes, an unexpected
exception is logged and shown instead of ending the program, and a draft left by a crash is
restored at the next start, marked as such."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from mscprep import drafts
from mscprep.drafts import clear_draft, write_draft  # noqa: F401 (the window's draft calls)
from mscprep.records.paths import data_dir

log = logging.getLogger("mscprep.ui")
DRAFT_NAME = "unsaved-draft.json"


def draft_path() -> Path:
    return data_dir() / DRAFT_NAME


def read_draft(path: Path | None = None) -> dict | None:
    """The draft at `path`, or None (one that cannot be read is set aside: mscprep.drafts)."""
    return drafts.read_draft(path or draft_path()).draft


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
