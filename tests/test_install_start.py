"""A start when nothing changed (tools/setup-env, run by tools/run before the window): the
install stamp is checked in the shell, with no Python started and nothing installed; a
changed pyproject.toml or a changed Python in the virtual environment installs again; a
stamp written by the earlier setup-env (Python's sys.version in the digest) is taken once."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def stub(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def checkout(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of what setup-env reads, a venv whose python logs every call, a PYTHON that does too."""
    project = tmp_path / "project"
    (project / "tools").mkdir(parents=True)
    for name in ("tools/setup-env", "tools/system-packages.txt", "pyproject.toml"):
        shutil.copy(ROOT / name, project / name)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub(bin_dir / "dpkg", "exit 0")
    log = tmp_path / "calls.log"
    venv = project / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.11.7\n")
    stub(venv / "bin/python", f'echo "venv-python $*" >> {log}')
    system_python = bin_dir / "python-for-setup"
    stub(system_python, f'echo "system-python $*" >> {log}; echo "3.11.7 (main) [GCC]"')
    return project, bin_dir, system_python


def setup(project: Path, bin_dir: Path, python: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", PYTHON=str(python))
    return subprocess.run(["bash", str(project / "tools/setup-env"), *args], capture_output=True, text=True,
                          env=env, timeout=60)


def calls(tmp_path: Path) -> str:
    log = tmp_path / "calls.log"
    text = log.read_text() if log.exists() else ""
    log.unlink(missing_ok=True)
    return text


def test_a_start_with_nothing_changed_starts_no_python(tmp_path):
    project, bin_dir, python = checkout(tmp_path)
    assert setup(project, bin_dir, python).returncode == 0
    assert "pip install" in calls(tmp_path)
    for args in ((), ("--test",)):
        if args:      # a --test install ...
            assert setup(project, bin_dir, python, *args).returncode == 0
            assert "pip install" in calls(tmp_path)
        again = setup(project, bin_dir, python)   # ... also serves a plain start
        assert again.returncode == 0, again.stderr
        assert calls(tmp_path) == ""             # no Python at all, so no pip and no network


def test_a_changed_python_in_the_venv_installs_again(tmp_path):
    project, bin_dir, python = checkout(tmp_path)
    setup(project, bin_dir, python)
    calls(tmp_path)
    venv_python = project / ".venv/bin/python"
    venv_python.write_text(venv_python.read_text() + "# upgraded in place\n")
    assert setup(project, bin_dir, python).returncode == 0
    assert "pip install" in calls(tmp_path)
    (project / ".venv/pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.12.1\n")
    assert setup(project, bin_dir, python).returncode == 0
    assert "pip install" in calls(tmp_path)


def test_a_stamp_of_the_earlier_setup_env_is_taken_once(tmp_path):
    project, bin_dir, python = checkout(tmp_path)
    old = (project / "pyproject.toml").read_bytes() + (project / "tools/system-packages.txt").read_bytes()
    legacy = hashlib.sha256(old + b"test=1\n3.11.7 (main) [GCC]\n").hexdigest()
    stamp = project / ".venv/.installed"
    stamp.write_text(legacy + "\n")
    first = setup(project, bin_dir, python)
    assert first.returncode == 0, first.stderr
    made = calls(tmp_path)
    assert "pip" not in made and "system-python" in made      # checked the old way, nothing installed
    assert stamp.read_text().strip() != legacy                  # and rewritten the new way
    assert setup(project, bin_dir, python).returncode == 0
    assert calls(tmp_path) == ""
