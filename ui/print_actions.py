"""The window's printing: the sheet (or the label alone) through the core's sheet module,
previewed and printed on the remembered printer, or saved as PDF."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFileDialog, QMessageBox

log = logging.getLogger("mscprep.ui")


class PrintActions:
    """Mixed into MainWindow; uses its state, settings, language and record helpers."""

    def sheet_bytes(self, reprint: bool = False) -> bytes | None:
        if self.state is None or self.state.preparation is None:
            return None
        from mscprep.printing.fonts import PrintingError
        from .printing import sheet_pdf
        try:
            return sheet_pdf(self.state.preparation, language=self.language, paper=self.settings.get("paper"),
                             record=self.record_info(), reprint=reprint)
        except PrintingError as error:
            log.error("sheet not built: %s", error)
            QMessageBox.warning(self, "mscprep", self.tr("The sheet cannot be printed: {0}").format(error))
            return None

    def save_pdf(self, path: str | None = None) -> str | None:
        data = self.sheet_bytes()
        if data is None:
            return None
        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save sheet as PDF"), "", "PDF (*.pdf)")
            if not path:
                return None
        try:
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as error:
            QMessageBox.warning(self, "mscprep", self.tr("The sheet could not be saved to {0}: {1}").format(
                path, error.strerror))
            return None
        return path

    def print_preview(self, reprint: bool | None = None, what: str = "sheet") -> None:
        """Preview and print the sheet pages on the sheet printer, or (what="label") the
        label pages on the label printer; each printer is remembered."""
        if reprint is None:
            reprint = self._log_print(what)
        data = self.sheet_bytes(reprint=reprint)
        if data is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
        from .printing import PRINT_DPI, paint_pages, render_pages
        pages = [page for page in render_pages(data, PRINT_DPI) if page.is_label == (what == "label")]
        if not pages:
            QMessageBox.information(self, "mscprep", self.tr(
                "There is no label to print: the plan is blocked or a reason is missing."))
            return
        setting = "label_printer" if what == "label" else "printer"
        printer = QPrinter(QPrinter.HighResolution)
        name = self.settings.get(setting)
        if name and name in [info.printerName() for info in QPrinterInfo.availablePrinters()]:
            printer.setPrinterName(name)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda target: paint_pages(target, pages))
        if not QPrinterInfo.availablePrinters():
            QMessageBox.information(self, "mscprep", self.tr(
                "No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, "
                "or ask IT to install the clean-room printer."))
        if dialog.exec():
            self.settings.set(setting, printer.printerName())

    def print_label(self) -> None:
        self.print_preview(what="label")
