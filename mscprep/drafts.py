"""The unsaved case on disk, so that a crash or a kill loses nothing typed.

A draft is written atomically (temporary file, fsync, rename) and owner-only; reading one
never raises: a draft that cannot be read is set aside under a new name (never deleted, it
may be all that is left of a patient's figures) and the caller is told so in one line.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger("mscprep.drafts")
MAX_DRAFT_BYTES = 1_000_000   # a form is a few kB; anything near this is not a draft


@dataclass(frozen=True)
class DraftRead:
    """What was found: the draft (saved_at, form), or why it was set aside and where."""
    draft: dict | None = None
    problem: str | None = None
    set_aside: Path | None = None


def write_draft(form: dict, path: Path) -> bool:
    """Write the draft; False (and a log line) when the disk refuses, the case goes on."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"saved_at": datetime.now().astimezone().isoformat(timespec="seconds"), "form": form},
                      handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        log.warning("draft not written: %s", error.strerror)
        return False
    return True


def _problem(path: Path) -> str | None:
    """Why the file at `path` is not a draft, or None when it is one."""
    if not path.is_file():
        return "it is not a regular file"
    if path.stat().st_size > MAX_DRAFT_BYTES:
        return f"it is larger than {MAX_DRAFT_BYTES} bytes"
    return None


def read_draft(path: Path) -> DraftRead:
    try:
        if not path.exists() and not path.is_symlink():
            return DraftRead()
        problem = _problem(path)
        data = None
        if problem is None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                problem = "it is not UTF-8 text"
            except ValueError as error:
                problem = f"it is not valid JSON ({error.msg} at line {error.lineno})"
        if problem is None:
            if not isinstance(data, dict) or not isinstance(data.get("form"), dict):
                problem = "it has no form in it"
            elif not isinstance(data.get("form", {}).get("texts", {}), dict):
                problem = "its form texts are not a table of fields"
        if problem is None:
            return DraftRead(draft=data)
    except OSError as error:
        problem = f"it cannot be read ({error.strerror})"
    return DraftRead(problem=problem, set_aside=set_aside(path))


def set_aside(path: Path) -> Path | None:
    """Rename an unreadable draft beside itself; None if even that fails (then it stays)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.stem}.unreadable-{stamp}-{number}{path.suffix}")
    try:
        os.replace(path, target)
    except OSError as error:
        log.warning("unreadable draft not set aside: %s", error.strerror)
        return None
    log.warning("unreadable draft set aside as %s", target.name)
    return target


def clear_draft(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        log.warning("draft not removed: %s", error.strerror)
