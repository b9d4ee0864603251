"""The technician's window: the form on the left, the live plan on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QMainWindow, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from mscprep.fields import FIELDS, Field, diluent_choices, tissue_choices
from mscprep.findings import Severity
from mscprep.inputs import CHOICE_DEFAULTS
from mscprep.limits import describe
from mscprep.protocols import ProtocolSet, shipped_protocols
from mscprep.resources import defaults_table

from .presenter import ViewState, finding_heading, present

GROUP_TITLES = {
    "patient": "Patient", "product": "Product", "count": "Cell count", "dose": "Dose and release",
    "dilution": "Dilution", "infusion": "Infusion", "dmso": "DMSO", "time": "Time",
}
COUNT_METHODS = {
    "counter": ("concentration", "viability"),
    "label": ("cells_in_product", "product_volume", "viability"),
    "hemocytometer": ("hemocytometer", "dead", "dilution_factor", "viability"),
}
_COUNT_FIELDS = {key for keys in COUNT_METHODS.values() for key in keys}
STATUS_COLOURS = {"incomplete": "#fff4ce", "blocked": "#f8d0d0", "needs_reason": "#ffe3b3", "ok": "#d6f0d6"}


def _choice_labels(spec: Field) -> list[tuple[str, str]]:
    table = defaults_table()
    if spec.key == "diluent":
        return [(key, table["diluents"][key]["label"]) for key in diluent_choices()]
    if spec.key == "source_tissue":
        return [(key, table["tissues"][key]["label"]) for key in tissue_choices()]
    return [(choice, choice.replace("_", " ")) for choice in spec.choices]


class MainWindow(QMainWindow):
    planChanged = Signal(object)   # ViewState

    def __init__(self, protocols: ProtocolSet | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("mscprep - MSC infusion preparation"))
        self.protocols = protocols or shipped_protocols()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self.reasons: dict[str, str] = {}
        self.state: ViewState | None = None

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self._build_form(), 3)
        layout.addWidget(self._build_results(), 2)
        self.setCentralWidget(central)
        self._apply_protocol()

    # --- form -------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)

        top = QGroupBox(self.tr("Protocol"))
        top_layout = QVBoxLayout(top)
        self.protocol_box = QComboBox()
        self.protocol_box.setAccessibleName(self.tr("Protocol"))
        self.protocol_box.addItem(self.tr("No protocol (app defaults only)"), "none")
        for protocol in self.protocols.protocols.values():
            self.protocol_box.addItem(protocol.name, protocol.id)
        self.protocol_box.currentIndexChanged.connect(self._apply_protocol)
        self.protocol_info = QLabel()
        self.protocol_info.setWordWrap(True)
        self.protocol_info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top_layout.addWidget(self.protocol_box)
        top_layout.addWidget(self.protocol_info)
        if self.protocols.problems:
            broken = QLabel("\n".join(f"Not loaded: {p.path.name}: {p.message}" for p in self.protocols.problems))
            broken.setWordWrap(True)
            broken.setStyleSheet("color: #a00000;")
            top_layout.addWidget(broken)
        column.addWidget(top)

        groups: dict[str, QFormLayout] = {}
        for spec in FIELDS:
            if spec.key == "overrides":
                continue
            if spec.group not in groups:
                box = QGroupBox(self.tr(GROUP_TITLES.get(spec.group, spec.group)))
                groups[spec.group] = QFormLayout(box)
                column.addWidget(box)
                if spec.group == "count":
                    self.count_method = QComboBox()
                    self.count_method.setAccessibleName(self.tr("Count method"))
                    for method, label in (("counter", self.tr("Counter read-out")),
                                          ("label", self.tr("Label (cells in volume)")),
                                          ("hemocytometer", self.tr("Hemocytometer squares"))):
                        self.count_method.addItem(label, method)
                    self.count_method.currentIndexChanged.connect(self._show_count_fields)
                    groups["count"].addRow(self.tr("Method"), self.count_method)
            self._add_field(groups[spec.group], spec)
        column.addStretch(1)
        scroll.setWidget(body)
        self._show_count_fields()
        return scroll

    def _add_field(self, form: QFormLayout, spec: Field) -> None:
        if spec.choices or spec.key in ("diluent", "source_tissue"):
            widget = QComboBox()
            widget.addItem("", "")
            for value, label in _choice_labels(spec):
                widget.addItem(label, value)
            widget.currentIndexChanged.connect(self.recompute)
        else:
            widget = QLineEdit()
            widget.setPlaceholderText(spec.example)
            widget.textChanged.connect(self.recompute)
            widget.returnPressed.connect(self.focusNextChild)
        widget.setObjectName(spec.key)
        widget.setAccessibleName(spec.label)
        widget.setToolTip(spec.help)
        error = QLabel()
        error.setObjectName(f"{spec.key}_error")
        error.setStyleSheet("color: #a00000;")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(1)
        holder_layout.addWidget(widget)
        holder_layout.addWidget(error)
        label = QLabel(self.tr(spec.label))
        label.setBuddy(widget)
        form.addRow(label, holder)
        self.inputs[spec.key] = widget
        self.error_labels[spec.key] = error
        self.rows[spec.key] = holder
        self.rows[f"{spec.key}_label"] = label

    def _show_count_fields(self) -> None:
        wanted = COUNT_METHODS[self.count_method.currentData()]
        for key in _COUNT_FIELDS:
            visible = key in wanted
            self.rows[key].setVisible(visible)
            self.rows[f"{key}_label"].setVisible(visible)
        self.recompute()

    def _apply_protocol(self) -> None:
        protocol = self.protocols.get(self.protocol_box.currentData())
        limits = "; ".join(describe(limit) for limit in protocol.limits.values())
        self.protocol_info.setText(f"{protocol.reference}\n{self.tr('Limits')}: {limits}")
        implied = {"source_tissue": protocol.source_tissue, "donor": protocol.donor}
        for key, widget in self.inputs.items():
            default = protocol.defaults.get(key, "") or implied.get(key, "")
            if isinstance(widget, QLineEdit):
                spec = next(s for s in FIELDS if s.key == key)
                widget.setPlaceholderText(f"{default}  ({self.tr('protocol default')})" if default else spec.example)
            elif default:
                widget.setItemText(0, self.tr("(protocol: {0})").format(default.replace("_", " ")))
            else:
                app_default = CHOICE_DEFAULTS.get(key, "")
                widget.setItemText(0, self.tr("(default: {0})").format(app_default.replace("_", " "))
                                   if app_default else "")
        if any(k in protocol.defaults for k in ("cells_in_product", "product_volume")):
            self.count_method.setCurrentIndex(self.count_method.findData("label"))
        elif "concentration" in protocol.defaults:
            self.count_method.setCurrentIndex(self.count_method.findData("counter"))
        self.recompute()

    def form_texts(self) -> dict[str, str]:
        """The form as field key -> text; hidden count fields are not part of it."""
        wanted = COUNT_METHODS[self.count_method.currentData()]
        raw = {"protocol": self.protocol_box.currentData()}
        for key, widget in self.inputs.items():
            if key in _COUNT_FIELDS and key not in wanted:
                continue
            text = widget.text() if isinstance(widget, QLineEdit) else widget.currentData()
            if text:
                raw[key] = text
        return raw

    # --- results ----------------------------------------------------------------------

    def _build_results(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("padding: 8px; font-weight: bold;")
        column.addWidget(self.status)
        results = QGroupBox(self.tr("Plan"))
        self.result_grid = QGridLayout(results)
        self.result_values: dict[str, QLabel] = {}
        column.addWidget(results)
        self.findings_box = QGroupBox(self.tr("Findings"))
        self.findings_layout = QVBoxLayout(self.findings_box)
        column.addWidget(self.findings_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(420)
        return scroll

    def recompute(self) -> None:
        if not hasattr(self, "status"):
            return  # still building the window
        self.state = present(self.form_texts(), self.protocols, self.reasons)
        self._show_field_errors(self.state.field_errors)
        self._show_results(self.state)
        self._show_findings(self.state)
        self.planChanged.emit(self.state)

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            message = errors.get(key)
            widget = self.inputs[key]
            label.setText(message or "")
            label.setVisible(bool(message))
            widget.setStyleSheet("border: 2px solid #c00000;" if message else "")
        unplaced = [f"{key}: {message}" for key, message in errors.items() if key not in self.inputs]
        self.status.setToolTip("\n".join(unplaced))

    def _show_results(self, state: ViewState) -> None:
        self.status.setText(state.status)
        self.status.setStyleSheet(f"padding: 8px; font-weight: bold; background: "
                                  f"{STATUS_COLOURS[state.status_kind]};")
        for key, label in self.result_values.items():
            label.setText("—")   # never leave an old figure standing as if current
        for row, (key, name, value) in enumerate(state.rows):
            if key not in self.result_values:
                name_label = QLabel(self.tr(name))
                value_label = QLabel()
                value_label.setObjectName(f"result_{key}")
                value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
                value_label.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
                self.result_grid.addWidget(name_label, len(self.result_values), 0)
                self.result_grid.addWidget(value_label, len(self.result_values), 1)
                self.result_values[key] = value_label
            self.result_values[key].setText(value)

    def _show_findings(self, state: ViewState) -> None:
        shown = (state.plan is None, tuple((f.code, f.message, f.override_reason) for f in state.findings))
        if shown == getattr(self, "_findings_shown", None):
            return  # unchanged: keep the widgets (and the reason being typed)
        self._findings_shown = shown
        while self.findings_layout.count():
            item = self.findings_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        if state.plan is None:
            self.findings_layout.addWidget(QLabel(self.tr("(complete the form to see the findings)")))
            return
        if not state.findings:
            self.findings_layout.addWidget(QLabel(self.tr("None")))
        for finding in state.findings:
            frame = QFrame()
            frame.setFrameShape(QFrame.StyledPanel)
            frame.setObjectName(f"finding_{finding.code}")
            box = QVBoxLayout(frame)
            heading = QLabel(f"<b>{finding_heading(finding)}</b>")
            box.addWidget(heading)
            text = QLabel(finding.message + (f"\n{self.tr('Limit')}: {finding.limit}" if finding.limit else "")
                          + (f"\n{self.tr('Source')}: {finding.source}" if finding.source else ""))
            text.setWordWrap(True)
            box.addWidget(text)
            if finding.severity is Severity.SOFT:
                reason = QLineEdit(self.reasons.get(finding.code, ""))
                reason.setObjectName(f"reason_{finding.code}")
                reason.setAccessibleName(self.tr("Reason for {0}").format(finding.code))
                reason.setPlaceholderText(self.tr("Type the reason to proceed (at least 3 characters)"))
                reason.editingFinished.connect(lambda code=finding.code, field=reason: self._set_reason(code, field.text()))
                box.addWidget(reason)
            colour = {"hard": "#f8d0d0", "soft": "#ffe3b3", "info": "#e4ecf7"}[finding.severity.value]
            frame.setStyleSheet(f"QFrame#finding_{finding.code} {{ background: {colour}; }}")
            self.findings_layout.addWidget(frame)

    def _set_reason(self, code: str, text: str) -> None:
        if self.reasons.get(code, "") == text:
            return
        self.reasons[code] = text
        self.recompute()
