"""The window driven through its real widgets with pytest-qt."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame

from PySide6.QtCore import QSettings

from ui.main_window import MainWindow
from ui.settings import Settings

from helpers import ROOT


@pytest.fixture
def window(qtbot, settings):
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.show()
    return win


def leave(widget):
    """The user moves on from a field (what Tab or a click elsewhere does)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(widget, QFocusEvent(QEvent.FocusOut, Qt.TabFocusReason))


def type_into(qtbot, window, key, text):
    widget = window.inputs[key]
    widget.clear()
    qtbot.keyClicks(widget, text)
    leave(widget)


IDENTITY = (("patient_name", "Yamada Hanako"), ("patient_id", "MRN-000123"), ("din", "A999921123456"))


def fill_contract_case(qtbot, window):
    for key, text in IDENTITY + (("weight", "70 kg"), ("dose", "1e6 cell/kg"), ("concentration", "1e7 cell/mL"),
                                 ("viability", "90%"), ("final_volume", "50 mL"), ("duration", "30 min")):
        type_into(qtbot, window, key, text)


def shown(window, key):
    return window.result_values[key].text()


def test_typing_the_contract_case_shows_the_plan(qtbot, window):
    fill_contract_case(qtbot, window)
    assert shown(window, "volume_to_draw") == "7.778 mL"
    assert shown(window, "diluent_volume") == "42.22 mL 0.9% sodium chloride"   # the app default names the diluent (issue 21)
    assert shown(window, "rate") == "1.67 mL/min = 100 mL/h"
    assert window.state.status_kind == "ok"


def test_invalid_field_is_marked_and_no_stale_result_is_shown(qtbot, window):
    fill_contract_case(qtbot, window)
    type_into(qtbot, window, "weight", "70 mL")
    assert window.error_labels["weight"].isVisible()
    assert "is a volume; expected a mass" in window.error_labels["weight"].text()
    assert shown(window, "volume_to_draw") == "—"
    assert window.status.text().startswith("Incomplete")
    type_into(qtbot, window, "weight", "70 kg")
    assert not window.error_labels["weight"].isVisible()
    assert shown(window, "volume_to_draw") == "7.778 mL"


def test_entries_survive_an_error_elsewhere(qtbot, window):
    fill_contract_case(qtbot, window)
    type_into(qtbot, window, "viability", "0.9")
    assert window.inputs["weight"].text() == "70 kg"
    assert window.inputs["viability"].text() == "0.9"


def test_blocked_plan_shows_the_hard_finding(qtbot, window):
    fill_contract_case(qtbot, window)
    type_into(qtbot, window, "available", "5 mL")
    assert window.state.status_kind == "blocked"
    assert "BLOCKED" in window.status.text()
    assert window.findings_box.findChild(QFrame, "finding_volume_exceeds_available") is not None


def test_soft_finding_needs_a_typed_reason(qtbot, window):
    fill_contract_case(qtbot, window)
    type_into(qtbot, window, "max_rate", "1 mL/min")
    assert window.state.status_kind == "needs_reason"
    from PySide6.QtWidgets import QLineEdit
    reason = window.findings_box.findChild(QLineEdit, "reason_rate_above_max")
    qtbot.keyClicks(reason, "pump set by physician order")
    qtbot.keyClick(reason, Qt.Key_Return)
    assert window.state.status_kind == "ok"
    assert window.state.preparation.findings[0].override_reason == "pump set by physician order"


def test_protocol_choice_fills_defaults_and_shows_its_source(qtbot, window):
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("temcell"))
    type_into(qtbot, window, "weight", "60 kg")
    assert "TEMCELL" in window.protocol_info.text()
    assert window.count_method.currentData() == "label"
    assert shown(window, "final_volume") == "48 mL"
    # the protocol's default is help text beside the field, never a grey value inside it
    assert window.inputs["rate"].placeholderText() == "" and window.inputs["rate"].text() == ""
    assert "Protocol: 4 mL/min" in window.help_labels["rate"].text()


def test_enter_moves_to_the_next_field(qtbot, window):
    window.inputs["weight"].setFocus()
    qtbot.keyClicks(window.inputs["weight"], "70 kg")
    qtbot.keyClick(window.inputs["weight"], Qt.Key_Return)
    assert not window.inputs["weight"].hasFocus()


