"""The record screens driven through their widgets: double check, weighing, history."""

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from mscprep.records.store import RecordStore
from ui.dialogs.double_check_dialog import DoubleCheckDialog
from ui.dialogs.gravimetric_dialog import GravimetricDialog
from ui.dialogs.history_dialog import HistoryDialog
from ui.main_window import MainWindow
from ui.settings import Settings

from helpers import plan

CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_id": "MRN-000123", "patient_name": "Yamada Hanako"}


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


def check_dialog(qtbot, window):
    dialog = DoubleCheckDialog(window.session, window)
    qtbot.addWidget(dialog)
    return dialog


def type_figures(qtbot, dialog, figures):
    for key, text in figures.items():
        dialog.inputs[key].clear()
        qtbot.keyClicks(dialog.inputs[key], text)


FIGURES = {key: CASE[key] for key in ("weight", "dose", "concentration", "viability", "final_volume", "duration")}


def test_double_check_is_blind_and_nothing_is_filled_in(qtbot, window, store):
    window.records.save()
    dialog = check_dialog(qtbot, window)
    before = all_text(dialog)
    for shown in ("7.778", "7.77", "42.2", "1e7 cell/mL", "90%", "50 mL", "30 min", "1.67"):
        assert shown not in before, shown
    assert "Yamada Hanako" in before and "K. Tanaka" in before
    assert all(edit.text() == "" for edit in dialog.findChildren(QLineEdit) if edit is not dialog.checker)
    assert dialog.checker.text() == ""          # the preparer at the keyboard is not offered as the checker
    assert not dialog.table.isVisibleTo(dialog)


def test_a_protocol_default_is_not_filled_in_and_compare_names_what_is_missing(qtbot, tmp_path):
    """TEMCELL gives the dose, the label figures and the rate: the checker still types them."""
    store = RecordStore(tmp_path / "r.sqlite3")
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.fill_form({"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako",
                   "patient_id": "MRN-1", "din": "A999921123456", "thawed_at": "2026-11-23T09:30"})
    win._apply_protocol()
    win.records.save()
    record = win.session.record
    assert record.din.startswith("A999921123456") and "dose" in record.plan.get("defaulted", [])
    dialog = check_dialog(qtbot, win)
    assert all(edit.text() == "" for key, edit in dialog.inputs.items() if isinstance(edit, QLineEdit))
    assert not dialog.compare_button.isEnabled() and "still to enter" in dialog.compare_button.text()
    message = dialog.message.text()
    for name in ("Checker", "DIN (ISBT 128)", "Body weight", "Dose", "Cells in product (label)",
                 "Product volume (label)", "Rate or Duration"):
        assert name in message, name
    qtbot.keyClicks(dialog.checker, "M. Sato")
    type_figures(qtbot, dialog, {"weight": "60 kg"})
    assert "Body weight" not in dialog.message.text() and "DIN (ISBT 128)" in dialog.message.text()
    dialog.patient_confirmed.setChecked(True)
    dialog.compare_button.click()                  # disabled: nothing is compared, nothing recorded
    assert dialog.outcome is None and store.checks(record) == []
    store.close()


def test_enter_after_a_scanned_din_moves_on_and_compares_nothing(qtbot, window, store):
    window.records.save()
    dialog = check_dialog(qtbot, window)
    dialog.show()
    qtbot.keyClicks(dialog.checker, "M. Sato")
    type_figures(qtbot, dialog, FIGURES)
    dialog.inputs["weight"].setFocus()
    qtbot.keyClick(dialog.inputs["weight"], Qt.Key_Return)
    assert dialog.isVisible() and dialog.outcome is None and store.checks(window.session.record) == []


def test_self_verification_is_refused_before_anything_is_shown(qtbot, window, store):
    window.records.save()
    dialog = check_dialog(qtbot, window)
    qtbot.keyClicks(dialog.checker, "kt")        # the initials of K. Tanaka, who saved it
    type_figures(qtbot, dialog, FIGURES)
    assert not dialog.compare_button.isEnabled()   # the patient's name and ID not yet confirmed
    dialog.patient_confirmed.setChecked(True)
    assert dialog.compare_button.isEnabled()
    dialog.compare_button.click()
    assert "cannot verify it" in dialog.message.text() and "K. Tanaka" in dialog.message.text()
    assert dialog.outcome is None and not dialog.table.isVisibleTo(dialog) and store.checks(window.session.record) == []


