"""How the window looks for whoever stands at it: a clear focus ring always, a high-contrast
palette for screens read from a distance or with poor eyesight, and "gloves": every target
at least 44 px for gloved fingers on a touch screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DEFAULT: QPalette | None = None
GLOVE_TARGET = 44          # px: the smallest touch target (WCAG 2.5.5, Apple and Android guides)
_state = {"high_contrast": False, "gloves": False}


def _palette_high_contrast() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in ((QPalette.Window, black), (QPalette.WindowText, white), (QPalette.Base, black),
                         (QPalette.AlternateBase, QColor("#1a1a1a")), (QPalette.Text, white),
                         (QPalette.Button, black), (QPalette.ButtonText, white), (QPalette.ToolTipBase, black),
                         (QPalette.ToolTipText, white), (QPalette.Highlight, yellow),
                         (QPalette.HighlightedText, black), (QPalette.PlaceholderText, QColor("#bdbdbd")),
                         (QPalette.Link, yellow), (QPalette.BrightText, yellow)):
        palette.setColor(role, colour)
    palette.setColor(QPalette.Disabled, QPalette.Text, QColor("#9e9e9e"))
    palette.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#9e9e9e"))
    palette.setColor(QPalette.Disabled, QPalette.WindowText, QColor("#9e9e9e"))
    return palette


def style_sheet(high_contrast: bool, gloves: bool) -> str:
    ring = "#ffff00" if high_contrast else "#1f5fa8"
    parts = [
        # A focus ring that is seen from a step away: 3 px, in the highlight colour.
        f"QLineEdit:focus, QComboBox:focus, QPushButton:focus, QToolButton:focus, QCheckBox:focus,"
        f" QTableWidget:focus {{ border: 3px solid {ring}; }}",
        "QLineEdit[error=\"true\"] { border: 2px solid #c00000; }",
        # Filled in by the program (the operator): looks like text, not like a field to type in.
        "QLineEdit[readOnly=\"true\"] { background: palette(window); }",
        f"QLineEdit[error=\"true\"]:focus {{ border: 3px solid {ring}; }}",
        "QLabel[role=\"help\"] { color: #4d4d4d; }" if not high_contrast else
        "QLabel[role=\"help\"] { color: #d0d0d0; }",
        "QLabel[role=\"error\"] { color: #a00000; }" if not high_contrast else
        "QLabel[role=\"error\"] { color: #ff8080; font-weight: bold; }",
        # A verdict: what failed or was refused, and what passed (bold, readable on either palette).
        "QLabel[role=\"refused\"] { color: #a00000; font-weight: bold; }" if not high_contrast else
        "QLabel[role=\"refused\"] { color: #ff8080; font-weight: bold; }",
        "QLabel[role=\"passed\"] { color: #1b6e1b; font-weight: bold; }" if not high_contrast else
        "QLabel[role=\"passed\"] { color: #80ff80; font-weight: bold; }",
    ]
    if high_contrast:
        parts += [
            "QLineEdit, QComboBox, QPushButton, QToolButton { border: 1px solid #ffffff; padding: 2px; }",
            "QPushButton:disabled { border: 1px dashed #9e9e9e; }",
            # Scroll bars as white handles on a grey track: visible on black.
            "QScrollBar:vertical { background: #333333; width: 16px; margin: 0; }",
            "QScrollBar:horizontal { background: #333333; height: 16px; margin: 0; }",
            "QScrollBar::handle { background: #ffffff; border: 1px solid #ffff00; min-height: 30px; min-width: 30px; }",
            "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }",
            "QGroupBox { border: 1px solid #ffffff; margin-top: 1.2em; }",
            "QGroupBox::title { subcontrol-origin: margin; left: 8px; color: #ffffff; }",
            # Menus with a border and a hover that is seen.
            "QMenu { border: 2px solid #ffffff; background: #000000; color: #ffffff; }",
            "QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }",
            "QMenu::separator { height: 1px; background: #ffffff; }",
            "QToolTip { border: 1px solid #ffff00; }",
        ]
    if gloves:
        size = GLOVE_TARGET
        parts += [
            f"QLineEdit, QComboBox, QPushButton, QToolButton {{ min-height: {size - 8}px; padding: 3px; }}",
            f"QCheckBox, QRadioButton {{ min-height: {size}px; }}",
            f"QCheckBox::indicator, QRadioButton::indicator {{ width: 30px; height: 30px; }}",
            f"QMenu::item {{ min-height: {size - 12}px; padding: 6px 24px; }}",
            f"QMenuBar::item {{ min-height: {size - 12}px; padding: 6px 12px; }}",
            f"QScrollBar:vertical {{ width: {size}px; }}",
            f"QScrollBar:horizontal {{ height: {size}px; }}",
            f"QScrollBar::handle {{ background: palette(mid); min-height: {size}px; min-width: {size}px; }}",
            "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }",
            f"QTabBar::tab {{ min-height: {size}px; }}",
            # The rows of an open drop-down list too (ChoiceBox uses a styled delegate for this).
            f"QComboBox QAbstractItemView::item {{ min-height: {size}px; }}",
            # The list opens with the current row over the box: the row under the finger is
            # the one chosen now, not its neighbour.
            "QComboBox { combobox-popup: 1; }",
            f"QListWidget::item {{ min-height: {size}px; }}",
            f"QHeaderView::section {{ min-height: {size - 12}px; }}",
        ]
    return "\n".join(parts)


def apply_appearance(high_contrast: bool | None = None, gloves: bool | None = None) -> None:
    """Set the palette and style sheet of the whole application; None keeps that setting."""
    global _DEFAULT
    app = QApplication.instance()
    if high_contrast is not None:
        _state["high_contrast"] = high_contrast
    if gloves is not None:
        _state["gloves"] = gloves
    if _DEFAULT is None:
        _DEFAULT = QPalette(app.palette())
    app.setPalette(_palette_high_contrast() if _state["high_contrast"] else _DEFAULT)
    app.setStyleSheet(style_sheet(_state["high_contrast"], _state["gloves"]))


def apply_high_contrast(on: bool) -> None:
    apply_appearance(high_contrast=on)
