"""Where the record database lives: the platform's per-user, machine-local data folder
(platformdirs: %LOCALAPPDATA%\\mscprep on Windows, never the roaming profile that hospital
domains redirect to network shares; ~/.local/share/mscprep or $XDG_DATA_HOME on Linux), or
MSCPREP_DATA_DIR when set (a site can point every workstation to its validated path).

SQLite's WAL journal needs shared memory that network file systems do not give: a record
file on a network share is refused (`network_share`), whichever way it was chosen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATABASE_NAME = "mscprep-records.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("MSCPREP_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir
    return Path(user_data_dir("mscprep", appauthor=False, roaming=False))


# File systems that reach the file over a network (Linux /proc/self/mounts names).
NETWORK_FILE_SYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
                                  "glusterfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "davfs",
                                  "fuse.davfs2", "fuse.rclone", "lustre", "gpfs", "beegfs", "ocfs2"})


def network_share(path: Path | str, mounts_file: str = "/proc/self/mounts") -> str | None:
    """What kind of network share `path` (or the folder it would be made in) lies on, e.g.
    'cifs' or 'Windows network drive', or None for a local disk."""
    path = Path(path)
    if sys.platform.startswith("win"):
        return _windows_network_share(path)
    try:
        target = os.path.realpath(path)
        mounts = Path(mounts_file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, kind = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def _windows_network_share(path: Path) -> str | None:
    text = str(path)
    if text.upper().startswith("\\\\?\\UNC\\") or (
            text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))):
        return "Windows network share (UNC path)"
    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if not drive:
        return None
    import ctypes
    drive_remote = 4   # GetDriveTypeW: DRIVE_REMOTE
    if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:   # type: ignore[attr-defined]
        return f"Windows network drive {drive}"
    return None


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


DATABASE_URL_VARIABLE = "MSCPREP_DATABASE_URL"


def database_location(setting: str | None = None) -> str | Path:
    """Where records are kept: MSCPREP_DATABASE_URL (a site's PostgreSQL server) when set,
    else the setting (a postgresql:// URL or a file), else the data folder's SQLite file."""
    return os.environ.get(DATABASE_URL_VARIABLE) or setting or database_path()
