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
    from .private_files import ensure_private_dir, write_private
    try:
        ensure_private_dir(path.parent, ours=False)   # created private; a folder given is left as it is
        write_private(path, json.dumps({"saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
                                        "form": form}, ensure_ascii=False))
    except OSError as error:
        log.warning("draft not written: %s", error.strerror)
        return False
    return True


KEPT_FOLDER = "kept-drafts"


def keep_draft(form: dict, folder: Path) -> Path | None:
    """Keep the unsaved case of an operator who left (Session.end_operator) in `folder`
    under a name of its own, so that it can be restored later; None if it cannot be written."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path, number = folder / f"kept-{stamp}.json", 1
    while path.exists():
        number += 1
        path = folder / f"kept-{stamp}-{number}.json"
    return path if write_draft(form, path) else None


def kept_drafts(folder: Path) -> list[tuple[Path, dict]]:
    """The kept drafts in `folder` that can be read, newest first (an unreadable one is set
    aside, as at start)."""
    found = []
    for path in sorted(folder.glob("kept-*.json"), reverse=True) if folder.is_dir() else []:
        read = read_draft(path)
        if read.draft is not None:
            found.append((path, read.draft))
    return found


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
