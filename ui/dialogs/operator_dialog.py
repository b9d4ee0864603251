"""Who is working: name and initials, asked at the start of a session and when the person at
the keyboard changes (Settings > Operator…)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


class OperatorDialog(QDialog):
    def __init__(self, name: str = "", parent=None, current: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Every saved record, check, weighing and print is logged with this name."))
        intro.setWordWrap(True)
        form.addRow(intro)
        if current:
            change = QLabel(self.tr("{0} is working now. A new name ends their session; entries they have not "
                                    "saved are kept as a draft that can be restored.").format(current))
            change.setObjectName("operator_change")
            change.setWordWrap(True)
            form.addRow(change)
        self.name = QLineEdit(name)
        self.name.setObjectName("operator_name")
        self.name.setAccessibleName(self.tr("Name and initials"))
        self.name.setPlaceholderText(self.tr("e.g. Kenji Tanaka (KT)"))
        self.name.setMinimumWidth(240)
        form.addRow(self.tr("Name and initials"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.error = QLabel()
        self.error.setObjectName("operator_error")
        self.error.setProperty("role", "error")
        form.addRow(self.error)
        from ..widgets import fit_to_screen
        fit_to_screen(self, 520, self.sizeHint().height())

    def _accept(self) -> None:
        if len(self.name.text().strip()) < 2:
            self.error.setText(self.tr("Enter your name and initials."))
            return
        self.accept()

    def operator(self) -> str:
        return self.name.text().strip()
