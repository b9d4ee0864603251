"""Render the main window with a case typed in and save it as PNG, to look at it as a
user would. Under Xvfb (DISPLAY set) the whole screen is captured.
Usage: python tools/screenshot.py OUT.png [normal|blocked|empty] [WxH] [en|ja|zh] [scale] [contrast]"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES = {
    "empty": {},
    "normal": {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
               "weight": "60 kg", "din": "A999921123456", "viability": "92%", "prepared_by": "K. Tanaka",
               "thawed_at": "2026-11-23T09:30", "stability": "3 h"},
    "blocked": {"weight": "70 kg", "dose": "2e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "65%",
                "min_viability": "70%", "available": "10 mL", "rate": "6 mL/min", "max_rate": "4 mL/min",
                "final_volume": "50 mL", "diluent": "saline"},
}


def main() -> None:
    import os
    import tempfile
    out = sys.argv[1]
    case = CASES[sys.argv[2] if len(sys.argv) > 2 else "normal"]
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1366x768").split("x"))
    language = sys.argv[4] if len(sys.argv) > 4 else "en"
    if len(sys.argv) > 5:
        os.environ["QT_SCALE_FACTOR"] = sys.argv[5]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QComboBox
    from ui.i18n import CatalogTranslator
    from ui.main_window import MainWindow
    from ui.settings import Settings
    app = QApplication(sys.argv)
    app.installTranslator(CatalogTranslator(language, app))
    if len(sys.argv) > 6 and sys.argv[6] == "contrast":
        from ui.appearance import apply_high_contrast
        apply_high_contrast(True)
    settings = Settings(QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat))
    window = MainWindow(settings=settings, language=language)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    if "protocol" in case:
        window.protocol_box.setCurrentIndex(window.protocol_box.findData(case["protocol"]))
    for key, text in case.items():
        if key == "protocol":
            continue
        widget = window.inputs[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(text))
        else:
            widget.setText(text)
    for _ in range(5):
        app.processEvents()
    if os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        app.primaryScreen().grabWindow(0).save(out)
    else:
        window.grab().save(out)
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
