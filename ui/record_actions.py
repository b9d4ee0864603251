"""The window's records: save the case (a change is a new version with a reason), the
independent double check, the gravimetric check, history, reopening, and the audit check.
The session and the store do the work; these are their screens' entry points."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QInputDialog, QMessageBox

from mscprep.errors import InputError
from mscprep.records.errors import StoreError

log = logging.getLogger("mscprep.ui")


class RecordActions:
    """Record commands for one window; the state lives in the window's session."""

    def __init__(self, window):
        self.window = window

    @property
    def session(self):
        return self.window.session

    def _error(self, error) -> None:
        log.warning("records: %s", type(error).__name__)
        QMessageBox.warning(self.window, "mscprep", getattr(error, "message", None) or str(error))

    def save(self) -> None:
        window, session = self.window, self.session
        if session.store is None or session.view.preparation is None:
            return
        if session.current_record() is not None:
            QMessageBox.information(window, "mscprep", window.tr("This record is saved and unchanged."))
            return
        reason = None
        if session.record is not None:
            reason, ok = QInputDialog.getText(window, window.tr("Change to a saved record"),
                                              window.tr("Reason for the change (it is logged):"))
            if not ok:
                return
        try:
            record = session.save(reason)
        except (StoreError, InputError) as error:
            self._error(error)   # the form keeps everything typed
            return
        log.info("record %s version %d saved (plan %s, blocked=%s)", record.record_id, record.version,
                 record.plan_id, record.blocked)
        window.statusBar().showMessage(window.tr("Saved as record {0} version {1}").format(
            record.record_id, record.version))

    def double_check(self) -> None:
        from .dialogs.double_check_dialog import DoubleCheckDialog
        window, session = self.window, self.session
        record = session.current_record()
        if record is None:
            return
        dialog = DoubleCheckDialog(record, session.protocols, window)
        if dialog.exec() and dialog.outcome is not None:
            try:
                matched = session.record_check(dialog.checker.text(), dialog.checker_inputs(), dialog.outcome)
            except (StoreError, InputError) as error:
                self._error(error)
                return
            log.info("double check of %s version %d: %s", record.record_id, record.version,
                     "matched" if matched else "differences")
            window.statusBar().showMessage(window.tr("Verified by {0}").format(dialog.checker.text().strip())
                                           if matched else
                                           window.tr("Double check did not match; resolve the differences"))

    def gravimetric_check(self) -> None:
        from .dialogs.gravimetric_dialog import GravimetricDialog
        window, session = self.window, self.session
        record = session.current_record()
        if record is None:
            return
        dialog = GravimetricDialog(session.view.preparation, window)
        if dialog.exec() and dialog.weighing is not None:
            try:
                session.record_weighing(dialog.weighing)
            except (StoreError, InputError) as error:
                self._error(error)
                return
            log.info("weighing of %s version %d: deviation %+.2f%%, %s", record.record_id, record.version,
                     dialog.weighing.deviation * 100, "within" if dialog.weighing.within else "out of tolerance")
            window.statusBar().showMessage(window.tr("Weighing saved"))

    def show_history(self) -> None:
        from .dialogs.history_dialog import HistoryDialog
        window = self.window
        if self.session.store is None:
            return
        dialog = HistoryDialog(self.session.store, window)
        dialog.reopen.connect(self.reopen)
        dialog.reprint.connect(window.printing.reprint)
        dialog.exec()

    def reopen(self, record) -> None:
        """Put a saved record back into the form (its figures as they were typed)."""
        self.window.load_form(self.session.load(record), dict(record.reasons), keep_record=True)

    def verify_audit(self) -> bool:
        window = self.window
        if self.session.store is None:
            return True
        report = self.session.store.verify_audit()
        if report.intact:
            window.banner.hide_banner("audit")   # only its own banner: a restored-draft notice stays
            window.statusBar().showMessage(window.tr("Audit trail intact: {0} entries").format(report.entries))
        else:
            window.show_banner(window.tr("AUDIT TRAIL CHECK FAILED - records may have been altered: {0}").format(
                "; ".join(report.problems[:3])), "#b00000", key="audit")
        return report.intact