def test_main_selftest_passes_in_a_subprocess():
    result = subprocess.run([sys.executable, "main.py", "--selftest"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "selftest ok"


def test_weight_unit_selector_applies_to_a_bare_number(qtbot, window):
    fill_contract_case(qtbot, window)
    window.weight_unit.setCurrentText("lb")
    type_into(qtbot, window, "weight", "154.3236")
    assert shown(window, "dose").startswith("70 × 10⁶ cells")
    type_into(qtbot, window, "weight", "70 kg")   # a unit typed wins over the selector
    assert shown(window, "dose").startswith("70 × 10⁶ cells")


def test_hemocytometer_grid_shows_mean_cv_and_viability_live(qtbot, window):
    fill_contract_case(qtbot, window)
    window.count_method.setCurrentIndex(window.count_method.findData("hemocytometer"))
    for index, (alive, dead) in enumerate([(45, 5), (44, 5), (46, 5), (45, 5)]):
        qtbot.keyClicks(window.grid.viable[index], str(alive))
        qtbot.keyClicks(window.grid.dead[index], str(dead))
    assert window.grid.summary.text() == "4 squares · mean 45 unstained · CV 1.81% · viability 90%"   # CV of the unstained counts the dose uses
    type_into(qtbot, window, "dilution_factor", "5")
    window.inputs["viability"].clear()
    assert shown(window, "viable_concentration") == "2.25 × 10⁶ cells/mL"


def test_hemocytometer_high_cv_asks_for_a_recount(qtbot, window):
    fill_contract_case(qtbot, window)
    window.count_method.setCurrentIndex(window.count_method.findData("hemocytometer"))
    window.grid.set_counts([30, 60, 30, 60], [0, 0, 0, 0])
    window.inputs["viability"].clear()
    type_into(qtbot, window, "dilution_factor", "2")
    assert "recount_required" in {f.code for f in window.state.preparation.findings}
    assert window.state.status_kind == "blocked"


def test_scanned_din_fills_the_field_and_is_checked(qtbot, window):
    fill_contract_case(qtbot, window)
    din = window.inputs["din"]
    din.clear()
    din.setFocus()
    qtbot.keyClicks(din, "=A99992112345600")
    qtbot.keyClick(din, Qt.Key_Return)
    assert not window.error_labels["din"].isVisible()
    assert window.state.preparation.inputs.identity.din == "A9999211234563"
    type_into(qtbot, window, "din", "A9999211234564")
    qtbot.keyClick(din, Qt.Key_Return)
    leave(din)
    assert "check character '4' does not match" in window.error_labels["din"].text()
    assert window.state.preparation is None


def test_timeline_has_the_infusion_and_use_by(qtbot, window):
    fill_contract_case(qtbot, window)
    assert window.results.plot.data is not None
    type_into(qtbot, window, "thawed_at", "2026-11-23T09:00")
    type_into(qtbot, window, "stability", "48 h")
    assert window.results.plot.data.use_by is not None
    assert window.results.plot.grab().width() > 0


def test_settings_persist_between_windows(qtbot, settings):
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.protocol_box.setCurrentIndex(first.protocol_box.findData("ryoncil"))
    first.weight_unit.setCurrentText("lb")
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    assert second.protocol_box.currentData() == "ryoncil"
    assert second.weight_unit.currentText() == "lb"


def test_corrupt_setting_falls_back_to_its_default(tmp_path):
    store = QSettings(str(tmp_path / "bad.ini"), QSettings.IniFormat)
    store.setValue("weight_unit", "stone")
    store.setValue("paper", 12)
    assert Settings(store).get("weight_unit") == "kg" and Settings(store).get("paper") == "A4"


def test_print_actions_wait_for_a_complete_plan(qtbot, window):
    assert not window.preview_button.isEnabled() and not window.save_action.isEnabled()
    fill_contract_case(qtbot, window)
    assert window.preview_button.isEnabled() and window.save_action.isEnabled()


def test_save_pdf_writes_the_sheet(qtbot, window, tmp_path):
    fill_contract_case(qtbot, window)
    path = window.printing.save_pdf(str(tmp_path / "sheet.pdf"))
    data = (tmp_path / "sheet.pdf").read_bytes()
    assert path and data.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True).stdout
    assert "7.778 mL" in text and "DRAFT - NOT VERIFIED" in text


def test_printing_paints_every_page(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from ui.printing import paint_pages, render_pages
    fill_contract_case(qtbot, window)
    images = render_pages(window.printing.sheet_bytes(), 60)
    assert len(images) >= 3 and images[0].image.width() > 400
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, images)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    assert f"Pages:           {len(images)}" in info


def test_japanese_ui(qtbot, settings, qapp):
    from ui.i18n import CatalogTranslator
    translator = CatalogTranslator("ja")
    qapp.installTranslator(translator)
    try:
        win = MainWindow(settings=settings, language="ja")
        qtbot.addWidget(win)
        assert win.rows["weight_label"].text() == "体重"
        assert "入力" in win.status.text()
    finally:
        qapp.removeTranslator(translator)


def test_sheet_and_label_print_apart_at_true_size(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from ui.printing import paint_pages, render_pages
    fill_contract_case(qtbot, window)
    pages = render_pages(window.printing.sheet_bytes(), 100)
    labels = [page for page in pages if page.is_label]
    assert len(labels) == 1 and len(pages) - len(labels) >= 3
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "label.pdf"))
    paint_pages(printer, labels)
    assert (tmp_path / "label.pdf").stat().st_size > 1000
    # 100 x 50 mm printed at 1200 dpi keeps its size: 4724 x 2362 device pixels
    assert labels[0].image.width() * printer.resolution() / 100 == pytest.approx(4724, abs=30)
