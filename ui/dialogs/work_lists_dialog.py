"""Work lists: the saved records waiting for a double check, for weighing, for a label
(mscprep.records.worklists). A pharmacist opens the check of a record from the list in one
step: the check runs on the record itself, and the main window's form is left as it is
(covered while the check is open, so the check stays blind)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from mscprep.records.errors import StoreError
from mscprep.records.worklists import LISTS, work_lists

from ..messages import translate_message

TITLES = {"check": QT_TRANSLATE_NOOP("WorkListsDialog", "Awaiting a double check ({0})"),
          "weigh": QT_TRANSLATE_NOOP("WorkListsDialog", "Awaiting weighing ({0})"),
          "label": QT_TRANSLATE_NOOP("WorkListsDialog", "Awaiting a label ({0})")}
ACTS = {"check": QT_TRANSLATE_NOOP("WorkListsDialog", "Check this record…"),
        "weigh": QT_TRANSLATE_NOOP("WorkListsDialog", "Open and weigh…"),
        "label": QT_TRANSLATE_NOOP("WorkListsDialog", "Open and print the label…")}


class WorkListsDialog(QDialog):
    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window = window
        self.setWindowTitle(self.tr("Work lists"))
        from ..widgets import fit_to_screen
        fit_to_screen(self, 900, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.lists: dict[str, QListWidget] = {}
        self.items: dict[str, list] = {}
        self.act_buttons: dict[str, QPushButton] = {}
        for key in LISTS:
            page = QWidget()
            column = QVBoxLayout(page)
            listing = QListWidget()
            listing.setObjectName(f"list_{key}")
            listing.setWordWrap(True)
            listing.itemActivated.connect(lambda _item, key=key: self.act(key))
            column.addWidget(listing, 1)
            button = QPushButton(self.tr(ACTS[key]))
            button.setObjectName(f"act_{key}")
            button.clicked.connect(lambda _checked=False, key=key: self.act(key))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            column.addLayout(row)
            self.lists[key], self.act_buttons[key] = listing, button
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        refresh = buttons.addButton(self.tr("Refresh"), QDialogButtonBox.ActionRole)
        refresh.clicked.connect(self.refresh)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            found = work_lists(self.window.session.store)
        except StoreError as error:
            self.message.setText(translate_message(error))
            found = {key: [] for key in LISTS}
        for number, key in enumerate(LISTS):
            listing = self.lists[key]
            listing.clear()
            self.items[key] = found[key]
            for item in found[key]:
                summary = item.summary
                text = self.tr("{0} v{1} · {2} ({3}) · {4} · saved by {5}").format(
                    summary.record_id, summary.version, summary.patient_name or "—", summary.patient_id or "—",
                    self._protocol_name(summary.protocol_id), summary.operator)
                if item.check_failed:
                    text += " · " + self.tr("the last check did not match")
                entry = QListWidgetItem(text)
                entry.setData(Qt.UserRole, summary.record_id)
                listing.addItem(entry)
            if listing.count():
                listing.setCurrentRow(0)
            self.tabs.setTabText(number, self.tr(TITLES[key]).format(len(found[key])))
            self.act_buttons[key].setEnabled(bool(found[key]))

    def _protocol_name(self, protocol_id: str) -> str:
        try:
            return self.tr(self.window.protocols.get(protocol_id).name)
        except Exception:  # noqa: BLE001 (a protocol no longer shipped: its id)
            return protocol_id or "—"

    def chosen(self, key: str):
        row = self.lists[key].currentRow()
        items = self.items.get(key, [])
        return items[row].summary if 0 <= row < len(items) else None

    def act(self, key: str) -> None:
        summary = self.chosen(key)
        if summary is None:
            return
        record = self.window.session.store.latest(summary.record_id)
        records = self.window.records
        if key == "check":
            records.check_record(record, parent=self)
        elif key == "weigh":
            records.reopen(record)
            records.gravimetric_check()
        else:
            records.reopen(record)
            self.window.printing.print_label()
        self.refresh()
