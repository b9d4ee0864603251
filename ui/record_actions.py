"""The window's records: save the case (a change is a new version with a reason), the
independent double check, the gravimetric check, history, reopening, the audit check (a
quick one at start, the full one in the background), and reaching the record store again.
The session and the store do the work; these are their screens' entry points."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox

from mscprep.errors import InputError
from mscprep.records.errors import StoreError

from .messages import translate_message

log = logging.getLogger("mscprep.ui")


class AuditCheck(QObject):
    """The full audit check (every row of every table) on its own connection in a worker
    thread, so a large store never freezes the window; `done` carries the report, in the
    window's thread."""

    done = Signal(object)        # records.audit.AuditReport
    _finished = Signal(object)   # emitted in the worker thread, delivered queued

    def __init__(self, parent=None):
        super().__init__(parent)
        self._finished.connect(self._deliver, Qt.QueuedConnection)
        self.running = False

    def start(self, location) -> None:
        self.running = True
        threading.Thread(target=self._work, args=(location,), name="audit-verify", daemon=True).start()

    def _work(self, location) -> None:
        from mscprep.records.audit import GENESIS, AuditReport
        from mscprep.records.store import RecordStore
        try:
            store = RecordStore(location)
            try:
                report = store.verify_audit()
            finally:
                store.close()
        except StoreError as error:
            report = AuditReport(0, 0, (str(error),), GENESIS, None)
        except Exception as error:  # noqa: BLE001 (never a silent pass: any failure is a failed check)
            log.exception("audit check failed")
            report = AuditReport(0, 0, (f"the audit trail could not be checked: {error}",), GENESIS, None)
        try:
            self._finished.emit(report)
        except RuntimeError:
            pass   # the window closed meanwhile

    @Slot(object)
    def _deliver(self, report) -> None:
        self.running = False
        self.done.emit(report)


