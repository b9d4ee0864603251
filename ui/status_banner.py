"""The status banner: one full-width band pinned above the form and the plan, never
scrolled away. Red BLOCKED for a real limit breach, amber INCOMPLETE / NOT READY for what
is still to enter (identity, thaw time, a reason), green READY / FINAL; beside it the
"Next" button that names and does the one next act (ui/next_step.py).

The words come from the release rule (mscprep.preparation.release) through the session's
view; nothing here decides a status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

# status kind -> (headline, background, text colour)
LOOKS = {
    "blocked": (QT_TRANSLATE_NOOP("StatusBanner", "BLOCKED"), "#b00000", "#ffffff"),
    "incomplete": (QT_TRANSLATE_NOOP("StatusBanner", "INCOMPLETE"), "#ffcc4d", "#000000"),
    "identity": (QT_TRANSLATE_NOOP("StatusBanner", "NOT READY"), "#ffcc4d", "#000000"),
    "needs_reason": (QT_TRANSLATE_NOOP("StatusBanner", "NOT READY"), "#ffcc4d", "#000000"),
    "ok": (QT_TRANSLATE_NOOP("StatusBanner", "READY"), "#1e7b34", "#ffffff"),
    "final": (QT_TRANSLATE_NOOP("StatusBanner", "FINAL"), "#1e7b34", "#ffffff"),
}


class StatusBanner(QFrame):
    """`details` is the results panel's status label (links to the fields to complete)."""

    def __init__(self, details: QLabel, parent=None):
        super().__init__(parent)
        self.setObjectName("status_banner")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.headline = QLabel()
        self.headline.setObjectName("status_headline")
        self.headline.setTextFormat(Qt.PlainText)
        texts.addWidget(self.headline)
        self.details = details
        texts.addWidget(details)
        row.addLayout(texts, 1)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next_step")
        self.next_button.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        row.addWidget(self.next_button, 0, Qt.AlignVCenter)
        self.kind = None

    def show_kind(self, kind: str) -> None:
        """Colour and headline for the status kind (see LOOKS)."""
        if kind == self.kind:
            return
        self.kind = kind
        headline, background, colour = LOOKS[kind]
        self.headline.setText(self.tr(headline))
        self.setStyleSheet(f"QFrame#status_banner {{ background: {background}; border: 2px solid #000000; }}"
                           f"QFrame#status_banner QLabel {{ color: {colour}; background: transparent; }}"
                           f"QLabel#status_headline {{ font-weight: bold; font-size: 16pt; }}"
                           f"QLabel#status {{ font-weight: bold; padding: 0px; }}")
        self.setAccessibleName(self.tr(headline))
