"""The window driven through its real widgets with pytest-qt."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame

from ui.main_window import MainWindow

from helpers import ROOT


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def type_into(qtbot, window, key, text):
    widget = window.inputs[key]
    widget.clear()
    qtbot.keyClicks(widget, text)


def fill_contract_case(qtbot, window):
    for key, text in (("weight", "70 kg"), ("dose", "1e6 cell/kg"), ("concentration", "1e7 cell/mL"),
                      ("viability", "90%"), ("final_volume", "50 mL"), ("duration", "30 min")):
        type_into(qtbot, window, key, text)


def shown(window, key):
    return window.result_values[key].text()


def test_typing_the_contract_case_shows_the_plan(qtbot, window):
    fill_contract_case(qtbot, window)
    assert shown(window, "volume_to_draw") == "7.778 mL"
    assert shown(window, "diluent_volume") == "42.22 mL"
    assert shown(window, "rate") == "1.67 mL/min = 100 mL/h"
    assert window.state.status_kind == "ok"


def test_invalid_field_is_marked_and_no_stale_result_is_shown(qtbot, window):
    fill_contract_case(qtbot, window)
    type_into(qtbot, window, "weight", "70")
    assert window.error_labels["weight"].isVisible()
    assert "has no unit" in window.error_labels["weight"].text()
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
    assert window.state.plan.findings[0].override_reason == "pump set by physician order"


def test_protocol_choice_fills_defaults_and_shows_its_source(qtbot, window):
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("temcell"))
    type_into(qtbot, window, "weight", "60 kg")
    assert "TEMCELL" in window.protocol_info.text()
    assert window.count_method.currentData() == "label"
    assert shown(window, "final_volume") == "48 mL"
    assert "protocol default" in window.inputs["rate"].placeholderText()


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
