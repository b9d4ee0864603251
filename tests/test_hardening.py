"""Clean-room hardening: no network, faults explained, nothing typed lost, clean logs."""

import logging
import os
import shutil
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from mscprep import logs
from mscprep.records.store import RecordStore, StoreError
from ui.crash import install_excepthook, read_draft
from ui.main_window import MainWindow
from ui.settings import Settings

from helpers import ROOT, plan, window_process

CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_id": "MRN-424242", "patient_name": "Hanako Secretname",
        "din": "A999921123456"}


def make_window(qtbot, tmp_path, **kwargs):
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def type_case(qtbot, window, case=CASE):
    for key, text in case.items():
        field = window.inputs[key]
        if hasattr(field, "findData"):      # a choice (the diluent)
            field.setCurrentIndex(field.findData(text))
        else:
            qtbot.keyClicks(field, text)


def shown_text(field) -> str:
    return field.currentData() if hasattr(field, "findData") else field.text()


# --- never the network ------------------------------------------------------------------

NO_NETWORK = r"""
import os, socket, sys, tempfile
attempts = []
def refuse(*args, **kwargs):
    attempts.append(args)
    raise OSError("network use blocked by the test")
real_socket = socket.socket
class GuardedSocket(real_socket):
    def __init__(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6):
            refuse(family)
        super().__init__(family, *args, **kwargs)
socket.socket = GuardedSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse
socket.gethostbyname = refuse
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
folder = {folder!r}
os.environ["MSCPREP_DATA_DIR"] = folder
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
from mscprep import logs
from mscprep.records.paths import data_dir
logs.configure(data_dir())
from ui.main_window import MainWindow
from ui.settings import Settings
from mscprep.records.store import RecordStore
from mscprep.records.doublecheck import compare
from mscprep.preparation.gravimetric import weigh_entered as weigh
from helpers import plan
store = RecordStore()
window = MainWindow(settings=Settings(QSettings(folder + "/s.ini", QSettings.IniFormat)), store=store,
                    operator="K. Tanaka")
window.show()
for key, text in {case!r}.items():
    field = window.inputs[key]
    field.setCurrentIndex(field.findData(text)) if hasattr(field, "findData") else field.setText(text)
app.processEvents()
assert window.state.status_kind == "ok", window.state
window.records.save()
record = window.session.record
store.record_check(record, "M. Sato", {{}}, compare(record.plan, window.state.preparation))
store.record_weighing(record, "K. Tanaka", weigh(window.state.preparation, "20 g", "70.25 g"))
pdf = window.printing.sheet_bytes()
assert pdf.startswith(b"%PDF")
from ui.printing import render_pages
assert len(render_pages(pdf, 50)) >= 3
window.close(); window.deleteLater(); app.processEvents()
print("attempts", len(attempts))
sys.exit(1 if attempts else 0)
"""


