"""The session (form, reasons, preparation, record, checks) without any window, and the
printed document kept by the record: it reads back equal, and a reprint prints it."""

import json
import subprocess
from datetime import datetime, timedelta, timezone

import pytest

from mscprep import clock
from mscprep.documents.model import from_json, to_json
from mscprep.errors import InputError
from mscprep.preparation.build import prepare
from mscprep.preparation.gravimetric import weigh_entered
from mscprep.preparation.release import Status
from mscprep.printing.sheet import write_document
from mscprep.protocol.loader import shipped_protocols
from mscprep.records.doublecheck import compare
from mscprep.records.store import RecordStore
from mscprep.session import Session

from helpers import checker_plan

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_id": "MRN-S", "max_rate": "1 mL/min",
        "patient_name": "Yamada Hanako", "din": "A999921123456"}


@pytest.fixture
def session(tmp_path):
    store = RecordStore(tmp_path / "records.sqlite3")
    yield Session(shipped_protocols(), store, "K. Tanaka")
    store.close()


def test_the_session_tells_its_listeners_what_changed(session):
    heard = []
    session.subscribe(heard.append)
    session.update(CASE)
    assert heard[-1] == {"form"} and session.view.status_kind == "needs_reason"
    session.set_reason("rate_above_max", "ordered by Dr Sato")
    assert session.view.status_kind == "ok" and session.view.release.stamp == "DRAFT - NOT VERIFIED"
    session.update(dict(CASE, weight="seventy"))
    assert session.view.preparation is None and "weight" in session.view.field_errors


def test_save_check_weigh_and_the_status_follows(session):
    session.update(CASE)
    session.set_reason("rate_above_max", "ordered by Dr Sato")
    record = session.save()
    assert record.reasons == {"rate_above_max": "ordered by Dr Sato"} and session.current_record() is record
    # the checker's plan as the double check makes it: at the record's time, from its end of
    # preparation (at the fixed NOW the fresh product's use-by, issue 21, would differ)
    checker = checker_plan(record, reasons=record.reasons, **CASE)
    assert session.record_check("M. Sato", {}, compare(record.plan, checker))
    assert session.view.release.stamp == "DRAFT - NOT WEIGHED"
    session.record_weighing(weigh_entered(session.view.preparation, "20 g", "70.25 g"))
    # a store nobody is enrolled in: verified and weighed, but never final (issue 22)
    assert session.view.release.status is Status.UNSIGNED and not session.view.release.final
    # a new figure is a new case until it is saved as the next version
    session.update(dict(CASE, weight="72 kg"))
    assert session.current_record() is None and session.view.release.stamp == "DRAFT - NOT VERIFIED"
    with pytest.raises(InputError, match="needs a reason"):
        session.save()
    assert session.save("weight re-measured").version == 2


def test_a_changed_reason_is_a_change_to_the_record(session):
    session.update(CASE)
    session.set_reason("rate_above_max", "ordered by Dr Sato")
    session.save()
    session.set_reason("rate_above_max", "pump only runs fast")
    assert session.current_record() is None


def test_reopening_a_record_brings_back_its_texts_and_reasons(session, tmp_path):
    session.update(CASE)
    session.set_reason("rate_above_max", "ordered by Dr Sato")
    record = session.save()
    other = Session(shipped_protocols(), session.store, "M. Sato")
    texts = other.load(record)
    assert texts["weight"] == "70 kg" and other.reasons == record.reasons
    assert other.current_record() is record


