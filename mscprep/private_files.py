"""Files holding patient data, readable by their owner only: the data folder 0700, the
database, its WAL, the log, drafts, exported CSV and PDFs 0600.

`write_private` writes a file atomically (temporary file, fsync, rename), so a crash or a
full disk leaves the old file or the new one, never half of one. A file or folder found
looser than owner-only is tightened, and that is remembered so the GUI can say it once
(`take_notice`). On Windows the modes do not apply (the user's profile folder is private);
nothing is changed there.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

FILE_MODE, DIR_MODE = 0o600, 0o700
_POSIX = not sys.platform.startswith("win")
_tightened: list[Path] = []


@dataclass(frozen=True)
class Written:
    path: Path
    tightened: bool       # an existing file was readable by others and now is not


def tighten(path: Path | str) -> bool:
    """Make an existing file 0600 (a folder 0700) if group or others may use it; True if it was."""
    path = Path(path)
    if not _POSIX:
        return False
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    if not stat.S_IMODE(mode) & 0o077:
        return False
    os.chmod(path, DIR_MODE if stat.S_ISDIR(mode) else FILE_MODE)
    _tightened.append(path)
    return True


def ensure_private_dir(folder: Path | str, *, ours: bool = True) -> list[Path]:
    """Create `folder` (and missing parents) owner-only. An existing folder is tightened only
    when it is the program's own (`ours`): a folder someone chose for a file (/tmp, a share)
    is left as it is. Returns what was tightened."""
    folder = Path(folder)
    if not folder.exists():
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(folder, DIR_MODE) if _POSIX else None    # whatever the umask
        return []
    if not ours or not folder.is_dir() or (_POSIX and os.stat(folder).st_uid != os.getuid()):
        return []
    return [folder] if tighten(folder) else []


def refuse_special(path: Path | str) -> None:
    """OSError when `path` exists and is not a regular file nor a link: a device node, a
    pipe (FIFO) or a socket is never replaced nor written into (a FIFO would hang), and a
    folder is not a file. A symbolic link is replaced by the new file, never followed."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "is a folder")
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OSError(22, "is not a regular file (a device, pipe or socket); nothing was written")


def write_private(path: Path | str, data: bytes | str, *, encoding: str = "utf-8") -> Written:
    """Write `data` to `path` atomically, owner-only. OSError (disk full, no permission, a
    target that is a device, pipe or socket) leaves any earlier file as it was."""
    path = Path(path)
    refuse_special(path)
    if isinstance(data, str):
        data = data.encode(encoding)
    was_loose = False
    if _POSIX:
        try:
            was_loose = bool(stat.S_IMODE(os.stat(path).st_mode) & 0o077)
        except FileNotFoundError:
            pass
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:   # mkstemp creates it 0600
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if _POSIX:
        try:   # the rename is durable once the folder is synced
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
        except OSError:
            pass
    if was_loose:
        _tightened.append(path)
    return Written(path, was_loose)


def open_private_text(path: Path | str, *, encoding: str = "utf-8", newline: str | None = None):
    """A text file opened for writing, created owner-only (an existing one tightened), for
    writers that stream (CSV)."""
    path = Path(path)
    refuse_special(path)
    tighten(path)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    return os.fdopen(descriptor, "w", encoding=encoding, newline=newline)


def take_notice() -> str | None:
    """One sentence naming what was tightened since the last call, or None: the GUI shows it once."""
    if not _tightened:
        return None
    names = ", ".join(str(path) for path in dict.fromkeys(_tightened))
    _tightened.clear()
    from .errors import message
    return message("These files were readable by other users of this computer and are now private to you: {names}",
                   names=names)
