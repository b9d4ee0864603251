"""The technician's window: where the case stands on top, the form on the left, the live
plan on the right, the print buttons always in sight.

The form is built from the core's field table, top to bottom in the order a technician
works; every keystroke goes to the case's Session (mscprep.session), which computes through
the core; the window observes the session and redraws. Nothing here computes a number, and
nothing changes a value the user did not change: the wheel passes over choice boxes, Enter
moves to the next text field, a reason holds only for the figures it was typed for.

The window paints first and loads the core (pint, the protocols) right after its first
frame: `MainWindow(deferred=True)`; `ready` tells when the form is there.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QMainWindow, QMessageBox, QPushButton, QScrollArea, QSizePolicy,
                               QSplitter, QToolButton, QVBoxLayout, QWidget)

from mscprep import clock
from mscprep.errors import message_of

from .banners import BannerStack
from .case_strip import CaseStrip
from .print_actions import PrintActions
from .record_actions import RecordActions
from .settings import Settings
from .widgets import ChoiceBox, EventWatcher

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
CHOICE_WORDS = (  # the choices' own words, as the boxes show them
    QT_TRANSLATE_NOOP("MainWindow", "viable"),
    QT_TRANSLATE_NOOP("MainWindow", "total"),
    QT_TRANSLATE_NOOP("MainWindow", "autologous"),
    QT_TRANSLATE_NOOP("MainWindow", "allogeneic"),
    QT_TRANSLATE_NOOP("MainWindow", "bag"),
    QT_TRANSLATE_NOOP("MainWindow", "in line"),
    QT_TRANSLATE_NOOP("MainWindow", "pump"),
    QT_TRANSLATE_NOOP("MainWindow", "gravity"),
    QT_TRANSLATE_NOOP("MainWindow", "syringe push"),
    QT_TRANSLATE_NOOP("MainWindow", "standard blood set"),
    QT_TRANSLATE_NOOP("MainWindow", "leukocyte reduction"),
    QT_TRANSLATE_NOOP("MainWindow", "no"),
    QT_TRANSLATE_NOOP("MainWindow", "yes"),
    QT_TRANSLATE_NOOP("MainWindow", "female"),
    QT_TRANSLATE_NOOP("MainWindow", "male"),
)
# A sample name or operator reads like a real one: these fields get their help, no example.
NO_EXAMPLE = ("hemocytometer", "patient_name", "prepared_by")
LOG_LEVELS = {"DEBUG": QT_TRANSLATE_NOOP("MainWindow", "Debug"), "INFO": QT_TRANSLATE_NOOP("MainWindow", "Information"),
              "WARNING": QT_TRANSLATE_NOOP("MainWindow", "Warnings"), "ERROR": QT_TRANSLATE_NOOP("MainWindow", "Errors")}
LANGUAGE_NOTICE = QT_TRANSLATE_NOOP("MainWindow", "The language changes at the next start.")
PAPERS = {"A4": "A4", "Letter": QT_TRANSLATE_NOOP("MainWindow", "Letter")}
def _has_unit(text: str) -> bool:
    return any(ch.isalpha() or ch in "%µμ" for ch in text)


class MainWindow(QMainWindow):
    planChanged = Signal(object)   # ViewState
    languageChosen = Signal(str)
    ready = Signal()

    def __init__(self, protocols=None, settings: Settings | None = None, language: str = "en", store=None,
                 operator: str = "", draft_file=None, deferred: bool = False, confirm_unsaved: bool = False,
                 store_status=None):
        super().__init__()
        self.setWindowTitle(self.tr("mscprep - MSC infusion preparation"))
        self.settings = settings or Settings()
        self.language = language
        self.confirm_unsaved = confirm_unsaved   # ask before New/Quit throws away what was typed
        self._protocols, self._store, self._operator = protocols, store, operator
        # What the records setting reached at start (records.store.Reachability); None: no records.
        self.store_status = store_status
        self._kept: list[dict] = []            # drafts kept without a draft folder (tests, self-test)
        self.records = RecordActions(self)
        self.printing = PrintActions(self)
        self.draft_file = Path(draft_file) if draft_file else None   # where the form is autosaved
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(100)   # a draft is at most 100 ms behind the last change
        self._draft_timer.timeout.connect(self.save_draft)
        self._draft_dirty = False
        self.session = None
        self.inputs: dict = {}
        self.error_labels: dict[str, QLabel] = {}
        self.help_labels: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self._rows_in: dict[str, tuple] = {}          # key -> (group, form layout, holder)
        self._more: dict[str, QToolButton] = {}
        self._unused: dict[str, QWidget] = {}         # key -> "not used by this protocol" marker
        self._expanded: set[str] = set()
        self._building = True
        self._loaded = False

        central = QWidget()
        self._outer = QVBoxLayout(central)
        self._outer.setContentsMargins(6, 4, 6, 4)
        self.banner = BannerStack()
        self._outer.addWidget(self.banner)
        top = QHBoxLayout()
        self.strip = CaseStrip()
        top.addWidget(self.strip, 1)
        self.new_button = QPushButton(self.tr("New preparation"))
        self.new_button.setObjectName("new_preparation")
        self.new_button.setToolTip(self.tr("Start an empty case (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        top.addWidget(self.new_button)
        self._outer.addLayout(top)
        self._loading = QLabel(self.tr("Loading the calculator…"))
        self._loading.setAlignment(Qt.AlignCenter)
        self._outer.addWidget(self._loading, 1)
        self.setCentralWidget(central)
        self._build_menus()
        if deferred:
            self.installEventFilter(self)
            QTimer.singleShot(1500, self.finish_loading)   # in case no frame is ever painted (hidden)
        else:
            self.finish_loading()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if watched is self and event.type() == QEvent.Paint and not self._loaded:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.finish_loading)   # after this frame is on screen
        return False

    def finish_loading(self) -> None:
        """Load the core and build the form (once)."""
        if self._loaded:
            return
        self._loaded = True
        from mscprep.protocol.loader import shipped_protocols
        from mscprep.session import Session
        self.protocols = self._protocols or shipped_protocols()
        self.session = Session(self.protocols, self._store, self._operator)
        if self.store_status is not None and not self.store_status.reachable:
            self.session.use_store(self._store, self.store_status.message)
        self.session.subscribe(self._session_changed)
        self._loading.hide()
        self._loading.deleteLater()
        # The form and the plan are built in place in the window: a finished tree moved into the
        # shown window would be restyled widget by widget, which costs as much as building it.
        splitter = QSplitter(Qt.Horizontal, self.centralWidget())
        splitter.setChildrenCollapsible(False)
        self._build_form(splitter)
        self._build_results(splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        # The status, pinned above both panes: it never scrolls away with either.
        from .status_banner import StatusBanner
        self.status_banner = StatusBanner(self.results.status)
        self.next_button = self.status_banner.next_button
        self.next_button.clicked.connect(self.do_next)
        self._next = None
        self._outer.addWidget(self.status_banner)
        self._outer.addWidget(splitter, 1)
        self.status_banner.stackUnder(splitter)   # before the panes among the window's children
        # The keyboard goes from New preparation to the status and its next step, then the form.
        QWidget.setTabOrder(self.new_button, self.status)
        QWidget.setTabOrder(self.status, self.next_button)
        self._watcher = EventWatcher(self._field_left, self)
        for key, widget in self.inputs.items():
            for target in (self.grid.viable + self.grid.dead) if key == "hemocytometer" else (widget,):
                target.installEventFilter(self._watcher)
                target.setProperty("field_key", key)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._restore_settings()
        self._building = False
        self._apply_protocol()
        self._update_record_actions()
        self._show_store()
        self.kept_action.setEnabled(bool(self.kept_drafts()))
        self._check_site_zone()
        self.ready.emit()

    def _check_site_zone(self) -> None:
        """The site's time zone against this computer's clock: a mismatch (or no zone at
        all) is a red banner, since times typed without an offset are read on the site's zone."""
        try:
            check = clock.check_zone()
        except clock.ZoneUnknown as error:
            from .messages import translate_message
            self.show_banner(self.tr("Time zone unknown: {0}").format(translate_message(error)), "#b00000",
                             key="zone")
            return
        if not check.matches:
            self.show_banner(self.tr("The site's time zone {0} (UTC{1}) differs from this computer's clock "
                                     "({2}, UTC{3}): times typed without an offset are read on the site's zone. "
                                     "Correct the computer's clock or the site setting.").format(
                check.site, check.site_offset, check.computer or "?", check.computer_offset),
                "#b00000", key="zone")

    @property
    def state(self):
        return self.session.view

    @property
    def store(self):
        return self.session.store

    @property
    def operator(self) -> str:
        return self.session.operator

    # --- form -------------------------------------------------------------------------

    def _build_form(self, splitter: QSplitter) -> None:
        """The form's scroll area, the splitter's first pane; every widget made inside its parent."""
        from mscprep.form.fields import FIELDS
        self.form_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(300)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)   # rows wrap; the form scrolls down only
        splitter.addWidget(scroll)
        body = QWidget()
        column = QVBoxLayout(body)
        scroll.setWidget(body)

        top = QGroupBox(self.tr("Protocol"), body)
        top_layout = QVBoxLayout(top)
        self.protocol_box = ChoiceBox(top)
        self.protocol_box.setObjectName("protocol")
        self.protocol_box.setAccessibleName(self.tr("Protocol"))
        self.protocol_box.addItem(self.tr("No protocol (app defaults only)"), "none")
        for protocol in self.protocols.protocols.values():
            self.protocol_box.addItem(self.tr(protocol.name), protocol.id)   # sheet catalogs
        self.protocol_box.currentIndexChanged.connect(self._apply_protocol)
        self.protocol_info = QLabel(top)
        self.protocol_info.setObjectName("protocol_info")
        self.protocol_info.setWordWrap(True)
        self.protocol_info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top_layout.addWidget(self.protocol_box)
        top_layout.addWidget(self.protocol_info)
        if self.protocols.problems:
            from .messages import translate_message
            broken = QLabel("\n".join(self.tr("Not loaded: {0}: {1}").format(p.path.name, translate_message(p.message))
                                      for p in self.protocols.problems), top)
            broken.setObjectName("protocol_problems")
            broken.setWordWrap(True)
            broken.setProperty("role", "error")
            top_layout.addWidget(broken)
        column.addWidget(top)

        self.groups: dict[str, QGroupBox] = {}
        forms: dict[str, QFormLayout] = {}
        for spec in FIELDS:
            if spec.key in ("overrides", "dead"):
                continue   # reasons live with the findings; stained counts in the grid
            if spec.group not in forms:
                box = QGroupBox(self.tr(GROUP_TITLES.get(spec.group, spec.group)), body)
                box.setObjectName(f"group_{spec.group}")
                form = QFormLayout(box)
                form.setRowWrapPolicy(QFormLayout.WrapLongRows)
                form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
                forms[spec.group], self.groups[spec.group] = form, box
                column.addWidget(box)
                if spec.group == "count":
                    self._add_count_method(form)
            self._add_field(forms[spec.group], spec)
        for group, form in forms.items():
            more = QToolButton(form.parentWidget())
            more.setObjectName(f"more_{group}")
            more.setCheckable(True)
            more.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            more.setArrowType(Qt.RightArrow)
            more.toggled.connect(lambda on, group=group: self._toggle_more(group, on))
            form.addRow(more)
            self._more[group] = more
        column.addStretch(1)

    def _add_count_method(self, form: QFormLayout) -> None:
        box = form.parentWidget()
        self._count_row = QLabel(self.tr("Method"), box)
        self.count_method = ChoiceBox(box)
        self.count_method.setObjectName("count_method")
        self.count_method.setAccessibleName(self.tr("Count method"))
        for method, label in (("counter", self.tr("Counter read-out")),
                              ("label", self.tr("Label (cells in volume)")),
                              ("hemocytometer", self.tr("Hemocytometer squares"))):
            self.count_method.addItem(label, method)
        self.count_method.currentIndexChanged.connect(self._count_method_changed)
        self._count_row.setBuddy(self.count_method)
        form.addRow(self._count_row, self.count_method)

    def _choice_labels(self, spec) -> list[tuple[str, str]]:
        from mscprep.defaults import app_defaults
        from mscprep.form.fields import diluent_choices, tissue_choices
        defaults = app_defaults()
        if spec.key == "diluent":
            return [(key, defaults.diluents[key].label) for key in diluent_choices()]
        if spec.key == "source_tissue":
            return [(key, defaults.tissues[key].label) for key in tissue_choices()]
        return [(choice, choice.replace("_", " ")) for choice in spec.choices]

    def _add_field(self, form: QFormLayout, spec) -> None:
        # Every widget is made inside its parent, in the order it sits there (which is also the
        # keyboard order): made on its own and moved in, a widget costs two to three times as
        # much under the application's style sheet.
        box = form.parentWidget()
        label = QLabel(self.tr(spec.label), box)
        holder = QWidget(box)
        if spec.key == "hemocytometer":
            from .hemocytometer import HemocytometerGrid
            widget = self.grid = HemocytometerGrid(holder)
            self.grid.changed.connect(self.recompute)
            self.grid.finished.connect(lambda: self._advance(self.grid))
        elif spec.choices or spec.key in ("diluent", "source_tissue"):
            widget = ChoiceBox(holder)
            widget.addItem("", "")
            for value, label_text in self._choice_labels(spec):
                widget.addItem(self.tr(label_text), value)
            widget.currentIndexChanged.connect(self.recompute)
            widget.enterPressed.connect(lambda widget=widget: self._advance(widget))
        else:
            widget = QLineEdit(holder)
            widget.textChanged.connect(self.recompute)
            # Enter (typed, or sent by a barcode scanner) moves on to the next text field.
            widget.returnPressed.connect(lambda widget=widget: self._advance(widget))
        widget.setObjectName(spec.key)
        widget.setAccessibleName(self.tr(spec.label))
        widget.setAccessibleDescription(self.tr(spec.help))
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        if spec.key == "weight":
            self.weight_unit = ChoiceBox(holder)
            self.weight_unit.setObjectName("weight_unit")
            self.weight_unit.setAccessibleName(self.tr("Unit of a weight typed without one"))
            self.weight_unit.setToolTip(self.tr("Used only when the weight is typed without a unit"))
            self.weight_unit.addItems(["kg", "lb"])
            self.weight_unit.setMinimumContentsLength(3)
            self.weight_unit.setSizeAdjustPolicy(ChoiceBox.AdjustToMinimumContentsLengthWithIcon)
            self.weight_unit.currentIndexChanged.connect(self._weight_unit_changed)
            line.addWidget(self.weight_unit)
        if spec.key == "prepared_by":
            # The operator at the keyboard (Settings > Operator…), never free text.
            widget.setReadOnly(True)
        if spec.key == "randomisation_list":
            choose = QPushButton(self.tr("Choose…"), holder)
            choose.setObjectName("randomisation_list_choose")
            choose.setToolTip(self.tr("Choose the pharmacy's randomisation list (CSV)"))
            choose.clicked.connect(self.choose_randomisation_list)
            line.addWidget(choose)
        if spec.key == "thawed_at":
            now = QPushButton(self.tr("Now"), holder)
            now.setObjectName("thawed_now")
            now.setToolTip(self.tr("Fill in the current date and time"))
            now.clicked.connect(lambda: widget.setText(clock.iso(clock.now(), timespec="minutes")))
            line.addWidget(now)
        if spec.key == "weight":
            self.weight_reading = QLabel(holder)
            self.weight_reading.setObjectName("weight_reading")
            self.weight_reading.setStyleSheet("font-weight: bold;")
        if spec.key == "din":
            self.din_reading = QLabel(holder)
            self.din_reading.setObjectName("din_reading")
            self.din_reading.setStyleSheet("font-weight: bold;")
            self.din_reading.hide()
        help_label = QLabel(holder)
        help_label.setObjectName(f"{spec.key}_help")
        help_label.setProperty("role", "help")
        help_label.setWordWrap(True)
        error = QLabel(holder)
        error.setObjectName(f"{spec.key}_error")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(1)
        holder_layout.addLayout(line)
        if spec.key == "weight":
            holder_layout.addWidget(self.weight_reading)
        if spec.key == "din":
            holder_layout.addWidget(self.din_reading)
        holder_layout.addWidget(help_label)
        holder_layout.addWidget(error)
        label.setWordWrap(True)
        label.setBuddy(widget if spec.key != "hemocytometer" else self.grid.viable[0])
        form.addRow(label, holder)
        self.inputs[spec.key] = widget
        self.error_labels[spec.key] = error
        self.help_labels[spec.key] = help_label
        self.rows[spec.key] = holder
        self.rows[f"{spec.key}_label"] = label
        self._rows_in[spec.key] = (spec.group, form, holder)

    # --- what is shown ------------------------------------------------------------------

    def _current_protocol(self):
        return self.protocols.get(self.protocol_box.currentData())

    def _typed_texts(self) -> dict[str, str]:
        texts = {}
        for key, widget in self.inputs.items():
            if key == "hemocytometer":
                viable, dead = self.grid.counts()
                texts[key] = viable or dead
            elif isinstance(widget, QLineEdit):
                texts[key] = widget.text()
            else:
                texts[key] = widget.currentData() or ""
        return texts

    def _update_visibility(self) -> None:
        """Show the fields this protocol and count method use, the rest under "More"; a
        field that holds text or a shown error is always shown."""
        from mscprep.form.disclosure import primary_fields, relevant_fields
        protocol = self._current_protocol()
        method = self.count_method.currentData()
        typed = self._typed_texts()
        relevant = relevant_fields(protocol, method)
        primary = primary_fields(protocol, method, {k: v for k, v in typed.items() if k != "prepared_by"})
        errors = dict(self.session.visible_errors()) if self.session else {}
        if self.session is not None:   # an identity still owed (the other containers' DINs) is shown
            errors.update({key: "" for key in self.session.view.missing_identity})
        hidden_in: dict[str, int] = {}
        shown_in: dict[str, int] = {}
        for key, (group, form, holder) in self._rows_in.items():
            usable = key in relevant or bool(typed.get(key, "").strip())
            first = key in primary or key in errors
            visible = usable and (first or group in self._expanded)
            form.setRowVisible(holder, visible)
            if usable and not first:
                hidden_in[group] = hidden_in.get(group, 0) + 1
            if usable:
                shown_in[group] = shown_in.get(group, 0) + 1
        for group, box in self.groups.items():
            box.setVisible(shown_in.get(group, 0) > 0 or (group == "count" and protocol.route != "nebulized"))
            more = self._more[group]
            count = hidden_in.get(group, 0)
            more.setVisible(count > 0)
            expanded = group in self._expanded
            more.setText(self.tr("Fewer fields") if expanded else self.tr("More ({0})").format(count))
            more.setArrowType(Qt.DownArrow if expanded else Qt.RightArrow)
        if "count" in self.groups:
            form = self._rows_in["concentration"][1]
            form.setRowVisible(self.count_method, protocol.route != "nebulized")

    def _toggle_more(self, group: str, on: bool) -> None:
        if on:
            self._expanded.add(group)
        else:
            self._expanded.discard(group)
        self._update_visibility()

    def _count_method_changed(self) -> None:
        if not self._building:
            self._update_visibility()
            self.recompute()

    def _weight_unit_changed(self) -> None:
        self.settings.set("weight_unit", self.weight_unit.currentText())
        self.recompute()
        reading = self.weight_reading.text()
        if reading:
            self.statusBar().showMessage(reading, 6000)

    def _apply_protocol(self) -> None:
        if self._building:
            return
        from mscprep.preparation.inputs import CHOICE_DEFAULTS
        from mscprep.protocol.definitions import LIMIT_SPECS
        from mscprep.protocol.limits import limit_text
        protocol = self._current_protocol()
        self.settings.set("protocol", protocol.id)
        limits = "; ".join(f"{self.tr(LIMIT_SPECS[limit.key].description)}: {limit_text(limit)}"
                           for limit in protocol.limits.values())
        info = protocol.reference
        if limits:
            info += "\n" + self.tr("Limits: {0}").format(limits)
        self.protocol_info.setText(info)
        implied = {"source_tissue": protocol.source_tissue, "donor": protocol.donor}
        from mscprep.form.fields import FIELD_BY_KEY
        for key, widget in self.inputs.items():
            spec = FIELD_BY_KEY[key]
            default = protocol.defaults.get(key, "") or implied.get(key, "")
            help_parts = []
            if isinstance(widget, ChoiceBox):
                app_default = CHOICE_DEFAULTS.get(key, "")
                index = widget.findData(default or app_default)
                shown = widget.itemText(index) if index > 0 else (default or app_default).replace("_", " ")
                widget.setItemText(0, self.tr("(protocol: {0})").format(shown) if default
                                   else self.tr("(default: {0})").format(shown) if app_default else "")
            elif default:
                help_parts.append(self.tr("Protocol: {0}").format(default))
            elif spec.example and key not in NO_EXAMPLE:
                help_parts.append(self.tr("e.g. {0}").format(spec.example))
            if key == "prepared_by":
                help_parts.append(self.tr("The operator at this keyboard; to change it, use Settings > Operator…"))
            elif spec.help:
                help_parts.append(self.tr(spec.help))
            self.help_labels[key].setText(" · ".join(help_parts))
        method = ("label" if any(k in protocol.defaults for k in ("cells_in_product", "product_volume"))
                  else "counter" if "concentration" in protocol.defaults else None)
        if method and self.count_method.currentData() != method:
            self._building = True
            self.count_method.setCurrentIndex(self.count_method.findData(method))
            self._building = False
        self._update_visibility()
        self.recompute()
        # Text left in a field this protocol cannot use (a weight for a nebulized course) is
        # refused by the core: said at the field at once, not only once the user leaves it.
        from mscprep.form.disclosure import relevant_fields
        relevant = relevant_fields(protocol, self.count_method.currentData())
        typed = self._typed_texts()
        for key in self.state.field_errors:
            if relevant is not None and key not in relevant and typed.get(key, "").strip():
                self.session.leave(key)

    def form_texts(self) -> dict[str, str]:
        """The form as field key -> text; count fields of another method are not part of it.
        What the user typed is sent as typed: a field the protocol cannot use (a weight for a
        nebulized course) is refused by the core, never left out in silence."""
        from mscprep.form.disclosure import COUNT_FIELDS, COUNT_METHODS
        wanted = COUNT_METHODS[self.count_method.currentData()]
        raw = {"protocol": self.protocol_box.currentData()}
        for key, widget in self.inputs.items():
            if key in COUNT_FIELDS and key not in wanted:
                continue
            if key == "hemocytometer":
                raw["hemocytometer"], raw["dead"] = self.grid.counts()
                continue
            text = widget.text() if isinstance(widget, QLineEdit) else widget.currentData()
            if key == "weight" and text.strip() and not _has_unit(text):
                text = f"{text.strip()} {self.weight_unit.currentText()}"   # the unit box's unit
            if text:
                raw[key] = text
        return {key: text for key, text in raw.items() if text}

    # --- keyboard ---------------------------------------------------------------------

    def _advance(self, from_widget: QWidget) -> None:
        """Enter: on to the next visible text field below (choice and unit boxes are passed
        over, so Enter never changes a choice), or to the print buttons after the last."""
        if from_widget is self.inputs.get("container_dins") and self._more_dins_wanted():
            return   # one scan per container: the focus stays for the next container's DIN
        if from_widget is self.inputs.get("din") and self._bad_din():
            # A DIN that cannot be right keeps the focus, selected: the scanner's next read
            # replaces it here instead of landing in the next field.
            self.session.leave("din")
            from_widget.selectAll()
            from_widget.setFocus(Qt.OtherFocusReason)
            return
        inputs = [widget for widget in self.inputs.values() if widget.isVisibleTo(self)]
        start = inputs.index(from_widget) + 1 if from_widget in inputs else len(inputs)
        for widget in inputs[start:]:
            target = widget.viable[0] if widget is getattr(self, "grid", None) else widget
            if isinstance(target, QLineEdit) and not target.isReadOnly():
                target.setFocus(Qt.TabFocusReason)
                self._scroll_to(target)
                return
        for button in (self.record_button, self.preview_button):
            if button.isVisible() and button.isEnabled():
                button.setFocus(Qt.TabFocusReason)
                return

    def _show_din_reading(self) -> None:
        """How the DIN was read, grouped as printed, with its check character in the box."""
        from mscprep.din import din_reading, parse_din
        from mscprep.errors import InputError
        text = self.inputs["din"].text().strip()
        reading = ""
        if text:
            try:
                reading = self.tr("Read as {0}").format(din_reading(parse_din(text)))
            except InputError:
                reading = ""
        self.din_reading.setText(reading)
        self.din_reading.setVisible(bool(reading))

    def _more_dins_wanted(self) -> bool:
        """Enter after a container's DIN: True (focus kept) while that DIN is wrong or more
        containers are still to scan; a separator is added for the next read."""
        from mscprep.din import parse_dins
        from mscprep.errors import InputError
        from mscprep.preparation.identity import container_dins_needed
        widget = self.inputs["container_dins"]
        text = widget.text().strip()
        try:
            given = len(parse_dins(text))
        except InputError:
            self.session.leave("container_dins")
            widget.setFocus(Qt.OtherFocusReason)
            return True
        if "container_dins" in self.state.field_errors:
            # the same container scanned twice: its read is selected, the next scan replaces it
            self.session.leave("container_dins")
            last = text.split()[-1] if text else ""
            widget.setSelection(len(text) - len(last), len(last))
            widget.setFocus(Qt.OtherFocusReason)
            return True
        preparation = self.state.preparation
        needed = container_dins_needed(preparation) if preparation is not None else 0
        if text and given < needed:
            widget.setText(text + " ")
            widget.setCursorPosition(len(widget.text()))
            widget.setFocus(Qt.OtherFocusReason)
            return True
        return False

    def _show_container_dins(self) -> None:
        """Say how many containers' DINs the thaw needs and how many are scanned."""
        from mscprep.preparation.identity import container_dins_given, container_dins_needed
        preparation = self.state.preparation
        needed = container_dins_needed(preparation) if preparation is not None else 0
        label = self.help_labels["container_dins"]
        if needed:
            given = container_dins_given(preparation)
            label.setText(self.tr("{0} containers are thawed: scan the DIN of each after the first ({1} of {2} "
                                  "scanned).").format(needed + 1, given, needed))
        if needed and "container_dins" in self.state.missing_identity \
                and not self._rows_in["container_dins"][2].isVisibleTo(self) and not self._building:
            self._update_visibility()

    def _bad_din(self) -> bool:
        from mscprep.din import parse_din
        from mscprep.errors import InputError
        text = self.inputs["din"].text().strip()
        try:
            if text:
                parse_din(text)
        except InputError:
            return True
        return False

    def _scroll_to(self, target: QWidget) -> None:
        from .widgets import reveal
        """Bring `target` into view now, and again once the layout has settled (leaving a
        field may show its message above and push the target down)."""
        reveal(self.form_scroll, target)
        QTimer.singleShot(0, lambda: self._scroll_again(target))

    def _scroll_again(self, target: QWidget) -> None:
        from .widgets import reveal
        try:
            if target.hasFocus():
                reveal(self.form_scroll, target)
        except RuntimeError:
            pass   # closed meanwhile

    def _field_left(self, widget: QWidget) -> None:
        key = widget.property("field_key")
        if key and self.session is not None:
            if key == "hemocytometer" and self.grid.isAncestorOf(QApplication.focusWidget() or self):
                return   # moving inside the grid is not leaving it
            self.session.leave(key)

    def go_to_field(self, key: str) -> None:
        """Show the field `key` (opening "More" if needed), scroll to it and focus it."""
        if key == "dead":
            key = "hemocytometer"
        if key not in self._rows_in:
            return
        group, form, holder = self._rows_in[key]
        if not holder.isVisibleTo(self):
            self._more[group].setChecked(True)
        self.session.leave(key)
        widget = self.grid.viable[0] if key == "hemocytometer" else self.inputs[key]
        self.form_scroll.ensureWidgetVisible(holder, 40, 80)
        widget.setFocus(Qt.OtherFocusReason)

    def label_of(self, key: str) -> str:
        from mscprep.form.fields import FIELD_BY_KEY
        spec = FIELD_BY_KEY.get(key)
        return self.tr(spec.label) if spec else key

    # --- results ----------------------------------------------------------------------

    def _build_results(self, splitter: QSplitter) -> None:
        """The plan's pane, the splitter's second: every widget made inside its parent."""
        from .results_panel import ResultsPanel
        holder = QWidget()
        splitter.addWidget(holder)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.results_scroll = scroll = QScrollArea(holder)
        scroll.setWidgetResizable(True)
        self.results = ResultsPanel(self.label_of, scroll.viewport())
        self.results.reasonChanged.connect(self._set_reason)
        self.results.fieldChosen.connect(self.go_to_field)
        self.results.findingsShown.connect(self._order_reasons)
        self.status = self.results.status
        self.result_values = self.results.values
        self.findings_box = self.results.findings_box
        scroll.setWidget(self.results)
        scroll.setMinimumWidth(280)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        column.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Save record"), holder)
        self.record_button.setObjectName("save_record")
        self.record_button.clicked.connect(lambda: self.records.save())
        self.preview_button = QPushButton(self.tr("Print preview…"), holder)
        self.preview_button.setObjectName("print_preview")
        self.preview_button.clicked.connect(lambda: self.printing.print_preview())
        self.label_button = QPushButton(self.tr("Print label…"), holder)
        self.label_button.setObjectName("print_label")
        self.label_button.clicked.connect(lambda: self.printing.print_label())
        self.save_button = QPushButton(self.tr("Save sheet as PDF…"), holder)
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(lambda: self.printing.save_pdf())
        for button in (self.record_button, self.preview_button, self.label_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
            buttons.addWidget(button)
        self.record_button.setVisible(self._store is not None or self.store_status is not None)
        column.addLayout(buttons)

    def _order_reasons(self, boxes: list) -> None:
        """Reason boxes come right after the form in the keyboard order, before the buttons."""
        chain = list(boxes) + [self.record_button, self.preview_button, self.label_button, self.save_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def recompute(self) -> None:
        if self._building or self.session is None:
            return
        self.session.update(self.form_texts())

    def _session_changed(self, what: frozenset[str]) -> None:
        state = self.session.view
        if "form" in what or "errors" in what:
            self._show_field_errors(self.session.visible_errors())
        if "form" in what:
            from mscprep.session import reading_of
            self.results.extra_rows = self._placeholder_rows()
            self.results.show_state(state, (self.protocol_box.currentData(), self.count_method.currentData()))
            reading = reading_of("weight", self.form_texts().get("weight", ""))
            self.weight_reading.setText(self.tr("Read as {0}").format(reading) if reading else "")
            self.weight_reading.setVisible(bool(reading))
            self._show_din_reading()
            self._show_container_dins()
            self._show_unused()
            self._enable_printing(state)
            if self.session.current_record() is None:
                self.statusBar().clearMessage()   # "Saved as ..." must not outlive the saved figures
            self._mark_draft()
            self.planChanged.emit(state)
        if "operator" in what:
            self._show_operator()
        elif "record" in what:
            self._show_prepared_by()
        if "store" in what and self.session.store_problem:
            self.save_draft()   # the form is safe on disk at once, never in a local record file
        self._update_record_actions()
        self._show_stages()
        self._show_store()
        self._show_status()

    # --- the status banner and the next step ----------------------------------------------

    def _enable_printing(self, state) -> None:
        """Print and Save-as-PDF only when they can succeed; the reason on hover when not."""
        can_print = state.preparation is not None
        why = "" if can_print else self.tr("Complete the form first: {0}").format(
            ", ".join(self.label_of(key) for key in state.incomplete) or "—")
        for widget in (self.preview_button, self.save_button, self.print_action, self.save_action):
            widget.setEnabled(can_print)
            widget.setToolTip(why)
        pharmacy = can_print and "pharmacy" in state.preparation.audiences
        self.pharmacy_action.setEnabled(pharmacy)
        self.pharmacy_action.setVisible(pharmacy or getattr(self._current_protocol(), "blinding", None) is not None)
        label_ok = can_print and state.release is not None and state.release.label_allowed
        label_why = why if not can_print else "" if label_ok else self.tr("No label while the plan says: {0}").format(
            self.tr(state.release.stamp or ""))
        for widget in (self.label_button, self.label_action):
            widget.setEnabled(label_ok)
            widget.setToolTip(label_why)

    def _show_status(self) -> None:
        if self.session is None or not hasattr(self, "status_banner"):
            return
        from .next_step import next_step
        state = self.session.view
        kind = state.status_kind
        if kind == "ok" and state.release is not None and state.release.final:
            kind = "final"
        self.status_banner.show_kind(kind)
        self._next = next_step(self)
        if self.next_button.text() != self._next.text:
            self.next_button.setText(self._next.text)
            self.next_button.setAccessibleName(self._next.text)

    def do_next(self) -> None:
        """The "Next" button: do the act it names."""
        self._show_status()
        if self._next is not None and self._next.run is not None:
            self._next.run()

    def cover_plan(self, on: bool) -> None:
        """Cover the form and the plan (the blind double check is open) or show them again."""
        if not hasattr(self, "splitter"):
            return
        if on and not hasattr(self, "_cover"):
            self._cover = QLabel(self.tr("The preparation is hidden while the independent double check is open."))
            self._cover.setObjectName("plan_cover")
            self._cover.setAlignment(Qt.AlignCenter)
            self._cover.setWordWrap(True)
            self._outer.addWidget(self._cover, 1)
        self.splitter.setVisible(not on)
        self.status_banner.setVisible(not on)
        if hasattr(self, "_cover"):
            self._cover.setVisible(on)

    def choose_randomisation_list(self) -> str | None:
        """The randomisation list through a file picker (never typed as a path)."""
        from PySide6.QtWidgets import QFileDialog
        current = self.inputs["randomisation_list"].text().strip()
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Randomisation list"), current,
                                                    self.tr("Randomisation list (*.csv);;All files (*)"),
                                                    options=QFileDialog.DontUseNativeDialog)
        if path:
            self.inputs["randomisation_list"].setText(path)
            self.session.leave("randomisation_list")
        return path or None

    def print_pharmacy_sheet(self, reprint: bool | None = None) -> bool:
        """The unblinded pharmacy preparation sheet of a blinded trial (what `mscprep sheet
        --pharmacy-sheet` writes): printed by the pharmacy, logged as a print of its own."""
        document, record_state = self.session.printable("pharmacy")
        if document is None or self.state.preparation is None or "pharmacy" not in self.state.preparation.audiences:
            return False
        if reprint is None:
            reprint = self.printing.log_print("pharmacy sheet")
            if reprint is None:
                return False
        self.printing.preview(self.printing.pdf(document, record_state, reprint), "sheet")
        return True

    def go_to_reason(self, code: str) -> None:
        for box in self.results.reason_boxes:
            if box.objectName() == f"reason_{code}":
                self.results_scroll.ensureWidgetVisible(box, 40, 80)
                box.setFocus(Qt.OtherFocusReason)
                return

    def show_findings(self) -> None:
        self.results_scroll.ensureWidgetVisible(self.results.findings_box, 0, 0)
        self.results_scroll.verticalScrollBar().setValue(self.results.findings_box.y())

    def _placeholder_rows(self) -> tuple:
        """Rows shown for the protocol whatever the form holds: a blinded trial's arm, in its
        "pharmacy only" row, even before the randomisation list is chosen."""
        from mscprep.preparation.interface import Row
        protocol = self._current_protocol()
        if getattr(protocol, "blinding", None) is None:
            return ()
        return (Row("arm", "Blinded trial arm (pharmacy only)", self.tr("— (enter the code and choose the list)")),)

    def _show_unused(self) -> None:
        """A field holding text that this protocol or count method does not use says so."""
        from mscprep.form.disclosure import COUNT_FIELDS, COUNT_METHODS, relevant_fields
        protocol = self._current_protocol()
        method = self.count_method.currentData()
        relevant = relevant_fields(protocol, method)
        wanted = COUNT_METHODS[method]
        typed = self._typed_texts()
        hidden = False
        for key, (_group, _form, holder) in self._rows_in.items():
            unused = bool(typed.get(key, "").strip()) and (
                (relevant is not None and key not in relevant) or (key in COUNT_FIELDS and key not in wanted))
            self._mark_unused(key, unused)
            hidden = hidden or (unused and not holder.isVisibleTo(self))
        if hidden and not self._building:
            self._update_visibility()   # text is never hidden (an undo brings a cleared field back)

    def _mark_unused(self, key: str, unused: bool) -> None:
        marker = self._unused.get(key)
        if marker is None:
            if not unused:
                return
            holder_layout = self._rows_in[key][2].layout()
            marker = QWidget()
            marker.setObjectName(f"{key}_unused")
            line = QHBoxLayout(marker)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(self.tr("Not used by this protocol or count method"))
            text.setWordWrap(True)
            text.setStyleSheet("font-weight: bold; color: #7a4a00;")
            clear = QPushButton(self.tr("Clear (Ctrl+Z undoes)"))
            clear.setObjectName(f"{key}_clear")
            clear.clicked.connect(lambda _checked=False, key=key: self.clear_unused(key))
            line.addWidget(text, 1)
            line.addWidget(clear)
            holder_layout.addWidget(marker)
            self._unused[key] = marker
        marker.setVisible(unused)

    def clear_unused(self, key: str) -> None:
        """Clear a field the protocol ignores; its own undo (Ctrl+Z in the field) brings it back."""
        widget = self.inputs[key]
        if isinstance(widget, QLineEdit):
            widget.selectAll()
            widget.del_()          # an edit, not setText: the field's undo keeps it
            widget.setFocus(Qt.OtherFocusReason)
        elif key == "hemocytometer":
            self.grid.set_counts([], [])
            self.recompute()
        else:
            widget.setCurrentIndex(0)
        self.statusBar().showMessage(self.tr("{0} cleared: Ctrl+Z in the field brings it back").format(
            self.label_of(key)), 8000)
        self._update_visibility()

    # --- the record store ----------------------------------------------------------------------

    def _show_store(self) -> None:
        """Where records go, in the strip; why they cannot, in a red banner (a server away,
        a damaged file). Nothing is ever saved anywhere else: the form stays a draft."""
        from .messages import translate_message
        session = self.session
        if session is None:
            return
        if session.store is None and self.store_status is None:
            self.strip.show_store(None, "", "")
            return
        problem = session.store_problem
        if problem:
            shown = translate_message(problem)
            self.strip.show_store(False, self.tr("Records: not reachable"), shown)
            self.show_banner(self.tr("Records cannot be saved now: {0} You can still calculate and print "
                                     "drafts.").format(shown), "#b00000", key="store",
                             action=(self.tr("Try again"), self.records.retry_store))
            return
        self.banner.hide_banner("store")
        store = session.store
        if store.kind == "postgresql":
            from urllib.parse import urlsplit
            where = urlsplit(store.location)
            self.strip.show_store(True, self.tr("Records: server {0}").format(
                f"{where.hostname or 'localhost'}{where.path}"), store.location)
        else:
            self.strip.show_store(True, self.tr("Records: this computer"), store.location)

    def _show_stages(self) -> None:
        state = self.session.view
        stamp = ""
        if state.release is not None:
            stamp = self.tr(state.release.stamp) if state.release.stamp else self.tr("FINAL")
        self.strip.show_stages(self.session.stages(), stamp)

    def _update_record_actions(self) -> None:
        if self.session is None:
            return
        has_store = self.store is not None
        can_save = has_store and self.session.view.preparation is not None
        current = self.session.current_record() is not None
        self.record_actions["save"].setEnabled(can_save)
        self.record_button.setEnabled(can_save and not current)
        why = (self.tr("Records cannot be reached now; the form is kept as a draft") if not has_store else
               self.tr("Complete the form first: {0}").format(", ".join(self.label_of(key)
                                                                       for key in self.session.view.incomplete) or "—")
               if self.session.view.preparation is None else
               self.tr("Saved; change a figure to save a new version") if current else "")
        self.record_button.setToolTip(why)
        self.record_actions["check"].setEnabled(has_store and current)
        self.record_actions["weigh"].setEnabled(has_store and current)
        self.record_actions["history"].setEnabled(has_store)
        self.record_actions["worklists"].setEnabled(has_store)
        self.record_actions["audit"].setEnabled(has_store)
        # who may open it is asked of the store when it is chosen (record_actions.quality_report),
        # never on every keystroke
        self.record_actions["quality"].setEnabled(has_store)

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        from .messages import translate_message
        for key, label in self.error_labels.items():
            message = errors.get(key) or (errors.get("dead") if key == "hemocytometer" else None) or ""
            shown = translate_message(message) if message else ""
            if label.text() == shown:
                continue   # unchanged: restyling every field on every keystroke costs more than the plan
            label.setText(shown)
            label.setVisible(bool(shown))
            widget = self.inputs[key]
            if isinstance(widget, QLineEdit) and widget.property("error") != bool(message):
                widget.setProperty("error", bool(message))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        unplaced = [f"{self.label_of(key)}: {translate_message(message)}" for key, message in errors.items()
                    if key not in self.inputs and key != "dead"]
        self.status.setToolTip("\n".join(unplaced))
        if errors and not self._building:
            hidden = [key for key in errors if key in self._rows_in and not self._rows_in[key][2].isVisibleTo(self)]
            if hidden:
                self._update_visibility()

    def _set_reason(self, code: str, text: str) -> None:
        self.session.set_reason(code, text)

    # --- the case ---------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when nothing unsaved would be lost, or the user agrees to lose it."""
        if not self.confirm_unsaved or self.session is None or not self.session.unsaved():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved entries"),
            self.tr("The entries of this case are not saved as a record. Discard them?"),
            QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Discard

    def new_case(self) -> bool:
        """An empty form for the next preparation (the protocol and operator stay)."""
        if self.session is None or not self.confirm_discard():
            return False
        self._empty_form()
        self.statusBar().showMessage(self.tr("New preparation"), 4000)
        self.inputs["patient_name"].setFocus(Qt.OtherFocusReason)
        self.scroll_to_top()
        return True

    def scroll_to_top(self) -> None:
        """Both panes back at their top (a new case starts at the patient and the status)."""
        self._scroll_top_now()
        QTimer.singleShot(0, self._scroll_top_now)   # again once the emptied form has its new size

    def _scroll_top_now(self) -> None:
        for scroll in (self.form_scroll, self.results_scroll):
            scroll.verticalScrollBar().setValue(0)

    def _empty_form(self) -> None:
        self._building = True
        try:
            self.fill_form({"protocol": self.protocol_box.currentData()})
            self.inputs["prepared_by"].setText(self.session.operator)
        finally:
            self._building = False
        self.session.new()
        self._expanded.clear()
        for more in self._more.values():
            more.setChecked(False)
        self._apply_protocol()
        self.banner.hide_banner("restored")
        self.clear_saved_draft()

    # --- menus, settings --------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("New preparation"), self)
        self.new_action.setShortcut(QKeySequence.New)
        self.new_action.triggered.connect(self.new_case)
        self.print_action = QAction(self.tr("Print preview…"), self)
        self.print_action.setShortcut(QKeySequence.Print)
        self.print_action.triggered.connect(lambda: self.printing.print_preview())
        self.save_action = QAction(self.tr("Save sheet as PDF…"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.triggered.connect(lambda: self.printing.save_pdf())
        self.label_action = QAction(self.tr("Print label…"), self)
        self.label_action.setShortcut(QKeySequence("Ctrl+L"))
        self.label_action.triggered.connect(lambda: self.printing.print_label())
        self.pharmacy_action = QAction(self.tr("Print pharmacy sheet (unblinded)…"), self)
        self.pharmacy_action.triggered.connect(lambda: self.print_pharmacy_sheet())
        self.kept_action = QAction(self.tr("Restore kept entries…"), self)
        self.kept_action.triggered.connect(lambda: self.restore_kept())
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.print_action, self.label_action, self.save_action, self.pharmacy_action,
                       self.kept_action, quit_action):
            file_menu.addAction(action)
            action.setEnabled(action in (self.new_action, quit_action))
        records_menu = self.menuBar().addMenu(self.tr("&Records"))
        self.record_actions = {}
        for key, text, slot, shortcut in (
                ("save", self.tr("Save record"), self.records.save, QKeySequence("Ctrl+R")),
                ("check", self.tr("Independent double check…"), self.records.double_check, QKeySequence("Ctrl+D")),
                ("weigh", self.tr("Gravimetric check…"), self.records.gravimetric_check, QKeySequence("Ctrl+G")),
                ("history", self.tr("History…"), self.records.show_history, QKeySequence("Ctrl+H")),
                ("worklists", self.tr("Work lists…"), self.records.show_work_lists, QKeySequence("Ctrl+W")),
                ("audit", self.tr("Verify audit trail"), self.records.verify_audit, None),
                ("quality", self.tr("Quality report…"), self.records.quality_report, None)):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            action.setEnabled(False)
            records_menu.addAction(action)
            self.record_actions[key] = action
        self.records_menu = records_menu
        # issue 22: the admin's acts on enrolled staff (enabled for an admin signed in with their badge)
        records_menu.setToolTipsVisible(True)
        self.people_action = QAction(self.tr("People…"), self)
        self.people_action.setEnabled(False)
        self.people_action.triggered.connect(lambda _checked=False: self.manage_people())
        records_menu.addAction(self.people_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.settings_menu = settings_menu
        operator = QAction(self.tr("Operator…"), self)
        operator.triggered.connect(self.choose_operator)
        settings_menu.addAction(operator)
        records = QAction(self.tr("Records database…"), self)
        records.triggered.connect(self.choose_records)
        settings_menu.addAction(records)
        label_printer = QAction(self.tr("Label printer…"), self)
        label_printer.triggered.connect(self.choose_label_printer)
        settings_menu.addAction(label_printer)
        balance = QAction(self.tr("Balance…"), self)     # issue 25
        balance.triggered.connect(self.choose_balance)
        settings_menu.addAction(balance)
        language_menu = settings_menu.addMenu(self.tr("Language (restart)"))
        for code, name in (("en", "English"), ("ja", "日本語"), ("zh", "中文")):
            action = QAction(name, self, checkable=True, checked=code == self.language)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            language_menu.addAction(action)
        paper_menu = settings_menu.addMenu(self.tr("Paper"))
        for paper in ("A4", "Letter"):
            action = QAction(self.tr(PAPERS[paper]), self, checkable=True, checked=self.settings.get("paper") == paper)
            action.triggered.connect(lambda _checked=False, paper=paper: self.settings.set("paper", paper))
            paper_menu.addAction(action)
        level_menu = settings_menu.addMenu(self.tr("Log level"))
        for level in ("DEBUG", "INFO", "WARNING", "ERROR"):
            action = QAction(self.tr(LOG_LEVELS[level]), self, checkable=True, checked=self.settings.get("log_level") == level)
            action.triggered.connect(lambda _checked=False, level=level: self._set_log_level(level))
            level_menu.addAction(action)
        contrast = QAction(self.tr("High contrast"), self, checkable=True,
                           checked=self.settings.get("high_contrast") == "yes")
        contrast.triggered.connect(self._set_high_contrast)
        settings_menu.addAction(contrast)
        self.gloves_action = QAction(self.tr("Gloves (large touch targets)"), self, checkable=True,
                                     checked=self.settings.get("gloves") == "yes")
        self.gloves_action.triggered.connect(self._set_gloves)
        settings_menu.addAction(self.gloves_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About mscprep"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        support = QAction(self.tr("Support bundle..."), self)
        support.triggered.connect(self.save_support_bundle)
        help_menu.addAction(support)

    def save_support_bundle(self, path: str | None = None):
        from .support_action import save_support_bundle
        return save_support_bundle(self, path)

    def about_text(self) -> str:
        from mscprep import __version__
        from mscprep.defaults import app_defaults
        # The statement every sheet prints, in the same words (the sheet catalogs translate it).
        return f"mscprep {__version__}\n\n{self.tr(app_defaults().intended_use)}"

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About mscprep"), self.about_text())

    def _set_log_level(self, level: str) -> None:
        self.settings.set("log_level", level)
        logging.getLogger("mscprep").setLevel(level)

    def _set_high_contrast(self, on: bool) -> None:
        from .appearance import apply_appearance
        self.settings.set("high_contrast", "yes" if on else "no")
        apply_appearance(high_contrast=on)

    def _set_gloves(self, on: bool) -> None:
        from .appearance import apply_appearance
        self.settings.set("gloves", "yes" if on else "no")
        apply_appearance(gloves=on)

    def _restore_settings(self) -> None:
        self._building = True
        index = self.protocol_box.findData(self.settings.get("protocol"))
        if index >= 0:
            self.protocol_box.setCurrentIndex(index)
        self.weight_unit.setCurrentText(self.settings.get("weight_unit"))
        self.inputs["prepared_by"].setText(self.session.operator)
        self._building = False

    # --- who is at the keyboard ----------------------------------------------------------

    def start_operator(self, name: str, signer=None) -> None:
        """`name` is at the keyboard now (once people are enrolled: `signer`, proven by badge +
        PIN): their session is logged in the record store; every new case is prepared by them.
        Without a reachable store they still calculate and print drafts, and the banner says
        why nothing is logged."""
        from mscprep.records.errors import StoreError
        name = signer.name if signer is not None else name
        try:
            self.session.start_operator(name, signer=signer)
        except StoreError as error:
            self.session.operator = name
            self.session.use_store(self.session.store, message_of(error))
        self.settings.set("operator", name)
        self._show_operator()

    def choose_operator(self) -> None:
        """Settings > Operator…: another person takes the keyboard. Their predecessor's
        session ends; what they left unsaved is kept as a draft that can be restored."""
        from mscprep.records.errors import StoreError
        try:
            staffed = self.session.staffed()
        except StoreError:
            staffed = False
        if staffed:       # hand-over: the next person scans their badge (people/signatures, issue 22)
            from .dialogs.badge_dialog import BadgeDialog
            badge = BadgeDialog(self.session.authenticate, self, current=self.session.operator)
            if badge.exec():
                self.change_operator(badge.signer.name, badge.signer)
            return
        from .dialogs.operator_dialog import OperatorDialog
        dialog = OperatorDialog("", self, current=self.session.operator)
        if dialog.exec():
            self.change_operator(dialog.operator())

    def change_operator(self, name: str, signer=None) -> None:
        from mscprep.errors import InputError
        from mscprep.records.errors import StoreError
        from .messages import translate_message
        session = self.session
        former = session.operator
        # Taken before the session ends, in case the new session cannot be logged.
        pending = dict(session.draft(), operator=former) if session.unsaved() else None
        self._draft_timer.stop()
        self._building = True
        try:
            _started, kept = session.change_operator(name, signer=signer)
        except InputError as error:
            self._building = False
            QMessageBox.warning(self, "mscprep", translate_message(error.message))
            return
        except StoreError as error:   # ended, but the new session could not be logged
            kept = pending
            session.operator = name
            session.use_store(session.store, message_of(error))
        finally:
            self._building = False
        self.settings.set("operator", name)
        self._empty_form()
        self._show_operator()
        self.banner.hide_banner("restored")
        if kept is not None:
            self.keep_draft(kept)
            self.show_banner(self.tr("{0} is working now. The entries {1} had not saved are kept as a draft.").format(
                name, former or "?"), "#1f5fa8", key="kept", closable=True,
                action=(self.tr("Restore them"), self.restore_kept))
        else:
            self.banner.hide_banner("kept")
        self.statusBar().showMessage(self.tr("{0} is working now").format(name), 6000)
        self.inputs["patient_name"].setFocus(Qt.OtherFocusReason)

    def _show_prepared_by(self) -> None:
        """"Prepared by": the operator at the keyboard for a new case; a reopened record shows
        who prepared it (saving a new version makes it the operator's)."""
        session = self.session
        text = session.texts.get("prepared_by", "") if session.record is not None else session.operator
        widget = self.inputs["prepared_by"]
        if widget.text() != text:
            building, self._building = self._building, True
            widget.setText(text)
            self._building = building

    def _show_operator(self) -> None:
        self._show_prepared_by()
        from .signed_in import show_signed_in
        show_signed_in(self)
        self.setWindowTitle(self.tr("mscprep - MSC infusion preparation") +
                            (f" · {self.session.operator}" if self.session.operator else ""))
        from .dialogs.people_dialog import update_people_action
        update_people_action(self)

    def manage_people(self) -> None:
        """Records > People… (issue 22)."""
        from .dialogs.people_dialog import open_people
        open_people(self)

    # --- drafts kept when an operator leaves ---------------------------------------------------

    @property
    def kept_folder(self) -> Path | None:
        if self.draft_file is None:
            return None
        from mscprep.drafts import KEPT_FOLDER
        return self.draft_file.parent / KEPT_FOLDER

    def keep_draft(self, form: dict) -> None:
        """Keep an operator's unsaved case (a file beside the crash draft, owner-only)."""
        from mscprep.drafts import keep_draft
        saved_at = datetime.now().astimezone().isoformat(timespec="seconds")
        path = keep_draft(form, self.kept_folder) if self.kept_folder is not None else None
        if path is None:
            self._kept.insert(0, {"saved_at": saved_at, "form": form})
        self.kept_action.setEnabled(True)

    def kept_drafts(self) -> list[tuple[Path | None, dict]]:
        """Kept drafts, newest first: (file or None, {"saved_at", "form"})."""
        from mscprep.drafts import kept_drafts
        found = [(None, draft) for draft in self._kept]
        if self.kept_folder is not None:
            found += kept_drafts(self.kept_folder)
        return found

    def restore_kept(self) -> bool:
        """Bring back a draft an operator left unsaved; the operator at the keyboard prepares it now."""
        kept = self.kept_drafts()
        if not kept:
            QMessageBox.information(self, "mscprep", self.tr("No entries are kept."))
            self.kept_action.setEnabled(False)
            return False
        chosen = 0
        if len(kept) > 1:
            names = [self.tr("{0}: {1}, patient {2}").format(
                draft.get("saved_at", "?"), draft["form"].get("operator") or "?",
                draft["form"].get("texts", {}).get("patient_id") or "—") for _path, draft in kept]
            name, ok = QInputDialog.getItem(self, self.tr("Restore kept entries"), self.tr("Entries kept:"), names, 0,
                                            False)
            if not ok:
                return False
            chosen = names.index(name)
        if not self.confirm_discard():
            return False
        path, draft = kept[chosen]
        form = draft["form"]
        texts = self.session.restore(form)
        self.fill_form(texts)
        self._apply_protocol()
        if path is None:
            self._kept.remove(draft)
        else:
            from mscprep.drafts import clear_draft
            clear_draft(path)
        self.kept_action.setEnabled(bool(self.kept_drafts()))
        self.banner.hide_banner("kept")
        self.show_banner(self.tr("Restored the entries {0} left unsaved at {1}. You prepare them now: check the "
                                 "patient and every figure before use.").format(form.get("operator") or "?",
                                                                                 draft.get("saved_at", "?")),
                         "#b35c00", key="restored", closable=True)
        return True

    def choose_records(self) -> None:
        from .dialogs.records_dialog import RecordsDialog
        before = self.settings.get("records")
        if RecordsDialog(self.settings, self).exec() and self.settings.get("records") != before:
            QMessageBox.information(self, "mscprep", self.tr("The records database changes at the next start."))

    def choose_label_printer(self) -> None:
        from mscprep.zpl import queues
        from .dialogs.label_printer_dialog import LabelPrinterDialog
        LabelPrinterDialog(self.settings, queues(), self).exec()

    def choose_balance(self) -> None:
        """Settings > Balance… (issue 25): the balance the gravimetric check reads."""
        from .dialogs.balance_dialog import BalanceDialog
        BalanceDialog(self.settings, self).exec()

    def choose_language(self, code: str) -> None:
        from mscprep.i18n import LANGUAGES
        if code in LANGUAGES:
            self.settings.set("language", code)
            self.languageChosen.emit(code)
            # Said in the language chosen: the one who chose it reads it.
            from .i18n import CatalogTranslator
            source = LANGUAGE_NOTICE
            said = CatalogTranslator(code).translate("MainWindow", source) if code != "en" else None
            QMessageBox.information(self, "mscprep", said or source)

    # --- filling the form ---------------------------------------------------------------

    def fill_form(self, texts: dict) -> None:
        """Put field texts into the widgets (no recompute: the caller does it once)."""
        building, self._building = self._building, True
        try:
            self.protocol_box.setCurrentIndex(max(0, self.protocol_box.findData(texts.get("protocol", "none"))))
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
            if self.session is not None:
                self._show_prepared_by()   # never typed: the session knows who it is
        finally:
            self._building = building

    def load_form(self, texts: dict, reasons: dict, keep_record: bool = False) -> None:
        """Fill the form from field texts (a record, or a draft)."""
        self.fill_form(texts)
        if dict(reasons) != self.session.reasons:
            self.session.reasons = dict(reasons)
            self.session.reason_figures = {}
        if not keep_record:
            self.session.record = None
        self._apply_protocol()
        self.session._bind_reasons()

    # --- drafts -------------------------------------------------------------------------

    def _mark_draft(self) -> None:
        if self.draft_file is None or self._building:
            return
        self._draft_dirty = True
        if not self._draft_timer.isActive():   # never postponed: at most 100 ms behind
            self._draft_timer.start()

    def _focus_changed(self, _old, _new) -> None:
        if self._draft_dirty:
            self.save_draft()

    def draft_state(self) -> dict:
        return self.session.draft()

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if self.draft_file is not None and self.session is not None:
            from mscprep.drafts import write_draft
            self._draft_dirty = not write_draft(self.session.draft(), self.draft_file)

    def clear_saved_draft(self) -> None:
        self._draft_timer.stop()
        self._draft_dirty = False
        if self.draft_file is not None:
            from mscprep.drafts import clear_draft
            clear_draft(self.draft_file)

    def restore_draft(self, draft: dict) -> None:
        """Bring back what was typed before an unexpected end, and say so plainly."""
        texts = self.session.restore(draft.get("form", {}))
        self.fill_form(texts)
        self._apply_protocol()
        from mscprep.session import NOT_TYPED
        if not any(text.strip() for key, text in texts.items() if key not in NOT_TYPED):
            return   # nothing was typed: nothing restored, nothing to say
        self.show_banner(self.tr("Restored the unsaved entries of {0} after an unexpected end. Check the "
                                 "patient and every figure before use.").format(draft.get("saved_at", "?")),
                         "#b35c00", key="restored", closable=True)

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        if not self.confirm_discard():
            event.ignore()
            return
        if self.session is not None and self.session.operator_session is not None:
            self.session.end_operator()   # the operator's session ends, logged (what was unsaved, they discarded)
        # A normal end: nothing needs restoring next time.
        self.clear_saved_draft()
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)

    def show_banner(self, text: str, colour: str, key: str = "notice", closable: bool = False,
                    action=None) -> None:
        self.banner.show_banner(key, text, colour, closable, action)
