"""Independent double check (ISMP): a second person types the source figures from the
source documents, starting from an empty form but for the record's identity. Nothing is
filled in for them (no protocol default, no figure of the first preparation), the DIN is
scanned or typed when the record has one, and until every required figure is there the
Compare button says what is missing. Comparing records the check (mscprep.session:
check_record; the core refuses anyone who prepared, changed or saved the record) and shows
both computations side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QToolButton,
                               QVBoxLayout, QWidget)

from mscprep.errors import InputError
from mscprep.form.fields import FIELD_BY_KEY
from mscprep.records.doublecheck import CARRIED_FIELDS, CHECK_FIELDS, blind_view, comparison, missing_figures, \
    required_figures
from mscprep.records.errors import StoreError

from ..messages import translate_message
from ..widgets import ChoiceBox, fit_to_screen, scrolling_dialog_body

# The comparison's row names (mscprep.records.doublecheck.LABELS), marked for the catalogs.
RESULT_NAMES = (
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Dose"), QT_TRANSLATE_NOOP("DoubleCheckDialog", "Dose per kg"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Volume to draw"), QT_TRANSLATE_NOOP("DoubleCheckDialog", "Diluent volume"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Final volume"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Final concentration"), QT_TRANSLATE_NOOP("DoubleCheckDialog", "Rate"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Duration"), QT_TRANSLATE_NOOP("DoubleCheckDialog", "Cell rate"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "DMSO"), QT_TRANSLATE_NOOP("DoubleCheckDialog", "DIN"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Arm"), QT_TRANSLATE_NOOP("DoubleCheckDialog", "Aliquots"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Blocked"), QT_TRANSLATE_NOOP("DoubleCheckDialog", "Use by"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Dosing calendar"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Containers to thaw"),
    QT_TRANSLATE_NOOP("DoubleCheckDialog", "Suspension to draw (as measured)"),
)
# Compared values that are words, not figures.
VALUE_WORDS = {"yes": QT_TRANSLATE_NOOP("DoubleCheckDialog", "yes"), "no": QT_TRANSLATE_NOOP("DoubleCheckDialog", "no"),
               "active": QT_TRANSLATE_NOOP("DoubleCheckDialog", "active"),
               "placebo": QT_TRANSLATE_NOOP("DoubleCheckDialog", "placebo")}
DIFFERS = "#f8d0d0"
# Typed as they stand on the source: codes, counts, plain numbers and times carry no unit.
WITHOUT_UNIT = ("din", "container_dins", "hemocytometer", "dead", "dilution_factor", "in_line_ratio", "randomisation_code",
                "dose_number", "thawed_at", "first_dose_at")


def value_text(text: str) -> str:
    """A compared value in the UI language: figures and units as they are, words translated,
    a value the core gives with its id (the dosing calendar) formatted from that id."""
    if getattr(text, "template", None):
        return translate_message(text)
    translate = lambda source: QCoreApplication.translate("DoubleCheckDialog", source)  # noqa: E731
    word = VALUE_WORDS.get(text)
    return translate(word) if word else text


def count_method(inputs: dict) -> str:
    """How the record's cells were counted, so the checker is offered the same fields."""
    if inputs.get("hemocytometer"):
        return "hemocytometer"
    if inputs.get("cells_in_product") or inputs.get("product_volume"):
        return "label"
    return "counter"


def offered_fields(record, protocols) -> tuple[str, ...]:
    """The check fields that can matter for this record (its protocol, its count method), in
    the form's order. The randomisation list is the pharmacy's file: carried, not typed."""
    from mscprep.form.disclosure import relevant_fields
    try:
        relevant = relevant_fields(protocols.get(record.protocol_id), count_method(record.inputs))
    except InputError:      # the record's protocol file is gone: offer every field
        relevant = None
    if count_method(record.inputs) == "hemocytometer" and relevant is not None:
        relevant = relevant | {"dead"}
    return tuple(key for key in CHECK_FIELDS if key not in CARRIED_FIELDS and (relevant is None or key in relevant))


class DoubleCheckDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.record = record = session.current_record()
        self.outcome = None
        self.setWindowTitle(self.tr("Independent double check"))
        self.requirements = required_figures(record)
        required_keys = {key for requirement in self.requirements for key in requirement.keys}
        offered = offered_fields(record, session.protocols)
        used = {key for key, text in record.inputs.items() if text not in (None, "")}

        body = QWidget()
        layout = QVBoxLayout(body)
        view = blind_view(record)
        try:
            protocol = (self.tr("No protocol (app defaults only)") if view["protocol"] in (None, "", "none")
                        else session.protocols.get(view["protocol"]).name)
        except InputError:
            protocol = view["protocol"]
        identity = QLabel(self.tr(
            "Record {0} version {1} · patient {2} ({3}) · protocol {4} · prepared by {5}").format(
            view["record_id"], view["version"], view["patient_name"] or "—", view["patient_id"] or "—", protocol,
            view["prepared_by"]))
        identity.setObjectName("check_identity")
        identity.setWordWrap(True)
        identity.setStyleSheet("font-weight: bold;")
        identity.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(identity)
        # The checker confirms whose preparation it is, not only its figures.
        self.patient_confirmed = QCheckBox(self.tr(
            "I confirmed the patient name {0} and ID {1} against the prescription").format(
            view["patient_name"] or "—", view["patient_id"] or "—"))
        self.patient_confirmed.setObjectName("patient_confirmed")
        self.patient_confirmed.toggled.connect(lambda _on: self._changed())
        layout.addWidget(self.patient_confirmed)
        how = QLabel(self.tr("Type every figure yourself from the source documents (the counter print-out or the "
                             "product label, the prescription, the patient's chart). Nothing is filled in for you, "
                             "and the first results stay hidden until you compare."))
        how.setWordWrap(True)
        layout.addWidget(how)

        who = QFormLayout()
        who.setRowWrapPolicy(QFormLayout.WrapLongRows)
        # Once people are enrolled the checker signs with their own badge and PIN: there is no
        # name to type, and the session at this keyboard (the preparer's) never signs it.
        self.staffed = self._staffed()
        self.checked_by = ""        # who signed the recorded check
        self.checker = self.checker_badge = self.checker_pin = None
        if self.staffed:
            sign = QLabel(self.tr("Checker: scan your own badge and type your PIN. Whoever prepared, changed or "
                                  "saved this record cannot sign its check."))
            sign.setWordWrap(True)
            who.addRow(sign)
            from .badge_dialog import badge_fields
            self.checker_badge, self.checker_pin = badge_fields(self, who, "checker_")
        else:
            self.checker = QLineEdit(self._checker_default())
            self.checker.setObjectName("checker")
            self.checker.setAccessibleName(self.tr("Checker (name and initials)"))
            who.addRow(self.tr("Checker (name and initials)"), self.checker)
        layout.addLayout(who)

        self.inputs: dict[str, QLineEdit | ChoiceBox] = {}
        required = QGroupBox(self.tr("Required: type each from the source documents"))
        required.setObjectName("check_required")
        required_form = self._form(required)
        for key in offered + tuple(sorted(required_keys - set(offered))):
            if key in required_keys:
                self._add_field(required_form, key)
        for requirement in self.requirements:
            if len(requirement.keys) > 1:
                note = QLabel(self.tr("{0}: one of them is enough").format(self._label(requirement)))
                note.setProperty("role", "help")
                note.setWordWrap(True)
                required_form.addRow(note)
        layout.addWidget(required)
        others = [key for key in offered if key not in required_keys]
        first = [key for key in others if key in used]       # the record used them: say them too
        later = [key for key in others if key not in used]
        if first:
            box = QGroupBox(self.tr("Also on the record: type them if the sources state them"))
            box.setObjectName("check_also")
            form = self._form(box)
            for key in first:
                self._add_field(form, key)
            layout.addWidget(box)
        self.more_fields = QWidget()
        if later:
            self.more = QToolButton()
            self.more.setObjectName("check_more")
            self.more.setCheckable(True)
            self.more.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            self.more.setArrowType(Qt.RightArrow)
            self.more.setText(self.tr("More ({0})").format(len(later)))
            layout.addWidget(self.more)
            form = QFormLayout(self.more_fields)
            form.setRowWrapPolicy(QFormLayout.WrapLongRows)
            form.setContentsMargins(0, 0, 0, 0)
            for key in later:
                self._add_field(form, key)
            self.more.toggled.connect(self._toggle_more)
            layout.addWidget(self.more_fields)
        self.more_fields.hide()

        self.result_box = QGroupBox(self.tr("Comparison"))
        self.result_box.setObjectName("check_result")
        result_layout = QVBoxLayout(self.result_box)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("check_table")
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Record"), self.tr("Your check"),
                                              self.tr("Difference"), self.tr("Agrees")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)   # the dialog scrolls, not the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        result_layout.addWidget(self.table)
        layout.addWidget(self.result_box)
        self.result_box.hide()
        layout.addStretch(1)

        footer = QWidget()
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("check_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        footer_layout.addWidget(self.message)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compare")
        self.compare_button.clicked.connect(self.run_compare)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.addButton(self.compare_button, QDialogButtonBox.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            # Enter (typed, or sent by a barcode scanner after the DIN) moves to the next field;
            # it never presses a button.
            button.setAutoDefault(False)
            button.setDefault(False)
        footer_layout.addWidget(self.buttons)
        self.scroll = scrolling_dialog_body(self, body, footer)
        identity = [self.checker_badge, self.checker_pin] if self.staffed else [self.checker]
        for widget in identity:
            widget.textChanged.connect(self._changed)
        identity[-1].returnPressed.connect(self._next_field)
        self._changed()
        fit_to_screen(self, 820, 900)
        first_empty = next((edit for edit in [*identity, *self.inputs.values()]
                            if isinstance(edit, QLineEdit) and not edit.text()), identity[0])
        first_empty.setFocus(Qt.OtherFocusReason)

    # --- building -------------------------------------------------------------------------

    def _staffed(self) -> bool:
        try:
            return self.session.staffed()
        except StoreError:
            return False

    def _checker_default(self) -> str:
        """The operator at this keyboard, when they may check this record (the pharmacist
        at their own workstation); empty for the preparer."""
        operator = (self.session.operator or "").strip()
        store = self.session.store
        if not operator or store is None:
            return ""
        try:
            return "" if store.checker_conflict(self.record, operator) else operator
        except StoreError:
            return ""

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        return form

    def _add_field(self, form: QFormLayout, key: str) -> None:
        spec = FIELD_BY_KEY[key]
        if spec.choices:
            widget = ChoiceBox()
            widget.addItem("", "")
            for choice in spec.choices:
                widget.addItem(self.tr(choice.replace("_", " ")), choice)
            widget.currentIndexChanged.connect(self._changed)
            widget.enterPressed.connect(self._next_field)
        else:
            widget = QLineEdit()
            # No example figure: a number shown could anchor a blind check.
            widget.setPlaceholderText(self.tr("from the source document") if key in WITHOUT_UNIT
                                      else self.tr("from the source document, with its unit"))
            widget.textChanged.connect(self._changed)
            widget.returnPressed.connect(self._next_field)
        widget.setObjectName(f"check_{key}")
        widget.setAccessibleName(self.tr(spec.label))
        label = QLabel(self.tr(spec.label))
        label.setWordWrap(True)
        label.setBuddy(widget)
        form.addRow(label, widget)
        self.inputs[key] = widget

    def _next_field(self) -> None:
        """Enter: on to the next field, scrolled into view (with gloves the dialog scrolls).
        The other containers' DINs are scanned one after another into one field: Enter after
        a DIN keeps the focus for the next container's read (the count is never shown: the
        containers thawed are a compared result); Enter on an empty read moves on."""
        if self._another_din_wanted():
            return
        self.focusNextChild()
        widget = self.focusWidget()
        if widget is not None and self.scroll.widget().isAncestorOf(widget):
            from ..widgets import reveal
            reveal(self.scroll, widget, 20, 40)

    def _another_din_wanted(self) -> bool:
        from mscprep.din import parse_dins
        widget = self.inputs.get("container_dins")
        if widget is None or self.focusWidget() is not widget:
            return False
        text = widget.text()
        if not text.strip() or text != text.rstrip():
            return False            # an empty read: on to the next field
        try:
            parse_dins(text)
        except InputError:          # an unreadable DIN: select it, the next scan replaces it
            start = len(text.rstrip()) - len(text.split()[-1])
            widget.setSelection(start, len(text) - start)
            return True
        widget.setText(text + " ")
        widget.setCursorPosition(len(widget.text()))
        return True

    def _toggle_more(self, on: bool) -> None:
        self.more_fields.setVisible(on)
        self.more.setArrowType(Qt.DownArrow if on else Qt.RightArrow)

    def _label(self, requirement) -> str:
        return self.tr(" or ").join(self.tr(FIELD_BY_KEY[key].label) for key in requirement.keys)

    # --- state ----------------------------------------------------------------------------

    def checker_inputs(self) -> dict[str, str]:
        """What the checker typed (field key -> text); empty fields are not part of it."""
        entered = {}
        for key, widget in self.inputs.items():
            text = widget.text() if isinstance(widget, QLineEdit) else (widget.currentData() or "")
            if text.strip():
                entered[key] = text
        return entered

    def missing(self) -> list[str]:
        """What is still to enter before comparing, as the checker reads it."""
        if self.staffed:
            names = [] if self.checker_badge.text().strip() and self.checker_pin.text() else \
                [self.tr("Your badge and PIN")]
        else:
            names = [] if len(self.checker.text().strip()) >= 2 else [self.tr("Checker (name and initials)")]
        if not self.patient_confirmed.isChecked():
            names.append(self.tr("Patient name and ID confirmed"))
        return names + [self._label(requirement) for requirement in missing_figures(self.record, self.checker_inputs())]

    def _changed(self) -> None:
        missing = self.missing()
        self.compare_button.setEnabled(not missing)
        if missing:
            self.compare_button.setText(self.tr("Compare: {0} still to enter").format(len(missing)))
            self.compare_button.setToolTip(", ".join(missing))
            self.message.setText(self.tr("To compare, enter from the source documents: {0}").format(", ".join(missing)))
            self._verdict("")
        else:
            self.compare_button.setText(self.tr("Compare and record the check"))
            self.compare_button.setToolTip("")
            self.message.setText(self.tr("Every required figure is entered. Comparing records the check under "
                                         "your name."))
            self._verdict("")
        if self.outcome is not None:
            # The comparison shown was of other figures: never leave it standing as if current.
            self.outcome = None
            self.result_box.hide()
        self.message.setAccessibleDescription(self.message.text())

    def _verdict(self, role: str) -> None:
        """"refused", "passed" or "" (ui.appearance styles them for either palette)."""
        if self.message.property("role") != role:
            self.message.setProperty("role", role)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self._verdict("refused")

    # --- comparing ------------------------------------------------------------------------

    def run_compare(self) -> None:
        if self.missing():
            self._changed()
            return
        signer = None
        if self.staffed:
            try:
                signer = self.session.authenticate(self.checker_badge.text(), self.checker_pin.text())
            except (InputError, StoreError) as error:
                self.checker_pin.clear()
                self._refuse(translate_message(getattr(error, "message", None) or str(error)))
                return
        checker = signer.name if signer is not None else self.checker.text().strip()
        try:
            refusal = self.session.store.checker_conflict(self.record, checker, signer)
        except StoreError as error:
            self._refuse(translate_message(error))
            return
        if refusal:   # refused before anything of the first preparation is shown
            if self.checker_pin is not None:
                self.checker_pin.clear()      # a PIN is never left standing in a refused dialog
            self._refuse(translate_message(refusal))
            return
        try:
            outcome = self.session.check_record(checker, self.checker_inputs(), signer=signer)
            self.checked_by = checker
        except InputError as error:
            spec = FIELD_BY_KEY.get(error.field)
            name = self.tr(spec.label) if spec else self.tr("Checker (name and initials)") \
                if error.field == "checker" else error.field
            self._refuse(f"{name}: {translate_message(error.message)}")
            widget = self.inputs.get(error.field)
            if widget is not None:
                widget.setFocus(Qt.OtherFocusReason)
            return
        except StoreError as error:
            self._refuse(self.tr("The check could not be recorded: {0}").format(translate_message(error)))
            return
        self.outcome = outcome
        self.show_outcome()


    def show_outcome(self) -> None:
        outcome = self.outcome
        rows = comparison(outcome)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (self.tr(row.label), value_text(row.first), value_text(row.second), row.difference,
                     "✓ " + self.tr("agrees") if row.agrees else "✗ " + self.tr("differs"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.agrees:
                    item.setBackground(QColor(DIFFERS))
                    item.setForeground(QColor("#000000"))
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())
        self.result_box.show()
        # Recorded: the same figures are not recorded twice; a change to any of them asks again.
        self.compare_button.setEnabled(False)
        self.compare_button.setText(self.tr("Check recorded"))
        if outcome.matched:
            self.message.setText(self.tr("Verified: every result agrees within {0:.0%}. The check is recorded "
                                         "under your name.").format(outcome.tolerance))
            self._verdict("passed")
        else:
            count = len(outcome.differences)
            self.message.setText((self.tr("1 result differs by more than {1:.0%}. The check is recorded as not "
                                          "matching: resolve the difference with the preparer; the record is not "
                                          "verified.") if count == 1 else
                                  self.tr("{0} results differ by more than {1:.0%}. The check is recorded as not "
                                          "matching: resolve the difference with the preparer; the record is not "
                                          "verified.")).format(count, outcome.tolerance))
            self._verdict("refused")
        self.message.setAccessibleDescription(self.message.text())
        self._show_comparison()
        QTimer.singleShot(0, self._show_comparison)   # again once the table's rows are laid out

    def _show_comparison(self) -> None:
        """Scroll the comparison's top into sight (the inputs stay above it)."""
        self.scroll.widget().layout().activate()
        bar = self.scroll.verticalScrollBar()
        bar.setValue(min(bar.maximum(), self.result_box.y() - 6))
