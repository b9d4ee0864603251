"""The clean-room window driven as a gloved technician and a pharmacist would: nothing
changes silently, the case shows where it stands, only the fields in use are shown, and
every window fits the screen."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (QApplication, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QToolButton)

from ui.main_window import MainWindow

ADIPOSE = {"patient_name": "Sato Ken", "patient_id": "MRN-1", "weight": "70 kg", "dose": "1e9 cell",
           "concentration": "1e8 cell/mL", "viability": "90%", "duration": "90 min"}
CASE = {"patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "din": "A999921123456", "weight": "70 kg",
        "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%", "final_volume": "50 mL", "diluent": "saline",
        "duration": "30 min"}


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def leave(widget):
    QApplication.sendEvent(widget, QFocusEvent(QEvent.FocusOut, Qt.TabFocusReason))


def fill(qtbot, window, texts):
    for key, text in texts.items():
        widget = window.inputs[key]
        widget.clear()
        qtbot.keyClicks(widget, text)
        leave(widget)


def wheel(widget, steps=-1):
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_passes_over_a_choice_box_it_was_not_clicked_in(qtbot, window):
    window._toggle_more("dose", True)
    basis = window.inputs["basis"]
    before = basis.currentIndex()
    wheel(basis)
    wheel(window.weight_unit)
    assert basis.currentIndex() == before and window.weight_unit.currentText() == "kg"
    window.activateWindow()
    qtbot.mouseClick(basis, Qt.LeftButton)   # opened on purpose: now the wheel may change it
    basis.hidePopup()
    basis.setFocus()
    qtbot.waitUntil(basis.hasFocus, timeout=1000)
    wheel(basis)
    assert basis.currentIndex() != before


def test_a_letter_typed_on_the_unit_box_changes_nothing(qtbot, window):
    fill(qtbot, window, {"weight": "60"})
    window.weight_unit.setFocus()
    qtbot.keyClicks(window.weight_unit, "L")
    assert window.weight_unit.currentText() == "kg"


def test_enter_after_the_weight_skips_the_unit_box(qtbot, window):
    window.activateWindow()
    weight = window.inputs["weight"]
    weight.setFocus()
    qtbot.keyClicks(weight, "132 lb")
    qtbot.keyClick(weight, Qt.Key_Return)
    assert window.focusWidget() is window.inputs["din"]
    assert window.weight_unit.currentText() == "kg"


def test_a_change_of_unit_shows_how_the_weight_is_read(qtbot, window):
    fill(qtbot, window, {"weight": "132"})
    assert window.weight_reading.text() == "Read as 132 kg"
    window.weight_unit.setCurrentText("lb")
    assert window.weight_reading.text() == "Read as 59.87 kg"
    fill(qtbot, window, {"weight": "132 lb"})
    assert window.weight_reading.text() == "Read as 59.87 kg"


def test_a_reason_for_1e9_cells_is_asked_again_at_1_5e9(qtbot, window):
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("adipose-msc-fixed"))
    fill(qtbot, window, ADIPOSE)
    reason = window.findings_box.findChild(QLineEdit, "reason_anticoagulation_decision")
    qtbot.keyClicks(reason, "heparin per Dr Ito")
    qtbot.keyClick(reason, Qt.Key_Return)
    assert window.state.status_kind == "ok"
    fill(qtbot, window, {"dose": "1.5e9 cell"})
    assert window.state.status_kind == "needs_reason"
    again = window.findings_box.findChild(QLineEdit, "reason_anticoagulation_decision")
    note = window.findings_box.findChild(QLabel, "stale_anticoagulation_decision")
    assert again.text() == "" and "heparin per Dr Ito" in note.text() and "figures changed" in note.text()


def test_ok_needs_the_identity_and_the_status_names_what_is_missing(qtbot, window):
    fill(qtbot, window, {key: text for key, text in CASE.items() if key not in ("patient_name", "din")})
    assert window.state.status_kind == "identity"
    assert "Patient name" in window.status.text() and "DIN" in window.status.text()
    assert not window.strip.labels["entered"].text().startswith("✓")
    fill(qtbot, window, {"patient_name": "Yamada Hanako", "din": "A999921123456"})
    assert window.state.status_kind == "ok" and window.strip.labels["entered"].text().startswith("✓")


def test_a_blank_form_shows_no_error_until_a_field_is_left(qtbot, window):
    assert not any(label.isVisibleTo(window) for label in window.error_labels.values())
    assert window.status.text().startswith("Incomplete")
    weight = window.inputs["weight"]
    qtbot.keyClicks(weight, "70 mL")
    assert not window.error_labels["weight"].isVisibleTo(window)
    leave(weight)
    assert "is a volume; expected a mass" in window.error_labels["weight"].text()
    assert window.error_labels["weight"].isVisibleTo(window)


def test_the_incomplete_list_goes_to_the_field_clicked(qtbot, window):
    fill(qtbot, window, {"weight": "70 kg"})
    assert 'href="dose"' in window.status.text()
    window.status.linkActivated.emit("dose")
    assert window.focusWidget() is window.inputs["dose"] or window.inputs["dose"].hasFocus() \
        or "dose" in window.session.left
    assert window.error_labels["dose"].isVisibleTo(window)
    window.go_to_field("max_rate")           # under "More": opened to get there
    assert window.inputs["max_rate"].isVisibleTo(window)


def test_examples_are_help_text_never_values_in_the_field(window):
    for key, widget in window.inputs.items():
        if isinstance(widget, QLineEdit):
            assert widget.placeholderText() == "", key
    assert "e.g. 60 kg" in window.help_labels["weight"].text()


def test_only_the_fields_the_protocol_uses_are_shown(qtbot, window):
    visible = lambda key: window.inputs[key].isVisibleTo(window)  # noqa: E731
    assert visible("weight") and visible("dose") and visible("concentration")
    for key in ("max_dose", "dose_cap", "drop_factor", "in_line_ratio", "randomisation_code", "dose_number",
                "filter", "cells_in_product"):
        assert not visible(key), key
    assert not window.groups["trial"].isVisibleTo(window) or window._more["trial"].isVisibleTo(window)
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("temcell"))
    assert visible("cells_in_product") and visible("dose_number") and not visible("concentration")
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("ucmsc-frailty"))
    assert visible("randomisation_code")
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("stemirac"))
    assert visible("in_line_ratio") and visible("product_rate")
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("none"))
    more = window.findChild(QToolButton, "more_dose")
    assert more.isVisibleTo(window) and more.text().startswith("More")
    more.click()
    assert visible("max_dose") and visible("dose_cap")


def test_a_field_with_text_is_never_hidden(qtbot, window):
    window._toggle_more("infusion", True)
    fill(qtbot, window, {"max_rate": "1 mL/min"})
    window._toggle_more("infusion", False)
    assert window.inputs["max_rate"].isVisibleTo(window)


def test_new_preparation_asks_before_discarding_and_then_empties_the_form(qtbot, window, monkeypatch):
    window.confirm_unsaved = True
    fill(qtbot, window, CASE)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.Cancel)
    assert not window.new_case() and window.inputs["weight"].text() == "70 kg"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.Discard)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()
    assert len(asked) == 2 and window.inputs["weight"].text() == "" and window.session.texts.get("weight") is None
    window.new_action.trigger()               # nothing typed: no question
    assert len(asked) == 2


def test_quit_with_unsaved_entries_asks(qtbot, window, monkeypatch):
    window.confirm_unsaved = True
    fill(qtbot, window, CASE)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    assert not window.close() and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    assert window.close()


def test_the_strip_follows_save_check_and_weighing(qtbot, settings, store):
    from mscprep.preparation.build import prepare
    from mscprep.preparation.gravimetric import weigh_entered
    from mscprep.records.doublecheck import compare
    win = MainWindow(settings=settings, store=store, operator="K. Tanaka")
    qtbot.addWidget(win)
    win.show()
    fill(qtbot, win, CASE)
    win.records.save()
    saved = win.strip.labels["saved"].text()
    assert saved.startswith("✓") and "K. Tanaka" in saved
    record = win.session.record
    # the checker's plan carries the record's end of preparation, as the double check does: computed
    # a second later, its fresh use-by (issue 21) would count from another moment
    win.session.record_check("M. Sato", {}, compare(record.plan, prepare(
        dict(CASE, prepared_at=record.inputs["prepared_at"]), win.protocols)))
    assert "M. Sato" in win.strip.labels["verified"].text() and win.strip.stamp.text() == "DRAFT - NOT WEIGHED"
    win.session.record_weighing(weigh_entered(win.state.preparation, "20 g", "70.25 g"))
    # nobody enrolled in this store: never final (issue 22)
    assert win.strip.labels["weighed"].text().startswith("✓") and win.strip.stamp.text() == "UNSIGNED - NO ENROLLED STAFF"
    assert win.statusBar().currentMessage() == "" or "Saved" not in win.statusBar().currentMessage() or \
        win.session.current_record() is not None
    fill(qtbot, win, {"weight": "71 kg"})
    assert win.statusBar().currentMessage() == ""      # "Saved as ..." never outlives the figures
    assert win.strip.labels["saved"].text().startswith("○")


def test_a_restored_draft_banner_stays_when_the_audit_passes(qtbot, settings, store, tmp_path):
    win = MainWindow(settings=settings, store=store, operator="K. Tanaka", draft_file=tmp_path / "d.json")
    qtbot.addWidget(win)
    win.show()
    win.restore_draft({"saved_at": "2026-11-23T09:00", "form": {"texts": {"weight": "70 kg"}}})
    win.records.verify_audit(background=False)
    assert win.banner.shown("restored") and "Restored" in win.banner.text()
    win.show_banner("AUDIT TRAIL CHECK FAILED", "#b00000", key="audit")
    assert win.banner.shown("restored") and win.banner.shown("audit")
    win.banner.hide_banner("audit")
    assert win.banner.shown("restored")


def test_reason_boxes_come_before_the_print_buttons_in_the_tab_order(qtbot, window):
    fill(qtbot, window, dict(CASE, max_rate="1 mL/min"))
    reason = window.findings_box.findChild(QLineEdit, "reason_rate_above_max")
    chain, widget = [], reason
    for _ in range(10):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert window.preview_button in chain
    widget = window.preview_button
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget is reason or widget is window.protocol_box:
            break
    assert widget is not reason or window.preview_button in chain


def test_enter_moves_through_the_hemocytometer_grid(qtbot, window):
    window.activateWindow()
    window.count_method.setCurrentIndex(window.count_method.findData("hemocytometer"))
    grid = window.grid
    grid.viable[0].setFocus()
    qtbot.keyClicks(grid.viable[0], "45")
    qtbot.keyClick(grid.viable[0], Qt.Key_Return)
    assert window.focusWidget() is grid.viable[1]
    grid.viable[-1].setFocus()
    qtbot.keyClick(grid.viable[-1], Qt.Key_Return)
    assert window.focusWidget() is grid.dead[0]
    grid.dead[-1].setFocus()
    qtbot.keyClick(grid.dead[-1], Qt.Key_Return)
    assert window.focusWidget() is window.inputs["dilution_factor"]


def test_gloves_make_every_target_at_least_44_px(qtbot, settings):
    from ui.appearance import apply_appearance
    apply_appearance(gloves=True)
    try:
        win = MainWindow(settings=settings)
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.show()
        qtbot.wait(10)
        small = [w.objectName() or type(w).__name__ for w in win.findChildren(QLineEdit) + win.findChildren(QComboBox)
                 + win.findChildren(QPushButton) + win.findChildren(QToolButton)
                 if w.isVisibleTo(win) and w.objectName() != "qt_spinbox_lineedit" and w.height() < 44]
        assert small == []
    finally:
        apply_appearance(gloves=False)


def test_the_focus_ring_is_drawn(qtbot, window):
    from ui.appearance import style_sheet
    assert "QLineEdit:focus" in style_sheet(False, False) and "3px solid" in style_sheet(False, False)
    assert "#ffff00" in style_sheet(True, False)


def test_the_about_box_states_the_intended_use(window):
    text = window.about_text()
    assert "does not replace" in text and "pharmacist" in text


@pytest.mark.parametrize("width, height", [(1280, 720), (910, 512)])   # 1366x768 at 150 % is 910x512
def test_the_window_and_its_dialogs_fit_the_screen(qtbot, settings, store, width, height):
    from ui.dialogs.double_check_dialog import DoubleCheckDialog
    from ui.dialogs.gravimetric_dialog import GravimetricDialog
    from ui.dialogs.history_dialog import HistoryDialog
    from ui.widgets import available_geometry
    win = MainWindow(settings=settings, store=store, operator="K. Tanaka")
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    fill(qtbot, win, CASE)
    qtbot.wait(10)
    assert win.minimumSizeHint().width() <= width and win.minimumSizeHint().height() <= height
    assert win.size().width() <= width and win.size().height() <= height
    for button in (win.preview_button, win.label_button, win.save_button, win.record_button):
        bottom_right = button.mapTo(win, QPoint(button.width(), button.height()))
        assert bottom_right.x() <= win.width() and bottom_right.y() <= win.height(), button.objectName()
    win.records.save()
    screen = available_geometry(win)
    limit = (min(width, screen.width()), min(height, screen.height()))
    for dialog in (DoubleCheckDialog(win.session, win),
                   GravimetricDialog(win.state.preparation, win), HistoryDialog(store, win)):
        qtbot.addWidget(dialog)
        dialog.resize(min(dialog.width(), limit[0]), min(dialog.height(), limit[1]))
        dialog.show()
        assert dialog.minimumSizeHint().height() <= limit[1], type(dialog).__name__
        assert dialog.minimumSizeHint().width() <= limit[0], type(dialog).__name__
        boxes = dialog.findChildren(QDialogButtonBox)
        for box in boxes:
            corner = box.mapTo(dialog, QPoint(box.width(), box.height()))
            assert corner.y() <= dialog.height(), type(dialog).__name__
        dialog.close()
