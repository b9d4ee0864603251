"""One DIN per container in the window (issue 24): three TEMCELL bags scanned one after
another, the same bag scanned twice refused in the field (its read selected, the next scan
replaces it), a DIN of another patient's record a hard finding with the red banner; the
blind double check asks for every container's DIN and shows a container DIN that differs."""

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from ui.dialogs.double_check_dialog import DoubleCheckDialog
from ui.main_window import MainWindow
from ui.settings import Settings

THAWED = (datetime.now().astimezone() - timedelta(minutes=10)).isoformat(timespec="minutes")
# 100 kg: 200e6 cells, three 72e6-cell bags thawed
TEMCELL = {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "weight": "100 kg",
           "viability": "92%", "thawed_at": THAWED}


def make_window(qtbot, tmp_path, store=None):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def scan(qtbot, widget, text):
    """A barcode scanner: the characters, then Enter."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def scan_three_bags(qtbot, window):
    din, others = window.inputs["din"], window.inputs["container_dins"]
    din.setFocus()
    scan(qtbot, din, "=A99992112345600")
    assert window.din_reading.text() == "Read as A9999 21 123456 [3]"
    assert window.state.missing_identity == ("container_dins",) and others.isVisibleTo(window)
    others.setFocus()
    # the first bag scanned again: refused in this field, naming the DIN field; the focus stays
    scan(qtbot, others, "=A99992112345600")
    error = window.error_labels["container_dins"]
    assert error.isVisible() and "first container's DIN" in error.text() and "scanned twice" in error.text()
    assert window.focusWidget() is others and others.selectedText() == "=A99992112345600"
    assert window.state.preparation is None and not window.label_button.isEnabled()
    scan(qtbot, others, "=B12342112345700")                 # the next read replaces the double
    assert others.text().split() == ["=B12342112345700"]
    assert window.focusWidget() is others and "(1 of 2 scanned)" in window.help_labels["container_dins"].text()
    scan(qtbot, others, "=B12342112345700")                 # the second bag again
    assert window.focusWidget() is others and "already scanned" in error.text()
    scan(qtbot, others, "=B12342112345800")
    assert others.text().split() == ["=B12342112345700", "=B12342112345800"]
    assert window.focusWidget() is not others and not error.isVisible()


def test_three_bags_scanned_the_same_bag_twice_and_another_patients_din(qtbot, tmp_path, store):
    window = make_window(qtbot, tmp_path, store)
    window.load_form(TEMCELL, {})
    assert window.state.preparation.container_use.count == 3
    scan_three_bags(qtbot, window)
    assert window.state.missing_identity == () and window.state.status_kind == "ok"
    assert window.state.preparation.to_dict()["container_dins"] == ["B123421123457Z", "B123421123458X"]
    record = window.session.save()
    # Another patient's product whose DIN is the first patient's third bag
    window.new_case()
    window.load_form(dict(TEMCELL, patient_name="Sato Ken", patient_id="MRN-9", weight="30 kg"), {})
    din = window.inputs["din"]
    din.setFocus()
    scan(qtbot, din, "=B12342112345800")
    (found,) = [f for f in window.state.findings if f.code == "din_used_for_other_patient"]
    assert "B123421123458" in found.message and record.record_id in found.message
    assert window.state.status_kind == "blocked" and window.status_banner.kind == "blocked"
    assert "#" in window.status_banner.styleSheet() and not window.label_button.isEnabled()
    # and as a second container of a two-bag thaw of that other patient
    window.load_form(dict(TEMCELL, patient_name="Sato Ken", patient_id="MRN-9", weight="60 kg",
                          din="C999921123456", container_dins="B123421123457"), {})
    (found,) = [f for f in window.state.findings if f.code == "din_used_for_other_patient"]
    assert "B123421123457" in found.message and window.status_banner.kind == "blocked"


def test_the_check_asks_for_every_containers_din_and_shows_one_that_differs(qtbot, tmp_path, store):
    window = make_window(qtbot, tmp_path, store)
    window.load_form(dict(TEMCELL, din="A999921123456", container_dins="B123421123457 B123421123458"), {})
    record = window.session.save()
    dialog = DoubleCheckDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.inputs["container_dins"]
    assert dialog.findChild(QLineEdit, "check_container_dins") is field
    assert ("container_dins",) in [requirement.keys for requirement in dialog.requirements]
    assert field.text() == "" and "B1234" not in dialog.findChild(type(dialog.message), "check_identity").text()
    dialog.checker.setText("M. Sato")
    dialog.patient_confirmed.setChecked(True)
    for key in ("weight", "viability", "thawed_at"):
        dialog.inputs[key].setText(record.inputs[key])
    for requirement in dialog.requirements:
        key = requirement.keys[0]
        widget = dialog.inputs[key]
        if key in ("din", "container_dins"):
            continue
        if isinstance(widget, QLineEdit):
            if not widget.text():
                widget.setText(record.inputs[key])
        else:                                    # a choice (the dose basis): the record's
            widget.setCurrentIndex(widget.findData(record.inputs[key]))
    dialog.inputs["din"].setText("=A99992112345600")
    field.setFocus()
    scan(qtbot, field, "=B12342112345800")
    assert dialog.focusWidget() is field                    # the next container's read lands here
    scan(qtbot, field, "=B12342112345900")                  # a bag that is not the record's
    assert dialog.focusWidget() is field
    qtbot.keyClick(field, Qt.Key_Return)                    # an empty read: on to the next field
    assert dialog.focusWidget() is not field
    assert dialog.compare_button.isEnabled(), dialog.compare_button.toolTip()
    qtbot.mouseClick(dialog.compare_button, Qt.LeftButton)
    assert dialog.outcome is not None and not dialog.outcome.matched
    (difference,) = dialog.outcome.differences
    assert difference.key == "container_dins"
    assert "B123421123457" in difference.first and "B123421123459" in difference.second
    rows = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "DINs of the other containers" in rows
