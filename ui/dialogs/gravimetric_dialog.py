"""Gravimetric check: weigh the filled syringe, bag or aliquots; the core compares it with
the plan. The expected net mass range is shown before weighing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from mscprep.display import percent, quantity, significant
from mscprep.errors import InputError
from mscprep.preparation.gravimetric import expected_net_mass, tolerance, weigh_entered
from mscprep.units import G, ML

from ..messages import translate_message
from ..widgets import fit_to_screen, scrolling_dialog_body


class GravimetricDialog(QDialog):
    def __init__(self, preparation, parent=None):
        super().__init__(parent)
        self.preparation = preparation
        self.weighing = None
        self.setWindowTitle(self.tr("Gravimetric check"))
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.addRow(self.tr("Planned volume in the container"), QLabel(quantity(preparation.weighed_volume, ML, 4)))
        low, expected, high = expected_net_mass(preparation)
        self.expected = QLabel(self.tr("{0} g (accepted {1} to {2} g)").format(
            significant(expected.m_as(G), 4), significant(low.m_as(G), 4), significant(high.m_as(G), 4)))
        self.expected.setObjectName("expected_mass")
        form.addRow(self.tr("Expected net mass"), self.expected)
        self.tare = QLineEdit()
        self.tare.setObjectName("tare")
        self.gross = QLineEdit()
        self.gross.setObjectName("gross")
        self.tolerance = QLineEdit()
        self.tolerance.setObjectName("tolerance")
        self.tolerance.setPlaceholderText(self.tr("{0} (may be tightened)").format(
            percent(tolerance(preparation).value)))
        for label, widget in ((self.tr("Tare, empty container (g)"), self.tare), (self.tr("Filled (g)"), self.gross),
                              (self.tr("Tolerance"), self.tolerance)):
            widget.setAccessibleName(label)
            widget.textChanged.connect(self.update_result)
            widget.returnPressed.connect(self.focusNextChild)
            form.addRow(label, widget)
        self.result = QLabel()
        self.result.setObjectName("weighing_result")
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        scrolling_dialog_body(self, body, self.buttons)
        fit_to_screen(self, 560, 420)
        self.update_result()

    def update_result(self) -> None:
        self.weighing = None
        if not self.tare.text().strip() or not self.gross.text().strip():
            self.result.setText(self.tr("Enter the tare and the filled mass."))
        else:
            try:
                self.weighing = weigh_entered(self.preparation, self.tare.text(), self.gross.text(),
                                              self.tolerance.text() or None, grams_if_bare=True)
            except InputError as error:
                self.result.setText(f"{error.field}: {translate_message(error.message)}")
                self.result.setStyleSheet("color: #a00000;")
            else:
                verdict = (self.tr("within tolerance") if self.weighing.within
                           else self.weighing.finding.text(self.tr))
                self.result.setText(self.tr("Measured {0} ({1}): {2}").format(
                    quantity(self.weighing.measured_volume, ML, 4),
                    ("+" if self.weighing.deviation >= 0 else "") + percent(self.weighing.deviation), verdict))
                self.result.setStyleSheet("" if self.weighing.within else "color: #a00000; font-weight: bold;")
        self.buttons.button(QDialogButtonBox.Save).setEnabled(self.weighing is not None)
