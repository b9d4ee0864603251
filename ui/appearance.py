"""A high-contrast palette for screens read from a distance or with poor eyesight."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DEFAULT: QPalette | None = None


def apply_high_contrast(on: bool) -> None:
    global _DEFAULT
    app = QApplication.instance()
    if _DEFAULT is None:
        _DEFAULT = QPalette(app.palette())
    if not on:
        app.setPalette(_DEFAULT)
        app.setStyleSheet("")
        return
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in ((QPalette.Window, black), (QPalette.WindowText, white), (QPalette.Base, black),
                         (QPalette.AlternateBase, QColor("#1a1a1a")), (QPalette.Text, white),
                         (QPalette.Button, black), (QPalette.ButtonText, white), (QPalette.ToolTipBase, black),
                         (QPalette.ToolTipText, white), (QPalette.Highlight, yellow),
                         (QPalette.HighlightedText, black), (QPalette.PlaceholderText, QColor("#bdbdbd")),
                         (QPalette.Link, yellow)):
        palette.setColor(role, colour)
    palette.setColor(QPalette.Disabled, QPalette.Text, QColor("#9e9e9e"))
    palette.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#9e9e9e"))
    app.setPalette(palette)
    # Input boxes keep a visible edge on black.
    app.setStyleSheet("QLineEdit, QComboBox { border: 1px solid #ffffff; padding: 2px; }")
