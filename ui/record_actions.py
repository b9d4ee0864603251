"""The window's records: save a preparation (a change is a new version with a reason),
the independent double check, the gravimetric check, history, reopening, and the audit
check. The store does the work (mscprep.records); these are its screens' entry points."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QInputDialog, QMessageBox

from mscprep.errors import InputError
from mscprep.records.errors import StoreError

log = logging.getLogger("mscprep.ui")


class RecordActions:
    """Mixed into MainWindow; uses its store, operator, state and form."""

    def current_record(self):
        """The saved record, if the form still shows exactly what was saved."""
        if self.record is None or self.state is None or self.state.preparation is None:
            return None
        from mscprep.preparation import record_inputs
        return self.record if record_inputs(self.state.preparation) == self.record.inputs else None

    def record_info(self):
        from mscprep.printing.sheet import RecordInfo
        record = self.current_record()
        if record is None or self.store is None:
            return None
        status = self.store.status(record)
        return RecordInfo(record.record_id, record.version, status.verified_by, self._stored_weighing(record))

    def _stored_weighing(self, record):
        """The weighing of this record version: just made here, or re-checked by the core
        from the masses stored (a reopened record)."""
        if self.weighing is not None and self.weighing[0] == (record.record_id, record.version):
            return self.weighing[1]
        stored = self.store.latest_weighing(record)
        if stored is None:
            return None
        from mscprep.gravimetric import weigh
        tare, gross, tolerance = stored
        return weigh(self.state.preparation, f"{tare!r} g", f"{gross!r} g", f"{tolerance * 100!r}%")

    def _log_print(self, what: str = "sheet") -> bool:
        record = self.current_record()
        if record is None or self.store is None:
            return False
        try:
            reprint = self.store.record_print(record, self.operator or "unknown", what)
            log.info("%s of record %s version %d", "reprint" if reprint else "print", record.record_id, record.version)
            return reprint
        except (StoreError, InputError) as error:
            QMessageBox.warning(self, "mscprep", str(error))
            return False

    def _records_error(self, error) -> None:
        log.warning("records: %s", type(error).__name__)
        QMessageBox.warning(self, "mscprep", getattr(error, "message", None) or str(error))

    def save_record(self) -> None:
        if self.store is None or self.state is None or self.state.preparation is None:
            return
        if self.current_record() is not None:
            QMessageBox.information(self, "mscprep", self.tr("This record is saved and unchanged."))
            return
        reason = None
        if self.record is not None:
            reason, ok = QInputDialog.getText(self, self.tr("Change to a saved record"),
                                              self.tr("Reason for the change (it is logged):"))
            if not ok:
                return
        try:
            self.record = self.store.save(self.state.preparation, self.operator or self.inputs["prepared_by"].text(),
                                          record_id=self.record.record_id if self.record else None, reason=reason)
        except (StoreError, InputError) as error:
            self._records_error(error)   # the form keeps everything typed
            return
        self.weighing = None
        log.info("record %s version %d saved (plan %s, blocked=%s)", self.record.record_id, self.record.version,
                 self.record.plan_id, self.record.blocked)
        self.statusBar().showMessage(self.tr("Saved as record {0} version {1}").format(
            self.record.record_id, self.record.version))
        self.recompute()

    def double_check(self) -> None:
        from .dialogs.double_check_dialog import DoubleCheckDialog
        record = self.current_record()
        if record is None:
            return
        dialog = DoubleCheckDialog(record, self.protocols, self)
        if dialog.exec() and dialog.outcome is not None:
            try:
                matched = self.store.record_check(record, dialog.checker.text(), dialog.checker_inputs(),
                                                  dialog.outcome)
            except (StoreError, InputError) as error:
                self._records_error(error)
                return
            log.info("double check of %s version %d: %s", record.record_id, record.version,
                     "matched" if matched else "differences")
            self.statusBar().showMessage(self.tr("Verified by {0}").format(dialog.checker.text().strip()) if matched
                                         else self.tr("Double check did not match; resolve the differences"))

    def gravimetric_check(self) -> None:
        from .dialogs.gravimetric_dialog import GravimetricDialog
        record = self.current_record()
        if record is None:
            return
        dialog = GravimetricDialog(self.state.preparation, self)
        if dialog.exec() and dialog.weighing is not None:
            try:
                self.store.record_weighing(record, self.operator or "unknown", dialog.weighing)
            except (StoreError, InputError) as error:
                self._records_error(error)
                return
            self.weighing = ((record.record_id, record.version), dialog.weighing)
            log.info("weighing of %s version %d: deviation %+.2f%%, %s", record.record_id, record.version,
                     dialog.weighing.deviation * 100, "within" if dialog.weighing.within else "out of tolerance")
            self.statusBar().showMessage(self.tr("Weighing saved"))

    def show_history(self) -> None:
        from .dialogs.history_dialog import HistoryDialog
        if self.store is None:
            return
        dialog = HistoryDialog(self.store, self)
        dialog.reopen.connect(self.reopen)
        dialog.reprint.connect(lambda record: (self.reopen(record), self.print_preview(reprint=True)))
        dialog.exec()

    def reopen(self, record) -> None:
        """Put a saved record back into the form (its figures as they were typed)."""
        inputs = dict(record.inputs)
        reasons = {}
        for line in inputs.pop("overrides", "").splitlines():
            code, _, reason = line.partition("=")
            reasons[code.strip()] = reason.strip()
        # Fields the protocol filled stay empty, so that the protocol fills them again.
        defaulted = set(record.plan.get("defaulted", []))
        self.load_form({k: v for k, v in inputs.items() if k not in defaulted}, reasons)
        self.record = record
        self.weighing = None
        self.recompute()

    def verify_audit(self) -> bool:
        if self.store is None:
            return True
        report = self.store.verify_audit()
        if report.intact:
            self.banner.hide()
            self.statusBar().showMessage(self.tr("Audit trail intact: {0} entries").format(report.entries))
        else:
            self._banner_style("#b00000")
            self.banner.setText(self.tr("AUDIT TRAIL CHECK FAILED - records may have been altered: {0}").format(
                "; ".join(report.problems[:3])))
            self.banner.show()
        return report.intact

    def show_records_problem(self, message: str) -> None:
        self._banner_style("#b00000")
        self.banner.setText(message)
        self.banner.show()
