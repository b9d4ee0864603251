"""Badge + PIN: who is working, proven (start of work, hand-over, and the checker's own
badge in the double check). Nothing is prefilled: the badge is scanned (the scanner types
its code and Enter), the PIN typed. The badge code and the PIN are never shown.

The dialog asks `authenticate(badge, pin)` (Session.authenticate) and keeps the Signer it
returns; a refusal (unknown, revoked or locked badge, wrong PIN) is shown in the dialog
and the PIN field is cleared.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


def badge_fields(owner, form: QFormLayout, prefix: str = "") -> tuple[QLineEdit, QLineEdit]:
    """The badge and PIN fields, added to `form` (also used by the double-check dialog)."""
    badge = QLineEdit()
    badge.setObjectName(f"{prefix}badge")
    badge.setEchoMode(QLineEdit.Password)
    badge.setAccessibleName(owner.tr("Badge (scan it)"))
    badge.setPlaceholderText(owner.tr("scan the badge"))
    pin = QLineEdit()
    pin.setObjectName(f"{prefix}pin")
    pin.setEchoMode(QLineEdit.Password)
    pin.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,32}"), pin))
    pin.setInputMethodHints(Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText)
    pin.setAccessibleName(owner.tr("PIN"))
    form.addRow(owner.tr("Badge (scan it)"), badge)
    form.addRow(owner.tr("PIN"), pin)
    badge.returnPressed.connect(pin.setFocus)     # the scanner ends the code with Enter
    return badge, pin


def sign_buttons(dialog, form: QFormLayout, ok_text: str, error_name: str, width: int):
    """The OK (signing) and Cancel buttons and the error line under them, added to `form` of
    a dialog that signs with a badge (`dialog._accept` on OK); the dialog fitted to the screen."""
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Ok).setText(ok_text)
    buttons.accepted.connect(dialog._accept)
    buttons.rejected.connect(dialog.reject)
    for button in buttons.buttons():
        button.setAutoDefault(False)        # Enter from the scanner never presses a button
    form.addRow(buttons)
    error = QLabel()
    error.setObjectName(error_name)
    error.setProperty("role", "error")
    error.setWordWrap(True)
    form.addRow(error)
    from ..widgets import fit_to_screen
    fit_to_screen(dialog, width, dialog.sizeHint().height())
    return buttons, error


class BadgeDialog(QDialog):
    def __init__(self, authenticate: Callable[[str, str], object], parent=None, current: str = ""):
        super().__init__(parent)
        self.authenticate = authenticate
        self.signer = None
        self.setWindowTitle(self.tr("Sign in: scan your badge"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        intro = QLabel(self.tr("Scan your badge and type your PIN. Everything you save, weigh and print is signed "
                               "in your name."))
        intro.setWordWrap(True)
        form.addRow(intro)
        if current:
            change = QLabel(self.tr("{0} is working now. Scanning your badge hands over: their session ends, and "
                                    "entries they have not saved are kept as a draft.").format(current))
            change.setObjectName("operator_change")
            change.setWordWrap(True)
            form.addRow(change)
        self.badge, self.pin = badge_fields(self, form)
        self.pin.returnPressed.connect(self._accept)
        self.buttons, self.error = sign_buttons(self, form, self.tr("Sign in"), "badge_error", 560)
        self.badge.setFocus(Qt.OtherFocusReason)

    def _accept(self) -> None:
        from mscprep.errors import InputError
        from mscprep.records.errors import StoreError
        from ..messages import translate_message
        try:
            self.signer = self.authenticate(self.badge.text(), self.pin.text())
        except InputError as error:
            self.error.setText(translate_message(error.message))
            self.pin.clear()
            (self.pin if error.field == "pin" else self.badge).setFocus(Qt.OtherFocusReason)
            if error.field != "pin":
                self.badge.clear()
            return
        except StoreError as error:
            self.error.setText(translate_message(str(error)))
            return
        self.accept()