def test_a_stored_document_reads_back_equal_for_every_kind(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nT-1,placebo\n", encoding="utf-8")
    forms = [CASE, {"protocol": "temcell", "weight": "60 kg", "din": "A999921123456"},
             {"protocol": "secretome-nebulized"},
             {"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
              "randomisation_code": "T-1", "randomisation_list": str(listing)}]
    for form in forms:
        preparation = prepare(form, now=NOW)
        for audience in preparation.audiences:
            document = preparation.document(audience)
            stored = json.loads(json.dumps(to_json(document)))
            assert from_json(stored) == document


def test_a_reprint_prints_the_record_not_todays_protocol(session, tmp_path):
    thawed = (clock.now() - timedelta(minutes=10)).isoformat(timespec="minutes")   # a thawed product needs it
    session.update({"protocol": "temcell", "weight": "60 kg", "patient_id": "MRN-R", "patient_name": "R",
                    "din": "A999921123456", "container_dins": "A999921123457", "thawed_at": thawed})
    record = session.save()
    first, state = session.printable()
    first_text = text_of(write_document(first, None, record=state), tmp_path / "first.pdf")
    temcell = shipped_protocols().get("temcell")
    temcell.defaults["rate"] = "2 mL/min"     # the protocol file changes after the first print
    try:
        session.recompute()
        assert session.current_record() is None   # today's protocol gives another plan ...
        reprint = text_of(write_document(session.store.latest(record.record_id).document(), None, record=state,
                                         reprint=True), tmp_path / "reprint.pdf")
    finally:
        temcell.defaults["rate"] = "4 mL/min"
    # ... but the reprint is the record: same plan id, same figures, stamped REPRINT
    assert record.plan_id in reprint and "4 mL/min = 240 mL/h" in reprint and "REPRINT" in reprint
    unstamped = lambda text: [line.strip() for line in text.splitlines()  # noqa: E731
                              if line.strip() and not any(stamp in line for stamp in ("DRAFT - NOT VERIFIED",
                                                                                      "UNSIGNED", "STAFF"))]
    assert "DRAFT - NOT VERIFIED · UNSIGNED - NO ENROLLED STAFF · REPRINT" in reprint
    assert unstamped(reprint) == unstamped(first_text)


def text_of(data: bytes, path) -> str:
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


THAWED = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
          "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_name": "Time Patient", "patient_id": "MRN-T",
          "din": "A999921123456", "thawed_at": "2026-11-23T09:00:00+00:00", "stability": "2 h"}


def final_record(session, at):
    session.clock = lambda: at
    session.update(THAWED)
    record = session.save()
    session.record_check("M. Sato", {}, compare(record.plan, prepare(THAWED, now=at)))
    session.record_weighing(weigh_entered(session.view.preparation, "20 g", "70.05 g"))
    # a store nobody is enrolled in: verified and weighed, but never final (issue 22)
    assert session.view.release.status is Status.UNSIGNED and not session.view.release.final
    return record


def test_a_saved_record_printed_after_its_use_by_is_blocked_and_has_no_label(session, tmp_path):
    record = final_record(session, datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc))
    session.clock = lambda: datetime(2026, 11, 23, 10, 40, tzinfo=timezone.utc)   # latest start was 10:30
    session.recompute()
    assert session.current_record() is record and session.view.status_kind == "blocked"
    document, state = session.printable()
    assert "infusion_ends_after_use_by" in {f.code for f in document.findings}
    pages = text_of(write_document(document, None, record=state), tmp_path / "late.pdf").split("\f")[:-1]
    assert all("BLOCKED - NOT FOR ADMINISTRATION" in page for page in pages)
    assert not any("Time Patient" in page and "DIN" in page and "mscprep · MSC" not in page for page in pages)


def test_a_reprint_after_the_use_by_is_blocked_too(session, tmp_path):
    record = final_record(session, datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc))
    state = session.store.record_state(record)
    on_time = text_of(write_document(record.document(), None, record=state, reprint=True,
                                     now=datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)), tmp_path / "a.pdf")
    late = text_of(write_document(record.document(), None, record=state, reprint=True,
                                  now=datetime(2026, 11, 23, 11, 5, tzinfo=timezone.utc)), tmp_path / "b.pdf")
    assert "REPRINT" in on_time and "BLOCKED" not in on_time and "DRAFT" not in on_time
    assert "BLOCKED - NOT FOR ADMINISTRATION · UNSIGNED - NO ENROLLED STAFF · REPRINT" in late
    flowing = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Use-by time 2026-11-23 11:00 has passed" in " ".join(flowing.split())


def test_a_record_whose_protocol_now_gives_other_figures_is_not_the_form(session):
    session.update({"protocol": "temcell", "weight": "60 kg", "patient_id": "MRN-P", "patient_name": "P",
                    "thawed_at": "2026-11-23T09:30:00+00:00", "stability": "3 h"})
    session.clock = lambda: datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    session.recompute()
    record = session.save()
    temcell = shipped_protocols().get("temcell")
    temcell.defaults["rate"] = "2 mL/min"
    try:
        session.recompute()
        assert session.current_record() is None      # same texts, other figures: not the saved record
        reopened = Session(shipped_protocols(), session.store, "K. Tanaka")
        reopened.clock = session.clock
        texts = reopened.load(record)
        assert texts["rate"] == "4 mL/min" and reopened.load_notice and reopened.current_record() is record
    finally:
        temcell.defaults["rate"] = "4 mL/min"