def test_a_whole_preparation_never_touches_the_network(tmp_path):
    code = NO_NETWORK.format(root=str(ROOT), tests=str(ROOT / "tests"), case=CASE, folder=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "attempts 0" in result.stdout


def test_the_guard_does_catch_a_connection():
    code = NO_NETWORK.split("os.environ[\"QT_QPA_PLATFORM\"]")[0] + (
        "import urllib.request\ntry:\n    urllib.request.urlopen('http://192.0.2.1/', timeout=1)\n"
        "except Exception:\n    pass\nprint('attempts', len(attempts))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "attempts 1" in result.stdout or "attempts 2" in result.stdout


# --- faults ------------------------------------------------------------------------------

def test_disk_full_is_a_clear_error_and_keeps_what_was_saved(tmp_path):
    store = RecordStore(tmp_path / "records.sqlite3")
    first = store.save(plan(), "K. Tanaka")
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")   # no room to grow: a full disk
    with pytest.raises(StoreError, match="is full"):
        for _ in range(50):
            store.save(plan(), "K. Tanaka")
    store.close()
    again = RecordStore(tmp_path / "records.sqlite3")
    assert again.latest(first.record_id) == first
    assert again.verify_audit().intact


def test_missing_font_is_explained(tmp_path):
    resources = tmp_path / "res"
    shutil.copytree(ROOT / "resources", resources)
    (resources / "fonts" / "DroidSansFallbackFull.ttf").unlink()
    result = subprocess.run([sys.executable, "-m", "mscprep", "sheet", "--weight", "70 kg", "--dose", "1e6 cell/kg",
                             "--concentration", "1e7 cell/mL", "--viability", "90%", "--duration", "30 min",
                             "-o", str(tmp_path / "s.pdf")], cwd=ROOT, capture_output=True, text=True,
                            env=dict(os.environ, MSCPREP_RESOURCES=str(resources)))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "DroidSansFallbackFull.ttf cannot be loaded" in result.stderr and "reinstall mscprep" in result.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_corrupt_settings_file_does_not_stop_the_window(qtbot, tmp_path):
    (tmp_path / "s.ini").write_bytes(b"\x00\xff[General]\nweight_unit=\x01\x02\nprotocol=@Variant(\x00\x00garbage\n")
    window = make_window(qtbot, tmp_path)
    assert window.weight_unit.currentText() == "kg"
    type_case(qtbot, window)
    assert window.state.status_kind == "ok"


def test_broken_protocol_file_is_shown_and_the_others_still_work(qtbot, tmp_path):
    from mscprep.protocol.loader import load_protocols
    folder = tmp_path / "protocols"
    shutil.copytree(ROOT / "resources" / "protocols", folder)
    (folder / "broken.toml").write_text("id = [oops", encoding="utf-8")
    window = make_window(qtbot, tmp_path, protocols=load_protocols(folder))
    problems = window.findChild(type(window.protocol_info), "protocol_problems")
    assert "broken.toml" in problems.text() and "not valid TOML" in problems.text()
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("temcell"))
    qtbot.keyClicks(window.inputs["weight"], "60 kg")
    assert window.result_values["final_volume"].text() == "48 mL"


def test_missing_printer_is_explained(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    type_case(qtbot, window)
    shown = []
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrinterInfo.availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintPreviewDialog.exec", lambda self: 0)
    monkeypatch.setattr("ui.print_actions.QMessageBox.information", lambda *args: shown.append(args[2]))
    window.printing.print_preview()
    assert shown and "No printer is installed" in shown[0]


# --- nothing typed is lost ---------------------------------------------------------------

def test_unexpected_exception_is_logged_shown_and_survived(tmp_path):
    logs.configure(tmp_path, "INFO")
    shown = []
    previous = sys.excepthook
    try:
        install_excepthook(shown.append)
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown == ["ValueError: boom in a slot"]
    for handler in logging.getLogger("mscprep").handlers:
        handler.flush()
    assert "boom in a slot" in (tmp_path / "mscprep.log").read_text(encoding="utf-8")


def test_form_is_autosaved_and_restored_marked_as_such(qtbot, tmp_path):
    draft = tmp_path / "draft.json"
    window = make_window(qtbot, tmp_path, draft_file=draft)
    type_case(qtbot, window)
    window.session.reasons["rate_above_max"] = "typed reason"
    qtbot.waitUntil(lambda: read_draft(draft) is not None and
                    read_draft(draft)["form"]["texts"].get("duration") == "30 min", timeout=3000)
    assert oct(os.stat(draft).st_mode)[-3:] == "600"
    restored = make_window(qtbot, tmp_path)
    restored.restore_draft(read_draft(draft))
    for key, text in CASE.items():
        assert shown_text(restored.inputs[key]) == text
    assert restored.banner.isVisible() and "Restored the unsaved entries" in restored.banner.text()
    assert restored.result_values["volume_to_draw"].text() == "7.778 mL"
    window.close()
    assert not draft.exists()   # a normal end leaves nothing to restore


KILLED = r"""
for key, text in {case!r}.items():
    field = window.inputs[key]
    field.setCurrentIndex(field.findData(text)) if hasattr(field, "findData") else field.setText(text)
QTimer.singleShot(1500, lambda: os.kill(os.getpid(), signal.SIGKILL))   # a crash, mid-session
app.exec()
"""


def test_draft_survives_a_killed_application(tmp_path):
    draft = tmp_path / "draft.json"
    result = window_process(tmp_path, KILLED, case=CASE)
    assert result.returncode == -signal.SIGKILL
    saved = read_draft(draft)
    assert saved["form"]["texts"]["weight"] == "70 kg" and saved["form"]["texts"]["duration"] == "30 min"


# --- logs ----------------------------------------------------------------------------------

def test_log_of_a_preparation_holds_no_patient_identity(qtbot, tmp_path):
    path = logs.configure(tmp_path / "logdir", "DEBUG")
    store = RecordStore(tmp_path / "records.sqlite3")
    window = make_window(qtbot, tmp_path, store=store, operator="K. Tanaka")
    type_case(qtbot, window)
    window.records.save()
    window.printing.log_print()
    for handler in logging.getLogger("mscprep").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert f"record {window.session.record.record_id} version 1 saved" in text and "print of record" in text
    for secret in ("MRN-424242", "Secretname", "Hanako"):
        assert secret not in text


def test_unwritable_log_folder_means_no_log_not_a_crash(tmp_path):
    (tmp_path / "file").write_text("x")
    assert logs.configure(tmp_path / "file" / "logs") is None
