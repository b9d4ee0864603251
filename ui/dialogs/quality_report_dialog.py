"""Records > Quality report...: choose a period, write the quality report (PDF, and the
same figures as CSV if asked). The report is made by mscprep.reports on its own store
connection in a worker thread (the full audit verify of a large store takes a while), in
the window's language. Who may open it is decided by mscprep.reports.access."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout)

log = logging.getLogger("mscprep.ui")


def write_report(location, date_from: str, date_to: str, path: str, csv_folder: str | None, language: str,
                 verify: str) -> str:
    """Make and write the report (no Qt): returns the sentence for the status bar. Raises
    StoreError, InputError or OSError with the reason."""
    from mscprep.private_files import ensure_private_dir, write_private
    from mscprep.records.store import RecordStore
    from mscprep.reports.pdf import quality_pdf
    from mscprep.reports.quality import collect, period
    from mscprep.reports.tables import csv_files
    chosen = period(date_from, date_to)
    store = RecordStore(location)
    try:
        report = collect(store, chosen, verify=verify)
    finally:
        store.close()
    write_private(path, quality_pdf(report, language))
    if csv_folder:
        ensure_private_dir(csv_folder, ours=False)
        for name, data in csv_files(report).items():
            write_private(Path(csv_folder) / name, data)
    state = "intact" if report.integrity.intact else "AUDIT PROBLEMS"
    return f"{len(report.preparations)}|{state}"


class QualityReportDialog(QDialog):
    finished_report = Signal(str)     # the sentence shown when the report is written
    _done = Signal(str, str)          # (sentence, error), from the worker thread

    def __init__(self, store, language: str = "en", parent=None):
        super().__init__(parent)
        self.location = store.location_given
        self.language = language
        self.running = False
        self.setWindowTitle(self.tr("Quality report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1)
        self.date_from, self.date_to = QDateEdit(first.addMonths(-1)), QDateEdit(first.addDays(-1))
        for name, edit, label in (("report_from", self.date_from, self.tr("From (UTC day)")),
                                  ("report_to", self.date_to, self.tr("To (UTC day, inclusive)"))):
            edit.setObjectName(name)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.with_csv = QCheckBox(self.tr("Also write the figures as CSV files (a folder beside the PDF)"))
        self.with_csv.setObjectName("report_csv")
        self.quick = QCheckBox(self.tr("Quick integrity check: only the period's part of the audit trail"))
        self.quick.setObjectName("report_quick")
        layout.addWidget(self.with_csv)
        layout.addWidget(self.quick)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Make report…"))
        self.make_button.setObjectName("make_report")
        self.make_button.clicked.connect(lambda: self.make())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.make_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._done.connect(self._finished, Qt.QueuedConnection)

    def period_texts(self) -> tuple[str, str]:
        return (self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd"))

    def make(self, path: str | None = None, background: bool = True) -> None:
        date_from, date_to = self.period_texts()
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the quality report"),
                                                        f"quality-report-{date_from}-{date_to}.pdf", "PDF (*.pdf)",
                                                        options=QFileDialog.DontUseNativeDialog)
        if not path or self.running:
            return
        csv_folder = str(Path(path).with_suffix("")) + "-csv" if self.with_csv.isChecked() else None
        verify = "period" if self.quick.isChecked() else "full"
        arguments = (self.location, date_from, date_to, path, csv_folder, self.language, verify)
        self.running = True
        self.make_button.setEnabled(False)
        self.state.setText(self.tr("Making the report (the audit trail is checked first)…"))
        if background:
            threading.Thread(target=self._work, args=(path, csv_folder, arguments), name="quality-report",
                             daemon=True).start()
        else:
            self._work(path, csv_folder, arguments, queued=False)

    def _work(self, path, csv_folder, arguments, queued: bool = True) -> None:
        from mscprep.errors import InputError
        from mscprep.records.errors import StoreError
        sentence, error = "", ""
        try:
            count, state = write_report(*arguments).split("|")
            sentence = self.tr("Quality report of {0} preparation(s) written to {1}").format(count, path)
            if csv_folder:
                sentence += " " + self.tr("(CSV files in {0})").format(csv_folder)
            if state != "intact":
                sentence += " " + self.tr("- AUDIT PROBLEMS found: see its first page")
        except (StoreError, InputError) as problem:
            error = getattr(problem, "message", None) or str(problem)
        except OSError as problem:
            error = self.tr("Could not write {0}: {1}").format(path, problem.strerror or problem)
        except Exception as problem:  # noqa: BLE001 (a report that cannot be made says so, never silently)
            log.exception("quality report failed")
            error = str(problem)
        if queued:
            try:
                self._done.emit(sentence, error)
            except RuntimeError:
                pass   # the dialog closed meanwhile
        else:
            self._finished(sentence, error)

    @Slot(str, str)
    def _finished(self, sentence: str, error: str) -> None:
        self.running = False
        self.make_button.setEnabled(True)
        if error:
            from ..messages import translate_message
            self.state.setText(translate_message(error))
            return
        self.state.setText(sentence)
        self.finished_report.emit(sentence)
