"""A new weighing after one out of tolerance needs a typed reason; both weighings and the
reason show on the sheet and in the history."""

from __future__ import annotations

import subprocess

import pytest

from helpers import plan

from mscprep.errors import InputError
from mscprep.preparation.gravimetric import weigh_entered
from mscprep.records.store import RecordStore

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


def test_weighing_again_after_a_failure_needs_a_reason_and_both_are_kept(store, tmp_path):
    from mscprep.printing.sheet import write_document
    record = store.save(plan(**FORM), "K. Tanaka")
    failed = weigh_entered(plan(**FORM), "20 g", "60 g")
    assert not failed.within
    store.record_weighing(record, "K. Tanaka", failed)
    passing = weigh_entered(plan(**FORM), "20 g", "70.25 g")
    with pytest.raises(InputError, match="needs a typed reason"):
        store.record_weighing(record, "K. Tanaka", passing)
    with pytest.raises(InputError, match="needs a typed reason"):
        store.record_weighing(record, "K. Tanaka", passing, reason="   ")
    store.record_weighing(record, "K. Tanaka", passing, reason="syringe refilled after air bubble removed")
    weighings = store.weighings(record)
    assert [w["within"] for w in weighings] == [0, 1]
    assert weighings[1]["reason"] == "syringe refilled after air bubble removed"
    history = [(e["action"], e["reason"]) for e in store.entries(record.record_id) if e["action"] == "weigh"]
    assert history == [("weigh", None), ("weigh", "syringe refilled after air bubble removed")]
    state = store.record_state(record)
    assert len(state.weighings) == 2 and state.weighings[0][3] is False
    path = tmp_path / "sheet.pdf"
    path.write_bytes(write_document(record.document(), None, record=state))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Weighing 1 at" in flat and "OUT OF TOLERANCE" in flat and "Weighing 2 at" in flat
    assert "Weighed again because: syringe refilled after air bubble removed" in flat
    # a weighing after a passing one needs no reason
    store.record_weighing(record, "K. Tanaka", passing)


def test_the_command_line_asks_for_the_reason(capsys, tmp_path):
    from mscprep.cli import main
    db = tmp_path / "records.sqlite3"
    store = RecordStore(db)
    record = store.save(plan(**FORM), "K. Tanaka")
    store.close()
    base = ["records", "weigh", record.record_id, "--operator", "K. Tanaka", "--db", str(db), "--tare", "20 g"]
    assert main(base + ["--gross", "60 g"]) == 4
    capsys.readouterr()
    assert main(base + ["--gross", "70.25 g"]) == 2
    assert "--reason" in capsys.readouterr().err
    assert main(base + ["--gross", "70.25 g", "--reason", "re-weighed on the calibrated balance"]) == 0
