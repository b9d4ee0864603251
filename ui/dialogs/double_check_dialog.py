"""Independent double check: a second person re-enters the source figures without seeing
the first results; only after comparing are both shown side by side."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from mscprep.errors import InputError
from mscprep.form.fields import FIELD_BY_KEY
from mscprep.records.doublecheck import DEFAULT_TOLERANCE, blind_view, compare
from mscprep.records.store import same_person
from mscprep.session import evaluate

from ..messages import translate_message
from ..widgets import ChoiceBox, fit_to_screen, scrolling_dialog_body

# What the checker re-enters from the source documents (counter print-out, label, chart).
SOURCE_FIELDS = ("weight", "dose", "basis", "concentration", "viability", "cells_in_product", "product_volume",
                 "hemocytometer", "dead", "dilution_factor", "final_concentration", "final_volume",
                 "dilution_mode", "in_line_ratio", "rate", "duration", "product_rate", "dmso", "din",
                 "randomisation_code", "randomisation_list", "first_dose_at")


class DoubleCheckDialog(QDialog):
    def __init__(self, record, protocols, parent=None):
        super().__init__(parent)
        self.record = record
        self.protocols = protocols
        self.outcome = None
        self.setWindowTitle(self.tr("Independent double check"))
        body = QWidget()
        layout = QVBoxLayout(body)
        view = blind_view(record)
        intro = QLabel(self.tr("Record {0} v{1} · patient {2} ({3}) · prepared by {4}. "
                                        "Enter the source figures yourself; the first results stay hidden "
                                        "until you compare.").format(view["record_id"], view["version"],
                                                                     view["patient_name"] or "—",
                                                                     view["patient_id"] or "—",
                                                                     view["prepared_by"]))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.checker = QLineEdit()
        self.checker.setObjectName("checker")
        self.checker.setAccessibleName(self.tr("Checker"))
        form.addRow(self.tr("Checker (name and initials)"), self.checker)
        self.protocol = ChoiceBox()
        self.protocol.addItem(self.tr("No protocol (app defaults only)"), "none")
        for protocol in protocols.protocols.values():
            self.protocol.addItem(protocol.name, protocol.id)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(view["protocol"])))
        form.addRow(self.tr("Protocol"), self.protocol)
        self.inputs: dict[str, QLineEdit] = {}
        for key in SOURCE_FIELDS:
            spec = FIELD_BY_KEY[key]
            edit = QLineEdit()
            edit.setObjectName(f"check_{key}")
            edit.returnPressed.connect(self.focusNextChild)
            edit.setAccessibleName(self.tr(spec.label))
            # No example figures here: a number shown could anchor a blind check.
            edit.setPlaceholderText(self.tr("from the source document, with its unit"))
            form.addRow(self.tr(spec.label), edit)
            self.inputs[key] = edit
        layout.addLayout(form)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("compare")
        self.compare_button.clicked.connect(self.run_compare)
        layout.addWidget(self.compare_button)
        self.message = QLabel()
        self.message.setObjectName("check_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("check_table")
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("First"), self.tr("Check"),
                                              self.tr("Difference")])
        self.table.hide()
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls; Compare, the message and Save stay in sight on any screen.
        footer = QWidget()
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(0, 0, 0, 0)
        layout.removeWidget(self.compare_button)
        layout.removeWidget(self.message)
        footer_layout.addWidget(self.compare_button)
        footer_layout.addWidget(self.message)
        footer_layout.addWidget(self.buttons)
        layout.addStretch(1)
        self.scroll = scrolling_dialog_body(self, body, footer)
        fit_to_screen(self, 760, 980)

    def checker_inputs(self) -> dict[str, str]:
        raw = {key: edit.text() for key, edit in self.inputs.items() if edit.text().strip()}
        raw["protocol"] = self.protocol.currentData()
        return raw

    def run_compare(self) -> None:
        self.outcome = None
        self.buttons.button(QDialogButtonBox.Save).setEnabled(False)
        checker = self.checker.text().strip()
        if len(checker) < 2:
            self.message.setText(self.tr("Enter your name and initials."))
            return
        if same_person(checker, self.record.operator):
            self.message.setText(self.tr("{0} prepared this record and cannot verify it; a second person must "
                                         "do the independent check.").format(checker))
            return
        state = evaluate(self.checker_inputs(), self.protocols, {})
        if state.preparation is None:
            self.message.setText("\n".join(f"{self.tr(FIELD_BY_KEY[key].label) if key in FIELD_BY_KEY else key}: "
                                           f"{translate_message(message)}" for key, message in state.field_errors.items()))
            return
        try:
            self.outcome = compare(self.record.plan, state.preparation, DEFAULT_TOLERANCE)
        except InputError as error:
            self.message.setText(f"{error.field}: {translate_message(error.message)}")
            return
        self.show_outcome()
        self.buttons.button(QDialogButtonBox.Save).setEnabled(True)

    def show_outcome(self) -> None:
        outcome = self.outcome
        self.table.setRowCount(len(outcome.differences))
        for row, difference in enumerate(outcome.differences):
            relative = "" if difference.relative is None else f"{difference.relative:.2%}"
            for column, text in enumerate((difference.key, difference.first, difference.second, relative)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(outcome.differences))
        if outcome.matched:
            self.message.setText(self.tr("Every result agrees within {0:.0%}. Save to verify the record.").format(
                outcome.tolerance))
            self.message.setStyleSheet("color: #1b6e1b; font-weight: bold;")
        else:
            self.message.setText(self.tr("{0} result(s) differ by more than {1:.0%}. Save the check (it is logged "
                                         "as not matching), then resolve the difference with the preparer.").format(
                len(outcome.differences), outcome.tolerance))
            self.message.setStyleSheet("color: #a00000; font-weight: bold;")
