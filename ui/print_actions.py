"""The window's printing: the document of the case (or of a saved record, for a reprint)
through the core's printing, previewed and printed on the remembered printer, or saved as
PDF (owner-only). The bag label goes to the label printer the settings name: a PDF printer
through the print dialog, or a thermal printer as raw ZPL to a CUPS queue. The stamp and
whether a label prints come from the core's release rule; the record state printed (who
verified, the weighing, the audit head) from the store."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFileDialog, QMessageBox

from .messages import translate_message

log = logging.getLogger("mscprep.ui")


def suggested_pdf_path(session):
    """Where Save-as-PDF opens: the user's documents folder, with a file name that says what
    it is (the record, or the patient ID, and the date)."""
    from pathlib import Path
    import re
    from mscprep import clock
    from PySide6.QtCore import QStandardPaths
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home())
    record = session.current_record()
    preparation = session.view.preparation
    who = record.record_id if record is not None else (
        preparation.identity.patient_id if preparation is not None and preparation.identity.patient_id else "sheet")
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", f"mscprep-{who}-{clock.text(clock.now(), fmt='%Y%m%d-%H%M')}").strip("-")
    return folder / f"{name}.pdf"


class PrintActions:
    """Printing for one window; it reads the window's session and settings, keeps no state."""

    def __init__(self, window):
        self.window = window

    def pdf(self, document, record_state, reprint: bool = False) -> bytes | None:
        from mscprep.printing.fonts import PrintingError
        from mscprep.printing.sheet import write_document  # the PDF stack loads on first print only
        window = self.window
        try:
            return write_document(document, None, paper=window.settings.get("paper"), language=window.language,
                                  record=record_state, reprint=reprint)
        except PrintingError as error:
            log.error("sheet not built: %s", error)
            QMessageBox.warning(window, "mscprep", window.tr("The sheet cannot be printed: {0}").format(
                translate_message(error)))
            return None

    def sheet_bytes(self, reprint: bool = False) -> bytes | None:
        document, record_state = self.window.session.printable()
        return None if document is None else self.pdf(document, record_state, reprint)

    def save_pdf(self, path: str | None = None) -> str | None:
        """Save the sheet (and, when the release rule allows it, the bag label as its last
        page) as PDF. For a saved record the PDF is a print: logged once the file is chosen,
        the sheet (and the label) rendered with the audit head that includes those entries,
        and a file that then cannot be written is logged as a cancelled print."""
        window = self.window
        session = window.session
        document, record_state = session.printable()
        if document is None:
            return None
        data = self.pdf(document, record_state, session.printed_before("sheet"))
        if data is None:
            return None
        if not path:
            # Qt's own dialog: translated with the app (qtbase catalogs) and sized like the app's.
            path, _filter = QFileDialog.getSaveFileName(window, window.tr("Save sheet as PDF"),
                                                        str(suggested_pdf_path(window.session)), "PDF (*.pdf)",
                                                        options=QFileDialog.DontUseNativeDialog)
            if not path:
                return None
        logged: list[str] = []
        if session.current_record() is not None and session.store is not None:
            from mscprep import clock
            from mscprep.documents.status import as_of, document_release
            reprint = self.log_print("sheet")
            if reprint is None:
                return None
            logged.append("sheet")
            # The label page is in the PDF only when the release rule allows it as of now (the
            # use-by asked again, as the PDF writer does): only then is a label print logged.
            if document.labels and document_release(as_of(document, clock.now()), record_state,
                                                    reprint).label_allowed:
                if self.log_print("label") is None:
                    self._cancelled(logged, "the label could not be logged; nothing was written")
                    return None
                logged.append("label")
            document, record_state = session.printable()
            data = self.pdf(document, record_state, reprint)     # the head now includes these prints
            if data is None:
                self._cancelled(logged, "the sheet could not be built; nothing was written")
                return None
        from mscprep.private_files import take_notice, write_private
        try:
            write_private(path, data)
        except OSError as error:
            self._cancelled(logged, f"the PDF could not be written ({error.strerror or error})")
            QMessageBox.warning(window, "mscprep", window.tr("The sheet could not be saved to {0}: {1}").format(
                path, error.strerror))
            return None
        window.statusBar().showMessage(window.tr("Sheet saved to {0}").format(path), 8000)
        notice = take_notice()   # a looser file there before is private now: said once
        if notice:
            window.show_banner(translate_message(notice), "#1f5fa8", key="notice", closable=True)
        return path

    def _cancelled(self, logged: list[str], why: str) -> None:
        """Prints logged when handed over that did not happen: each said in the trail."""
        from mscprep.records.errors import StoreError
        for what in logged:
            try:
                self.window.session.log_print_cancelled(what, why)
            except StoreError as error:
                log.error("print of %s cancelled but not logged: %s", what, error)

    def log_print(self, what: str = "sheet") -> bool | None:
        """Log a print of the saved record; True when it is a reprint. None when it could
        not be logged (the database locked or away): said, and the caller prints nothing, so
        that no second label leaves without REPRINT and unlogged. The form stays as it is."""
        from mscprep.errors import InputError
        from mscprep.records.errors import StoreError
        session = self.window.session
        record = session.current_record()
        from .signed_in import confirm_signature
        if what == "label" and record is not None and not confirm_signature(self.window, "released"):
            return None      # the PIN again: a label printed is a signature (released)
        try:
            reprint = session.log_print(what)
        except (StoreError, InputError) as error:
            QMessageBox.warning(self.window, "mscprep", self.window.tr(
                "Nothing was printed: the print could not be logged in the record. Try again in a moment. {0}"
            ).format(translate_message(error)))
            return None
        if record is not None:
            log.info("%s of record %s version %d", "reprint" if reprint else "print", record.record_id, record.version)
        return reprint

    def print_preview(self, reprint: bool | None = None, what: str = "sheet") -> None:
        """Preview and print the case's sheet pages on the sheet printer, or (what="label")
        its label pages on the label printer; each printer is remembered. Nothing is logged
        by previewing or cancelling: a saved record's print is logged when the print dialog
        hands the job to the printer, and the pages printed carry the head including it."""
        session = self.window.session
        document, record_state = session.printable()
        if document is None:
            return
        saved = session.current_record() is not None and session.store is not None
        data = self.pdf(document, record_state, session.printed_before(what) if reprint is None else reprint)
        if data is None:
            return

        def for_print() -> bytes | None:
            if not saved:
                return data
            printed = self.log_print(what)
            if printed is None:
                return None
            _document, state = session.printable()
            return self.pdf(document, state, printed)
        self.preview(data, what, for_print)

    def reprint(self, record) -> None:
        """Print a saved record exactly as it was first printed, stamped REPRINT, with who
        verified and weighed it and the audit head of now (including this reprint's entry,
        logged when the job is handed to the printer)."""
        from mscprep.errors import InputError
        from mscprep.records.errors import StoreError
        session = self.window.session
        store = session.store
        try:
            store.prove(record)     # the record's hashes recomputed: one that does not match its chain is refused
            state = store.record_state(record)
            document = record.document()
        except (StoreError, InputError) as error:   # shown, printing refused
            QMessageBox.warning(self.window, "mscprep", translate_message(error))
            return

        def for_print() -> bytes | None:
            try:
                store.record_print(record, session.operator, "sheet", signer=session.signer)
                now = store.record_state(record)
            except (StoreError, InputError) as error:
                QMessageBox.warning(self.window, "mscprep", self.window.tr(
                    "Nothing was printed: the print could not be logged in the record. Try again in a moment. {0}"
                ).format(translate_message(getattr(error, "message", None) or str(error))))
                return None
            return self.pdf(document, now, reprint=True)
        self.preview(self.pdf(document, state, reprint=True), "sheet", for_print)

    def preview(self, data: bytes | None, what: str, for_print=None) -> bool:
        """The print preview. `for_print()` is called when the dialog hands the job to the
        printer (never for the preview itself): it logs the print and returns the pages to
        print, or None to print nothing. Returns True when a job was handed over."""
        if data is None:
            return False
        window = self.window
        from PySide6.QtGui import QPaintEngine
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
        from .printing import PRINT_DPI, paint_pages, render_pages
        pages = [page for page in render_pages(data, PRINT_DPI) if page.is_label == (what == "label")]
        if not pages:
            QMessageBox.information(window, "mscprep", window.tr(
                "There is no label to print: the plan is blocked or a reason is missing."))
            return False
        setting = "label_printer" if what == "label" else "printer"
        printer = QPrinter(QPrinter.HighResolution)
        name = window.settings.get(setting)
        if name and name in [info.printerName() for info in QPrinterInfo.availablePrinters()]:
            printer.setPrinterName(name)
        dialog = QPrintPreviewDialog(printer, window)
        handed_over = []

        def paint(target) -> None:
            engine = target.paintEngine()
            if for_print is None or (engine is not None and engine.type() == QPaintEngine.Type.Picture):
                paint_pages(target, pages)          # the preview on screen: nothing happened yet
                return
            final = for_print()
            if final is None:
                target.abort()
                return
            paint_pages(target, [page for page in render_pages(final, PRINT_DPI)
                                 if page.is_label == (what == "label")])
            handed_over.append(True)
        dialog.paintRequested.connect(paint)
        if not QPrinterInfo.availablePrinters():
            QMessageBox.information(window, "mscprep", window.tr(
                "No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, "
                "or ask IT to install the clean-room printer."))
        if dialog.exec():
            window.settings.set(setting, printer.printerName())
        return bool(handed_over)

    def print_label(self) -> str | None:
        """The bag label on the label printer of the settings: the print dialog (a PDF
        printer), or raw ZPL to a thermal printer's CUPS queue. Returns the CUPS job id."""
        if self.window.settings.get("label_output") == "zpl":
            return self.print_zpl()
        self.print_preview(what="label")
        return None

    def print_zpl(self) -> str | None:
        from mscprep import zpl
        window = self.window
        settings = window.settings
        document, record_state = window.session.printable()
        if document is None:
            return None
        queue = settings.get("label_queue")
        if not queue:
            QMessageBox.warning(window, "mscprep", window.tr(
                "No thermal printer queue is chosen: Settings > Label printer…"))
            return None
        dpi = int(settings.get("label_dpi"))
        try:
            # Refused before anything is logged: a blocked plan, a missing reason, a name the
            # printer's font cannot show.
            zpl.document_zpl(document, record_state, dpi=dpi, language=window.language)
        except zpl.LabelRefused as error:
            QMessageBox.warning(window, "mscprep", window.tr("The label was not printed: {0}").format(
                translate_message(error)))
            return None
        reprint = self.log_print("label")
        if reprint is None:
            return None
        try:
            job = zpl.print_label(document, record_state, queue, dpi=dpi, language=window.language, reprint=reprint)
        except (zpl.LabelRefused, zpl.RawPrintError) as error:
            log.error("label not sent to %s: %s", queue, error)
            self._cancelled(["label"], f"the printer queue {queue} refused the label ({error})")
            QMessageBox.warning(window, "mscprep", window.tr("The label was not printed: {0}").format(
                translate_message(error)))
            return None
        log.info("label sent to %s: %s", queue, job)
        window.statusBar().showMessage(window.tr("Label sent to {0} ({1})").format(queue, job), 8000)
        return job
