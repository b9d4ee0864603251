"""Settings > Balance: the laboratory balance the gravimetric check reads.

A Mettler Toledo balance speaking MT-SICS or a Sartorius balance speaking SBI, on a serial
port (RS-232, or USB that shows as a serial port: /dev/ttyUSB0, /dev/ttyACM0, COM3) or on
the network (host and port of the balance or of its serial-to-Ethernet adapter). Set the
balance itself to the same protocol and baud rate (MT-SICS usually 9600 8N1; Sartorius SBI
often 9600 or 1200, 7 data bits, odd parity: see its manual). Saved as one address, e.g.
serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600 or tcp://10.0.0.5:4001?protocol=sbi.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from mscprep.devices import BalanceError, open_balance, parse_url
from mscprep.devices.url import BAUDS, BalanceURLError
from mscprep.display import significant
from mscprep.units import G

from ..messages import translate_message
from ..widgets import ChoiceBox, fit_to_screen, scrolling_dialog_body


class BalanceDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Balance"))
        body = QWidget()
        column = QVBoxLayout(body)
        self.none = QRadioButton(self.tr("No balance (the masses are typed, where the site allows it)"))
        self.none.setObjectName("balance_none")
        self.serial = QRadioButton(self.tr("On a serial port (RS-232 or USB)"))
        self.serial.setObjectName("balance_serial")
        self.network = QRadioButton(self.tr("On the network (host and port)"))
        self.network.setObjectName("balance_network")
        group = QButtonGroup(self)
        for button in (self.none, self.serial, self.network):
            group.addButton(button)
            column.addWidget(button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.port = QLineEdit()
        self.port.setObjectName("balance_port")
        self.port.setPlaceholderText("/dev/ttyUSB0, COM3")
        self.port.setAccessibleName(self.tr("Serial port"))
        form.addRow(self.tr("Serial port"), self.port)
        self.baud = ChoiceBox()
        self.baud.setObjectName("balance_baud")
        self.baud.setAccessibleName(self.tr("Baud rate"))
        for baud in BAUDS:
            self.baud.addItem(str(baud), baud)
        form.addRow(self.tr("Baud rate"), self.baud)
        self.host = QLineEdit()
        self.host.setObjectName("balance_host")
        self.host.setPlaceholderText("10.0.0.5:4001")
        self.host.setAccessibleName(self.tr("Host:port"))
        form.addRow(self.tr("Host:port"), self.host)
        self.protocol = ChoiceBox()
        self.protocol.setObjectName("balance_protocol")
        self.protocol.setAccessibleName(self.tr("Protocol"))
        self.protocol.addItem(self.tr("MT-SICS (Mettler Toledo)"), "mt-sics")
        self.protocol.addItem(self.tr("SBI (Sartorius)"), "sbi")
        form.addRow(self.tr("Protocol"), self.protocol)
        column.addLayout(form)
        self.test = QPushButton(self.tr("Read the balance now"))
        self.test.setObjectName("balance_test")
        self.test.clicked.connect(self.try_reading)
        column.addWidget(self.test)
        self.status = QLabel()
        self.status.setObjectName("balance_test_result")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        help_text = QLabel(self.tr(
            "Set the balance to the same protocol and baud rate (MT-SICS usually 9600 baud, 8 data bits, no "
            "parity; Sartorius SBI: see the balance's manual). The gravimetric check waits for a stable reading, "
            "and refuses a balance whose readability is coarser than the container's tolerance (a 2 mL aliquot "
            "at 5 % needs 0.1 g or finer)."))
        help_text.setWordWrap(True)
        help_text.setProperty("role", "help")
        column.addWidget(help_text)
        column.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        scrolling_dialog_body(self, body, self.buttons)
        fit_to_screen(self, 520, 420)
        group.buttonToggled.connect(lambda *_: self._enable())
        self._load(settings.get("balance_url"))

    def _load(self, url: str) -> None:
        try:
            address = parse_url(url) if url else None
        except BalanceURLError:
            address = None
        if address is None:
            self.none.setChecked(True)
        elif address.transport == "tcp":
            self.network.setChecked(True)
            self.host.setText(f"{address.host}:{address.tcp_port}")
        else:
            self.serial.setChecked(True)
            self.port.setText(address.port)
            self.baud.setCurrentIndex(max(0, self.baud.findData(address.baud)))
        if address is not None:
            self.protocol.setCurrentIndex(max(0, self.protocol.findData(address.protocol)))
        else:
            self.baud.setCurrentIndex(max(0, self.baud.findData(9600)))
        self._enable()

    def _enable(self) -> None:
        serial, network = self.serial.isChecked(), self.network.isChecked()
        self.port.setEnabled(serial)
        self.baud.setEnabled(serial)
        self.host.setEnabled(network)
        self.protocol.setEnabled(serial or network)
        self.test.setEnabled(serial or network)

    def url(self) -> str:
        """The address as set; "" for none. BalanceURLError when it is not complete."""
        protocol = self.protocol.currentData()
        if self.serial.isChecked():
            text = f"serial://{self.port.text().strip()}?protocol={protocol}&baud={self.baud.currentData()}"
        elif self.network.isChecked():
            text = f"tcp://{self.host.text().strip()}?protocol={protocol}"
        else:
            return ""
        return str(parse_url(text))

    def try_reading(self) -> None:
        try:
            with open_balance(self.url()) as balance:
                reading = balance.read_stable(timeout=10)
        except (BalanceError, BalanceURLError) as error:
            self.status.setText(self.tr("Nothing was read: {0}").format(translate_message(error)))
            self.status.setStyleSheet("color: #a00000;")
            return
        self.status.setText(self.tr("{0} g from {1} s/n {2}, readability {3} g").format(
            significant(reading.mass.m_as(G), 8), reading.model or self.tr("model not stated"),
            reading.serial or self.tr("not stated"), significant(reading.readability.m_as(G), 3)))
        self.status.setStyleSheet("")

    def _accept(self) -> None:
        try:
            url = self.url()
        except BalanceURLError as error:
            self.status.setText(translate_message(error))
            self.status.setStyleSheet("color: #a00000;")
            return
        self.settings.set("balance_url", url)
        self.accept()
