"""A real application process killed right after a keystroke keeps what was typed: the draft
is written at most 100 ms after a change and at once when the focus moves."""

import json
import signal

import pytest

from helpers import window_process

TYPIST = r"""
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
    result = window_process(tmp_path, TYPIST, delay=delay, tab=tab)
    assert result.returncode == -signal.SIGKILL, result.stderr
    waited = int(result.stdout.split()[-1])
    assert waited < 400          # the kill came within 400 ms of the last keystroke
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert saved["form"]["texts"]["weight"] == "70 kg"
    assert not list(tmp_path.glob("*.tmp"))   # never a half-written file left in its place
