"""Settings > Label printer: the bag label on a printer through the print dialog (the PDF
label, any printer), or as raw ZPL II to a thermal label printer's CUPS queue (Zebra and
compatibles, 100 x 50 mm media at 203 or 300 dpi)."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QRadioButton, QVBoxLayout, QWidget)

from ..widgets import ChoiceBox, fit_to_screen, scrolling_dialog_body


class LabelPrinterDialog(QDialog):
    def __init__(self, settings, queues: list[str], parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Label printer"))
        body = QWidget()
        column = QVBoxLayout(body)
        self.pdf = QRadioButton(self.tr("A printer through the print dialog (the PDF label)"))
        self.pdf.setObjectName("label_pdf")
        self.zpl = QRadioButton(self.tr("A thermal label printer (ZPL): a CUPS queue, or socket://HOST:9100"))
        self.zpl.setObjectName("label_zpl")
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.zpl)
        column.addWidget(self.pdf)
        column.addWidget(self.zpl)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.queue = QComboBox()
        self.queue.setObjectName("label_queue")
        self.queue.setEditable(True)          # a queue not listed (CUPS on another host) can be typed
        self.queue.addItems(queues)
        self.queue.setCurrentText(settings.get("label_queue") or (queues[0] if queues else ""))
        self.queue.setAccessibleName(self.tr("Printer queue"))
        form.addRow(self.tr("Printer queue"), self.queue)
        self.dpi = ChoiceBox()
        self.dpi.setObjectName("label_dpi")
        self.dpi.setAccessibleName(self.tr("Printer resolution"))
        for dpi in ("203", "300"):
            self.dpi.addItem(self.tr("{0} dpi").format(dpi), dpi)
        self.dpi.setCurrentIndex(max(0, self.dpi.findData(settings.get("label_dpi"))))
        form.addRow(self.tr("Printer resolution"), self.dpi)
        column.addLayout(form)
        found = QLabel(self.tr("Queues on this computer: {0}").format(", ".join(queues)) if queues else
                       self.tr("No CUPS queue was found on this computer; ask IT to add the label printer as a "
                               "raw queue, or type the queue's name."))
        found.setObjectName("label_queues_found")
        found.setWordWrap(True)
        found.setProperty("role", "help")
        column.addWidget(found)
        note = QLabel(self.tr("The thermal printer's font has Latin letters only: a label with a Japanese or Chinese "
                              "name is refused there; print the PDF label instead."))
        note.setWordWrap(True)
        note.setProperty("role", "help")
        column.addWidget(note)
        column.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        footer = QWidget()
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(0, 0, 0, 0)
        footer_layout.addWidget(self.message)
        footer_layout.addWidget(self.buttons)
        scrolling_dialog_body(self, body, footer)
        (self.zpl if settings.get("label_output") == "zpl" else self.pdf).setChecked(True)
        self.zpl.toggled.connect(self._enable)
        self._enable()
        fit_to_screen(self, 580, 320)

    def _enable(self) -> None:
        self.queue.setEnabled(self.zpl.isChecked())
        self.dpi.setEnabled(self.zpl.isChecked())

    def _accept(self) -> None:
        if self.zpl.isChecked() and not self.queue.currentText().strip():
            self.message.setText(self.tr("Choose or type the thermal printer's queue."))
            return
        self.settings.set("label_output", "zpl" if self.zpl.isChecked() else "pdf")
        if self.zpl.isChecked():
            self.settings.set("label_queue", self.queue.currentText().strip())
            self.settings.set("label_dpi", self.dpi.currentData())
        self.accept()
