"""The live plan: status, results with their units, the infusion timeline, and the
findings, each finding that a typed reason applies to (every soft one, and a releasable hard
one such as a dose beyond the course) with a box for its reason."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy,
                               QVBoxLayout, QWidget)

from mscprep.preparation.findings import Severity, title
from mscprep.session import ViewState
from .timeline import TimelinePlot
from .values import translate_value

FINDING_COLOURS = {"hard": "#f8d0d0", "soft": "#ffe3b3", "info": "#e4ecf7"}
ACCEPTED_COLOUR = "#d6f0d6"   # a finding whose typed reason holds
SEVERITY_WORDS = (QT_TRANSLATE_NOOP("ResultsPanel", "HARD"), QT_TRANSLATE_NOOP("ResultsPanel", "SOFT"),
                  QT_TRANSLATE_NOOP("ResultsPanel", "INFO"))


class ResultsPanel(QWidget):
    reasonChanged = Signal(str, str)   # finding code, reason text
    fieldChosen = Signal(str)          # a field named in the status was clicked
    findingsShown = Signal(list)       # the reason boxes now shown, in order

    def __init__(self, label_of=None, parent=None):
        super().__init__(parent)
        self.label_of = label_of or (lambda key: key)
        column = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.RichText)
        self.status.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.status.linkActivated.connect(self.fieldChosen.emit)
        self.status.setAccessibleName(self.tr("Plan status"))
        # The status is shown by the window's banner (ui/status_banner.py), pinned above both panes.
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
        self._status_shown = None
        self._rows_shown: tuple = ()        # ((key, label), ...) the grid holds now
        self._rows_context = None           # the context those rows were built for
        self._infusion_kind = True          # the last plan had an infusion (chart shown while incomplete)
        self.extra_rows = ()                # rows the window adds (the blinded arm before its list is chosen)
        self.reason_boxes: list[QLineEdit] = []

    def show_state(self, state: ViewState, context=None) -> None:
        """Show `state`; `context` names what the form is for (protocol, count method): the
        rows of another context are never left standing, not even as empty labels."""
        text = self.status_html(state)
        if text != self._status_shown:
            self._status_shown = text
            self.status.setText(text)
            self.status.setAccessibleDescription(self.status_plain(state))
        self._show_rows(state, context)
        preparation = state.preparation
        infusion = preparation.infusion if preparation is not None else None
        self.plot.show_timeline(infusion, preparation.computed_at if preparation is not None else None)
        # A plan without an infusion (a nebulized course) has no chart, not a "(no plan)" one.
        self.plot.setVisible(infusion is not None or (preparation is None and self._infusion_kind))
        if preparation is not None:
            self._infusion_kind = infusion is not None
        self._show_findings(state)

    def _show_rows(self, state: ViewState, context) -> None:
        """The plan rows of the preparation in front of the panel, rebuilt whenever their
        keys or labels differ from those shown: no row or label of an earlier protocol or
        kind is left over. While the form is incomplete the rows of the same context stay,
        each value a dash (never an old figure)."""
        rows = tuple(state.rows)
        shown_keys = {row[0] for row in rows}
        rows = tuple(row for row in self.extra_rows if row[0] not in shown_keys) + rows
        if state.preparation is None:
            if context == self._rows_context:
                for label in self.values.values():
                    label.setText("—")   # never leave an old figure standing as if current
                return
            rows = tuple(self.extra_rows)
        signature = tuple((key, name) for key, name, _value in rows)
        if signature != self._rows_shown:
            self._rebuild_rows(signature)
        self._rows_context = context
        for key, _name, value in rows:
            self.values[key].setText(translate_value(value))

    def _rebuild_rows(self, signature) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.values.clear()
        for row, (key, name) in enumerate(signature):
            name_label = QLabel(self.tr(name))
            name_label.setObjectName(f"row_{key}")
            name_label.setWordWrap(True)
            self.grid.addWidget(name_label, row, 0)
            label = QLabel()
            label.setObjectName(f"result_{key}")
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            label.setWordWrap(True)   # long rows (course dates) wrap instead of widening the panel
            label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
            self.grid.addWidget(label, row, 1)
            self.values[key] = label
        if not signature:
            empty = QLabel(self.tr("(complete the form to see the plan)"))
            empty.setObjectName("rows_empty")
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 0, 0, 1, 2)
        self._rows_shown = signature

    def row_labels(self) -> list[str]:
        """The labels of the rows shown, top to bottom (tests, accessibility)."""
        return [self.grid.itemAtPosition(row, 0).widget().text() for row in range(len(self._rows_shown))]

    def _field_links(self, keys) -> str:
        return ", ".join(f'<a href="{escape(key)}" style="color: #00307a;">{escape(self.label_of(key))}</a>'
                         for key in keys)

    def status_html(self, state: ViewState) -> str:
        kind = state.status_kind
        if kind == "incomplete":
            return escape(self.tr("Incomplete: complete or correct")) + " " + self._field_links(state.incomplete)
        if kind == "identity":
            return escape(self.tr("Computed, but not ready: enter")) + " " + self._field_links(state.missing_identity)
        return escape(self.status_plain(state))

    def status_plain(self, state: ViewState) -> str:
        kind = state.status_kind
        if kind == "incomplete":
            count = len(state.incomplete)
            return (self.tr("Incomplete: 1 field to complete or correct") if count == 1 else
                    self.tr("Incomplete: {0} fields to complete or correct").format(count))
        if kind == "identity":
            count = len(state.missing_identity)
            return (self.tr("Computed, but not ready: 1 field to enter") if count == 1 else
                    self.tr("Computed, but not ready: {0} fields to enter").format(count))
        if kind == "blocked":
            titles = "; ".join(dict.fromkeys(self.tr(title(f.code)) for f in state.findings if f.blocks))
            text = self.tr("BLOCKED - NOT FOR ADMINISTRATION")
            return f"{text}: {titles}" if titles else text
        if kind == "needs_reason":
            count = len(state.release.reasons_missing)
            return (self.tr("A reason is needed for 1 soft finding") if count == 1 else
                    self.tr("A reason is needed for {0} soft findings").format(count))
        if state.release.final:
            return self.tr("Verified and weighed: the label is final")
        return self.tr("OK - no hard finding") + " · " + self.tr(state.release.stamp or "")

    # kept for callers that want the one-line status
    def status_text(self, state: ViewState) -> str:
        return self.status_plain(state)

    def _show_findings(self, state: ViewState) -> None:
        shown = (state.preparation is None, tuple((f.code, f.message, f.override_reason) for f in state.findings),
                 tuple(sorted(state.stale_reasons.items())))
        if shown == self._findings_shown:
            return  # unchanged: keep the widgets, and the reason being typed
        self._findings_shown = shown
        while self.findings_layout.count():
            widget = self.findings_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)   # out of the tree now: never found nor focused again
                widget.deleteLater()
        self.reason_boxes = []
        if state.preparation is None:
            self.findings_layout.addWidget(QLabel(self.tr("(complete the form to see the findings)")))
        elif not state.findings:
            self.findings_layout.addWidget(QLabel(self.tr("None")))
        for finding in state.findings:
            self.findings_layout.addWidget(self._finding_frame(finding, state.stale_reasons.get(finding.code)))
        self.findingsShown.emit(list(self.reason_boxes))

    def _finding_frame(self, finding, stale_reason: str | None) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.StyledPanel)
        frame.setObjectName(f"finding_{finding.code}")
        accepted = finding.accepts_reason and bool(finding.override_reason)
        colour = ACCEPTED_COLOUR if accepted else FINDING_COLOURS[finding.severity.value]
        frame.setStyleSheet(f"QFrame#finding_{finding.code} {{ background: {colour}; }}"
                            f"QFrame#finding_{finding.code} QLabel {{ color: #000000; }}")
        box = QVBoxLayout(frame)
        heading = f"{self.tr(finding.severity.value.upper())}: {self.tr(title(finding.code))}"
        box.addWidget(QLabel(f"<b>{escape(heading)}</b>"))
        details = finding.text(self.tr)
        if finding.limit:
            details += "\n" + self.tr("Limit: {0}").format(finding.limit)
        if finding.source:
            details += "\n" + self.tr("Source: {0}").format(self.tr(finding.source))
        text = QLabel(details)
        text.setWordWrap(True)
        box.addWidget(text)
        if finding.accepts_reason:
            if stale_reason:
                note = QLabel(self.tr("The reason \u201c{0}\u201d was typed for other figures. The figures changed: "
                                      "type the reason again.").format(stale_reason))
                note.setObjectName(f"stale_{finding.code}")
                note.setWordWrap(True)
                note.setStyleSheet("font-weight: bold; color: #7a0000;")
                box.addWidget(note)
            if accepted:   # the card itself says the reason holds, not only the banner
                done = QLabel(self.tr("\u2713 Reason accepted: \u201c{0}\u201d").format(finding.override_reason))
                done.setObjectName(f"accepted_{finding.code}")
                done.setWordWrap(True)
                done.setStyleSheet("font-weight: bold; color: #0b4f0b;")
                box.addWidget(done)
            reason = QLineEdit(finding.override_reason or "")
            reason.setObjectName(f"reason_{finding.code}")
            reason.setAccessibleName(self.tr("Reason for: {0}").format(self.tr(title(finding.code))))
            help_text = QLabel(self.tr("Type the reason to proceed (at least 3 characters), then Enter.")
                               if finding.severity is Severity.SOFT else
                               self.tr("Blocked until the prescriber's documented decision is typed here (at least "
                                       "3 characters), then Enter; it is printed on the sheet."))
            help_text.setProperty("role", "help")
            help_text.setWordWrap(True)
            reason.editingFinished.connect(lambda code=finding.code, edit=reason: self.reasonChanged.emit(code, edit.text()))
            box.addWidget(reason)
            box.addWidget(help_text)
            self.reason_boxes.append(reason)
        return frame