def test_the_comparison_is_a_readable_side_by_side_table(qtbot, window, store):
    window.records.save()
    record = window.session.record
    dialog = check_dialog(qtbot, window)
    qtbot.keyClicks(dialog.checker, "M. Sato")
    type_figures(qtbot, dialog, dict(FIGURES, concentration="1.1e7 cell/mL"))
    dialog.patient_confirmed.setChecked(True)
    dialog.compare_button.click()
    assert not dialog.outcome.matched and dialog.table.isVisibleTo(dialog)
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(1, 5)]
            for r in range(dialog.table.rowCount())}
    assert rows["Volume to draw"] == ["7.778 mL", "7.071 mL", "-9.1%", "✗ differs"]
    assert rows["Dose"][3] == "✓ agrees" and rows["Final volume"][:2] == ["50 mL", "50 mL"]
    assert all("_" not in name for name in rows)                      # names, never raw keys
    assert "differ" in dialog.message.text() and store.checks(record)[-1]["matched"] is False
    assert store.status(record).verified_by is None
    type_figures(qtbot, dialog, {"concentration": "1e7 cell/mL"})
    assert dialog.table.isVisibleTo(dialog) is False                  # no comparison of other figures left standing
    dialog.patient_confirmed.setChecked(True)
    dialog.compare_button.click()
    assert dialog.outcome.matched and "Verified" in dialog.message.text()
    assert store.status(record).verified_by == "M. Sato"
    assert [check["matched"] for check in store.checks(record)] == [False, True]   # both comparisons on record
    assert "M. Sato" in window.strip.labels["verified"].text()


def test_the_checker_at_their_own_workstation_is_offered_as_checker(qtbot, tmp_path, store):
    first = MainWindow(settings=Settings(QSettings(str(tmp_path / "a.ini"), QSettings.IniFormat)), store=store,
                       operator="K. Tanaka")
    qtbot.addWidget(first)
    first.fill_form(dict(CASE, protocol="none"))
    first._apply_protocol()
    record = first.records.save() or first.session.record
    second = MainWindow(settings=Settings(QSettings(str(tmp_path / "b.ini"), QSettings.IniFormat)), store=store,
                        operator="M. Sato")
    qtbot.addWidget(second)
    second.records.reopen(store.latest(record.record_id))
    dialog = check_dialog(qtbot, second)
    assert dialog.checker.text() == "M. Sato"


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


def test_printing_a_saved_record_is_logged_and_the_second_is_a_reprint(qtbot, window, store, monkeypatch, tmp_path):
    from test_print_events import print_for_real
    window.records.save()
    monkeypatch.setattr("ui.print_actions.QMessageBox.information", lambda *a, **k: None)
    print_for_real(monkeypatch, tmp_path / "out.pdf")
    window.printing.print_preview()
    window.printing.print_preview()
    actions = [row[0] for row in store.connection.execute("SELECT action FROM audit WHERE action <> 'act' "
                                                          "ORDER BY seq")]     # each act closes with its acts entry
    assert actions[-2:] == ["print", "reprint"]


def test_altered_audit_trail_shows_a_banner(qtbot, window, store):
    window.records.save()
    import sqlite3
    connection = sqlite3.connect(store.path, isolation_level=None)
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("UPDATE audit SET reason = 'x' WHERE seq = 1")
    assert window.records.verify_audit(background=False) is False
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


@pytest.mark.parametrize("width, height", [(1280, 720), (910, 512)])   # 1366x768 at 150 % is 910x512
def test_the_check_dialog_fits_the_screen_and_its_comparison_scrolls_into_sight(qtbot, window, width, height):
    from PySide6.QtCore import QPoint
    from ui.widgets import available_geometry
    window.records.save()
    dialog = check_dialog(qtbot, window)
    screen = available_geometry(window)
    limit = (min(width, screen.width()), min(height, screen.height()))
    dialog.resize(min(dialog.width(), limit[0]), min(dialog.height(), limit[1]))
    dialog.show()
    qtbot.keyClicks(dialog.checker, "M. Sato")
    type_figures(qtbot, dialog, dict(FIGURES, concentration="1.1e7 cell/mL"))
    dialog.patient_confirmed.setChecked(True)
    dialog.compare_button.click()
    qtbot.wait(10)
    assert dialog.minimumSizeHint().width() <= limit[0] and dialog.minimumSizeHint().height() <= limit[1]
    assert dialog.width() <= limit[0] and dialog.height() <= limit[1]
    for button in dialog.buttons.buttons():                      # Compare and Close stay in sight
        corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert corner.x() <= dialog.width() and corner.y() <= dialog.height(), button.text()
    # The comparison was scrolled into the visible part of the dialog.
    viewport = dialog.scroll.viewport()
    top = dialog.result_box.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height()
    table = dialog.table                                        # every row shown, no inner scroll bar
    assert table.verticalScrollBar().maximum() == 0 and table.rowCount() >= 8


def test_a_nebulized_check_asks_the_first_dose_and_compares_the_calendar(qtbot, tmp_path):
    store = RecordStore(tmp_path / "r.sqlite3")
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.fill_form({"protocol": "secretome-nebulized", "patient_name": "Yamada Hanako", "patient_id": "MRN-1",
                   "first_dose_at": "2026-11-30T08:00"})
    win._apply_protocol()
    win.records.save()
    dialog = check_dialog(qtbot, win)
    assert "weight" not in dialog.inputs and "dose" not in dialog.inputs     # no intravenous field offered
    assert "First dose at" in dialog.message.text()
    qtbot.keyClicks(dialog.checker, "M. Sato")
    qtbot.keyClicks(dialog.inputs["first_dose_at"], "2026-11-30T20:00")       # the evening slot, misread
    dialog.patient_confirmed.setChecked(True)
    dialog.compare_button.click()
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert rows["Dosing calendar"] == "✗ differs" and not dialog.outcome.matched
    store.close()
