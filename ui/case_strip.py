"""Where the case stands, always in sight: entered -> saved -> verified -> weighed ->
labelled, each with who and when, and the status the release rule gives (its stamp).
Later steps (a second signature, an export) slot in as more stages from the session."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from mscprep import clock

STAGE_NAMES = {
    "entered": QT_TRANSLATE_NOOP("CaseStrip", "Entered"),
    "saved": QT_TRANSLATE_NOOP("CaseStrip", "Saved"),
    "verified": QT_TRANSLATE_NOOP("CaseStrip", "Verified"),
    "weighed": QT_TRANSLATE_NOOP("CaseStrip", "Weighed"),
    "labelled": QT_TRANSLATE_NOOP("CaseStrip", "Labelled"),
}
MARKS = {"done": "✓", "failed": "✗", "todo": "○"}
COLOURS = {"done": ("#d6f0d6", "#0b4f0b"), "failed": ("#f8d0d0", "#7a0000"), "todo": ("#eeeeee", "#333333")}


class CaseStrip(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("case_strip")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.labels: dict[str, QLabel] = {}
        for number, key in enumerate(STAGE_NAMES):
            if number:
                arrow = QLabel("→")
                arrow.setAccessibleName(self.tr("then"))
                row.addWidget(arrow)
            label = QLabel()
            label.setObjectName(f"stage_{key}")
            label.setTextFormat(Qt.PlainText)
            label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
            label.setWordWrap(True)
            row.addWidget(label, 1)
            self.labels[key] = label
        self.stamp = QLabel()
        self.stamp.setObjectName("release_stamp")
        self.stamp.setWordWrap(True)
        self.stamp.setStyleSheet("font-weight: bold;")
        row.addWidget(self.stamp, 1)
        # Where records go: this computer, the site's server, or nowhere right now.
        self.store = QLabel()
        self.store.setObjectName("store_state")
        self.store.setTextFormat(Qt.PlainText)
        self.store.setWordWrap(True)
        self.store.hide()
        row.addWidget(self.store, 1)

    def show_stages(self, stages, stamp: str) -> None:
        for stage in stages:
            label = self.labels.get(stage.key)
            if label is None:
                continue
            parts = [f"{MARKS[stage.state]} {self.tr(STAGE_NAMES[stage.key])}"]
            if stage.who:
                parts.append(stage.who)
            if stage.when is not None:
                parts.append(clock.text(stage.when, fmt="%H:%M"))    # the site's clock
            text = " · ".join(parts)
            label.setText(text)
            label.setAccessibleName(text)
            background, foreground = COLOURS[stage.state]
            label.setStyleSheet(f"background: {background}; color: {foreground}; padding: 3px 6px;"
                                f"border-radius: 3px;")
        self.stamp.setText(stamp)

    def show_store(self, reachable: bool | None, text: str, detail: str) -> None:
        """reachable None: no records configured (nothing shown)."""
        if reachable is None:
            self.store.hide()
            return
        mark = "●" if reachable else "✗"
        background, foreground = COLOURS["done" if reachable else "failed"]
        self.store.setText(f"{mark} {text}")
        self.store.setToolTip(detail)
        self.store.setAccessibleName(f"{text}. {detail}")
        self.store.setStyleSheet(f"background: {background}; color: {foreground}; padding: 3px 6px;"
                                 f"border-radius: 3px;{'' if reachable else ' font-weight: bold;'}")
        self.store.show()
