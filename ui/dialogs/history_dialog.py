"""History: search saved records, reopen one, reprint it as first printed, export the list to
CSV (every cell safe for a spreadsheet) or one record as an HL7 FHIR R4 Bundle. Exported
files are owner-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from mscprep.records.errors import StoreError

from ..messages import translate_message

COLUMNS = ("record_id", "version", "created_local", "operator", "patient_id", "patient_name", "din", "protocol_id")


def local_time(text: str) -> str:
    """A stored local time ("2026-12-03T12:00:00+09:00") as people read it: "2026-12-03 12:00"."""
    from datetime import datetime
    try:
        return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return text


class HistoryDialog(QDialog):
    reopen = Signal(object)     # Record
    reprint = Signal(object)    # Record
    reprint_label = Signal(object)    # Record: its bag label again
    exported = Signal(str)      # a sentence for the window's status bar

    def __init__(self, store, parent=None, language: str = "en"):
        super().__init__(parent)
        self.store = store
        self.language = language
        self.records = []
        self.setWindowTitle(self.tr("History"))
        from ..widgets import fit_to_screen
        fit_to_screen(self, 1000, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.criteria = {}
        for key, label in (("patient_id", self.tr("Patient ID")), ("din", self.tr("DIN")),
                           ("operator", self.tr("Operator")), ("date_from", self.tr("From (YYYY-MM-DD)")),
                           ("date_to", self.tr("To (YYYY-MM-DD)"))):
            edit = QLineEdit()
            edit.setObjectName(f"search_{key}")
            edit.setAccessibleName(label)
            edit.returnPressed.connect(self.search)
            form.addRow(label, edit)
            self.criteria[key] = edit
        layout.addLayout(form)
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Version"), self.tr("Saved"),
                                              self.tr("Operator"), self.tr("Patient ID"), self.tr("Patient"),
                                              self.tr("DIN"), self.tr("Protocol"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.doubleClicked.connect(self._reopen)
        layout.addWidget(self.table)
        self.count = QLabel()
        layout.addWidget(self.count)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Search"), self.search, "search"), (self.tr("Reopen"), self._reopen, "reopen"),
                                 (self.tr("Reprint sheet…"), self._reprint, "reprint"),
                                 (self.tr("Reprint label…"), self._reprint_label, "reprint_label"),
                                 (self.tr("Export CSV…"), self.export, "export"),
                                 (self.tr("Export FHIR…"), self.export_fhir, "export_fhir"),
                                 (self.tr("Audit-trail review…"), self.review, "review")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        close.button(QDialogButtonBox.Close).setObjectName("close")
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.search()

    def search(self) -> None:
        try:
            self.records = self.store.search(**{key: edit.text().strip() for key, edit in self.criteria.items()})
        except StoreError as error:
            QMessageBox.warning(self, "mscprep", translate_message(error))
            return
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            state = self.state_text(record)
            for column, key in enumerate(COLUMNS):
                value = str(getattr(record, key))
                if key == "created_local":
                    value = local_time(value)
                self.table.setItem(row, column, QTableWidgetItem(value))
            item = QTableWidgetItem(state)
            item.setToolTip(state)
            self.table.setItem(row, len(COLUMNS), item)
        self.table.resizeColumnsToContents()   # record ids, DINs and the status read whole
        self.table.resizeRowsToContents()
        count = len(self.records)
        self.count.setText(self.tr("1 record") if count == 1 else self.tr("{0} records").format(count))

    def state_text(self, summary) -> str:
        """Where the record stands: blocked, or verified, weighed, labelled and final."""
        if summary.blocked:
            return self.tr("BLOCKED")
        parts = [self.tr("verified by {0}").format(summary.verified_by) if summary.verified_by
                 else self.tr("check failed - not verified") if summary.check_failed else self.tr("not verified")]
        try:
            from mscprep.records.worklists import labels_printed
            record = self.store.latest(summary.record_id)
            status = self.store.status(record)
            labelled = labels_printed(self.store, record)
        except StoreError:
            return parts[0]
        if status.weighing_within is not None:
            parts.append(self.tr("weighed") if status.weighing_within else self.tr("weighed: OUT OF TOLERANCE"))
        if labelled:
            parts.append(self.tr("labelled"))
        if summary.verified_by and status.weighing_within:
            parts.append(self.tr("FINAL"))
        return " · ".join(parts)

    def selected(self):
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _full(self):
        summary = self.selected()
        return self.store.latest(summary.record_id) if summary is not None else None

    def _reopen(self) -> None:
        record = self._full()
        if record is not None:
            self.reopen.emit(record)
            self.accept()

    def _reprint(self) -> None:
        record = self._full()
        if record is not None:
            self.reprint.emit(record)

    def _reprint_label(self) -> None:
        record = self._full()
        if record is not None:
            self.reprint_label.emit(record)

    def _save_path(self, title: str, suggested: str, pattern: str) -> str | None:
        # Qt's own dialog: translated with the app (qtbase catalogs) and sized like the app's.
        path, _filter = QFileDialog.getSaveFileName(self, title, suggested, pattern,
                                                    options=QFileDialog.DontUseNativeDialog)
        return path or None

    def export(self, path: str | None = None) -> str | None:
        """The records listed, as CSV (owner-only; a cell a spreadsheet would run is escaped)."""
        path = path or self._save_path(self.tr("Export CSV"), "", "CSV (*.csv)")
        if not path:
            return None
        count = self._write(path, lambda: self.store.export_csv(self.records, path))
        if count is None:
            return None
        self._written(self.tr("1 record exported to {0}").format(path) if count == 1 else
                      self.tr("{0} records exported to {1}").format(count, path))
        return path

    def _write(self, path: str, write):
        """What write() returns (True when it returns nothing), or None after saying why the
        file could not be written."""
        try:
            result = write()
        except OSError as error:
            QMessageBox.warning(self, "mscprep", self.tr("Could not write {0}: {1}").format(path, error.strerror))
            return None
        except StoreError as error:
            QMessageBox.warning(self, "mscprep", translate_message(error))
            return None
        return True if result is None else result

    def export_fhir(self, path: str | None = None) -> str | None:
        """The chosen record as an HL7 FHIR R4 Bundle (JSON), from what is stored."""
        from mscprep.fhir import write_record
        record = self._full()
        if record is None:
            QMessageBox.information(self, "mscprep", self.tr("Choose a record in the list first."))
            return None
        path = path or self._save_path(self.tr("Export FHIR"), f"{record.record_id}-v{record.version}.json",
                                       "FHIR JSON (*.json)")
        if not path:
            return None
        if self._write(path, lambda: write_record(self.store, record, path)) is None:
            return None
        self._written(self.tr("Record {0} version {1} exported as FHIR to {2}").format(
            record.record_id, record.version, path))
        return path

    def review(self, path: str | None = None) -> str | None:
        """The chosen record's audit-trail review (every version, check, weighing, print and
        signature in time order) as PDF, owner-only, in the window's language."""
        from mscprep.private_files import write_private
        from mscprep.reports.pdf import review_pdf
        from mscprep.reports.review import review
        summary = self.selected()
        if summary is None:
            QMessageBox.information(self, "mscprep", self.tr("Choose a record in the list first."))
            return None
        path = path or self._save_path(self.tr("Audit-trail review"), f"{summary.record_id}-review.pdf",
                                       "PDF (*.pdf)")
        if not path:
            return None
        if self._write(path, lambda: write_private(path, review_pdf(review(self.store, summary.record_id),
                                                                    self.language))) is None:
            return None
        self._written(self.tr("Audit-trail review of {0} written to {1}").format(summary.record_id, path))
        return path

    def _written(self, sentence: str) -> None:
        from mscprep.private_files import take_notice
        self.count.setText(sentence)
        notice = take_notice()   # a looser file there before is now private: said once
        if notice:
            QMessageBox.information(self, "mscprep", translate_message(notice))
        self.exported.emit(sentence)
