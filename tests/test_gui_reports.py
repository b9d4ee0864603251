"""The window's entry points to the quality review: Records > Quality report... writes the
period's report (and its CSV files), History > Audit-trail review... writes one record's
review; both in the window's language."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QDate, QSettings

import report_store
from mscprep.records.store import RecordStore
from ui.dialogs.history_dialog import HistoryDialog
from ui.dialogs.quality_report_dialog import QualityReportDialog
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def store(tmp_path):
    opened = RecordStore(tmp_path / "records.sqlite3")
    yield opened
    opened.close()


def text_of(path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def make_window(qtbot, tmp_path, store, language="en"):
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)),
                        language=language, store=store, operator="K. Tanaka (KT)")
    qtbot.addWidget(window)
    return window


def test_the_records_menu_offers_the_quality_report_while_nobody_is_enrolled(qtbot, tmp_path, store):
    window = make_window(qtbot, tmp_path, store)
    window._update_record_actions()
    action = window.record_actions["quality"]
    assert action.text() == "Quality report…" and action in window.records_menu.actions() and action.isEnabled()
    assert window.records.may_report()


def test_the_dialog_writes_the_period_report_and_its_csv(qtbot, tmp_path, store):
    ids = report_store.build(store)
    window = make_window(qtbot, tmp_path, store)
    dialog = QualityReportDialog(store, "en", window)
    qtbot.addWidget(dialog)
    today = datetime.now(timezone.utc).date()
    dialog.date_from.setDate(QDate(today.year, today.month, 1))
    dialog.date_to.setDate(QDate(today.year, today.month, today.day))
    dialog.with_csv.setChecked(True)
    sentences = []
    dialog.finished_report.connect(sentences.append)
    dialog.make(str(tmp_path / "report.pdf"), background=False)
    assert sentences and "3 preparation(s)" in sentences[0] and "AUDIT" not in sentences[0]
    text = text_of(tmp_path / "report.pdf")
    assert "Audit trail intact" in text and ids["blocked"] in text
    assert (tmp_path / "report-csv" / "failed_checks.csv").read_text(encoding="utf-8").count(ids["blocked"]) >= 2
    assert ((tmp_path / "report.pdf").stat().st_mode & 0o777) == 0o600


def test_the_dialog_in_japanese_writes_a_japanese_report(qtbot, tmp_path, store):
    report_store.build(store)
    window = make_window(qtbot, tmp_path, store, "ja")
    dialog = QualityReportDialog(store, "ja", window)
    qtbot.addWidget(dialog)
    today = datetime.now(timezone.utc).date()
    dialog.date_from.setDate(QDate(today.year, today.month, 1))
    dialog.date_to.setDate(QDate(today.year, today.month, today.day))
    dialog.quick.setChecked(True)
    dialog.make(str(tmp_path / "report.pdf"), background=False)
    text = text_of(tmp_path / "report.pdf")
    assert "品質レポート" in text and "監査チェーンは記録 1 から記録" in text


def test_history_writes_the_audit_trail_review_of_the_chosen_record(qtbot, tmp_path, store):
    ids = report_store.build(store)
    window = make_window(qtbot, tmp_path, store)
    dialog = HistoryDialog(store, window)
    qtbot.addWidget(dialog)
    row = next(index for index, record in enumerate(dialog.records) if record.record_id == ids["changed"])
    dialog.table.selectRow(row)
    path = dialog.review(str(tmp_path / "review.pdf"))
    assert path and ids["changed"] in dialog.count.text()
    text = " ".join(text_of(tmp_path / "review.pdf").split())
    assert ids["changed"] in text and "70 kg 68 kg" in text and report_store.CHANGE_REASON in text
