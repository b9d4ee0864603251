"""The window as a guided screen (issue 24): nothing stale in the plan panel, the status
banner pinned above both panes in its three colours, Save/Print disabled with a reason, the
"Next" button, scrolling back to the top for a new case, fields the protocol ignores."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from ui.main_window import MainWindow
from ui.settings import Settings

THAWED = (datetime.now().astimezone() - timedelta(minutes=10)).isoformat(timespec="minutes")
ADIPOSE = {"protocol": "adipose-msc-fixed", "patient_name": "Sato Ken", "patient_id": "MRN-1", "weight": "70 kg",
           "dose": "3e8 cell", "concentration": "2e7 cell/mL", "viability": "95%", "rate": "5 mL/min"}
TEMCELL = {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "weight": "60 kg",
           "din": "A999921123456", "container_dins": "A999921123457", "viability": "92%", "thawed_at": THAWED}
NEBULIZED = {"protocol": "secretome-nebulized", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
             "first_dose_at": (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%dT08:00")}
BLINDED = {"protocol": "ucmsc-frailty", "patient_name": "Trial Patient", "patient_id": "MRN-T", "weight": "70 kg",
           "concentration": "1e7 cell/mL", "viability": "90%", "thawed_at": THAWED}


def make_window(qtbot, tmp_path, store=None):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def load(window, form):
    window.load_form(form, {})
    return window.state


def test_rows_of_an_earlier_protocol_never_stay(window):
    load(window, ADIPOSE)
    assert "Dose (viable cells)" in window.results.row_labels()
    state = load(window, TEMCELL)
    labels = window.results.row_labels()
    assert "Dose (viable cells)" not in labels and "Dose (total cells)" in labels
    assert labels == [row.label for row in state.rows]          # exactly the preparation's own rows
    state = load(window, NEBULIZED)
    assert window.results.row_labels() == [row.label for row in state.rows]
    assert "Volume to draw" not in window.results.row_labels()
    assert not window.results.plot.isVisible()                   # no "(no plan)" chart for an aerosol course
    load(window, ADIPOSE)
    assert window.results.plot.isVisible()
    assert window.results.row_labels() == [row.label for row in window.state.rows]


def test_an_incomplete_form_of_another_protocol_shows_no_old_labels(window):
    load(window, ADIPOSE)
    load(window, dict(TEMCELL, weight=""))                       # incomplete: no preparation
    assert window.state.preparation is None
    assert "Dose (viable cells)" not in window.results.row_labels()
    assert all(label.text() == "—" for label in window.results.values.values())


def test_the_blinded_arm_row_is_always_there(window, tmp_path):
    load(window, BLINDED)                                         # no code, no list yet
    assert window.results.row_labels()[0] == "Blinded trial arm (pharmacy only)"
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nT-1,active\n", encoding="utf-8")
    load(window, dict(BLINDED, randomisation_code="T-1", randomisation_list=str(listing)))
    assert window.results.row_labels()[0] == "Blinded trial arm (pharmacy only)"
    assert window.results.values["arm"].text() == "T-1: ACTIVE"
    load(window, ADIPOSE)
    assert "Blinded trial arm (pharmacy only)" not in window.results.row_labels()


def test_the_banner_is_pinned_above_both_panes_in_three_colours(window):
    banner = window.status_banner
    assert not window.form_scroll.isAncestorOf(banner) and not window.results_scroll.isAncestorOf(banner)
    assert banner.geometry().bottom() < window.splitter.geometry().top()
    load(window, TEMCELL)
    assert banner.kind == "ok" and banner.headline.text() == "READY" and "#1e7b34" in banner.styleSheet()
    load(window, dict(TEMCELL, thawed_at=""))                       # thaw time missing: amber, not red
    assert banner.kind == "identity" and banner.headline.text() == "NOT READY"
    assert "#ffcc4d" in banner.styleSheet() and "BLOCKED" not in window.status.text()
    assert 'href="thawed_at"' in window.status.text()
    load(window, dict(TEMCELL, available="1 mL"))                  # a real breach: red
    assert banner.kind == "blocked" and banner.headline.text() == "BLOCKED" and "#b00000" in banner.styleSheet()
    assert "Not enough product to draw" in window.status.text()
    load(window, dict(TEMCELL, weight="60 mL"))
    assert banner.kind == "incomplete" and banner.headline.text() == "INCOMPLETE"
    # scrolled to the bottom, the banner is still where it was
    window.form_scroll.verticalScrollBar().setValue(window.form_scroll.verticalScrollBar().maximum())
    window.results_scroll.verticalScrollBar().setValue(window.results_scroll.verticalScrollBar().maximum())
    assert banner.isVisible() and banner.geometry().bottom() < window.splitter.geometry().top()


def test_print_and_label_are_disabled_with_the_reason(window):
    load(window, dict(TEMCELL, weight=""))
    assert not window.preview_button.isEnabled() and "Body weight" in window.preview_button.toolTip()
    load(window, dict(TEMCELL, thawed_at=""))
    assert window.preview_button.isEnabled()
    assert not window.label_button.isEnabled()
    assert "THAW TIME NOT ENTERED" in window.label_button.toolTip()
    load(window, TEMCELL)
    assert window.label_button.isEnabled() and window.label_button.toolTip() == ""


def test_next_names_and_goes_to_the_field_to_complete(qtbot, window):
    load(window, dict(TEMCELL, thawed_at=""))
    assert window.next_button.text() == "Next: enter Thawed at"
    window.next_button.click()
    assert window.focusWidget() is window.inputs["thawed_at"]
    load(window, dict(TEMCELL, weight=""))
    assert window.next_button.text().startswith("Next: complete")


def test_next_walks_save_check_weigh_label(qtbot, tmp_path, store, monkeypatch):
    window = make_window(qtbot, tmp_path, store)
    load(window, TEMCELL)
    assert window.next_button.text() == "Next: save the record"
    window.next_button.click()
    assert window.session.current_record() is not None
    assert window.next_button.text() == "Next: hand to a pharmacist for the double check"
    done = []
    monkeypatch.setattr(window.records, "double_check", lambda: done.append("check"))
    window.next_button.click()
    assert done == ["check"]


def test_a_new_case_scrolls_both_panes_to_the_top(qtbot, window):
    load(window, TEMCELL)
    window.resize(1000, 450)
    for scroll in (window.form_scroll, window.results_scroll):
        qtbot.waitUntil(lambda scroll=scroll: scroll.verticalScrollBar().maximum() > 0, timeout=2000)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        assert scroll.verticalScrollBar().value() > 0
    window.new_case()
    qtbot.wait(20)
    assert window.form_scroll.verticalScrollBar().value() == 0
    assert window.results_scroll.verticalScrollBar().value() == 0


def test_a_field_another_count_method_uses_is_marked_and_cleared_with_undo(qtbot, window):
    load(window, dict(TEMCELL, concentration="1e8 cell/mL"))      # TEMCELL counts from the label
    assert window.count_method.currentData() == "label"
    marker = window._unused["concentration"]
    assert marker.isVisible()
    window.clear_unused("concentration")
    assert window.inputs["concentration"].text() == "" and not marker.isVisible()
    window.inputs["concentration"].undo()
    assert window.inputs["concentration"].text() == "1e8 cell/mL" and marker.isVisible()


def test_the_pharmacy_sheet_prints_from_the_window_and_the_list_is_picked(qtbot, window, tmp_path, monkeypatch):
    import subprocess
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nT-1,active\nT-2,placebo\n", encoding="utf-8")
    load(window, BLINDED)
    assert window.pharmacy_action.isVisible() and not window.pharmacy_action.isEnabled()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(listing), "csv"))
    window.inputs["randomisation_code"].setText("T-2")
    window.findChild(QPushButton, "randomisation_list_choose").click()
    assert window.inputs["randomisation_list"].text() == str(listing)
    assert window.results.values["arm"].text() == "T-2: PLACEBO"
    assert window.pharmacy_action.isEnabled()
    printed = []
    monkeypatch.setattr(window.printing, "preview", lambda data, what: printed.append((data, what)))
    window.pharmacy_action.trigger()
    (data, what), = printed
    path = tmp_path / "pharmacy.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert what == "sheet" and "PLACEBO" in text.upper()
    load(window, ADIPOSE)
    assert not window.pharmacy_action.isVisible()


def test_save_as_pdf_opens_in_the_documents_folder_with_a_name(window, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    asked = {}

    def fake(parent, title, start, *args, **kwargs):
        asked["start"] = start
        return "", ""
    monkeypatch.setattr("ui.print_actions.QFileDialog.getSaveFileName", fake)
    load(window, TEMCELL)
    window.printing.save_pdf()
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    assert asked["start"].startswith(documents) and asked["start"].endswith(".pdf")
    assert "MRN-000123" in asked["start"]


def test_a_typed_reason_is_visibly_accepted_on_its_card(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel
    load(window, {"protocol": "none", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
                  "viability": "90%", "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "max_rate": "1 mL/min",
                  "patient_name": "Sato Ken", "patient_id": "MRN-1", "din": "A999921123456"})
    assert window.state.status_kind == "needs_reason"
    box = window.results.reason_boxes[0]
    code = box.objectName().removeprefix("reason_")
    assert window.results.findChild(QLabel, f"accepted_{code}") is None
    qtbot.keyClicks(box, "ordered by Dr Sato")
    qtbot.keyClick(box, Qt.Key_Return)
    accepted = window.results.findChild(QLabel, f"accepted_{code}")
    assert accepted is not None and "ordered by Dr Sato" in accepted.text()
    assert "#d6f0d6" in window.results.findChild(type(accepted.parent()), f"finding_{code}").styleSheet()
