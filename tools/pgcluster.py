"""A throwaway PostgreSQL cluster for the tests and the benchmark: initdb into a temporary
folder, pg_ctl on a Unix socket in that folder (no TCP port), removed at the end.

    python tools/pgcluster.py start FOLDER [--durable]   prints the admin URL
    python tools/pgcluster.py stop FOLDER                 stops it and removes FOLDER

initdb refuses to run as root: as root the cluster runs as the `postgres` system user
that Debian's package creates. Without --durable, fsync is off (tests only).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

ADMIN = "mscprep_admin"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _as_owner() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise SystemExit("running as root, and there is no 'postgres' user to run the cluster as")
    return ["runuser", "-u", "postgres", "--"]


def url(folder: Path, database: str = "postgres", user: str = ADMIN) -> str:
    return f"postgresql://{user}@/{database}?host={folder / 'socket'}"


def start(folder: Path, durable: bool = False, extra: str = "") -> str:
    """Start a new cluster in `folder`; `extra`: more server options (-c name=value ...)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed (no initdb)")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "socket").mkdir(exist_ok=True)
    owner = _as_owner()
    if owner:
        record = pwd.getpwnam("postgres")
        for path in (folder, folder / "socket"):
            os.chown(path, record.pw_uid, record.pw_gid)
        os.chmod(folder, 0o755)
    data = folder / "data"
    run = lambda *args: subprocess.run([*owner, *args], check=True, capture_output=True, text=True)  # noqa: E731
    run(str(bin_dir / "initdb"), "-D", str(data), "-U", ADMIN, "-A", "trust", "-E", "UTF8", "--locale=C",
        "--no-sync", "--no-instructions")
    options = f"-k {folder / 'socket'} -c listen_addresses='' -c max_connections=40 -c shared_buffers=64MB"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if extra:
        options += f" {extra}"
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-o", options, "-w",
        "-t", "60", "start")
    return url(folder)


def stop(folder: Path) -> None:
    bin_dir = binaries()
    if bin_dir is not None and (folder / "data" / "postmaster.pid").exists():
        subprocess.run([*_as_owner(), str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("start", "stop"):
        print(__doc__)
        return 2
    folder = Path(argv[1]).resolve()
    if argv[0] == "start":
        try:
            print(start(folder, durable="--durable" in argv))
        except subprocess.CalledProcessError as error:
            sys.stderr.write(f"PostgreSQL did not start: {error.stderr or error.stdout}\n")
            stop(folder)
            return 1
        return 0
    stop(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
