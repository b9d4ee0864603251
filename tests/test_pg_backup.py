"""Backup and restore of the PostgreSQL record store, as the README tells a site to do it:
a base backup (pg_basebackup) plus the archived WAL of a throwaway cluster, restored into a
new data folder and replayed to the end; `mscprep audit verify --head HEAD` then holds for
the head taken after the base backup (so the WAL replay is proven, not only the copy)."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from helpers import ROOT, plan, run_cli

sys.path.insert(0, str(ROOT / "tools"))
import pgcluster  # noqa: E402

from mscprep.records.store import RecordStore  # noqa: E402

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


def _owned(path: Path) -> None:
    """Folders the server writes (as the postgres user when the tests run as root)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        record = pwd.getpwnam("postgres")
        os.chown(path, record.pw_uid, record.pw_gid)
    path.chmod(0o700 if path.name == "restored" else 0o755)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*pgcluster._as_owner(), *args], capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture
def folder():
    if pgcluster.binaries() is None:
        pytest.skip("PostgreSQL is not installed (tools/test installs Debian's postgresql)")
    made = Path(tempfile.mkdtemp(prefix="mscprep-pgbackup-"))
    made.chmod(0o755)
    yield made
    for cluster in ("primary", "restore"):
        pgcluster.stop(made / cluster)
    shutil.rmtree(made, ignore_errors=True)


def test_a_base_backup_and_archived_wal_restore_a_store_whose_head_verifies(folder):
    bin_dir = pgcluster.binaries()
    archive = folder / "archive"
    _owned(archive)
    primary = folder / "primary"
    admin = pgcluster.start(primary, durable=True, extra=f"-c wal_level=replica -c archive_mode=on "
                            f"-c archive_command='cp %p {archive}/%f'")
    import psycopg
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute("CREATE DATABASE records")
    url = pgcluster.url(primary, "records")
    store = RecordStore(url)
    first = store.save(plan(**FORM), "K. Tanaka")
    store.close()
    # the base backup, as the site's backup job takes it
    backup = folder / "base"
    _owned(backup)
    _run(str(bin_dir / "pg_basebackup"), "-d", admin, "-D", str(backup / "data"), "-X", "none", "-c", "fast")
    # work goes on after the backup: only the archived WAL holds it
    store = RecordStore(url)
    store.save(plan(**dict(FORM, weight="72 kg")), "K. Tanaka", record_id=first.record_id, reason="weight re-measured")
    store.start_session("M. Sato")
    head = store.head()
    entries = store.verify_audit().entries
    store.close()
    with psycopg.connect(admin, autocommit=True) as connection:
        segment = connection.execute("SELECT pg_walfile_name(pg_switch_wal())").fetchone()[0]
    deadline = time.monotonic() + 60
    while not (archive / segment).exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert (archive / segment).exists(), "the WAL segment was not archived"
    pgcluster.stop(primary)                                  # the server is lost
    # restore: the base backup into a new data folder, then every archived WAL segment
    restore = folder / "restore"
    _owned(restore)
    (restore / "socket").mkdir()
    _owned(restore / "socket")
    data = restore / "data"
    shutil.copytree(backup / "data", data, symlinks=True)
    if os.geteuid() == 0:
        subprocess.run(["chown", "-R", "postgres:postgres", str(data)], check=True)
    data.chmod(0o700)
    with open(data / "postgresql.auto.conf", "a", encoding="utf-8") as handle:
        handle.write(f"\nrestore_command = 'cp {archive}/%f %p'\narchive_mode = off\n")
    (data / "recovery.signal").touch()
    if os.geteuid() == 0:
        subprocess.run(["chown", "postgres:postgres", str(data / "recovery.signal"), str(data / "postgresql.auto.conf")],
                       check=True)
    _run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(restore / "server.log"), "-o",
         f"-k {restore / 'socket'} -c listen_addresses=''", "-w", "-t", "60", "start")
    restored = pgcluster.url(restore, "records")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with psycopg.connect(pgcluster.url(restore), autocommit=True) as connection:
            if not connection.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
                break
        time.sleep(0.3)
    result = run_cli("audit", "verify", "--db", restored, "--head", head)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{entries} entries" in result.stdout and "is in the chain" in result.stdout
    # the base backup alone (without the archived WAL) would not hold that head
    assert entries > 2
