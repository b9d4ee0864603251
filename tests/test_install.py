"""The installation scripts and the data folder: what a site meets before the first plan.

tools/setup-env (called by tools/run and tools/test) installs only when something changed
and, for a user who is not root, names the missing system packages in one line; the
offline bundle's hash check refuses a damaged or added wheel; the records never live on a
network share."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def project_copy(tmp_path: Path) -> Path:
    """The files setup-env reads, in a folder of the test's own."""
    project = tmp_path / "project"
    (project / "tools").mkdir(parents=True)
    for name in ("tools/setup-env", "tools/system-packages.txt", "pyproject.toml"):
        shutil.copy(ROOT / name, project / name)
    return project


def stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def run_setup(project: Path, bin_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", PYTHON=sys.executable)
    return subprocess.run(["bash", str(project / "tools/setup-env"), *args], capture_output=True, text=True,
                          env=env, timeout=60)


@pytest.fixture
def fake_system(tmp_path):
    """A computer where dpkg knows every package but libglib2.0-0, and the user is not root."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub(bin_dir, "dpkg", '[ "$2" = "libglib2.0-0" ] && exit 1; exit 0')
    stub(bin_dir, "id", "echo 1000")
    return bin_dir


def test_a_user_who_is_not_root_is_told_the_missing_package_and_the_command(tmp_path, fake_system):
    project = project_copy(tmp_path)
    result = run_setup(project, fake_system)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].endswith("as root run: apt-get install -y libglib2.0-0")
    assert not (project / ".venv").exists()     # nothing was tried before the message


def test_missing_test_tools_are_a_note_not_a_failure(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub(bin_dir, "dpkg", '[ "$2" = "socat" ] && exit 1; exit 0')
    stub(bin_dir, "id", "echo 1000")
    project = project_copy(tmp_path)
    venv = project / ".venv" / "bin"
    venv.mkdir(parents=True)
    log = tmp_path / "pip.log"
    stub(venv, "python", f'echo "$@" >> {log}')
    result = run_setup(project, bin_dir, "--test")
    assert result.returncode == 0, result.stderr
    assert "note: tests that need socat are skipped; as root run: apt-get install -y socat" in result.stderr


def test_a_second_start_installs_nothing(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub(bin_dir, "dpkg", "exit 0")
    project = project_copy(tmp_path)
    venv = project / ".venv" / "bin"
    venv.mkdir(parents=True)
    log = tmp_path / "pip.log"
    stub(venv, "python", f'echo "$@" >> {log}')     # records each pip call instead of installing
    first = run_setup(project, bin_dir)
    assert first.returncode == 0, first.stderr
    assert "pip install" in log.read_text()
    log.unlink()
    second = run_setup(project, bin_dir)
    assert second.returncode == 0, second.stderr
    assert not log.exists()                          # no pip, so no network either
    # A changed pyproject.toml installs again.
    (project / "pyproject.toml").write_text((project / "pyproject.toml").read_text() + "\n# changed\n")
    third = run_setup(project, bin_dir)
    assert third.returncode == 0 and "pip install" in log.read_text()


def make_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "wheels").mkdir(parents=True)
    for name, data in (("a-1-py3-none-any.whl", b"first"), ("b-2-py3-none-any.whl", b"second")):
        (bundle / "wheels" / name).write_bytes(data)
    subprocess.run("sha256sum ./*.whl > ../SHA256SUMS", shell=True, cwd=bundle / "wheels", check=True)
    return bundle


def verify(bundle: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "tools/verify_bundle.py"), str(bundle)],
                          capture_output=True, text=True, timeout=60)


def test_the_bundle_check_passes_an_intact_bundle(tmp_path):
    result = verify(make_bundle(tmp_path))
    assert result.returncode == 0 and "2 wheels match SHA256SUMS" in result.stdout


@pytest.mark.parametrize("damage, expected", [
    (lambda b: (b / "wheels/a-1-py3-none-any.whl").write_bytes(b"firsT"), "a-1-py3-none-any.whl does not match"),
    (lambda b: (b / "wheels/c-3-py3-none-any.whl").write_bytes(b"planted"), "c-3-py3-none-any.whl is not listed"),
    (lambda b: (b / "wheels/b-2-py3-none-any.whl").unlink(), "b-2-py3-none-any.whl is missing"),
    (lambda b: (b / "SHA256SUMS").unlink(), "SHA256SUMS is missing"),
    (lambda b: (b / "SHA256SUMS").write_text("zz  ./a\n"), "line 1 is damaged"),
])
def test_the_bundle_check_refuses_a_damaged_bundle(tmp_path, damage, expected):
    bundle = make_bundle(tmp_path)
    damage(bundle)
    result = verify(bundle)
    assert result.returncode == 1
    assert expected in result.stderr


def test_the_installers_check_the_bundle_before_installing():
    script = (ROOT / "tools/make-offline-bundle").read_text()
    sh = script[script.index('cat > "$out/install.sh"'):]
    bat = script[script.index('cat > "$out/install.bat"'):]
    # The hash check comes before the virtual environment is made, in both installers.
    assert sh.index("verify_bundle.py") < sh.index("-m venv")
    assert bat.index("verify_bundle.py") < bat.index("-m venv")
    assert "%LOCALAPPDATA%" in bat and "%APPDATA%" not in bat and "%USERPROFILE%" not in bat
    assert "CreateShortcut" in bat and "mscprep.desktop" in sh


def test_the_data_folder_is_machine_local(monkeypatch):
    from mscprep.records import paths
    monkeypatch.delenv("MSCPREP_DATA_DIR", raising=False)
    import platformdirs
    assert paths.data_dir() == Path(platformdirs.user_data_dir("mscprep", appauthor=False, roaming=False))
    monkeypatch.setenv("MSCPREP_DATA_DIR", "/site/validated")
    assert paths.data_dir() == Path("/site/validated")


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/nfs nfs4 rw 0 0
//fileserver/share /mnt/my\\040share cifs rw 0 0
tmpfs /mnt/nfs/local tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/home/tech/records.sqlite3", None),
    ("/mnt/nfs/records.sqlite3", "nfs4"),
    ("/mnt/nfs/deeper/folder/records.sqlite3", "nfs4"),
    ("/mnt/nfs/local/records.sqlite3", None),           # a local mount inside the share
    ("/mnt/my share/records.sqlite3", "cifs"),
    ("/mnt/nfsx/records.sqlite3", None),                # a prefix of the name is not the mount
])
def test_network_shares_are_recognised_from_the_mount_table(tmp_path, path, kind):
    from mscprep.records.paths import network_share
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert network_share(path, mounts_file=str(mounts)) == kind


@pytest.mark.parametrize("path", [r"\\fileserver\share\records.sqlite3", "//fileserver/share/x",
                                  r"\\?\UNC\fileserver\share\x"])
def test_windows_unc_paths_are_network_shares(path):
    from mscprep.records.paths import _windows_network_share
    assert _windows_network_share(Path(path)) == "Windows network share (UNC path)"


def test_a_record_file_on_a_network_share_is_refused(tmp_path, monkeypatch):
    from mscprep.records import paths
    from mscprep.records.errors import StoreError
    from mscprep.records.store import RecordStore
    monkeypatch.setattr(paths, "network_share", lambda path: "cifs")
    with pytest.raises(StoreError, match=r"is on a network share \(cifs\).*local disk"):
        RecordStore(tmp_path / "records.sqlite3")
    assert not (tmp_path / "records.sqlite3").exists()


def test_reportlab_builds_sheets_with_its_c_accelerator():
    """pyproject asks for reportlab[accel]: every function reportlab can accelerate comes
    from the compiled _rl_accel, none from its pure-Python fallbacks."""
    from reportlab.lib import rl_accel
    assert rl_accel._py_funcs == {}, sorted(rl_accel._py_funcs)
    assert rl_accel.fp_str.__module__ == "_rl_accel"
