"""Who is signed in: asked at the start of work (badge + PIN once people are enrolled in the
record store, else a typed name), and shown in the status bar for as long as they work."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def ask_who_is_working(store, settings):
    """(name, signer) of the person starting work, or None when they cancel. Where people
    are enrolled the badge is scanned and the PIN typed, nothing prefilled from the last
    person; elsewhere the name is typed (records then say UNSIGNED)."""
    from mscprep.records.errors import StoreError
    from mscprep.records.staff import authenticate, has_enrolled
    try:
        staffed = store is not None and has_enrolled(store)
    except StoreError:
        staffed = False
    if staffed:
        from .dialogs.badge_dialog import BadgeDialog
        dialog = BadgeDialog(lambda badge, pin: authenticate(store, badge, pin))
        return (dialog.signer.name, dialog.signer) if dialog.exec() else None
    from .dialogs.operator_dialog import OperatorDialog
    dialog = OperatorDialog(settings.get("operator"))
    return (dialog.operator(), None) if dialog.exec() else None


def show_signed_in(window) -> None:
    """The status bar's "Signed in: name (role)", or that the name was only typed."""
    label = window.findChild(QLabel, "signed_in")
    if label is None:
        label = QLabel()
        label.setObjectName("signed_in")
        window.statusBar().addPermanentWidget(label)
    session = window.session
    if session.signer is not None:
        text = window.tr("Signed in: {0} ({1})").format(session.signer.name, window.tr(session.signer.role))
    elif session.operator:
        text = window.tr("Working: {0} (typed name; nothing is signed: no enrolled staff)").format(session.operator)
    else:
        text = window.tr("Nobody signed in")
    label.setText(text)
    label.setAccessibleName(text)


def confirm_signature(window, meaning: str) -> bool:
    """Ask the signed-in person's PIN again before an act that is their signature (meaning:
    "prepared", "weighed", "released"). True to go on; always True where nobody is enrolled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
    from mscprep.errors import InputError
    from mscprep.records.errors import StoreError
    from .messages import translate_message
    session = window.session
    if session.signer is None:
        return True
    texts = {"prepared": window.tr("Sign the saved record as prepared"),
             "weighed": window.tr("Sign the weighing"), "released": window.tr("Sign the label (released)")}
    pin, ok = QInputDialog.getText(window, texts.get(meaning, meaning),
                                   window.tr("{0}: your PIN to sign").format(session.signer.name),
                                   QLineEdit.Password)
    if not ok:
        return False
    try:
        session.confirm_signature(pin)
    except (InputError, StoreError) as error:
        QMessageBox.warning(window, "mscprep", translate_message(getattr(error, "message", None) or str(error)))
        return False
    return True
