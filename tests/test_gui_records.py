"""The record screens driven through their widgets: double check, weighing, history."""

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from mscprep.records.store import RecordStore
from ui.dialogs.double_check_dialog import DoubleCheckDialog
from ui.dialogs.gravimetric_dialog import GravimetricDialog
from ui.dialogs.history_dialog import HistoryDialog
from ui.main_window import MainWindow
from ui.settings import Settings

from helpers import plan

CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "duration": "30 min", "patient_id": "MRN-000123", "patient_name": "Yamada Hanako"}


@pytest.fixture
def store(tmp_path):
    opened = RecordStore(tmp_path / "records.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, tmp_path, store):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.show()
    for key, text in CASE.items():
        qtbot.keyClicks(win.inputs[key], text)
    return win


def all_text(widget) -> str:
    parts = [label.text() for label in widget.findChildren(QLabel)]
    parts += [edit.text() + edit.placeholderText() for edit in widget.findChildren(QLineEdit)]
    return "\n".join(parts)


def test_save_record_then_change_makes_a_version(qtbot, window, store, monkeypatch):
    window.records.save()
    first = window.session.record
    assert first.version == 1 and window.session.current_record() is first
    assert window.record_actions["check"].isEnabled()
    window.inputs["weight"].clear()
    qtbot.keyClicks(window.inputs["weight"], "72 kg")
    assert window.session.current_record() is None and not window.record_actions["check"].isEnabled()
    monkeypatch.setattr("ui.record_actions.QInputDialog.getText", lambda *a, **k: ("weight re-measured", True))
    window.records.save()
    assert window.session.record.version == 2 and window.session.record.record_id == first.record_id


def test_double_check_is_blind_until_compared(qtbot, window, store):
    window.records.save()
    record = window.session.record
    dialog = DoubleCheckDialog(record, window.protocols, window)
    qtbot.addWidget(dialog)
    before = all_text(dialog)
    for shown in ("7.778", "7.77", "42.2", "1e7 cell/mL", "90%", "50 mL", "30 min", "1.67"):
        assert shown not in before, shown
    assert "Yamada Hanako" in before and "K. Tanaka" in before


def test_self_verification_is_refused_in_the_dialog(qtbot, window):
    window.records.save()
    dialog = DoubleCheckDialog(window.session.record, window.protocols, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.checker, "k. tanaka")
    for key in ("weight", "dose", "concentration", "viability", "final_volume", "duration"):
        qtbot.keyClicks(dialog.inputs[key], CASE[key])
    dialog.compare_button.click()
    assert "cannot verify" in dialog.message.text()
    assert not dialog.buttons.button(QDialogButtonBox.Save).isEnabled()


def test_matching_double_check_verifies_and_a_different_one_shows_both(qtbot, window, store):
    window.records.save()
    dialog = DoubleCheckDialog(window.session.record, window.protocols, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.checker, "M. Sato")
    for key in ("weight", "dose", "viability", "final_volume", "duration"):
        qtbot.keyClicks(dialog.inputs[key], CASE[key])
    qtbot.keyClicks(dialog.inputs["concentration"], "1.1e7 cell/mL")
    dialog.compare_button.click()
    assert not dialog.outcome.matched and not dialog.table.isHidden()
    assert dialog.table.item(0, 0).text() == "volume_to_draw"
    assert dialog.table.item(0, 1).text() == "7.778 mL" and dialog.table.item(0, 2).text() == "7.071 mL"
    dialog.inputs["concentration"].clear()
    qtbot.keyClicks(dialog.inputs["concentration"], "1e7 cell/mL")
    dialog.compare_button.click()
    assert dialog.outcome.matched and "agrees" in dialog.message.text()
    assert store.record_check(window.session.record, dialog.checker.text(), dialog.checker_inputs(), dialog.outcome)
    assert store.status(window.session.record).verified_by == "M. Sato"


def test_gravimetric_dialog_both_sides_of_the_tolerance(qtbot, window):
    window.records.save()
    dialog = GravimetricDialog(window.state.preparation, window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    qtbot.keyClicks(dialog.tare, "20 g")
    qtbot.keyClicks(dialog.gross, "72 g")       # 51.74 mL, +3.5 %
    assert dialog.weighing.within and "within tolerance" in dialog.result.text() and save.isEnabled()
    dialog.gross.clear()
    qtbot.keyClicks(dialog.gross, "74 g")       # 53.73 mL, +7.5 %
    assert not dialog.weighing.within and "Do not label" in dialog.result.text()
    dialog.gross.clear()
    qtbot.keyClicks(dialog.gross, "10 g")
    assert dialog.weighing is None and "more than the tare" in dialog.result.text() and not save.isEnabled()


def test_history_finds_reopens_and_exports(qtbot, window, store, tmp_path):
    window.records.save()
    saved = window.session.record
    other = store.save(plan(patient_id="MRN-777"), "M. Sato")
    dialog = HistoryDialog(store, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    qtbot.keyClicks(dialog.criteria["patient_id"], "mrn-0001")
    dialog.search()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == saved.record_id
    dialog.export(str(tmp_path / "out.csv"))
    assert saved.record_id in (tmp_path / "out.csv").read_text(encoding="utf-8")
    window.inputs["weight"].clear()
    window.records.reopen(store.latest(other.record_id))
    assert window.inputs["patient_id"].text() == "MRN-777" and window.session.current_record().record_id == other.record_id
    window.records.reopen(saved)
    assert window.inputs["weight"].text() == "70 kg" and window.session.current_record() is saved


def test_printing_a_saved_record_is_logged_and_the_second_is_a_reprint(qtbot, window, store, monkeypatch):
    window.records.save()
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintPreviewDialog.exec", lambda self: 0)
    monkeypatch.setattr("ui.print_actions.QMessageBox.information", lambda *a, **k: None)
    window.printing.print_preview()
    window.printing.print_preview()
    actions = [row[0] for row in store.connection.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions[-2:] == ["print", "reprint"]


def test_altered_audit_trail_shows_a_banner(qtbot, window, store):
    window.records.save()
    import sqlite3
    connection = sqlite3.connect(store.path, isolation_level=None)
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("UPDATE audit SET reason = 'x' WHERE seq = 1")
    assert window.records.verify_audit() is False
    assert window.banner.isVisible() and "AUDIT TRAIL CHECK FAILED" in window.banner.text()


def test_record_status_json_keeps_identity(window, store):
    window.records.save()
    row = store.connection.execute("SELECT plan_json FROM records").fetchone()[0]
    assert json.loads(row)["inputs"]["patient_id"] == "MRN-000123"


def test_reopened_record_keeps_its_check_and_weighing_on_the_sheet(qtbot, window, store, tmp_path):
    from mscprep.preparation.gravimetric import weigh_entered as weigh
    from mscprep.records.doublecheck import compare
    window.records.save()
    record = window.session.record
    store.record_check(record, "M. Sato", {}, compare(record.plan, window.state.preparation))
    store.record_weighing(record, "K. Tanaka", weigh(window.state.preparation, "20 g", "70.25 g"))
    window.inputs["weight"].clear()
    window.records.reopen(store.latest(record.record_id))
    info = window.session.record_state()
    assert info.checked_by == "M. Sato" and info.weighing is not None and info.weighing.within
    path = window.printing.save_pdf(str(tmp_path / "final.pdf"))
    import subprocess
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    assert "DRAFT" not in text and "verified by M. Sato" in text
