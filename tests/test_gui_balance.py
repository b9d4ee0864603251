"""The gravimetric dialog with a balance (a simulated one on loopback TCP speaking MT-SICS
or SBI): Read buttons, the balance's print key, refusals, the typed fallback, and
Settings > Balance."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mscprep.preparation.build import prepare
from ui.dialogs.balance_dialog import BalanceDialog
from ui.dialogs.gravimetric_dialog import GravimetricDialog
from ui.settings import Settings

from balance_sim import Simulator, TcpBalance

CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_id": "MRN-000123", "patient_name": "Yamada Hanako",
        "din": "A999921123456"}


@pytest.fixture
def preparation():
    return prepare(dict(CASE))


@pytest.fixture
def balances():
    made = []

    def make(protocol, states):
        balance = TcpBalance(Simulator(protocol, states))
        made.append(balance)
        return balance
    yield make
    for balance in made:
        balance.close()


def dialog_for(qtbot, preparation, **options):
    dialog = GravimetricDialog(preparation, None, record_id="R-00042", timeout=5, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_names_record_patient_din_and_what_is_weighed(qtbot, preparation):
    dialog = dialog_for(qtbot, preparation, typed_allowed=True)
    text = dialog.subject.text()
    assert "R-00042" in text and "Yamada Hanako" in text and "MRN-000123" in text
    assert "A999921123456 3" in text and "On the balance: bag" in text
    assert dialog.focusWidget() is dialog.tare        # no balance: the first field
    dialog.reject()


@pytest.mark.parametrize("protocol", ["mt-sics", "sbi"])
def test_read_buttons_fill_tare_and_gross_from_the_balance(qtbot, preparation, balances, protocol):
    balance = balances(protocol, [("unstable", "20.1"), ("stable", "20.00"), ("stable", "70.25")])
    dialog = dialog_for(qtbot, preparation, balance_url=balance.url, typed_allowed=False)
    assert dialog.focusWidget() is dialog.read_tare
    assert dialog.tare.isReadOnly() and dialog.gross.isReadOnly()
    qtbot.mouseClick(dialog.read_tare, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.tare.text() == "20 g", timeout=8000)
    qtbot.mouseClick(dialog.read_gross, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.gross.text() == "70.25 g", timeout=8000)
    assert dialog.weighing is not None and dialog.weighing.within
    assert dialog.source.startswith("read from balance XS204") and "70.25" in dialog.source
    assert dialog.buttons.button(QDialogButtonBox.Save).isEnabled()
    dialog.reject()


@pytest.mark.parametrize("protocol", ["mt-sics", "sbi"])
def test_the_balances_print_key_fills_the_next_empty_field(qtbot, preparation, balances, protocol):
    balance = balances(protocol, [("stable", "20.00")])
    dialog = dialog_for(qtbot, preparation, balance_url=balance.url, typed_allowed=False)
    qtbot.waitUntil(lambda: dialog.listener.isActive(), timeout=3000)
    qtbot.wait(300)
    balance.simulator.press_print(("stable", "20.00"))
    qtbot.waitUntil(lambda: dialog.tare.text() == "20 g", timeout=5000)
    balance.simulator.press_print(("stable", "70.25"))
    qtbot.waitUntil(lambda: dialog.gross.text() == "70.25 g", timeout=5000)
    assert dialog.weighing is not None and dialog.weighing.within and dialog.source.startswith("read from")
    dialog.reject()


def test_an_overloaded_balance_fills_nothing(qtbot, preparation, balances):
    balance = balances("mt-sics", [("overload",)])
    dialog = dialog_for(qtbot, preparation, balance_url=balance.url, typed_allowed=False)
    qtbot.mouseClick(dialog.read_tare, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was read" in dialog.balance_status.text(), timeout=8000)
    assert "overloaded" in dialog.balance_status.text() and dialog.tare.text() == "" and dialog.weighing is None
    dialog.reject()


def test_a_typed_mass_is_marked_typed(qtbot, preparation):
    dialog = dialog_for(qtbot, preparation, typed_allowed=True)
    qtbot.keyClicks(dialog.tare, "20")
    qtbot.keyClicks(dialog.gross, "70.25")
    assert dialog.weighing is not None and dialog.source == "typed, not read"
    dialog.reject()


def test_without_a_balance_and_without_typing_nothing_can_be_saved(qtbot, preparation):
    dialog = dialog_for(qtbot, preparation, typed_allowed=False)
    assert dialog.tare.isReadOnly() and not dialog.read_tare.isEnabled()
    assert "Settings > Balance" in dialog.balance_status.text()
    assert not dialog.buttons.button(QDialogButtonBox.Save).isEnabled()
    dialog.reject()


def test_settings_balance_saves_one_address_and_reads_the_balance(qtbot, tmp_path, balances):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    dialog = BalanceDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.none.isChecked() and not dialog.port.isEnabled()
    dialog.serial.setChecked(True)
    dialog.port.setText("/dev/ttyUSB0")
    dialog.baud.setCurrentIndex(dialog.baud.findData(19200))
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("sbi"))
    dialog._accept()
    assert settings.get("balance_url") == "serial:///dev/ttyUSB0?protocol=sbi&baud=19200"
    balance = balances("mt-sics", [("stable", "12.34")])
    again = BalanceDialog(settings)
    qtbot.addWidget(again)
    assert again.serial.isChecked() and again.port.text() == "/dev/ttyUSB0" and again.baud.currentData() == 19200
    again.network.setChecked(True)
    again.host.setText(balance.url.split("//")[1].split("?")[0])
    again.protocol.setCurrentIndex(again.protocol.findData("mt-sics"))
    again.try_reading()
    assert "12.34 g from XS204" in again.status.text()
