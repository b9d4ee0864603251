"""Settings > Records database: where records are kept. Empty: the file in this user's data
folder; a file path: another SQLite file; postgresql://USER@SERVER/DATABASE: the site's
shared server (a password belongs in ~/.pgpass, not here). MSCPREP_DATABASE_URL, set on the
computer, wins over the setting. The change applies at the next start, so that a case is
never saved half here and half there."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..messages import translate_message
from ..widgets import fit_to_screen, scrolling_dialog_body


class RecordsDialog(QDialog):
    def __init__(self, settings, parent=None):
        from mscprep.records.paths import DATABASE_URL_VARIABLE, database_path
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Records database"))
        body = QWidget()
        column = QVBoxLayout(body)
        intro = QLabel(self.tr("Empty: the records file of this computer ({0}). A file path: another records "
                               "file. postgresql://USER@SERVER/DATABASE: the site's shared record server (keep the "
                               "password in ~/.pgpass, not here).").format(database_path()))
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        line = QHBoxLayout()
        self.location = QLineEdit(settings.get("records"))
        self.location.setObjectName("records_location")
        self.location.setAccessibleName(self.tr("Records database"))
        line.addWidget(self.location, 1)
        browse = QPushButton(self.tr("File…"))
        browse.setObjectName("records_browse")
        browse.clicked.connect(self._browse)
        line.addWidget(browse)
        form.addRow(self.tr("Records database"), line)
        column.addLayout(form)
        self.overridden = os.environ.get(DATABASE_URL_VARIABLE)
        if self.overridden:
            from mscprep.records.backends import redact
            wins = QLabel(self.tr("{0} is set on this computer and wins over this setting: {1}").format(
                DATABASE_URL_VARIABLE, redact(self.overridden)))
            wins.setObjectName("records_overridden")
            wins.setWordWrap(True)
            wins.setStyleSheet("font-weight: bold;")
            column.addWidget(wins)
        test = QPushButton(self.tr("Test the connection"))
        test.setObjectName("records_test")
        test.clicked.connect(self.test)
        column.addWidget(test, 0, Qt.AlignLeft)
        self.result = QLabel()
        self.result.setObjectName("records_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        column.addWidget(self.result)
        column.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        scrolling_dialog_body(self, body, self.buttons)
        fit_to_screen(self, 660, 300)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Records database"), self.location.text(),
                                                    "SQLite (*.sqlite3 *.db)",
                                                    options=QFileDialog.DontUseNativeDialog
                                                    | QFileDialog.DontConfirmOverwrite)
        if path:
            self.location.setText(path)

    def test(self) -> bool:
        """Ask a server now (a file is only looked at: a test creates nothing)."""
        from mscprep.records.backends import is_postgres_url
        from mscprep.records.paths import database_location
        location = database_location(self.location.text().strip() or None)
        if not is_postgres_url(str(location)):
            path = Path(location)
            self._show(True, self.tr("Records are kept in the file {0}.").format(path) if path.exists() else
                       self.tr("A new records file will be made at {0} at the next start.").format(path))
            return True
        from mscprep.records.store import open_store
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            store, status = open_store(str(location))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if store is not None:
            store.close()
        self._show(status.reachable, self.tr("Connected to the record server {0}.").format(status.location)
                   if status.reachable else translate_message(status.message))
        return status.reachable

    def _show(self, good: bool, text: str) -> None:
        self.result.setText(text)
        self.result.setProperty("role", "" if good else "error")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def _accept(self) -> None:
        self.settings.set("records", self.location.text().strip())
        self.accept()
