"""Which data files this computer has already seen pass their schema check (issue 26: the
start of every command and of the window).

resources/defaults.toml is checked against its schema (defaults_schema.py) before anything
of it is used; the check costs more than a whole plan. A file whose exact bytes passed the
check once, under the exact same checking code, passes it again: so that is noted, and the
check is skipped for those bytes.

What is kept holds no value of the file, only that it passed: one empty file per passing
content, named by the SHA-256 of (what the file is, the Python, pint and mscprep versions,
the source of every module the check runs and the font coverage list it reads, and the
file's bytes). The file itself is still read and parsed on every start; a changed byte in it
or in the checking code is another name, so it is checked again. A note that is missing,
unreadable, or in a folder that cannot be written only means the check runs: nothing kept
here can change a number, and no random damage to the folder can make a name of some other
content. The folder is the user's cache folder (platformdirs), MSCPREP_CACHE_DIR if set.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

from . import __version__

CACHE_VARIABLE = "MSCPREP_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent
# The defaults' check runs these modules (defaults_schema.py imports the others) and reads the
# font coverage list (which characters printed text may hold).
_DEFAULTS_CODE = ("defaults_schema.py", "schema_kinds.py", "errors.py", "units.py", "units.txt",
                  "form/characters.py", "protocol/definitions.py", "checked.py")


def _folder() -> Path | None:
    setting = os.environ.get(CACHE_VARIABLE)
    if setting:
        return Path(setting) / "checked"
    try:
        from platformdirs import user_cache_dir
        return Path(user_cache_dir("mscprep", appauthor=False)) / "checked"
    except Exception:  # noqa: BLE001 (no cache folder: every file is checked)
        return None


@cache
def _code_digest(names: tuple[str, ...]) -> bytes:
    import pint
    digest = hashlib.sha256(f"{sys.version}\0{pint.__version__}\0{__version__}\0".encode())
    for name in names:
        digest.update(name.encode() + b"\0" + (_PACKAGE / name).read_bytes() + b"\0")
    return digest.digest()


def _checking_code(names: tuple[str, ...]) -> bytes:
    """The code's digest and the font coverage list of the resources in use now."""
    from .resources import resource_path
    return _code_digest(names) + resource_path("fonts", "coverage.txt").read_bytes()


def note_name(what: str, data: bytes) -> str | None:
    """The note's name for `data` as the file `what` ("defaults"); None when the checking
    code cannot be read (then nothing is skipped)."""
    if what != "defaults":
        raise ValueError(f"no checking code is known for {what!r}")
    try:
        code = _checking_code(_DEFAULTS_CODE)
    except OSError:
        return None
    return hashlib.sha256(what.encode() + b"\0" + code + data).hexdigest()


def passed_before(what: str, data: bytes) -> bool:
    """Whether these exact bytes passed the check of `what` under this exact code."""
    name, folder = note_name(what, data), _folder()
    if name is None or folder is None:
        return False
    try:
        return (folder / name).is_file()
    except OSError:
        return False


def note_passed(what: str, data: bytes) -> None:
    """These bytes passed the check of `what` (call only after the check passed). A folder
    that cannot be written is no error: the check runs again next time."""
    name, folder = note_name(what, data), _folder()
    if name is None or folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (folder / name).touch(mode=0o600, exist_ok=True)
    except OSError:
        pass
