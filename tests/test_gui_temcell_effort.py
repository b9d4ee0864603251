"""How much a whole two-bag TEMCELL case costs in the window (issue 24, "Done when"): enter,
save, double check, weigh, label, driven through the real widgets with QTest, every key and
mouse event counted. Barcode reads (the DINs) are counted apart from what a person types:
the scanner sends their characters and Enter. The figures are printed (pytest -s)."""

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from mscprep.preparation.gravimetric import expected_net_mass
from ui.dialogs.double_check_dialog import DoubleCheckDialog
from ui.dialogs.gravimetric_dialog import GravimetricDialog
from ui.main_window import MainWindow
from ui.settings import Settings


class Counted:
    """QTest through qtbot, counting: keys a person types, mouse clicks, scanner reads."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.keys = self.clicks = self.scans = self.scanned_keys = 0

    def type(self, widget, text: str, enter: bool = True) -> None:
        self.qtbot.keyClicks(widget, text)
        self.keys += len(text)
        if enter:
            self.qtbot.keyClick(widget, Qt.Key_Return)
            self.keys += 1

    def scan(self, widget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.qtbot.keyClick(widget, Qt.Key_Return)
        self.scans += 1
        self.scanned_keys += len(text) + 1

    def click(self, widget, pos=None) -> None:
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.LeftButton, pos=pos)
        self.clicks += 1


def test_a_whole_two_bag_temcell_case(qtbot, tmp_path, store, monkeypatch, capsys):
    import mscprep.devices.weighing as weighing
    monkeypatch.setattr(weighing, "typed_weights_allowed", lambda: True)   # a site that allows typed masses
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                        operator="K. Tanaka")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    count = Counted(qtbot)
    steps = {}

    def mark(name):
        steps[name] = (count.keys, count.clicks, count.scans)

    # --- enter: the protocol from the list, then the fields in the order Enter walks them
    box = window.protocol_box
    count.click(box)                                     # opens the list
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    row = box.findData("temcell")
    qtbot.wait(600)                                      # a release sooner is taken as the opening click's
    index = box.model().index(row, 0)
    view.scrollTo(index)
    count.click(view.viewport(), view.visualRect(index).center())
    qtbot.waitUntil(lambda: box.currentData() == "temcell")
    count.click(window.inputs["patient_name"])
    count.type(window.inputs["patient_name"], "Yamada Hanako")
    assert window.focusWidget() is window.inputs["patient_id"]
    count.type(window.inputs["patient_id"], "MRN-000123")
    assert window.focusWidget() is window.inputs["weight"]
    count.type(window.inputs["weight"], "60")           # the unit box says kg
    assert window.state.preparation.container_use.count == 2
    assert window.focusWidget() is window.inputs["din"]
    count.scan(window.inputs["din"], "=A99992112345600")
    assert window.focusWidget() is window.inputs["container_dins"]
    count.scan(window.inputs["container_dins"], "=A99992112345700")
    assert window.focusWidget() is not window.inputs["container_dins"]
    viability = window.inputs["viability"]
    count.click(viability)
    count.type(viability, "92%", enter=False)
    count.click(window.findChild(type(window.record_button), "thawed_now"))
    assert window.state.status_kind == "ok", window.state.missing_identity
    mark("enter")

    # --- save
    count.click(window.record_button)
    record = window.session.current_record()
    assert record is not None
    mark("save")

    # --- double check: the pharmacist types the source figures, the DINs are scanned
    def drive_check():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DoubleCheckDialog)
        count.click(dialog.checker)
        count.type(dialog.checker, "M. Sato")
        count.click(dialog.patient_confirmed)
        for requirement in dialog.requirements:
            key = requirement.keys[0]
            widget = dialog.inputs[key]
            if not isinstance(widget, QLineEdit):      # a choice (the dose basis): open the list, pick
                wanted = widget.findData(record.inputs.get(key))
                if wanted >= 0 and wanted != widget.currentIndex():
                    count.click(widget)
                    widget.setCurrentIndex(wanted)
                    count.clicks += 1
                    widget.hidePopup()
                continue
            if widget.text():
                continue
            if not widget.hasFocus():
                count.click(widget)
            if key == "din":
                count.scan(widget, "=A99992112345600")
            elif key == "container_dins":
                count.scan(widget, "=A99992112345700")
                count.type(widget, "", enter=True)       # Enter once more: on to the next field
            else:
                count.type(widget, record.inputs[key])
        assert dialog.compare_button.isEnabled(), dialog.compare_button.toolTip()
        count.click(dialog.compare_button)
        assert dialog.outcome is not None and dialog.outcome.matched, dialog.outcome and dialog.outcome.differences
        count.click(dialog.buttons.button(dialog.buttons.StandardButton.Close))

    QTimer.singleShot(0, drive_check)
    assert "double check" in window.next_button.text()
    count.click(window.next_button)
    assert window.session.record_state().checked_by == "M. Sato"
    mark("check")

    # --- weigh: tare and gross typed (with a balance: "Read tare" and "Read gross", 2 clicks)
    expected = expected_net_mass(window.state.preparation)[1].m_as("g")

    def drive_weighing():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GravimetricDialog)
        if not dialog.tare.hasFocus():
            count.click(dialog.tare)
        count.type(dialog.tare, "20 g")
        if not dialog.gross.hasFocus():
            count.click(dialog.gross)
        count.type(dialog.gross, f"{20 + expected:.1f} g")
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        assert save.isEnabled()
        count.click(save)

    QTimer.singleShot(0, drive_weighing)
    assert "weigh" in window.next_button.text().lower()
    count.click(window.next_button)
    assert window.session.record_state().weighing is not None
    mark("weigh")

    # --- label: Next prints it; the print dialog's own Print button is counted as one click
    printed = []
    monkeypatch.setattr(window.printing, "preview", lambda data, what, *rest: printed.append(what))
    assert "label" in window.next_button.text().lower()
    count.click(window.next_button)
    assert printed == ["label"]
    count.clicks += 1
    mark("label")

    order = ["enter", "save", "check", "weigh", "label"]
    previous = (0, 0, 0)
    lines = []
    for name in order:
        keys, clicks, scans = steps[name]
        lines.append(f"{name:>6}: {keys - previous[0]:3d} keys, {clicks - previous[1]:2d} clicks, "
                     f"{scans - previous[2]} scans")
        previous = steps[name]
    with capsys.disabled():
        print("\n[two-bag TEMCELL case] " + "; ".join(lines))
        print(f"[two-bag TEMCELL case] total: {count.keys} keys typed, {count.clicks} clicks, {count.scans} "
              f"barcode reads ({count.scanned_keys} scanner characters, not typed)")
    assert count.scans == 4 and count.clicks < 30
