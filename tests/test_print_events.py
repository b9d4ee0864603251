"""Print events are recorded only when they happen: previewing or cancelling logs nothing;
a print is logged when the dialog hands the job to the printer (or the PDF is written),
and the pages printed carry the audit head that includes their own print entry; the bag
label written as the last page of "Save sheet as PDF" is logged as a label print."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QSettings

from helpers import checker_plan, plan

from mscprep.preparation.gravimetric import weigh_entered
from mscprep.records.doublecheck import compare
from mscprep.records.store import RecordStore

CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "duration": "30 min", "patient_id": "MRN-000123", "patient_name": "Yamada Hanako",
        "din": "A999921123456"}


def print_for_real(monkeypatch, path, previews: list | None = None):
    """The print dialog as a person uses it: the preview is painted, then Print hands the
    job to the printer (here a PDF file)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

    def exec_(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        if previews is not None:
            previews.append(True)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
        widget.print_()
        return 1
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)


def prints(store):
    return [(action, what) for action, what in store.connection.execute(
        "SELECT action, what FROM audit WHERE action LIKE '%print%' ORDER BY seq")]


def test_a_final_record_printed_is_labelled(final_window, monkeypatch):
    """Where the record can be final (verified, weighed, signed), its label print is the
    case's last stage: the session's rule, shown without an enrolled store by saying the
    store is signed."""
    window, store = final_window
    monkeypatch.setattr("mscprep.records.staff.has_enrolled", lambda store: True)
    assert window.session.record_state().unsigned is False
    window.session.log_print("label")
    assert labelled(window)


@pytest.fixture
def final_window(qtbot, tmp_path, monkeypatch):
    """A saved record, verified by a second person and weighed within tolerance: final."""
    from ui.main_window import MainWindow
    from ui.settings import Settings
    store = RecordStore(tmp_path / "records.sqlite3")
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                        operator="K. Tanaka")
    qtbot.addWidget(window)
    for key, text in CASE.items():
        window.inputs[key].setText(text)
    window.records.save()
    record = window.session.current_record()
    # the checker's plan as the double check makes it (the record's time and end of preparation):
    # a plan of the fixed NOON would count the fresh product's use-by from another moment (issue 21)
    store.record_check(record, "M. Sato", {}, compare(record.plan, checker_plan(record, **CASE)))
    window.session.record_weighing(weigh_entered(plan(**CASE), "20 g", "70.25 g"))
    monkeypatch.setattr("ui.print_actions.QMessageBox.information", lambda *a, **k: None)
    yield window, store
    store.close()


def labelled(window) -> bool:
    return {stage.key: stage.state for stage in window.session.stages()}["labelled"] == "done"


def test_cancelling_the_preview_logs_nothing_and_the_first_real_print_is_no_reprint(final_window, monkeypatch,
                                                                                     tmp_path):
    window, store = final_window
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintPreviewDialog.exec", lambda self: 0)
    window.printing.print_preview()
    window.printing.print_label()
    assert prints(store) == [] and not labelled(window)
    printed = tmp_path / "printed.pdf"
    print_for_real(monkeypatch, printed)
    built = []
    original = window.printing.pdf
    monkeypatch.setattr(window.printing, "pdf", lambda document, state, reprint=False: built.append(
        (state.audit_head, reprint)) or original(document, state, reprint))
    window.printing.print_preview()
    assert prints(store) == [("print", "version 1: sheet")] and printed.stat().st_size > 0
    (previewed_head, previewed_reprint), (printed_head, printed_reprint) = built
    assert not previewed_reprint and not printed_reprint                 # the first real print is no reprint
    assert printed_head == store.head() != previewed_head               # the head printed includes this print


def test_print_label_with_no_printer_does_not_mark_labelled(final_window, monkeypatch):
    window, store = final_window
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrinterInfo.availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintPreviewDialog.exec", lambda self: 0)
    window.printing.print_label()
    assert prints(store) == [] and not labelled(window)


def test_a_label_handed_to_the_printer_is_logged_and_labelled(final_window, monkeypatch, tmp_path):
    window, store = final_window
    previews = []
    print_for_real(monkeypatch, tmp_path / "label.pdf", previews)
    window.printing.print_label()
    # the store has nobody enrolled: the label says UNSIGNED and the case is never final, so
    # the strip's last stage stays open although the print happened (issue 22)
    assert previews and prints(store) == [("print", "version 1: label")] and not labelled(window)
    window.printing.print_label()
    assert prints(store)[-1] == ("reprint", "version 1: label")


def test_save_sheet_as_pdf_logs_the_sheet_and_its_label_page(final_window, tmp_path):
    window, store = final_window
    path = tmp_path / "sheet.pdf"
    assert window.printing.save_pdf(str(path)) == str(path)
    assert prints(store) == [("print", "version 1: sheet"), ("print", "version 1: label")] and not labelled(window)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert store.head()[:16] in text.replace("\n", "")         # the head includes both prints


def test_a_pdf_that_cannot_be_written_is_logged_as_cancelled(final_window, tmp_path):
    window, store = final_window
    import os
    fifo = tmp_path / "sheet.pdf"
    os.mkfifo(fifo)
    shown = []
    import ui.print_actions as actions
    original = actions.QMessageBox.warning
    actions.QMessageBox.warning = lambda *args: shown.append(args[2])
    try:
        assert window.printing.save_pdf(str(fifo)) is None
    finally:
        actions.QMessageBox.warning = original
    assert [action for action, _what in prints(store)] == ["print", "print", "print cancelled", "print cancelled"]
    assert shown
