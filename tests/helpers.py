"""Small helpers shared by the tests."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from mscprep.preparation.build import prepare
from mscprep.preparation.release import release

ROOT = Path(__file__).resolve().parent.parent
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)

BASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
        "viability": "90%", "duration": "30 min"}


def plan(now: datetime = NOON, reasons: dict | None = None, **fields):
    """A plan from BASE with `fields` replacing or adding entries (None removes one) and
    `reasons` typed for soft findings."""
    raw = dict(BASE)
    for key, value in fields.items():
        if value is None:
            raw.pop(key, None)
        else:
            raw[key] = value
    return prepare(raw, now=now, reasons=reasons)


def checker_plan(record, reasons: dict | None = None, **fields):
    """A second person's plan of `record` from `fields`, as the double check computes it
    (records.doublecheck.run_check): at the record's own time, with the record's end of
    preparation (a fresh product's use-by counts from it: issue 21)."""
    at = datetime.fromisoformat(record.created_utc)
    return plan(now=at, reasons=reasons, **dict(fields, prepared_at=record.inputs.get("prepared_at")))


def status(preparation):
    """What the one release rule says of a preparation not saved yet."""
    return release(preparation.findings)


def codes(the_plan) -> set[str]:
    return {finding.code for finding in the_plan.findings}


def finding(the_plan, code: str):
    return next(f for f in the_plan.findings if f.code == code)


def run_cli(*args: str, timeout: float = 60, tz: str | None = None) -> subprocess.CompletedProcess:
    """The command line as a user runs it; `tz` sets the computer's time zone (TZ)."""
    env = dict(os.environ, TZ=tz) if tz else None
    return subprocess.run([sys.executable, "-m", "mscprep", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout, env=env)


def window_process(tmp_path, body: str, **params) -> subprocess.CompletedProcess:
    """Runs `body` (a format string; {draft} is the draft file) in a separate application
    process with the main window shown as `window`, so that the test can kill it."""
    prologue = """
import os, signal, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
from ui.settings import Settings
window = MainWindow(settings=Settings(QSettings({ini!r}, QSettings.IniFormat)), draft_file={draft!r})
window.show()
"""
    code = (prologue + body).format(root=str(ROOT), ini=str(tmp_path / "s.ini"),
                                    draft=str(tmp_path / "draft.json"), **params)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


# A saved case and the figures a checker re-enters for it on the command line.
CHECK_FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")
CHECK_SOURCE = ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
                "--final-volume", "50 mL", "--duration", "30 min", "--din", "A999921123456"]


def cli(capsys, *args):
    """The command line run in this process: (exit code, stdout, stderr)."""
    from mscprep.cli import main
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err
