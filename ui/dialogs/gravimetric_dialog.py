"""Gravimetric check: weigh the filled syringe, bag or aliquots; the core compares it with
the plan. The dialog names the record, the patient and the DIN and what goes on the
balance; the expected net mass range is shown before weighing.

Tare and filled mass are read from the balance (Settings > Balance…): the Read buttons ask
it for a stable reading, and a reading pressed out by the balance's own print key fills the
next empty field. The reading waits for stability up to the site's timeout, off the
window's thread. A balance too coarse for this container's tolerance, an overload, an
unstable or unreachable balance: one message, nothing filled. Typing the masses stays
possible only where the site allows it (defaults.toml [balance] typed_weights_allowed), and
the weighing is then recorded as "typed, not read".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QWidget)

from mscprep.devices import BalanceError, open_balance
from mscprep.devices.weighing import (TYPED, check_balance, typed_weights_allowed, weigh_readings,
                                      weighed_container)
from mscprep.display import percent, quantity, significant
from mscprep.errors import InputError, message, message_of
from mscprep.preparation.gravimetric import expected_net_mass, tolerance, weigh_entered
from mscprep.units import G, ML

from ..messages import translate_message
from ..widgets import fit_to_screen, scrolling_dialog_body

LISTEN_EVERY_MS = 200       # how often the dialog looks for a line from the balance's print key


class _Reader(QThread):
    """One stable reading, off the window's thread."""
    read = Signal(object)
    failed = Signal(object)     # the error's Message (its id), formatted in the UI language

    def __init__(self, balance, timeout=None, parent: QObject | None = None):
        super().__init__(parent)
        self.balance, self.timeout = balance, timeout

    def run(self) -> None:
        try:
            self.read.emit(self.balance.read_stable(timeout=self.timeout))
        except BalanceError as error:
            self.failed.emit(message_of(error))


