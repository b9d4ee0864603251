"""The technician's window: the form on the left, the live plan on the right.

The form is built from the core's field table, top to bottom in the order a technician
works; every keystroke goes to the case's Session (mscprep.session), which computes through
the core; the window observes the session and redraws. Nothing here computes a number.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog,
                               QLabel, QLineEdit, QMainWindow, QMessageBox, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from mscprep import __version__
from mscprep.defaults import app_defaults
from mscprep.form.fields import FIELDS, Field, diluent_choices, tissue_choices
from mscprep.i18n import LANGUAGES
from mscprep.preparation.inputs import CHOICE_DEFAULTS
from mscprep.protocol.limits import describe
from mscprep.protocol.loader import ProtocolSet, shipped_protocols
from mscprep.session import Session, ViewState

from .hemocytometer import HemocytometerGrid
from .print_actions import PrintActions
from .record_actions import RecordActions
from .results_panel import ResultsPanel
from .settings import Settings

log = logging.getLogger("mscprep.ui")

GROUP_TITLES = {  # marked for lupdate; translated where shown
    "patient": QT_TRANSLATE_NOOP("MainWindow", "Patient"),
    "product": QT_TRANSLATE_NOOP("MainWindow", "Product"),
    "count": QT_TRANSLATE_NOOP("MainWindow", "Cell count"),
    "dose": QT_TRANSLATE_NOOP("MainWindow", "Dose and release"),
    "dilution": QT_TRANSLATE_NOOP("MainWindow", "Dilution"),
    "infusion": QT_TRANSLATE_NOOP("MainWindow", "Infusion"),
    "dmso": QT_TRANSLATE_NOOP("MainWindow", "DMSO"),
    "time": QT_TRANSLATE_NOOP("MainWindow", "Time"),
    "course": QT_TRANSLATE_NOOP("MainWindow", "Treatment course"),
    "trial": QT_TRANSLATE_NOOP("MainWindow", "Blinded trial"),
}
COUNT_METHODS = {
    "counter": ("concentration", "viability"),
    "label": ("cells_in_product", "product_volume", "viability"),
    "hemocytometer": ("hemocytometer", "viability", "dilution_factor"),
}
_COUNT_FIELDS = {key for keys in COUNT_METHODS.values() for key in keys} | {"dead"}
_HAS_UNIT = re.compile(r"[A-Za-zµμ%]")


def _choice_labels(spec: Field) -> list[tuple[str, str]]:
    defaults = app_defaults()
    if spec.key == "diluent":
        return [(key, defaults.diluents[key].label) for key in diluent_choices()]
    if spec.key == "source_tissue":
        return [(key, defaults.tissues[key].label) for key in tissue_choices()]
    return [(choice, choice.replace("_", " ")) for choice in spec.choices]


class MainWindow(QMainWindow):
    planChanged = Signal(object)   # ViewState
    languageChosen = Signal(str)

    def __init__(self, protocols: ProtocolSet | None = None, settings: Settings | None = None,
                 language: str = "en", store=None, operator: str = "", draft_file=None):
        super().__init__()
        self.setWindowTitle(self.tr("mscprep - MSC infusion preparation"))
        self.protocols = protocols or shipped_protocols()
        self.settings = settings or Settings()
        self.language = language
        self.session = Session(self.protocols, store, operator)
        self.session.subscribe(self._session_changed)
        self.records = RecordActions(self)
        self.printing = PrintActions(self)
        self.draft_file = Path(draft_file) if draft_file else None  # where the form is autosaved
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.save_draft)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self._building = True

        central = QWidget()
        outer = QVBoxLayout(central)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self._banner_style("#b00000")
        self.banner.hide()
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.addWidget(self._build_form(), 3)
        layout.addWidget(self._build_results(), 2)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._restore_settings()
        if operator:
            self.inputs["prepared_by"].setText(operator)
        self._building = False
        self._show_count_fields(recompute=False)
        self._apply_protocol()

    @property
    def state(self) -> ViewState:
        return self.session.view

    @property
    def store(self):
        return self.session.store

    @property
    def operator(self) -> str:
        return self.session.operator

    # --- form -------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)

        top = QGroupBox(self.tr("Protocol"))
        top_layout = QVBoxLayout(top)
        self.protocol_box = QComboBox()
        self.protocol_box.setObjectName("protocol")
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
            broken = QLabel("\n".join(self.tr("Not loaded: {0}: {1}").format(p.path.name, p.message)
                                      for p in self.protocols.problems))
            broken.setObjectName("protocol_problems")
            broken.setWordWrap(True)
            broken.setStyleSheet("color: #a00000;")
            top_layout.addWidget(broken)
        column.addWidget(top)

        groups: dict[str, QFormLayout] = {}
        for spec in FIELDS:
            if spec.key in ("overrides", "dead"):
                continue   # reasons live with the findings; stained counts in the grid
            if spec.group not in groups:
                box = QGroupBox(self.tr(GROUP_TITLES.get(spec.group, spec.group)))
                groups[spec.group] = QFormLayout(box)
                column.addWidget(box)
                if spec.group == "count":
                    self._add_count_method(groups["count"])
            self._add_field(groups[spec.group], spec)
        column.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _add_count_method(self, form: QFormLayout) -> None:
        self.count_method = QComboBox()
        self.count_method.setObjectName("count_method")
        self.count_method.setAccessibleName(self.tr("Count method"))
        for method, label in (("counter", self.tr("Counter read-out")),
                              ("label", self.tr("Label (cells in volume)")),
                              ("hemocytometer", self.tr("Hemocytometer squares"))):
            self.count_method.addItem(label, method)
        self.count_method.currentIndexChanged.connect(self._show_count_fields)
        form.addRow(self.tr("Method"), self.count_method)

    def _add_field(self, form: QFormLayout, spec: Field) -> None:
        if spec.key == "hemocytometer":
            widget = self.grid = HemocytometerGrid()
            self.grid.changed.connect(self.recompute)
        elif spec.choices or spec.key in ("diluent", "source_tissue"):
            widget = QComboBox()
            widget.addItem("", "")
            for value, label in _choice_labels(spec):
                widget.addItem(self.tr(label), value)
            widget.currentIndexChanged.connect(self.recompute)
        else:
            widget = QLineEdit()
            widget.setPlaceholderText(spec.example)
            widget.textChanged.connect(self.recompute)
            # Enter (typed, or sent by a barcode scanner) moves on to the next field.
            widget.returnPressed.connect(self.focusNextChild)
        widget.setObjectName(spec.key)
        widget.setAccessibleName(self.tr(spec.label))
        widget.setToolTip(self.tr(spec.help))
        error = QLabel()
        error.setObjectName(f"{spec.key}_error")
        error.setStyleSheet("color: #a00000;")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(1)
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        if spec.key == "weight":
            self.weight_unit = QComboBox()
            self.weight_unit.setObjectName("weight_unit")
            self.weight_unit.setAccessibleName(self.tr("Weight unit"))
            self.weight_unit.addItems(["kg", "lb"])
            self.weight_unit.currentIndexChanged.connect(self._weight_unit_changed)
            line.addWidget(self.weight_unit)
        if spec.key == "thawed_at":
            now = QPushButton(self.tr("Now"))
            now.setObjectName("thawed_now")
            now.setToolTip(self.tr("Fill in the current date and time"))
            now.clicked.connect(lambda: widget.setText(datetime.now().astimezone().isoformat(timespec="minutes")))
            line.addWidget(now)
        holder_layout.addLayout(line)
        holder_layout.addWidget(error)
        label = QLabel(self.tr(spec.label))
        label.setBuddy(widget)
        form.addRow(label, holder)
        self.inputs[spec.key] = widget
        self.error_labels[spec.key] = error
        self.rows[spec.key] = holder
        self.rows[f"{spec.key}_label"] = label

    def _show_count_fields(self, recompute: bool = True) -> None:
        wanted = COUNT_METHODS[self.count_method.currentData()]
        for key in _COUNT_FIELDS - {"dead"}:
            self.rows[key].setVisible(key in wanted)
            self.rows[f"{key}_label"].setVisible(key in wanted)
        if recompute:
            self.recompute()

    def _weight_unit_changed(self) -> None:
        self.settings.set("weight_unit", self.weight_unit.currentText())
        self.recompute()

    def _apply_protocol(self) -> None:
        if self._building:
            return
        protocol = self.protocols.get(self.protocol_box.currentData())
        self.settings.set("protocol", protocol.id)
        limits = "; ".join(describe(limit) for limit in protocol.limits.values())
        self.protocol_info.setText(f"{protocol.reference}\n{self.tr('Limits')}: {limits}")
        implied = {"source_tissue": protocol.source_tissue, "donor": protocol.donor}
        for key, widget in self.inputs.items():
            default = protocol.defaults.get(key, "") or implied.get(key, "")
            if isinstance(widget, QLineEdit):
                spec = next(s for s in FIELDS if s.key == key)
                widget.setPlaceholderText(self.tr("{0}  (protocol default)").format(default) if default
                                          else spec.example)
            elif isinstance(widget, QComboBox):
                app_default = CHOICE_DEFAULTS.get(key, "")
                shown = lambda value: widget.itemText(widget.findData(value)) if widget.findData(value) > 0 \
                    else value.replace("_", " ")  # noqa: E731  (the item's own, translated, label)
                widget.setItemText(0, self.tr("(protocol: {0})").format(shown(default)) if default
                                   else self.tr("(default: {0})").format(shown(app_default))
                                   if app_default else "")
        method = ("label" if any(k in protocol.defaults for k in ("cells_in_product", "product_volume"))
                  else "counter" if "concentration" in protocol.defaults else None)
        if method and self.count_method.currentData() != method:
            self.count_method.setCurrentIndex(self.count_method.findData(method))   # recomputes
        else:
            self.recompute()

    def form_texts(self) -> dict[str, str]:
        """The form as field key -> text; hidden count fields are not part of it."""
        wanted = COUNT_METHODS[self.count_method.currentData()]
        raw = {"protocol": self.protocol_box.currentData()}
        for key, widget in self.inputs.items():
            if key in _COUNT_FIELDS and key not in wanted:
                continue
            if key == "hemocytometer":
                raw["hemocytometer"], raw["dead"] = self.grid.counts()
                continue
            text = widget.text() if isinstance(widget, QLineEdit) else widget.currentData()
            if key == "weight" and text.strip() and not _HAS_UNIT.search(text):
                text = f"{text.strip()} {self.weight_unit.currentText()}"   # the unit selector's unit
            if text:
                raw[key] = text
        return {key: text for key, text in raw.items() if text}

    # --- results ----------------------------------------------------------------------

    def _build_results(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        self.results = ResultsPanel()
        self.results.reasonChanged.connect(self._set_reason)
        self.status = self.results.status
        self.result_values = self.results.values
        self.findings_box = self.results.findings_box
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        scroll.setMinimumWidth(430)
        column.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.setObjectName("print_preview")
        self.preview_button.clicked.connect(lambda: self.printing.print_preview())
        self.label_button = QPushButton(self.tr("Print label…"))
        self.label_button.setObjectName("print_label")
        self.label_button.clicked.connect(lambda: self.printing.print_label())
        self.save_button = QPushButton(self.tr("Save sheet as PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(lambda: self.printing.save_pdf())
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.label_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        return holder

    def recompute(self) -> None:
        if self._building:
            return
        self.session.update(self.form_texts())

    def _session_changed(self, what: frozenset[str]) -> None:
        if "form" not in what:
            return
        state = self.session.view
        self._show_field_errors(state.field_errors)
        self.results.show_state(state)
        can_print = state.preparation is not None
        for widget in (self.preview_button, self.label_button, self.save_button, self.print_action,
                       self.label_action, self.save_action):
            widget.setEnabled(can_print)
            widget.setToolTip("" if can_print else self.tr("Complete the form first"))
        if self.draft_file is not None:
            self._draft_timer.start()
        if hasattr(self, "record_actions"):
            has_store = self.store is not None
            self.record_actions["save"].setEnabled(has_store and can_print)
            current = self.session.current_record() is not None
            self.record_actions["check"].setEnabled(has_store and current)
            self.record_actions["weigh"].setEnabled(has_store and current)
            self.record_actions["history"].setEnabled(has_store)
            self.record_actions["audit"].setEnabled(has_store)
        self.planChanged.emit(state)

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            message = errors.get(key) or (errors.get("dead") if key == "hemocytometer" else None) or ""
            if label.text() == message:
                continue   # unchanged: restyling every field on every keystroke costs more than the plan
            label.setText(message)
            label.setVisible(bool(message))
            if key != "hemocytometer":
                self.inputs[key].setStyleSheet("border: 2px solid #c00000;" if message else "")
        unplaced = [f"{key}: {message}" for key, message in errors.items() if key not in self.inputs and key != "dead"]
        self.status.setToolTip("\n".join(unplaced))

    def _set_reason(self, code: str, text: str) -> None:
        self.session.set_reason(code, text)

    # --- menus, settings, printing ------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.print_action = QAction(self.tr("Print preview…"), self)
        self.print_action.setShortcut(QKeySequence.Print)
        self.print_action.triggered.connect(lambda: self.printing.print_preview())
        self.save_action = QAction(self.tr("Save sheet as PDF…"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.triggered.connect(lambda: self.printing.save_pdf())
        self.label_action = QAction(self.tr("Print label…"), self)
        self.label_action.setShortcut(QKeySequence("Ctrl+L"))
        self.label_action.triggered.connect(lambda: self.printing.print_label())
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.print_action, self.label_action, self.save_action, quit_action):
            file_menu.addAction(action)
        records_menu = self.menuBar().addMenu(self.tr("&Records"))
        self.record_actions = {}
        for key, text, slot, shortcut in (
                ("save", self.tr("Save record"), self.records.save, QKeySequence("Ctrl+R")),
                ("check", self.tr("Independent double check…"), self.records.double_check, QKeySequence("Ctrl+D")),
                ("weigh", self.tr("Gravimetric check…"), self.records.gravimetric_check, QKeySequence("Ctrl+G")),
                ("history", self.tr("History…"), self.records.show_history, QKeySequence("Ctrl+H")),
                ("audit", self.tr("Verify audit trail"), self.records.verify_audit, None)):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            records_menu.addAction(action)
            self.record_actions[key] = action
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        operator = QAction(self.tr("Operator…"), self)
        operator.triggered.connect(self.choose_operator)
        settings_menu.addAction(operator)
        language_menu = settings_menu.addMenu(self.tr("Language (restart)"))
        for code, name in (("en", "English"), ("ja", "日本語"), ("zh", "中文")):
            action = QAction(name, self, checkable=True, checked=code == self.language)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            language_menu.addAction(action)
        paper_menu = settings_menu.addMenu(self.tr("Paper"))
        for paper in ("A4", "Letter"):
            action = QAction(paper, self, checkable=True, checked=self.settings.get("paper") == paper)
            action.triggered.connect(lambda _checked=False, paper=paper: self.settings.set("paper", paper))
            paper_menu.addAction(action)
        level_menu = settings_menu.addMenu(self.tr("Log level"))
        for level in ("DEBUG", "INFO", "WARNING", "ERROR"):
            action = QAction(level, self, checkable=True, checked=self.settings.get("log_level") == level)
            action.triggered.connect(lambda _checked=False, level=level: self._set_log_level(level))
            level_menu.addAction(action)
        contrast = QAction(self.tr("High contrast"), self, checkable=True,
                           checked=self.settings.get("high_contrast") == "yes")
        contrast.triggered.connect(self._set_high_contrast)
        settings_menu.addAction(contrast)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About mscprep"), self)
        about.triggered.connect(lambda: QMessageBox.about(self, "mscprep", f"mscprep {__version__}"))
        help_menu.addAction(about)

    def _set_log_level(self, level: str) -> None:
        self.settings.set("log_level", level)
        logging.getLogger("mscprep").setLevel(level)

    def _set_high_contrast(self, on: bool) -> None:
        from .appearance import apply_high_contrast
        self.settings.set("high_contrast", "yes" if on else "no")
        apply_high_contrast(on)

    def _restore_settings(self) -> None:
        index = self.protocol_box.findData(self.settings.get("protocol"))
        if index >= 0:
            self.protocol_box.setCurrentIndex(index)
        self.weight_unit.setCurrentText(self.settings.get("weight_unit"))
        self.inputs["prepared_by"].setText(self.settings.get("operator"))

    def choose_operator(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Operator"), self.tr("Your name and initials:"),
                                        text=self.settings.get("operator"))
        if ok:
            self.settings.set("operator", name.strip())
            self.session.operator = name.strip()
            self.inputs["prepared_by"].setText(name.strip())

    def choose_language(self, code: str) -> None:
        if code in LANGUAGES:
            self.settings.set("language", code)
            self.languageChosen.emit(code)
            QMessageBox.information(self, "mscprep", self.tr("The language changes at the next start."))

    def load_form(self, texts: dict, reasons: dict, keep_record: bool = False) -> None:
        """Fill the form from field texts (a record, or a draft)."""
        self._building = True
        try:
            self.protocol_box.setCurrentIndex(max(0, self.protocol_box.findData(texts.get("protocol", "none"))))
            self.session.reasons = dict(reasons)
            if not keep_record:
                self.session.record = None
            method = ("hemocytometer" if texts.get("hemocytometer") else
                      "label" if texts.get("cells_in_product") or texts.get("product_volume") else "counter")
            self.count_method.setCurrentIndex(self.count_method.findData(method))
            for key, widget in self.inputs.items():
                text = texts.get(key, "")
                if key == "hemocytometer":
                    split = lambda value: [int(v) for v in value.replace(",", " ").split() if v.isdigit()]  # noqa: E731
                    self.grid.set_counts(split(texts.get("hemocytometer", "")), split(texts.get("dead", "")))
                elif isinstance(widget, QLineEdit):
                    widget.setText(text)
                else:
                    widget.setCurrentIndex(max(0, widget.findData(text)))
        finally:
            self._building = False
        self._show_count_fields(recompute=False)
        self._apply_protocol()

    # --- drafts -------------------------------------------------------------------------

    def draft_state(self) -> dict:
        record = self.session.record
        return {"texts": self.form_texts(), "reasons": dict(self.session.reasons),
                "record_id": record.record_id if record else None}

    def save_draft(self) -> None:
        if self.draft_file is not None:
            from .crash import write_draft
            write_draft(self.draft_state(), self.draft_file)

    def restore_draft(self, draft: dict) -> None:
        """Bring back what was typed before an unexpected end, and say so plainly."""
        form = draft.get("form", {})
        texts = {k: str(v) for k, v in form.get("texts", {}).items() if isinstance(v, (str, int, float))}
        reasons = {k: str(v) for k, v in form.get("reasons", {}).items()}
        self.load_form(texts, reasons)
        self.show_banner(self.tr("Restored the unsaved entries of {0} after an unexpected end. Check the "
                                 "patient and every figure before use.").format(draft.get("saved_at", "?")), "#b35c00")

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        # A normal end: nothing needs restoring next time.
        self._draft_timer.stop()
        if self.draft_file is not None:
            from .crash import clear_draft
            clear_draft(self.draft_file)
        super().closeEvent(event)

    def _banner_style(self, colour: str) -> None:
        self.banner.setStyleSheet(f"background: {colour}; color: white; font-weight: bold; padding: 6px;")

    def show_banner(self, text: str, colour: str) -> None:
        self._banner_style(colour)
        self.banner.setText(text)
        self.banner.show()
