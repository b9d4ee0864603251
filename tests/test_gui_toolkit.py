"""The Qt binding itself must not corrupt the interpreter: PySide6 6.12.0 lost a reference
to None on every signal-to-slot call, so the app aborted after a few thousand keystrokes."""

import sys

from PySide6.QtWidgets import QLineEdit, QWidget


class Form(QWidget):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def recompute(self):
        self.calls += 1


def test_slot_calls_keep_reference_counts(qtbot):
    form = Form()
    qtbot.addWidget(form)
    edit = QLineEdit(form)
    edit.textChanged.connect(form.recompute)
    before = sys.getrefcount(None)
    for number in range(3000):
        edit.setText(str(number))
    assert form.calls == 3000
    assert abs(sys.getrefcount(None) - before) < 50
