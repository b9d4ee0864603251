"""Settings that persist between sessions (QSettings): protocol, printers, operator, units,
language, paper, the records database and the label printer. A value that cannot be read
falls back to its default."""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULTS = {"protocol": "none", "printer": "", "label_printer": "", "operator": "", "weight_unit": "kg",
            "language": "", "paper": "A4", "log_level": "INFO", "high_contrast": "no", "gloves": "no",
            # records: an SQLite file or a postgresql:// URL ("" = the data folder's file;
            # MSCPREP_DATABASE_URL wins over both). The label: "pdf" (a printer through the print
            # dialog) or "zpl" (raw ZPL II to the CUPS queue label_queue at label_dpi).
            "records": "", "label_output": "pdf", "label_queue": "", "label_dpi": "203",
            # issue 25: the laboratory balance, as a URL (devices/url.py); "" = none set
            "balance_url": ""}
CHOICES = {"weight_unit": ("kg", "lb"), "language": ("", "en", "ja", "zh"), "paper": ("A4", "Letter"),
           "log_level": ("DEBUG", "INFO", "WARNING", "ERROR"), "high_contrast": ("no", "yes"), "gloves": ("no", "yes"),
           "label_output": ("pdf", "zpl"), "label_dpi": ("203", "300")}


class Settings:
    def __init__(self, store: QSettings | None = None):
        self.store = store or QSettings("mscprep", "mscprep")

    def get(self, key: str) -> str:
        value = self.store.value(key, DEFAULTS[key])
        value = value if isinstance(value, str) else DEFAULTS[key]
        if key in CHOICES and value not in CHOICES[key]:
            return DEFAULTS[key]
        return value

    def set(self, key: str, value: str) -> None:
        self.store.setValue(key, value)
        self.store.sync()
