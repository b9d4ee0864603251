"""Files and arguments: `records search --csv` writes atomically like -o and never follows
a link nor waits on a FIFO; -o never replaces a device node, pipe or socket; a NUL byte or
bytes that are not UTF-8 in an argument are exit 2 with one line."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from helpers import ROOT, plan, run_cli

from mscprep.records.store import RecordStore

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")
PLAN = ("--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
        "--duration", "30 min")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "records.sqlite3"
    store = RecordStore(path)
    store.save(plan(**FORM), "K. Tanaka")
    store.close()
    return str(path)


def test_search_csv_replaces_a_link_and_never_writes_through_it(tmp_path, db):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    victim.chmod(0o644)
    link = tmp_path / "out.csv"
    link.symlink_to(victim)
    result = run_cli("records", "search", "--db", db, "--csv", str(link))
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "keep me" and stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert not link.is_symlink() and "MRN-000123" in link.read_text()
    assert stat.S_IMODE(link.stat().st_mode) == 0o600


def test_search_csv_onto_a_fifo_is_refused_at_once(tmp_path, db):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    result = run_cli("records", "search", "--db", db, "--csv", str(fifo), timeout=20)
    assert result.returncode == 2 and "not a regular file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may make a device node")
@pytest.mark.parametrize("command", [("sheet", *PLAN, "-o"), ("records", "export", "X", "--fhir", "-o")])
def test_output_onto_a_device_node_is_refused(tmp_path, db, command):
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    if command[0] == "records":
        record_id = RecordStore(db).search()[0].record_id
        command = ("records", "export", record_id, "--db", db, "--fhir", "-o")
    result = run_cli(*command, str(node))
    assert result.returncode == 2 and "not a regular file" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_sheet_onto_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "sheet.pdf"
    os.mkfifo(fifo)
    result = run_cli("sheet", *PLAN, "-o", str(fifo), timeout=60)
    assert result.returncode == 2 and "not a regular file" in result.stderr and stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("argument", [b"--db", b"out\xff.csv", b"caf\xe9"])
def test_bytes_that_are_not_utf8_are_one_line_and_exit_2(tmp_path, argument):
    args = [b"records", b"search", b"--db", str(tmp_path / "x.sqlite3").encode(), b"--csv", argument]
    if argument == b"--db":
        args = [b"plan", *[part.encode() for part in PLAN], b"--patient-name", b"Yamada \xff\xfe"]
    result = subprocess.run([sys.executable, "-m", "mscprep", *args], capture_output=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and b"is not UTF-8 text" in result.stderr and b"Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not result.stdout


@pytest.mark.parametrize("where", ["-o", "--csv", "--db", "--weight"])
def test_a_nul_byte_in_an_argument_is_one_line_and_exit_2(tmp_path, where, monkeypatch, capsys):
    from mscprep.cli import main
    path = str(tmp_path / "a\x00b")
    argv = {"-o": ["sheet", *PLAN, "-o", path], "--csv": ["records", "search", "--csv", path],
            "--db": ["audit", "verify", "--db", path], "--weight": ["plan", "--weight", "70\x00 kg"]}[where]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "NUL byte" in err and len(err.strip().splitlines()) == 1
