"""The live plan: status, results with their units, the infusion timeline, and the
findings, each soft finding with a box for its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy,
                               QVBoxLayout, QWidget)

from html import escape

from mscprep.preparation.findings import Severity, title
from mscprep.session import ViewState
from .timeline import TimelinePlot

STATUS_COLOURS = {"incomplete": "#fff4ce", "blocked": "#f8d0d0", "needs_reason": "#ffe3b3", "ok": "#d6f0d6"}
FINDING_COLOURS = {"hard": "#f8d0d0", "soft": "#ffe3b3", "info": "#e4ecf7"}


class ResultsPanel(QWidget):
    reasonChanged = Signal(str, str)   # finding code, reason text

    def __init__(self, parent=None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Plan status"))
        column.addWidget(self.status)
        # Findings first: what blocks or needs a reason is read before the figures.
        self.findings_box = QGroupBox(self.tr("Findings"))
        self.findings_layout = QVBoxLayout(self.findings_box)
        column.addWidget(self.findings_box)
        results = QGroupBox(self.tr("Plan"))
        self.grid = QGridLayout(results)
        self.values: dict[str, QLabel] = {}
        column.addWidget(results)
        self.plot = TimelinePlot()
        column.addWidget(self.plot)
        column.addStretch(1)
        self._findings_shown = None

    def show_state(self, state: ViewState) -> None:
        self.status.setText(self.status_text(state))
        # Dark text on the light signal colours, whatever the palette (high contrast included).
        style = f"padding: 8px; font-weight: bold; color: #000000; background: {STATUS_COLOURS[state.status_kind]};"
        if self.status.styleSheet() != style:
            self.status.setStyleSheet(style)
        for label in self.values.values():
            label.setText("—")   # never leave an old figure standing as if current
        for key, name, value in state.rows:
            if key not in self.values:
                row = len(self.values)
                self.grid.addWidget(QLabel(self.tr(name)), row, 0)
                label = QLabel()
                label.setObjectName(f"result_{key}")
                label.setTextInteractionFlags(Qt.TextSelectableByMouse)
                label.setWordWrap(True)   # long rows (course dates) wrap instead of widening the panel
                label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
                self.grid.addWidget(label, row, 1)
                self.values[key] = label
            self.values[key].setText(value)
        preparation = state.preparation
        self.plot.show_timeline(preparation.infusion if preparation is not None else None,
                                preparation.computed_at if preparation is not None else None)
        self._show_findings(state)

    def status_text(self, state: ViewState) -> str:
        if state.status_kind == "incomplete":
            return self.tr("Incomplete: {0} field(s) to complete or correct").format(len(state.field_errors))
        if state.status_kind == "blocked":
            return self.tr("BLOCKED - NOT FOR ADMINISTRATION")
        if state.status_kind == "needs_reason":
            return self.tr("NEEDS A REASON for {0} soft finding(s)").format(len(state.release.reasons_missing))
        return self.tr("OK - no hard finding")

    def _show_findings(self, state: ViewState) -> None:
        shown = (state.preparation is None, tuple((f.code, f.message, f.override_reason) for f in state.findings))
        if shown == self._findings_shown:
            return  # unchanged: keep the widgets, and the reason being typed
        self._findings_shown = shown
        while self.findings_layout.count():
            widget = self.findings_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if state.preparation is None:
            self.findings_layout.addWidget(QLabel(self.tr("(complete the form to see the findings)")))
            return
        if not state.findings:
            self.findings_layout.addWidget(QLabel(self.tr("None")))
        for finding in state.findings:
            self.findings_layout.addWidget(self._finding_frame(finding))

    def _finding_frame(self, finding) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.StyledPanel)
        frame.setObjectName(f"finding_{finding.code}")
        frame.setStyleSheet(f"QFrame#finding_{finding.code} {{ background: {FINDING_COLOURS[finding.severity.value]}; }}"
                            f"QFrame#finding_{finding.code} QLabel {{ color: #000000; }}")
        box = QVBoxLayout(frame)
        heading = f"{self.tr(finding.severity.value.upper())}: {self.tr(title(finding.code))}"
        box.addWidget(QLabel(f"<b>{escape(heading)}</b>"))
        details = finding.text(self.tr)
        if finding.limit:
            details += f"\n{self.tr('Limit')}: {finding.limit}"
        if finding.source:
            details += f"\n{self.tr('Source')}: {finding.source}"
        text = QLabel(details)
        text.setWordWrap(True)
        box.addWidget(text)
        if finding.severity is Severity.SOFT:
            reason = QLineEdit(finding.override_reason or "")
            reason.setObjectName(f"reason_{finding.code}")
            reason.setAccessibleName(self.tr("Reason for {0}").format(finding.code))
            reason.setPlaceholderText(self.tr("Type the reason to proceed (at least 3 characters), then Enter"))
            reason.editingFinished.connect(lambda code=finding.code, edit=reason: self.reasonChanged.emit(code, edit.text()))
            box.addWidget(reason)
        return frame
