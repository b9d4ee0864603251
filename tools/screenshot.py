"""Render the main window with a case typed in, or one of its dialogs, and save it as PNG,
to look at it as a user would. Under Xvfb (DISPLAY set) the whole screen is captured.
Usage: python tools/screenshot.py OUT.png [CASE] [WxH] [en|ja|zh] [scale] [contrast] [gloves]
CASE: normal, blocked, empty, wrong, reason, beyond, nebulized, store, kept, check, compared, weigh, history,
records, labelprinter, operator, about, badge (sign-in, a wrong PIN refused), badgecheck (the check
dialog of a store with enrolled staff: the checker's own badge and PIN), people (Records > People...)"""

import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_THAWED = (datetime.now() - timedelta(minutes=20)).isoformat(timespec="minutes")
NORMAL = {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
          "weight": "60 kg", "din": "A999921123456", "viability": "92%", "prepared_by": "K. Tanaka",
          "thawed_at": _THAWED, "stability": "3 h", "container_dins": "A999921123457"}
CASES = {
    "empty": {},
    "normal": NORMAL,
    "blocked": {"weight": "70 kg", "dose": "2e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "65%",
                "min_viability": "70%", "available": "10 mL", "rate": "6 mL/min", "max_rate": "4 mL/min",
                "final_volume": "50 mL", "diluent": "saline"},
    "wrong": {"weight": "70 mL", "dose": "1e6 cell/kg", "concentration": "1,5e7 cell/mL", "viability": "0.9",
              "duration": "30 min"},
    "reason": {"protocol": "adipose-msc-fixed", "patient_name": "Sato Ken", "patient_id": "MRN-1", "weight": "70 kg",
               "dose": "1.5e9 cell", "concentration": "1e8 cell/mL", "viability": "90%", "duration": "30 min"},
}
_BEFORE = (datetime.now() - timedelta(days=4)).isoformat(timespec="minutes")
CASES["beyond"] = dict(NORMAL, dose_number="9", previous_dose_at=_BEFORE)
CASES["nebulized"] = {"protocol": "secretome-nebulized", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
                      "weight": "60 kg",
                      "first_dose_at": (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%dT08:00")}
CASES["store"] = NORMAL
CASES["kept"] = NORMAL
DIALOGS = ("check", "compared", "weigh", "history", "records", "labelprinter", "operator", "about", "badge",
           "badgecheck", "people")
CONTRACT = {"protocol": "none", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "din": "A999921123456",
            "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
            "final_volume": "50 mL", "duration": "30 min"}


def main() -> None:
    import os
    import tempfile
    args = sys.argv[1:]
    out = args[0]
    name = args[1] if len(args) > 1 else "normal"
    width, height = (int(v) for v in (args[2] if len(args) > 2 else "1366x768").split("x"))
    language = args[3] if len(args) > 3 else "en"
    if len(args) > 4:
        os.environ["QT_SCALE_FACTOR"] = args[4]
    folder = tempfile.mkdtemp()
    import atexit
    import shutil
    atexit.register(shutil.rmtree, folder, True)   # leave nothing behind in /tmp
    os.environ["MSCPREP_DATA_DIR"] = folder
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QComboBox
    from ui.app import install_translators
    from ui.appearance import apply_appearance
    from ui.main_window import MainWindow
    from ui.settings import Settings
    app = QApplication(sys.argv[:1])
    install_translators(app, language)
    apply_appearance(high_contrast="contrast" in args[5:], gloves="gloves" in args[5:])
    settings = Settings(QSettings(os.path.join(folder, "s.ini"), QSettings.IniFormat))
    store, status = None, None
    if name == "store":
        from mscprep.records.store import open_store
        store, status = open_store("postgresql://mscprep_app@/mscprep?host=/nonexistent&connect_timeout=1")
    elif name in DIALOGS or name == "kept":
        from mscprep.records.store import RecordStore
        store = RecordStore(Path(folder) / "records.sqlite3")
    signer = None
    if name in ("badge", "badgecheck", "people"):
        signer = _enrol(store)
    window = MainWindow(settings=settings, language=language, store=store, operator="K. Tanaka",
                        store_status=status)
    if signer is not None:
        window.start_operator(signer.name, signer)
    else:
        window.start_operator("K. Tanaka")
    screen = app.primaryScreen().availableGeometry()
    window.resize(min(width, screen.width()), min(height, screen.height()))
    window.move(0, 0)
    window.show()
    case = CONTRACT if name in ("check", "compared", "badgecheck") else NORMAL if name in DIALOGS else CASES[name]
    texts = dict(case)
    window.fill_form(texts)
    window._apply_protocol()
    for key, text in case.items():
        widget = window.inputs.get(key)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(text))
    if name in ("wrong",):
        window.session.reveal_all()
    if name == "reason":
        window.session.set_reason("anticoagulation_decision", "heparin per Dr Ito")
        window.fill_form(dict(texts, dose="2e9 cell"))
        window.recompute()
    if name == "kept":
        window.change_operator("Hiroshi Ito (HI)")
    dialog = None
    if name == "people":
        from ui.dialogs.people_dialog import PeopleDialog
        dialog = PeopleDialog(store, window)
    elif name == "badge":
        from ui.dialogs.badge_dialog import BadgeDialog
        dialog = BadgeDialog(window.session.authenticate, window, current=signer.name)
        dialog.badge.setText("not-a-badge-of-this-site")
        dialog.pin.setText("123456")
        dialog.buttons.accepted.emit()           # refused: the message as the user reads it
    elif name == "badgecheck":
        from unittest import mock
        with mock.patch("PySide6.QtWidgets.QInputDialog.getText", return_value=("551177", True)):
            window.records.save()
        from ui.dialogs.double_check_dialog import DoubleCheckDialog
        dialog = DoubleCheckDialog(window.session, window)
        for key in ("weight", "dose", "viability"):
            dialog.inputs[key].setText(CONTRACT[key])
    elif name in ("check", "compared"):
        window.records.save()
        from ui.dialogs.double_check_dialog import DoubleCheckDialog
        dialog = DoubleCheckDialog(window.session, window)
        dialog.checker.setText("M. Sato")
        figures = {key: CONTRACT[key] for key in ("weight", "dose", "viability")}
        if name == "compared":
            figures.update(din=CONTRACT["din"], final_volume="50 mL", duration="30 min",
                           concentration="1.1e7 cell/mL")
        for key, text in figures.items():
            dialog.inputs[key].setText(text)
        if name == "compared":
            dialog.patient_confirmed.setChecked(True)
            dialog.compare_button.click()
    elif name == "weigh":
        from ui.dialogs.gravimetric_dialog import GravimetricDialog
        dialog = GravimetricDialog(window.state.preparation, window)
    elif name == "history":
        window.records.save()
        from ui.dialogs.history_dialog import HistoryDialog
        dialog = HistoryDialog(store, window)
    elif name == "records":
        from ui.dialogs.records_dialog import RecordsDialog
        dialog = RecordsDialog(settings, window)
        dialog.location.setText("postgresql://mscprep_app@db.example.org/mscprep")
    elif name == "labelprinter":
        from ui.dialogs.label_printer_dialog import LabelPrinterDialog
        dialog = LabelPrinterDialog(settings, ["zebra-cleanroom", "office"], window)
        dialog.zpl.setChecked(True)
    elif name == "operator":
        from ui.dialogs.operator_dialog import OperatorDialog
        dialog = OperatorDialog("", window, current="K. Tanaka")
    elif name == "about":
        QTimer.singleShot(300, lambda: grab(app, out, window))
        window.show_about()
        return
    if dialog is not None:
        dialog.move(20, 20)
        dialog.show()
    for _ in range(5):
        app.processEvents()
    grab(app, out, dialog or window)
    window.deleteLater()
    app.processEvents()


def _enrol(store):
    """An admin, the technician signed in (K. Tanaka) and a pharmacist; cheap KDF (a picture)."""
    import os
    os.environ["MSCPREP_TEST_KDF"] = "cheap"
    from mscprep.records import staff
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", "482913")
    admin = staff.authenticate(store, admin_code, "482913")
    _t, tech = staff.enrol(store, "Kenji Tanaka (KT)", "technician", "551177", admin)
    staff.enrol(store, "Mika Sato (MS)", "pharmacist", "771202", admin)
    return staff.authenticate(store, tech, "551177")


def grab(app, out, widget) -> None:
    import os
    for _ in range(5):
        app.processEvents()
    if os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM", "xcb") != "offscreen":
        app.primaryScreen().grabWindow(0).save(out)
    else:
        widget.grab().save(out)
    for top in app.topLevelWidgets():
        if top.isModal() or top.inherits("QMessageBox"):
            top.close()


if __name__ == "__main__":
    main()
