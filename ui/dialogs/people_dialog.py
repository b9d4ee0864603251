"""Records > People…: the admin's acts on enrolled staff in the window (issue 22).

Everyone enrolled, with initials, role and whether their badge works (active, locked,
revoked); enrol a person, change a role, revoke, unlock, reset a PIN and replace a badge.
Each act is authorised by an admin's own badge and PIN, typed into the act's dialog (the
badge fields of the sign-in dialog) and signed by that admin: the window calls the same core
functions as `mscprep people` (records/staff.py), which hold every rule (who may, look-alike
names, PIN rules, the first person of a store being its admin). A new badge's code is shown
once and its PDF written where the user chooses.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from mscprep.records import staff
from mscprep.records.people import ROLES

from .badge_dialog import badge_fields, sign_buttons

STATES = ("active", "locked", "revoked")


def role_words(owner) -> dict[str, str]:
    return {"technician": owner.tr("technician"), "pharmacist": owner.tr("pharmacist"), "qa": owner.tr("qa"),
            "admin": owner.tr("admin")}


def state_words(owner) -> dict[str, str]:
    return {"active": owner.tr("active"), "locked": owner.tr("locked"), "revoked": owner.tr("revoked")}


def people_action_state(window) -> tuple[bool, str]:
    """(enabled, tooltip) of Records > People…: for an admin signed in with their badge, or to
    enrol the first person of a store nobody is enrolled in."""
    from mscprep.records.errors import StoreError
    store, signer = window.session.store, window.session.signer
    if store is None:
        return False, window.tr("The record store cannot be reached now.")
    try:
        staffed = staff.has_enrolled(store)
        current = next((p for p in staff.everyone(store) if signer is not None and p.person_id == signer.person_id),
                       None)
    except StoreError:
        return False, window.tr("The record store cannot be reached now.")
    if not staffed:
        return True, window.tr("Nobody is enrolled yet: the first person enrolled is the admin of this record store.")
    if signer is None:
        return False, window.tr("Only an admin signed in with their badge manages people.")
    if current is None or current.role != "admin" or current.revoked:
        role = role_words(window).get(current.role if current else signer.role, signer.role)
        return False, window.tr("Only an admin manages people; {0} is signed in as {1}.").format(signer.name, role)
    return True, window.tr("Enrol people, change roles, revoke, unlock, reset PINs and replace badges.")


def update_people_action(window) -> None:
    action = getattr(window, "people_action", None)
    if action is None or window.session is None:
        return
    enabled, why = people_action_state(window)
    action.setEnabled(enabled)
    action.setToolTip(why)
    action.setStatusTip(why)


class ActDialog(QDialog):
    """One act on staff: its own fields, then the admin's badge and PIN (none for the first
    person of a store). OK runs `act(values, admin)`; a refusal is shown here, in the UI
    language, and nothing is recorded (but a wrong PIN)."""

    def __init__(self, store, title: str, intro: str, act: Callable, parent=None, *, admin: bool = True,
                 fields: tuple = ()):
        super().__init__(parent)
        self.store, self.act, self.outcome = store, act, None
        self.setWindowTitle(title)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        text = QLabel(intro)
        text.setWordWrap(True)
        form.addRow(text)
        self.fields: dict[str, object] = {}
        for key, label, widget in fields:
            widget.setObjectName(key)
            widget.setAccessibleName(label)
            form.addRow(label, widget)
            self.fields[key] = widget
        self.admin_badge = self.admin_pin = None
        if admin:
            heading = QLabel(self.tr("An admin signs this act: scan the admin's badge and type the admin's PIN."))
            heading.setWordWrap(True)
            form.addRow(heading)
            self.admin_badge, self.admin_pin = badge_fields(self, form, "admin_")
            self.admin_pin.returnPressed.connect(self._accept)
        self.buttons, self.error = sign_buttons(self, form, self.tr("Sign and record"), "people_error", 600)

    def value(self, key: str) -> str:
        widget = self.fields[key]
        return widget.currentData() if isinstance(widget, QComboBox) else widget.text()

    def _accept(self) -> None:
        from mscprep.errors import InputError
        from mscprep.records.errors import StoreError
        from ..messages import translate_message
        values = {key: self.value(key) for key in self.fields}
        try:
            admin = None
            if self.admin_badge is not None:
                admin = staff.authenticate(self.store, self.admin_badge.text(), self.admin_pin.text())
            self.outcome = self.act(values, admin)
        except InputError as error:
            self.error.setText(translate_message(error.message))
            if self.admin_pin is not None:
                self.admin_pin.clear()
            for key in ("new_pin", "new_pin_again"):     # never kept after a refusal
                if key in self.fields:
                    self.fields[key].clear()
            return
        except StoreError as error:
            self.error.setText(translate_message(error))
            return
        self.accept()


def _pin_field() -> QLineEdit:
    from PySide6.QtCore import QRegularExpression
    from PySide6.QtGui import QRegularExpressionValidator
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,32}"), field))
    field.setInputMethodHints(Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText)
    return field


class BadgeCodeDialog(QDialog):
    """A new badge: its code shown this once, and its PDF written where the user chooses."""

    def __init__(self, store, person, code: str, parent=None):
        super().__init__(parent)
        self.store, self.person, self.code, self.saved_to = store, person, code, None
        self.setWindowTitle(self.tr("New badge of {0}").format(person.name))
        layout = QVBoxLayout(self)
        said = QLabel(self.tr("The badge code of {0} ({1}) is shown only this once. Save the badge as PDF and print "
                              "it; then delete the file.").format(person.name, role_words(self).get(person.role,
                                                                                                   person.role)))
        said.setWordWrap(True)
        layout.addWidget(said)
        shown = QLabel(code)
        shown.setObjectName("badge_code")
        shown.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 13)
        shown.setFont(font)
        layout.addWidget(shown)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.save_button = buttons.addButton(self.tr("Save badge as PDF…"), QDialogButtonBox.ActionRole)
        self.save_button.clicked.connect(lambda: self.save_badge())
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def save_badge(self, path: str | None = None) -> str | None:
        from mscprep.errors import InputError
        from ..messages import translate_message
        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save badge as PDF"),
                                                        f"badge-{self.person.initials}.pdf", "PDF (*.pdf)",
                                                        options=QFileDialog.DontUseNativeDialog)
            if not path:
                return None
        try:
            staff.write_badge(path, self.person, self.code, self.store.location)
        except InputError as error:
            self.status.setText(translate_message(error.message))
            return None
        self.saved_to = path
        self.status.setText(self.tr("Badge written to {0} (owner-only: print it, then delete the file).").format(path))
        return path


class PeopleDialog(QDialog):
    """Everyone enrolled and the admin's acts on them."""

    COLUMNS = ("name", "initials", "role", "badge")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("People"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("people_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Initials"), self.tr("Role"),
                                              self.tr("Badge")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("enrol", self.tr("Enrol…")), ("role", self.tr("Change role…")),
                          ("revoke", self.tr("Revoke badge…")), ("unlock", self.tr("Unlock badge…")),
                          ("reset_pin", self.tr("Reset PIN…")), ("replace", self.tr("Replace badge…"))):
            button = QPushButton(text)
            button.setObjectName(f"people_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, key=key: self.start(key))
            row.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.last_dialog = None         # the act dialog last shown (tests reach it)
        self.refresh()
        from ..widgets import fit_to_screen
        fit_to_screen(self, 900, 520)

    # --- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.people = staff.everyone(self.store)
        roles, states = role_words(self), state_words(self)
        self.intro.setText(self.tr("Everyone enrolled in this record store. Every act here is signed by an admin "
                                   "with their own badge and PIN.") if self.people else
                           self.tr("Nobody is enrolled yet. The first person enrolled is the admin of this record "
                                   "store and signs their own enrolment."))
        self.table.setRowCount(len(self.people))
        for number, person in enumerate(self.people):
            for column, text in enumerate((person.name, person.initials, roles.get(person.role, person.role),
                                           states.get(person.state, person.state))):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, person.person_id)
                if column == 3 and person.state != "active":     # a badge that does not work stands out
                    item.setForeground(QBrush(QColor("#b00020" if person.revoked else "#8a5a00")))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        person_id = self.table.item(rows[0].row(), 0).data(Qt.UserRole)
        return next((p for p in self.people if p.person_id == person_id), None)

    def select(self, name: str) -> None:
        for number, person in enumerate(self.people):
            if person.name == name or person.initials == name:
                self.table.selectRow(number)
                return

    def _selection_changed(self) -> None:
        person = self.selected()
        for key, button in self.buttons.items():
            if key == "enrol":
                continue
            button.setEnabled(person is not None and (key != "unlock" or person.locked)
                              and (key not in ("revoke", "reset_pin") or not person.revoked))

    # --- the acts -----------------------------------------------------------------------------

    def start(self, key: str) -> None:
        dialog = getattr(self, f"_{key}_dialog")()
        if dialog is None:
            return
        self.last_dialog = dialog
        if self.run(dialog):
            self.refresh()
            if isinstance(dialog.outcome, tuple):       # a new badge: its code shown once
                person, code = dialog.outcome
                self.run(BadgeCodeDialog(self.store, person, code, self))

    def run(self, dialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return bool(dialog.exec())

    def _enrol_dialog(self):
        first = not self.people
        name, role, pin, again = QLineEdit(), QComboBox(), _pin_field(), _pin_field()
        name.setPlaceholderText(self.tr("Full name (initials), e.g. Mika Sato (MS)"))
        for key, text in role_words(self).items():
            role.addItem(text, key)
        if first:
            role.setCurrentIndex(ROLES.index("admin"))
        store = self.store

        def act(values, admin):
            pin_ = staff.confirmed_pin(values["new_pin"], values["new_pin_again"])
            return staff.enrol(store, values["name"], values["role"], pin_, admin)
        intro = (self.tr("The first person enrolled is the admin of this record store and signs their own "
                         "enrolment.") if first else
                 self.tr("Enrol a person: a unique name with initials, a role, and the PIN they choose (at least 6 "
                         "digits). They type the PIN themselves."))
        return ActDialog(store, self.tr("Enrol a person"), intro, act, self, admin=not first, fields=(
            ("name", self.tr("Name (initials)"), name), ("role", self.tr("Role"), role),
            ("new_pin", self.tr("New PIN"), pin), ("new_pin_again", self.tr("New PIN again"), again)))

    def _role_dialog(self):
        person = self.selected()
        if person is None:
            return None
        role = QComboBox()
        for key, text in role_words(self).items():
            role.addItem(text, key)
        role.setCurrentIndex(ROLES.index(person.role) if person.role in ROLES else 0)
        store = self.store
        return ActDialog(store, self.tr("Change role"), self.tr("The new role of {0}.").format(person.name),
                         lambda values, admin: staff.set_role(store, admin, person.person_id, values["role"]), self,
                         fields=(("role", self.tr("Role"), role),))

    def _revoke_dialog(self):
        person = self.selected()
        if person is None:
            return None
        store = self.store
        return ActDialog(store, self.tr("Revoke badge"), self.tr(
            "Revoke the badge of {0}: it stops working at once (a lost badge, or the person left). Their name "
            "stays in the records and cannot be enrolled again.").format(person.name),
            lambda values, admin: staff.revoke(store, admin, person.person_id), self)

    def _unlock_dialog(self):
        person = self.selected()
        if person is None:
            return None
        store = self.store
        return ActDialog(store, self.tr("Unlock badge"), self.tr(
            "Unlock the badge of {0}, locked after 5 wrong PINs.").format(person.name),
            lambda values, admin: staff.unlock(store, admin, person.person_id), self)

    def _reset_pin_dialog(self):
        person = self.selected()
        if person is None:
            return None
        badge, pin, again = QLineEdit(), _pin_field(), _pin_field()
        badge.setEchoMode(QLineEdit.Password)
        badge.setPlaceholderText(self.tr("scan the badge"))
        store = self.store

        def act(values, admin):
            pin_ = staff.confirmed_pin(values["new_pin"], values["new_pin_again"])
            return staff.reset_pin(store, admin, person.person_id, values["person_badge"], pin_)
        return ActDialog(store, self.tr("Reset PIN"), self.tr(
            "{0} scans their own badge and types a new PIN twice.").format(person.name), act, self, fields=(
            ("person_badge", self.tr("Their badge (scan it)"), badge), ("new_pin", self.tr("New PIN"), pin),
            ("new_pin_again", self.tr("New PIN again"), again)))

    def _replace_dialog(self):
        person = self.selected()
        if person is None:
            return None
        pin, again = _pin_field(), _pin_field()
        store = self.store

        def act(values, admin):
            pin_ = staff.confirmed_pin(values["new_pin"], values["new_pin_again"])
            return staff.replace_badge(store, admin, person.person_id, pin_)
        return ActDialog(store, self.tr("Replace badge"), self.tr(
            "A new badge for {0}: the old one stops working at once. They type a new PIN twice.").format(person.name),
            act, self, fields=(("new_pin", self.tr("New PIN"), pin), ("new_pin_again", self.tr("New PIN again"),
                                                                       again)))


def open_people(window) -> None:
    """Records > People…, then the menu entry and the status bar as the acts left them. Once
    the first person is enrolled, typed names no longer sign: whoever works signs in with
    their badge."""
    from PySide6.QtWidgets import QMessageBox
    enabled, why = people_action_state(window)
    if not enabled:
        QMessageBox.information(window, "mscprep", why)
        return
    store = window.session.store
    dialog = PeopleDialog(store, window)
    window.people_dialog = dialog          # tests reach it while it is open
    dialog.exec()
    update_people_action(window)
    if window.session.signer is None and staff.has_enrolled(store):
        QMessageBox.information(window, "mscprep", window.tr(
            "People are enrolled in this record store now: from now on only a badge and PIN sign. Scan your badge."))
        window.choose_operator()
