"""Started where there is no screen (a server, an SSH session), the window says so in one line
instead of Qt's plug-in abort."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_main(**env):
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    clean.update(env)
    return subprocess.run([sys.executable, "main.py", "--selftest"], cwd=ROOT, env=clean, capture_output=True,
                          text=True, timeout=120)


def test_no_display_is_one_line_and_exit_2():
    if not sys.platform.startswith("linux"):
        pytest.skip("X11/Wayland displays are a Linux matter")
    result = run_main()
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "xvfb-run" in lines[0]
    assert "qt.qpa" not in result.stderr


def test_offscreen_needs_no_display():
    result = run_main(QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "selftest ok" in result.stdout
