"""The window where people are enrolled: start of work by badge + PIN, hand-over, the signed-in
person in the status bar, and a double check signed only with the checker's own badge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit

from mscprep.records import staff
from mscprep.records.store import RecordStore
from ui.dialogs.badge_dialog import BadgeDialog
from ui.dialogs.double_check_dialog import DoubleCheckDialog
from ui.main_window import MainWindow
from ui.settings import Settings

CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "duration": "30 min", "patient_id": "MRN-000123", "patient_name": "Yamada Hanako"}
FIGURES = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
           "final_volume": "50 mL", "duration": "30 min"}


@pytest.fixture
def staffed(tmp_path, monkeypatch):
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")
    store = RecordStore(tmp_path / "records.sqlite3")
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", "482913")
    admin = staff.authenticate(store, admin_code, "482913")
    _t, tech = staff.enrol(store, "Kenji Tanaka (KT)", "technician", "551177", admin)
    _p, pharm = staff.enrol(store, "Mika Sato (MS)", "pharmacist", "771202", admin)
    yield store, {"tech": tech, "pharm": pharm}
    store.close()


def sign_in(qtbot, session, code, pin, parent=None):
    dialog = BadgeDialog(session.authenticate, parent)
    qtbot.addWidget(dialog)
    assert dialog.badge.text() == "" and dialog.pin.text() == ""          # nothing prefilled
    assert dialog.badge.echoMode() == QLineEdit.Password and dialog.pin.echoMode() == QLineEdit.Password
    qtbot.keyClicks(dialog.badge, code)
    qtbot.keyClicks(dialog.pin, pin)
    dialog.buttons.accepted.emit()
    return dialog


@pytest.fixture
def asked(monkeypatch):
    """The PIN typed when an act is signed (re-authentication), and the prompts shown."""
    prompts, typed = [], ["551177"]

    def get_text(parent, title, label, *args, **kwargs):
        prompts.append(label)
        return typed[0], True
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", get_text)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **k: prompts.append(a[2]))
    return prompts, typed


@pytest.fixture
def window(qtbot, tmp_path, staffed, asked):
    store, codes = staffed
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store)
    qtbot.addWidget(win)
    win.show()
    dialog = sign_in(qtbot, win.session, codes["tech"], "551177", win)
    assert dialog.result() == BadgeDialog.Accepted and dialog.signer.name == "Kenji Tanaka (KT)"
    win.start_operator(dialog.signer.name, dialog.signer)
    for key, text in CASE.items():
        qtbot.keyClicks(win.inputs[key], text)
    return win


def status_text(window) -> str:
    return window.findChild(QLabel, "signed_in").text()


def test_start_of_work_by_badge_and_pin_shows_the_signed_in_person(window, staffed, asked):
    prompts, typed = asked
    assert status_text(window) == "Signed in: Kenji Tanaka (KT) (technician)"
    typed[0] = "000000"                      # saving is a signature: the PIN is asked again
    window.records.save()
    assert window.session.record is None and "wrong PIN" in prompts[-1]
    typed[0] = "551177"
    window.records.save()
    assert prompts[0] == "Kenji Tanaka (KT): your PIN to sign"
    record = window.session.record
    assert record.operator == "Kenji Tanaka (KT)"
    signed = staff.signatures(window.session.store, record.record_id)
    assert [(s.meaning, s.name) for s in signed] == [("prepared", "Kenji Tanaka (KT)")]


def test_a_wrong_pin_is_refused_in_the_dialog(qtbot, staffed):
    store, codes = staffed
    from mscprep.session import Session
    from mscprep.protocol.loader import shipped_protocols
    session = Session(shipped_protocols(), store)
    dialog = sign_in(qtbot, session, codes["tech"], "000000")
    assert dialog.signer is None and dialog.result() != BadgeDialog.Accepted
    assert "wrong PIN for the badge of Kenji Tanaka (KT)" in dialog.error.text() and dialog.pin.text() == ""


def test_the_check_dialog_takes_the_checkers_badge_and_refuses_the_preparer(qtbot, window, staffed):
    store, codes = staffed
    window.records.save()
    record = window.session.record
    dialog = DoubleCheckDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.checker is None and dialog.findChild(QLineEdit, "checker") is None     # no name to type
    assert "Your badge and PIN" in dialog.message.text()
    for key, text in FIGURES.items():
        qtbot.keyClicks(dialog.inputs[key], text)
    dialog.patient_confirmed.setChecked(True)                 # the checker confirmed name and ID
    qtbot.keyClicks(dialog.checker_badge, codes["tech"])     # the preparer tries with their own badge
    qtbot.keyClicks(dialog.checker_pin, "551177")
    dialog.compare_button.click()
    assert "cannot verify it" in dialog.message.text() and dialog.outcome is None
    assert store.checks(record) == []
    dialog.checker_badge.clear()
    dialog.checker_pin.clear()
    qtbot.keyClicks(dialog.checker_badge, codes["pharm"])
    qtbot.keyClicks(dialog.checker_pin, "771202")
    dialog.compare_button.click()
    assert dialog.outcome is not None and dialog.outcome.matched, dialog.message.text()
    assert [check["checker"] for check in store.checks(record)] == ["Mika Sato (MS)"]
    # the preparer's session at the keyboard is untouched: they are still the one signed in
    assert window.session.signer.name == "Kenji Tanaka (KT)"
    meanings = [(s.meaning, s.name) for s in staff.signatures(store, record.record_id)]
    assert meanings == [("prepared", "Kenji Tanaka (KT)"), ("verified", "Mika Sato (MS)")]


def test_hand_over_the_next_person_scans_their_badge(qtbot, window, staffed, monkeypatch):
    store, codes = staffed

    def scanned(dialog):     # the next person scans and types in the dialog the window opens
        qtbot.keyClicks(dialog.badge, codes["pharm"])
        qtbot.keyClicks(dialog.pin, "771202")
        dialog._accept()
        return dialog.result()
    monkeypatch.setattr(BadgeDialog, "exec", scanned)
    window.choose_operator()
    assert window.session.signer.name == "Mika Sato (MS)"
    assert status_text(window) == "Signed in: Mika Sato (MS) (pharmacist)"
    events = store.connection.execute("SELECT operator, event FROM sessions ORDER BY seq").fetchall()
    assert events[-3:] == [("Kenji Tanaka (KT)", "start"), ("Kenji Tanaka (KT)", "end"), ("Mika Sato (MS)", "start")]
    assert store.verify_audit().intact


def test_a_window_without_enrolled_staff_says_nothing_is_signed(qtbot, tmp_path, store):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.start_operator("K. Tanaka")
    assert "typed name; nothing is signed" in status_text(win)
    for key, text in CASE.items():
        qtbot.keyClicks(win.inputs[key], text)
    win.records.save()
    dialog = DoubleCheckDialog(win.session, win)
    qtbot.addWidget(dialog)
    assert dialog.checker is not None and dialog.checker_badge is None


def test_start_of_work_as_the_application_asks_it_then_the_pin_again_signs(qtbot, tmp_path, staffed, asked,
                                                                             monkeypatch):
    from ui.signed_in import ask_who_is_working
    store, codes = staffed
    prompts, _typed = asked

    def scanned(dialog):
        qtbot.keyClicks(dialog.badge, codes["tech"])
        qtbot.keyClicks(dialog.pin, "551177")
        dialog._accept()
        return dialog.result()
    monkeypatch.setattr(BadgeDialog, "exec", scanned)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    name, signer = ask_who_is_working(store, settings)
    assert name == "Kenji Tanaka (KT)" and signer.role == "technician"
    win = MainWindow(settings=settings, store=store)
    qtbot.addWidget(win)
    win.start_operator(name, signer)
    for key, text in CASE.items():
        qtbot.keyClicks(win.inputs[key], text)
    win.records.save()
    assert win.session.record is not None and prompts == ["Kenji Tanaka (KT): your PIN to sign"]
