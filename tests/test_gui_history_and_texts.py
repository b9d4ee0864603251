"""History and small texts (issue 24): the status column says verified, weighed, labelled
and final, whole; a Close button; a label reprint beside the sheet reprint, stamped REPRINT
exactly when the log says so; counts read "1 record"/"2 records"; times without "+00:00";
the language notice in the language chosen; no restored-entries banner when nothing was
restored."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mscprep.preparation.build import prepare
from mscprep.preparation.gravimetric import density, weigh
from mscprep.records.doublecheck import run_check
from mscprep.units import G
from ui.dialogs.history_dialog import HistoryDialog
from ui.main_window import MainWindow
from ui.settings import Settings

CASE = {"protocol": "none", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
        "viability": "90%", "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_id": "MRN-000123",
        "patient_name": "Yamada Hanako", "din": "A999921123456"}
FIGURES = {key: CASE[key] for key in ("din", "weight", "dose", "concentration", "viability", "final_volume",
                                      "duration")}


def make_window(qtbot, tmp_path, store=None):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                     operator="K. Tanaka")
    qtbot.addWidget(win)
    win.show()
    return win


def test_history_status_close_and_label_reprint(qtbot, tmp_path, store, monkeypatch):
    window = make_window(qtbot, tmp_path, store)
    preparation = prepare(CASE)
    record = store.save(preparation, "K. Tanaka")
    store.save(prepare(dict(CASE, patient_id="MRN-2", din="")), "K. Tanaka")
    store.record_check(record, "M. Sato", dict(FIGURES), run_check(record, FIGURES))
    mass = (preparation.weighed_volume * density(preparation)).to("g")
    store.record_weighing(record, "K. Tanaka", weigh(preparation, 20 * G, 20 * G + mass))
    dialog = HistoryDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 560)
    dialog.show()
    assert dialog.count.text() == "2 records"
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    status = dialog.table.item(rows[record.record_id], dialog.table.columnCount() - 1).text()
    assert status == "verified by M. Sato · weighed · FINAL"
    saved = dialog.table.item(rows[record.record_id], 2).text()
    assert "+" not in saved and "T" not in saved and len(saved) == len("2026-12-03 12:00")
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Close)
    assert close.text() == "Close"
    printed = []
    monkeypatch.setattr(window.printing, "preview", lambda data, what: printed.append((data, what)))
    monkeypatch.setattr(window.printing, "pdf", lambda document, state, reprint=False: reprint)
    window.records.reprint_label(store.latest(record.record_id))
    window.records.reprint_label(store.latest(record.record_id))
    assert printed == [(False, "label"), (True, "label")]      # REPRINT exactly when the log says reprint
    assert [e["action"] for e in store.entries(record.record_id) if e["action"] in ("print", "reprint")] == \
        ["print", "reprint"]
    dialog.search()
    status = dialog.table.item(rows[record.record_id], dialog.table.columnCount() - 1).text()
    assert status == "verified by M. Sato · weighed · labelled · FINAL"
    header = dialog.table.horizontalHeader()
    width = dialog.table.fontMetrics().horizontalAdvance(status)
    assert header.sectionSize(dialog.table.columnCount() - 1) >= width   # never truncated
    close.click()
    assert not dialog.isVisible()


def test_the_language_notice_is_in_the_language_chosen(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    window.choose_language("ja")
    window.choose_language("zh")
    window.choose_language("en")
    assert said[0] != said[1] and said[2] == "The language changes at the next start."
    assert all(ord(ch) < 128 for ch in said[2]) and any(ord(ch) > 0x3000 for ch in said[0] + said[1])


def test_no_restored_banner_when_nothing_was_restored(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.restore_draft({"saved_at": "2026-12-03T10:00", "form": {"texts": {"protocol": "temcell"}}})
    assert not window.banner.shown("restored")
    window.restore_draft({"saved_at": "2026-12-03T10:00", "form": {"texts": {"protocol": "temcell",
                                                                             "weight": "60 kg"}}})
    assert window.banner.shown("restored")
