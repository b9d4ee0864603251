"""The DIN in the window (issue 24): a wrong check character keeps the focus in the DIN field
(the scanner's next read lands there) and never shows the expected character; a DIN says how
it was read; the same DIN in the records for another patient is a hard finding."""

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings, Qt

from mscprep.din import check_character
from mscprep.preparation.build import prepare
from mscprep.records.din_reuse import din_reuse_findings
from ui.main_window import MainWindow
from ui.settings import Settings

THAWED = (datetime.now().astimezone() - timedelta(minutes=10)).isoformat(timespec="minutes")
TEMCELL = {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "weight": "60 kg",
           "din": "A999921123456", "viability": "92%", "thawed_at": THAWED}


def make_window(qtbot, tmp_path, store=None):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def test_a_wrong_check_character_keeps_the_focus_and_hides_the_right_one(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.load_form(dict(TEMCELL, din=""), {})
    din = window.inputs["din"]
    din.setFocus()
    assert check_character("A999921123456") == "3"
    qtbot.keyClicks(din, "A9999211234564")              # scanned with a wrong check character
    qtbot.keyClick(din, Qt.Key_Return)
    assert window.focusWidget() is din and din.selectedText() == "A9999211234564"
    error = window.error_labels["din"]
    assert error.isVisible() and "check character" in error.text()
    assert "'3'" not in error.text() and "expected" not in error.text().lower()
    assert not window.din_reading.isVisible()
    qtbot.keyClicks(din, "=A99992112345600")             # the next scan replaces the selection
    assert din.text() == "=A99992112345600"
    qtbot.keyClick(din, Qt.Key_Return)
    assert window.focusWidget() is not din
    assert window.din_reading.text() == "Read as A9999 21 123456 [3]" and window.din_reading.isVisible()


def test_the_same_din_for_another_patient_is_a_hard_finding(qtbot, tmp_path, store):
    window = make_window(qtbot, tmp_path, store)
    window.load_form(TEMCELL, {})
    first = window.session.save()
    assert "din_used_for_other_patient" not in {f.code for f in window.state.findings}   # its own record
    window.new_case()
    window.load_form(dict(TEMCELL, patient_name="Sato Ken", patient_id="MRN-000999"), {})
    found = [f for f in window.state.findings if f.code == "din_used_for_other_patient"]
    assert found and first.record_id in found[0].message
    assert window.state.status_kind == "blocked" and window.status_banner.kind == "blocked"
    assert not window.label_button.isEnabled()
    window.load_form(dict(TEMCELL, patient_id="mrn-000123"), {})   # the same patient again: no finding
    assert "din_used_for_other_patient" not in {f.code for f in window.state.findings}


def test_the_core_rule_without_a_window(store):
    preparation = prepare(dict(TEMCELL, protocol="temcell"))
    record = store.save(preparation, "K. Tanaka")
    other = prepare(dict(TEMCELL, patient_id="MRN-2"))
    (finding,) = din_reuse_findings(store, other)
    assert finding.blocks and record.record_id in finding.message
    assert din_reuse_findings(store, preparation) == ()
    assert din_reuse_findings(store, other, record_id=record.record_id) == ()


def test_one_din_per_container_thawed(qtbot, tmp_path, store):
    from mscprep.preparation.identity import missing_identity
    window = make_window(qtbot, tmp_path, store)
    window.load_form(dict(TEMCELL, weight="100 kg"), {})          # 200e6 cells: three 72e6-cell bags
    assert window.state.preparation.container_use.count == 3
    assert window.state.missing_identity == ("container_dins",)
    assert window.state.status_kind == "identity" and not window.label_button.isEnabled()
    field = window.inputs["container_dins"]
    assert field.isVisibleTo(window)
    assert "3 containers" in window.help_labels["container_dins"].text()
    field.setFocus()
    qtbot.keyClicks(field, "=B12342112345700")                   # the second bag, scanned
    qtbot.keyClick(field, Qt.Key_Return)
    assert window.focusWidget() is field and "(1 of 2 scanned)" in window.help_labels["container_dins"].text()
    qtbot.keyClicks(field, "B1234211234583")                     # the third, with a wrong check character
    qtbot.keyClick(field, Qt.Key_Return)
    assert window.focusWidget() is field and window.error_labels["container_dins"].isVisible()
    field.setText(field.text().rsplit(" ", 1)[0] + " B123421123458")
    qtbot.keyClick(field, Qt.Key_Return)
    assert window.focusWidget() is not field
    assert window.state.missing_identity == () and window.state.status_kind == "ok"
    assert "container_dins" not in missing_identity(window.state.preparation)
    record = window.session.save()
    assert record.inputs["container_dins"].split() == ["=B12342112345700", "B123421123458"]
    # A container's DIN already recorded for another patient is caught too.
    window.new_case()
    window.load_form(dict(TEMCELL, weight="100 kg", patient_id="MRN-9", din="C999921123456",
                          container_dins="A999921123456 B123421123458"), {})
    found = [f for f in window.state.findings if f.code == "din_used_for_other_patient"]
    assert found and "A999921123456" in found[0].message and window.state.status_kind == "blocked"


def test_a_single_container_needs_no_more_dins():
    from mscprep.preparation.identity import missing_identity
    preparation = prepare(dict(TEMCELL, weight="30 kg"))
    assert preparation.container_use.count == 1 and "container_dins" not in preparation.identity_required
    assert missing_identity(preparation) == ()
