"""Gravimetric check: weigh the filled syringe or bag; the core compares it with the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from mscprep.display import percent, quantity
from mscprep.errors import InputError
from mscprep.gravimetric import container_volume, weigh
from mscprep.units import ML


class GravimetricDialog(QDialog):
    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.weighing = None
        self.setWindowTitle(self.tr("Gravimetric check"))
        form = QFormLayout(self)
        form.addRow(self.tr("Planned volume in the container"), QLabel(quantity(container_volume(plan), ML, 4)))
        self.tare = QLineEdit()
        self.tare.setObjectName("tare")
        self.tare.setPlaceholderText("20.3 g")
        self.gross = QLineEdit()
        self.gross.setObjectName("gross")
        self.gross.setPlaceholderText("70.6 g")
        self.tolerance = QLineEdit()
        self.tolerance.setObjectName("tolerance")
        self.tolerance.setPlaceholderText(self.tr("{0} (may be tightened)").format(
            percent(plan.inputs.limit("gravimetric_tolerance").value)))
        for label, widget in ((self.tr("Tare (empty container)"), self.tare), (self.tr("Filled"), self.gross),
                              (self.tr("Tolerance"), self.tolerance)):
            widget.setAccessibleName(label)
            widget.textChanged.connect(self.update_result)
            form.addRow(label, widget)
        self.result = QLabel()
        self.result.setObjectName("weighing_result")
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.update_result()

    def update_result(self) -> None:
        self.weighing = None
        if not self.tare.text().strip() or not self.gross.text().strip():
            self.result.setText(self.tr("Enter the tare and the filled mass."))
        else:
            try:
                self.weighing = weigh(self.plan, self.tare.text(), self.gross.text(), self.tolerance.text() or None)
            except InputError as error:
                self.result.setText(f"{error.field}: {error.message}")
                self.result.setStyleSheet("color: #a00000;")
            else:
                verdict = (self.tr("within tolerance") if self.weighing.within else self.weighing.finding.message)
                self.result.setText(self.tr("Measured {0} ({1}): {2}").format(
                    quantity(self.weighing.measured_volume, ML, 4),
                    ("+" if self.weighing.deviation >= 0 else "") + percent(self.weighing.deviation), verdict))
                self.result.setStyleSheet("" if self.weighing.within else "color: #a00000; font-weight: bold;")
        self.buttons.button(QDialogButtonBox.Save).setEnabled(self.weighing is not None)