class RecordActions:
    """Record commands for one window; the state lives in the window's session."""

    def __init__(self, window):
        self.window = window
        self.audit_check = AuditCheck(window)
        self.audit_check.done.connect(self._audit_report)
        self.last_audit = None   # the last full report (tests, the status bar)

    @property
    def session(self):
        return self.window.session

    def _error(self, error) -> None:
        log.warning("records: %s", type(error).__name__)
        QMessageBox.warning(self.window, "mscprep", translate_message(error))

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
        from .signed_in import confirm_signature
        if not confirm_signature(window, "prepared"):     # the PIN again: saving is a signature
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
        """The independent check of the saved record; the dialog records each comparison."""
        window, session = self.window, self.session
        record = session.current_record()
        if record is None or session.store is None:
            return
        self._run_check(session, record, window)

    def check_record(self, record, parent=None) -> None:
        """The check of a saved record from the work list, in one step: the record is taken
        up by a session of its own, so the form in the window stays as it was."""
        from mscprep.session import Session
        window = self.window
        own = Session(window.protocols, self.session.store, self.session.operator)
        own.load(record)
        if own.current_record() is None:   # today's protocol files give other figures: open it in the window
            self.reopen(record)
            own = self.session
            if own.current_record() is None:
                return
        self._run_check(own, own.current_record(), parent or window)
        if own is not self.session and self.session.record is not None \
                and self.session.record.record_id == record.record_id:
            self.session.recompute()   # the window shows the same record: its check counts now

    def _run_check(self, session, record, parent) -> None:
        from .dialogs.double_check_dialog import DoubleCheckDialog
        window = self.window
        dialog = DoubleCheckDialog(session, parent)
        window.cover_plan(True)   # blind: the preparer's form and plan are out of sight while it is open
        try:
            dialog.exec()
        finally:
            window.cover_plan(False)
        outcome = dialog.outcome
        if outcome is None:
            return
        log.info("double check of %s version %d: %s", record.record_id, record.version,
                 "matched" if outcome.matched else "differences")
        window.statusBar().showMessage(window.tr("Verified by {0}").format(dialog.checked_by)
                                       if outcome.matched else
                                       window.tr("Double check did not match; resolve the differences"))

    def gravimetric_check(self) -> None:
        from .dialogs.gravimetric_dialog import GravimetricDialog
        window, session = self.window, self.session
        record = session.current_record()
        if record is None:
            return
        # issue 25: the dialog names the record and reads the balance set in Settings > Balance…
        dialog = GravimetricDialog(session.view.preparation, window, record_id=record.record_id,
                                   balance_url=window.settings.get("balance_url"))
        if dialog.exec() and dialog.weighing is not None:
            reason = None
            if session.weighing_needs_reason():
                from PySide6.QtWidgets import QInputDialog
                reason, accepted = QInputDialog.getText(window, window.tr("Weigh again"), window.tr(
                    "The last weighing was out of tolerance. Why is it weighed again? (kept with both weighings)"))
                if not accepted or not reason.strip():
                    window.statusBar().showMessage(window.tr("Weighing not saved: a reason is needed"), 8000)
                    return
            from .signed_in import confirm_signature
            if not confirm_signature(window, "weighed"):
                return
            try:
                session.record_weighing(dialog.weighing, dialog.source, reason)
            except (StoreError, InputError) as error:
                self._error(error)
                return
            log.info("weighing of %s version %d: deviation %+.2f%%, %s", record.record_id, record.version,
                     dialog.weighing.deviation * 100, "within" if dialog.weighing.within else "out of tolerance")
            window.statusBar().showMessage(window.tr("Weighing saved"))

    def show_work_lists(self) -> None:
        from .dialogs.work_lists_dialog import WorkListsDialog
        if self.session.store is None:
            return
        WorkListsDialog(self.window).exec()

    def show_history(self) -> None:
        from .dialogs.history_dialog import HistoryDialog
        window = self.window
        if self.session.store is None:
            return
        dialog = HistoryDialog(self.session.store, window, language=window.language)
        dialog.reopen.connect(self.reopen)
        dialog.reprint.connect(window.printing.reprint)
        dialog.reprint_label.connect(self.reprint_label)
        dialog.exec()

    def reprint_label(self, record) -> bool:
        """The bag label of a saved record again, from its stored document. Logged first; it
        says REPRINT exactly when the log says it is one (a label printed before)."""
        window, session = self.window, self.session
        try:
            state = session.store.record_state(record)
            document = record.document()
            session.store.prove(record)     # a record that does not match its chain is refused
            reprint = session.store.record_print(record, session.operator, "label", signer=session.signer)
        except (StoreError, InputError) as error:
            self._error(error)
            return False
        window.printing.preview(window.printing.pdf(document, state, reprint=reprint), "label")
        return True
    # --- quality review (issue 27) -------------------------------------------------------------

    def may_report(self) -> bool:
        """The one gate (mscprep.reports.access): the qa and pharmacist roles once people are
        enrolled; until then everyone."""
        from mscprep.reports.access import may_open_quality_report
        try:
            return may_open_quality_report(self.session.store, self.session.operator)
        except StoreError:
            return False      # the store cannot be read now: its own banner says so

    def quality_report(self) -> None:
        from .dialogs.quality_report_dialog import QualityReportDialog
        window = self.window
        if self.session.store is None:
            return
        if not self.may_report():
            QMessageBox.information(window, "mscprep", window.tr("The quality report is for the qa and pharmacist "
                                                                 "roles."))
            return
        dialog = QualityReportDialog(self.session.store, window.language, window)
        dialog.finished_report.connect(lambda sentence: window.statusBar().showMessage(sentence))
        self.quality_dialog = dialog     # tests reach it while it is open
        dialog.exec()

    def reopen(self, record) -> None:
        """Put a saved record back into the form (its figures as they were typed)."""
        window = self.window
        window.load_form(self.session.load(record), dict(record.reasons), keep_record=True)
        if self.session.load_notice:   # the protocol's defaults changed: the record's own texts are shown
            window.show_banner(translate_message(self.session.load_notice), "#b35c00", key="notice", closable=True)

    # --- the audit trail ------------------------------------------------------------------------

    def verify_audit_at_start(self) -> None:
        """The chain and its anchor at once (quick), then every row in the background."""
        store = self.session.store
        if store is None:
            return
        quick = store.verify_audit(rows=False)
        if not quick.intact:
            self._audit_report(quick)
            return
        self.verify_audit(background=True)

    def verify_audit(self, background: bool = True) -> bool | None:
        """Check every row of every table against the chain. In the background (the menu,
        the start) the result comes as a banner or a status message; otherwise returned."""
        window, store = self.window, self.session.store
        if store is None:
            return True
        if background:
            if not self.audit_check.running:
                window.statusBar().showMessage(window.tr("Checking the audit trail…"))
                self.audit_check.start(store.location_given)
            return None
        report = store.verify_audit()
        self._audit_report(report)
        return report.intact

    def _audit_report(self, report) -> None:
        window = self.window
        self.last_audit = report
        if report.intact:
            window.banner.hide_banner("audit")   # only its own banner: a restored-draft notice stays
            window.statusBar().showMessage(window.tr("Audit trail intact: 1 entry") if report.entries == 1 else
                                           window.tr("Audit trail intact: {0} entries").format(report.entries), 8000)
        else:
            log.error("audit trail check failed: %s", "; ".join(report.problems[:3]))
            window.statusBar().clearMessage()
            window.show_banner(window.tr("AUDIT TRAIL CHECK FAILED - records may have been altered: {0}").format(
                "; ".join(report.problems[:3])), "#b00000", key="audit")

    # --- reaching the record store -------------------------------------------------------------

    def retry_store(self) -> bool:
        """Ask the record store again (the banner's Try again). A store reached now is used
        from now on, the operator's session logged in it and the audit trail checked."""
        window, session = self.window, self.session
        if session.store is None:
            from mscprep.records.store import open_store
            store, status = open_store(window.settings.get("records") or None)
            window.store_status = status
            if store is None:
                session.use_store(None, status.message)
                return False
            session.use_store(store)
            if session.operator:
                window.start_operator(session.operator, session.signer)
            self.verify_audit_at_start()
            return session.store_problem is None
        status = session.store.reachability()
        session.use_store(session.store, None if status.reachable else status.message)
        return status.reachable
