"""Render the main window with a case typed in and save it as PNG, to look at it as a
user would.  Usage: python tools/screenshot.py OUT.png [normal|blocked|empty] [WxH]"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES = {
    "empty": {},
    "normal": {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
               "weight": "60 kg", "din": "A999921123456", "viability": "92%"},
    "blocked": {"weight": "70 kg", "dose": "2e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "65%",
                "min_viability": "70%", "available": "10 mL", "rate": "6 mL/min", "max_rate": "4 mL/min",
                "final_volume": "50 mL", "diluent": "saline"},
}


def main() -> None:
    from PySide6.QtWidgets import QApplication, QComboBox
    from ui.main_window import MainWindow
    out = sys.argv[1]
    case = CASES[sys.argv[2] if len(sys.argv) > 2 else "normal"]
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1366x768").split("x"))
    app = QApplication(sys.argv)
    window = MainWindow()
    window.resize(width, height)
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
    app.processEvents()
    window.grab().save(out)
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
