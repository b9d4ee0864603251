"""A real application process killed right after a keystroke keeps what was typed: the draft
is written at most 100 ms after a change and at once when the focus moves."""

import json
import signal
import subprocess
import sys

import pytest

from helpers import ROOT

TYPIST = r"""
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
window.activateWindow()
app.processEvents()
weight = window.inputs["weight"]
weight.setFocus()

def type_and_kill():
    QTest.keyClicks(weight, "70 kg", Qt.NoModifier, 30)    # keystrokes 30 ms apart
    if {tab!r}:
        window.inputs["din"].setFocus()                     # the focus moves on
    last = time.monotonic()
    # Killed {delay} ms after the last keystroke, the event loop still running.
    QTimer.singleShot({delay}, lambda: (print(round((time.monotonic() - last) * 1000), flush=True),
                                        os.kill(os.getpid(), signal.SIGKILL)))

QTimer.singleShot(200, type_and_kill)
app.exec()
"""


@pytest.mark.parametrize("delay, tab", [(150, False), (300, False), (5, True)])
def test_a_kill_soon_after_the_last_keystroke_keeps_the_draft(tmp_path, delay, tab):
    draft = tmp_path / "draft.json"
    code = TYPIST.format(root=str(ROOT), ini=str(tmp_path / "s.ini"), draft=str(draft), delay=delay, tab=tab)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    waited = int(result.stdout.split()[-1])
    assert waited < 400          # the kill came within 400 ms of the last keystroke
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert saved["form"]["texts"]["weight"] == "70 kg"
    assert not list(tmp_path.glob("*.tmp"))   # never a half-written file left in its place
