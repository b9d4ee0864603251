"""Who may check a record (names compared on their form), the operator at the keyboard,
and files holding patient data kept private."""

import os
import stat

import pytest

from mscprep import private_files
from mscprep.errors import InputError
from mscprep.protocol.loader import shipped_protocols
from mscprep.records.names import conflict, same_person
from mscprep.records.store import RecordStore
from mscprep.session import Session

SAME = [("K. Tanaka", "k tanaka"), ("K.Tanaka", "K. Tanaka"), ("Kenji Tanaka (KT)", "K. Tanaka"),
        ("Kenji Tanaka (KT)", "kt"), ("kt", "Kenji Tanaka"), ("K.T.", "Kenji Tanaka"), ("TANAKA Kenji", "Kenji Tanaka"),
        ("Kenji Tanaka", "KenjiTanaka"), ("Tanaka", "K. Tanaka"), ("(KT)", "Kenji Tanaka"),
        ("Kenji Tanaka (KT)", "Keiko Tanaka (KT)"), ("Ｋ．Ｔａｎａｋａ", "K. Tanaka"), ("田中 健二", "健二 田中")]
DIFFERENT = [("Kenji Tanaka", "Keiko Tanaka"), ("K. Tanaka", "M. Sato"), ("kt", "M. Sato"),
             ("Kenji Tanaka (KT)", "Keiko Tanaka (KE)"), ("Aiko Mori", "Hiroshi Ito"), ("", "K. Tanaka")]


@pytest.mark.parametrize("first, second", SAME)
def test_names_that_may_be_the_same_person(first, second):
    assert same_person(first, second) and same_person(second, first)


@pytest.mark.parametrize("first, second", DIFFERENT)
def test_names_of_different_people(first, second):
    assert not same_person(first, second) and not same_person(second, first)


def test_conflict_names_the_person_the_checker_may_be():
    assert conflict("kt", ["M. Sato", "Kenji Tanaka (KT)"]) == "Kenji Tanaka (KT)"
    assert conflict("Hiroshi Ito", ["M. Sato", "Kenji Tanaka (KT)"]) is None


@pytest.fixture
def session(tmp_path):
    store = RecordStore(tmp_path / "records.sqlite3")
    yield Session(shipped_protocols(), store)
    store.close()


CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_id": "MRN-S", "prepared_by": "Someone Typed"}


def test_prepared_by_is_the_operator_at_the_keyboard(session):
    session.start_operator("Aiko Mori (AM)")
    session.update(CASE)
    assert session.view.preparation.identity.prepared_by == "Aiko Mori (AM)"
    record = session.save()
    assert record.operator == "Aiko Mori (AM)" and record.inputs["prepared_by"] == "Aiko Mori (AM)"


def test_changing_operator_ends_the_session_keeps_unsaved_work_and_starts_a_new_one(session):
    heard = []
    session.subscribe(heard.append)
    first = session.start_operator("Aiko Mori (AM)")
    session.update(CASE)
    second, kept = session.change_operator("Hiroshi Ito (HI)")
    assert kept["texts"]["weight"] == "70 kg" and kept["operator"] == "Aiko Mori (AM)"
    assert session.texts == {} and session.operator == "Hiroshi Ito (HI)" and second.session_id != first.session_id
    assert {"operator"} in heard
    rows = session.store.connection.execute("SELECT session_id, operator, event FROM sessions ORDER BY seq").fetchall()
    assert rows == [(first.session_id, "Aiko Mori (AM)", "start"), (first.session_id, "Aiko Mori (AM)", "end"),
                    (second.session_id, "Hiroshi Ito (HI)", "start")]
    # the former operator's record cannot be verified by them under another spelling, only by someone else
    session.change_operator("Aiko Mori (AM)")
    session.update(CASE)
    record = session.save()
    session.change_operator("AM")
    session.load(record)
    entered = {"din": "", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
               "viability": "90%", "final_volume": "50 mL", "diluent": "saline", "duration": "30 min"}
    with pytest.raises(InputError, match="cannot verify it"):
        session.check_record(session.operator, entered)
    session.change_operator("Hiroshi Ito (HI)")
    session.load(record)
    assert session.check_record(session.operator, entered).matched


def test_nothing_unsaved_gives_no_draft_and_a_too_short_name_changes_nothing(session):
    session.start_operator("Aiko Mori (AM)")
    with pytest.raises(InputError, match="name and initials"):
        session.change_operator(" x ")
    assert session.operator == "Aiko Mori (AM)"
    assert session.end_operator() is None and session.operator == ""


def test_private_writes_are_atomic_owner_only_and_a_looser_file_is_tightened(tmp_path):
    private_files.take_notice()
    path = tmp_path / "draft.json"
    written = private_files.write_private(path, "{}")
    assert not written.tightened and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    os.chmod(path, 0o644)
    written = private_files.write_private(path, "{\"a\": 1}")
    assert written.tightened and path.read_text() == "{\"a\": 1}" and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["draft.json"]          # no temporary file left
    notice = private_files.take_notice()
    assert notice and str(path) in notice and private_files.take_notice() is None   # said once


def test_a_failed_private_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "sheet.pdf"
    private_files.write_private(path, b"old")
    with pytest.raises(TypeError):
        private_files.write_private(path, object())
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_the_log_file_is_owner_only(tmp_path):
    import logging
    from mscprep import logs
    os.chmod(tmp_path, 0o755)
    path = logs.configure(tmp_path / "data")
    logging.getLogger("mscprep.test").warning("hello")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "data").st_mode) == 0o700