class GravimetricDialog(QDialog):
    def __init__(self, preparation, parent=None, *, record_id: str | None = None, balance_url: str | None = None,
                 typed_allowed: bool | None = None, timeout: float | None = None):
        super().__init__(parent)
        self.preparation = preparation
        self.weighing = None
        self.source = TYPED
        self.readings = {"tare": None, "gross": None}
        self.balance_url = balance_url or ""
        self.balance = None
        self.timeout = timeout
        self.typed_allowed = typed_weights_allowed() if typed_allowed is None else typed_allowed
        self._reader = None
        self._filling = False
        self.setWindowTitle(self.tr("Gravimetric check"))
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        identity = preparation.identity
        kind, count = weighed_container(preparation)
        names = {"bag": (self.tr("bag"), self.tr("{0} bags (weighed together)")),
                 "syringe": (self.tr("syringe"), self.tr("{0} syringes (weighed together)")),
                 "aliquot": (self.tr("aliquot"), self.tr("{0} aliquots (weighed together)"))}[kind]
        what = names[0] if count == 1 else names[1].format(count)
        din = identity.din if identity.din else self.tr("no DIN")
        din = f"{din[:13]} {din[13:]}" if identity.din else din
        self.subject = QLabel(self.tr("Record {0} · {1} ({2}) · DIN {3}\nOn the balance: {4}").format(
            record_id or self.tr("not saved"), identity.patient_name or self.tr("(no patient name)"),
            identity.patient_id or "—", din, what))
        self.subject.setObjectName("weighing_subject")
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: bold;")
        form.addRow(self.subject)
        form.addRow(self.tr("Planned volume in the container"), QLabel(quantity(preparation.weighed_volume, ML, 4)))
        low, expected, high = expected_net_mass(preparation)
        self.expected = QLabel(self.tr("{0} g (accepted {1} to {2} g)").format(
            significant(expected.m_as(G), 4), significant(low.m_as(G), 4), significant(high.m_as(G), 4)))
        self.expected.setObjectName("expected_mass")
        form.addRow(self.tr("Expected net mass"), self.expected)
        self.balance_status = QLabel()
        self.balance_status.setObjectName("balance_status")
        self.balance_status.setWordWrap(True)
        form.addRow(self.tr("Balance"), self.balance_status)
        self.tare = QLineEdit()
        self.tare.setObjectName("tare")
        self.gross = QLineEdit()
        self.gross.setObjectName("gross")
        self.read_tare = QPushButton(self.tr("Read"))
        self.read_tare.setObjectName("read_tare")
        self.read_gross = QPushButton(self.tr("Read"))
        self.read_gross.setObjectName("read_gross")
        self.tolerance = QLineEdit()
        self.tolerance.setObjectName("tolerance")
        self.tolerance.setPlaceholderText(self.tr("{0} (may be tightened)").format(
            percent(tolerance(preparation).value)))
        for label, widget, button, key in (
                (self.tr("Tare, empty (g)"), self.tare, self.read_tare, "tare"),
                (self.tr("Filled (g)"), self.gross, self.read_gross, "gross")):
            widget.setAccessibleName(label)
            button.setAccessibleName(self.tr("Read {0} from the balance").format(label))
            widget.textEdited.connect(lambda _text, key=key: self._typed(key))
            widget.textChanged.connect(self.update_result)
            widget.returnPressed.connect(self.focusNextChild)
            button.clicked.connect(lambda _checked=False, key=key: self.read(key))
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(button)
            form.addRow(label, row)
        self.tolerance.setAccessibleName(self.tr("Tolerance"))
        self.tolerance.textChanged.connect(self.update_result)
        form.addRow(self.tr("Tolerance"), self.tolerance)
        self.result = QLabel()
        self.result.setObjectName("weighing_result")
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        scrolling_dialog_body(self, body, self.buttons)
        fit_to_screen(self, 600, 480)
        self.listener = QTimer(self)
        self.listener.setInterval(LISTEN_EVERY_MS)
        self.listener.timeout.connect(self._listen)
        self._set_up_balance()
        self.update_result()

    # --- the balance --------------------------------------------------------------------

    def _set_up_balance(self) -> None:
        for field in (self.tare, self.gross):
            field.setReadOnly(not self.typed_allowed)
        has_balance = bool(self.balance_url)
        self.read_tare.setEnabled(has_balance)
        self.read_gross.setEnabled(has_balance)
        if has_balance:
            self.balance_status.setText(self.tr("{0}: press Read, or the balance's print key").format(
                self.balance_url))
            self.read_tare.setFocus()
        elif self.typed_allowed:
            self.balance_status.setText(self.tr("No balance is set (Settings > Balance…): type the masses; "
                                                "the record will say they were typed, not read."))
            self.tare.setFocus()
        else:
            self.balance_status.setText(self.tr("No balance is set: set it in Settings > Balance…. This site "
                                                "does not allow typing the masses."))
        self.balance_status.setStyleSheet("" if has_balance or self.typed_allowed else "color: #a00000;")

    def _connect(self):
        if self.balance is None:
            self.balance = open_balance(self.balance_url)
        return self.balance

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.balance_url and not self.listener.isActive():
            try:
                self._connect().identity()
            except BalanceError as error:
                self._balance_problem(message_of(error))
                return
            self.listener.start()

    def done(self, result: int) -> None:
        self.listener.stop()
        if self._reader is not None:
            self._reader.wait()
        if self.balance is not None:
            self.balance.close()
            self.balance = None
        super().done(result)

    def read(self, key: str) -> None:
        """Ask the balance for a stable reading for `key` ("tare" or "gross")."""
        if self._reader is not None:
            return
        try:
            balance = self._connect()
        except BalanceError as error:
            self._balance_problem(message_of(error))
            return
        self.listener.stop()
        self.balance_status.setText(self.tr("Reading… (waiting for a stable weight)"))
        self.balance_status.setStyleSheet("")
        self.read_tare.setEnabled(False)
        self.read_gross.setEnabled(False)
        reader = _Reader(balance, self.timeout, self)
        reader.read.connect(lambda reading, key=key: self._read(key, reading))
        reader.failed.connect(self._balance_problem)
        reader.finished.connect(self._reader_done)
        self._reader = reader
        reader.start()

    def _reader_done(self) -> None:
        self._reader = None
        self.read_tare.setEnabled(bool(self.balance_url))
        self.read_gross.setEnabled(bool(self.balance_url))
        if self.balance is not None and self.isVisible():
            self.listener.start()

    def _listen(self) -> None:
        """A line from the balance's own print key fills the next empty field."""
        if self.balance is None or self._reader is not None:
            return
        try:
            reading = self.balance.listen(0)
        except BalanceError as error:
            self._balance_problem(message_of(error))
            return
        if reading is None:
            return
        key = "tare" if not self.tare.text().strip() else "gross" if not self.gross.text().strip() else None
        if key is None:
            self.balance_status.setText(self.tr("The balance sent {0} g, but both masses are filled: clear one "
                                                "to take it").format(significant(reading.mass.m_as(G), 6)))
            return
        self._read(key, reading)

    def _read(self, key: str, reading) -> None:
        try:
            check_balance(self.preparation, reading, self.tolerance.text() or None)
        except (BalanceError, InputError) as error:
            self._balance_problem(message_of(error))
            return
        self.readings[key] = reading
        field = self.tare if key == "tare" else self.gross
        self._filling = True
        field.setText(f"{significant(reading.mass.m_as(G), 8)} g")
        self._filling = False
        self.balance_status.setText(self.tr("Read from {0} s/n {1}: {2}").format(
            reading.model or self.tr("model not stated"), reading.serial or self.tr("not stated"), reading.raw.strip()))
        self.balance_status.setStyleSheet("")
        (self.read_gross if key == "tare" else self.buttons.button(QDialogButtonBox.Save)).setFocus()
        self.update_result()

    def _field_name(self, key: str) -> str:
        """The field an error names, as this dialog labels it (never its command-line key)."""
        return {"tare": self.tr("Tare, empty (g)"), "gross": self.tr("Filled (g)"),
                "tolerance": self.tr("Tolerance")}.get(key, self.tr("Balance"))

    def _balance_problem(self, message: str) -> None:
        self.balance_status.setText(self.tr("Nothing was read: {0}").format(translate_message(message)))
        self.balance_status.setStyleSheet("color: #a00000; font-weight: bold;")

    def _typed(self, key: str) -> None:
        if not self._filling:
            self.readings[key] = None       # a typed mass is no longer the balance's

    # --- the verdict ----------------------------------------------------------------------

    def update_result(self) -> None:
        self.weighing = None
        tare, gross = self.readings["tare"], self.readings["gross"]
        if not self.tare.text().strip() or not self.gross.text().strip():
            self.result.setText(self.tr("Read the tare and the filled mass.") if self.balance_url
                                else self.tr("Enter the tare and the filled mass."))
            self.result.setStyleSheet("")
        else:
            try:
                if tare is not None and gross is not None:
                    self.weighing, self.source = weigh_readings(self.preparation, tare, gross,
                                                                self.tolerance.text() or None)
                elif self.typed_allowed:
                    self.weighing = weigh_entered(self.preparation, self.tare.text(), self.gross.text(),
                                                  self.tolerance.text() or None, grams_if_bare=True)
                    if tare is None and gross is None:
                        self.source = TYPED
                    else:
                        read_key, reading = ("tare", tare) if tare is not None else ("gross", gross)
                        typed_key = "gross" if read_key == "tare" else "tare"
                        self.source = f"{typed_key} {TYPED}; {read_key} {reading.describe()}"
                else:
                    raise InputError("balance", message("read both masses from the balance (typing is not allowed here)"))
            except (InputError, BalanceError) as error:
                self.weighing = None
                self.result.setText(f"{self._field_name(getattr(error, 'field', 'balance'))}: "
                                    f"{translate_message(error)}")
                self.result.setStyleSheet("color: #a00000;")
            else:
                verdict = (self.tr("within tolerance") if self.weighing.within
                           else self.weighing.finding.text(self.tr))
                self.result.setText(self.tr("Measured {0} ({1}): {2}").format(
                    quantity(self.weighing.measured_volume, ML, 4),
                    ("+" if self.weighing.deviation >= 0 else "") + percent(self.weighing.deviation), verdict))
                self.result.setStyleSheet("" if self.weighing.within else "color: #a00000; font-weight: bold;")
        self.buttons.button(QDialogButtonBox.Save).setEnabled(self.weighing is not None)
