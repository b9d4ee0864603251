"""Who is working: name and initials, chosen at the start of a session."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


class OperatorDialog(QDialog):
    def __init__(self, name: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Every saved record, check, weighing and print is logged with this name.")))
        self.name = QLineEdit(name)
        self.name.setObjectName("operator_name")
        self.name.setAccessibleName(self.tr("Name and initials"))
        self.name.setPlaceholderText(self.tr("e.g. Kenji Tanaka (KT)"))
        form.addRow(self.tr("Name and initials"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00000;")
        form.addRow(self.error)

    def _accept(self) -> None:
        if len(self.name.text().strip()) < 2:
            self.error.setText(self.tr("Enter your name and initials."))
            return
        self.accept()

    def operator(self) -> str:
        return self.name.text().strip()
