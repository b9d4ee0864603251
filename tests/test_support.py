"""The support bundle (mscprep support -o FILE.zip): what IT and the maintainers need, with
no patient name, patient ID, DIN or staff name anywhere inside."""

from __future__ import annotations

import json
import zipfile

from helpers import cli, plan

PATIENT_NAME, PATIENT_ID, DIN = "Hanako Yamadazawa", "PX-778812", "A999921123456"
STAFF = "Kenji Tanaka (KT)"


def saved_store(tmp_path, monkeypatch):
    from mscprep.records.store import RecordStore
    monkeypatch.setenv("MSCPREP_DATA_DIR", str(tmp_path / "data"))
    database = tmp_path / "records.sqlite3"
    store = RecordStore(database)
    store.save(plan(patient_name=PATIENT_NAME, patient_id=PATIENT_ID, din=DIN), STAFF)
    store.close()
    return database


def write_log(tmp_path, lines):
    from mscprep.logs import LOG_NAME
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / LOG_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_zip(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_bundle_holds_what_support_needs_and_no_patient_data(tmp_path, monkeypatch, capsys):
    database = saved_store(tmp_path, monkeypatch)
    write_log(tmp_path, [
        "2026-12-01 09:00:00 INFO mscprep.ui: application started",
        f"2026-12-01 09:01:00 ERROR mscprep.ui: unexpected error ValueError: bad value '{PATIENT_NAME}'",
        f"2026-12-01 09:02:00 INFO mscprep.ui: search {PATIENT_ID} by {STAFF}",
        "2026-12-01 09:03:00 INFO mscprep.ui: scanned =A99992112345600 and W000009123456",
        "2026-12-01 09:04:00 INFO mscprep.ui: record R-1 version 1 saved (plan p, blocked=False)",
    ])
    out = tmp_path / "support.zip"
    code, stdout, stderr = cli(capsys, "support", "-o", out, "--db", database)
    assert code == 0, stderr
    files = read_zip(out)
    assert set(files) == {"about.json", "settings.json", "protocols.json", "audit.txt", "log.txt"}
    everything = "\n".join(files.values())
    for secret in (PATIENT_NAME, PATIENT_ID, DIN, STAFF, "Yamadazawa", "W000009123456", "A99992112345600"):
        assert secret not in everything, secret
    about = json.loads(files["about.json"])
    assert about["database"] == {"kind": "sqlite", "file": str(database), "exists": True}
    assert about["libraries"]["pint"]
    ids = {p["id"] for p in json.loads(files["protocols.json"])["protocols"]}
    assert {"temcell", "ryoncil"} <= ids
    assert "audit trail intact" in files["audit.txt"] and "records: 1 rows" in files["audit.txt"]
    log = files["log.txt"].splitlines()
    assert log[0].endswith("application started")          # what is not private stays readable
    assert log[4].endswith("record R-1 version 1 saved (plan p, blocked=False)")
    assert "[removed]" in log[1] and "[removed]" in log[2] and "[removed]" in log[3]


def test_window_settings_lose_names_and_passwords(tmp_path, monkeypatch):
    from mscprep.support import build
    database = saved_store(tmp_path, monkeypatch)
    data = build(database, {"operator": "Mika Sato (MS)", "language": "ja",
                            "records": f"{database}", "printer": "postgresql://app:s3cret@db/records"})
    out = tmp_path / "s.zip"
    out.write_bytes(data)
    files = read_zip(out)
    settings = json.loads(files["settings.json"])["window"]
    assert settings["operator"] == "[removed]" and settings["language"] == "ja"
    assert "s3cret" not in "\n".join(files.values()) and "Mika Sato" not in "\n".join(files.values())


def test_a_missing_database_is_reported_not_created(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MSCPREP_DATA_DIR", str(tmp_path / "data"))
    missing = tmp_path / "none.sqlite3"
    out = tmp_path / "support.zip"
    code, _, stderr = cli(capsys, "support", "-o", out, "--db", missing)
    assert code == 0, stderr
    assert "no record database" in read_zip(out)["audit.txt"]
    assert not missing.exists()


def test_an_unwritable_target_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MSCPREP_DATA_DIR", str(tmp_path / "data"))
    code, _, stderr = cli(capsys, "support", "-o", tmp_path / "no" / "such" / "folder" / "s.zip",
                          "--db", tmp_path / "x.sqlite3")
    assert code == 2 and len(stderr.strip().splitlines()) == 1 and "-o: cannot write" in stderr


def test_the_window_saves_the_bundle_from_the_help_menu(qtbot, tmp_path, monkeypatch, settings):
    from ui.main_window import MainWindow
    database = saved_store(tmp_path, monkeypatch)
    settings.set("operator", STAFF)
    settings.set("records", str(database))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    help_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")
    assert "Support bundle..." in [action.text() for action in help_menu.actions()]
    out = tmp_path / "from-window.zip"
    assert window.save_support_bundle(str(out)) == out
    files = read_zip(out)
    everything = "\n".join(files.values())
    assert STAFF not in everything and PATIENT_NAME not in everything and DIN not in everything
    assert json.loads(files["settings.json"])["window"]["operator"] == "[removed]"
    assert "records: 1 rows" in files["audit.txt"]
    assert "no patient names" in window.statusBar().currentMessage()
