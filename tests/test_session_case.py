"""A case through the session without any window: reasons tied to their figures, the
identity that "OK" needs, errors shown only for fields left, the steps of the case with who
and when, unsaved changes, and drafts that survive anything on disk."""

import json

import pytest

from mscprep.drafts import read_draft, write_draft
from mscprep.preparation.build import prepare
from mscprep.preparation.gravimetric import weigh_entered
from mscprep.preparation.release import Status
from mscprep.preparation.identity import missing_identity
from mscprep.protocol.loader import shipped_protocols
from mscprep.records.doublecheck import compare
from mscprep.session import Session

ADIPOSE = {"protocol": "adipose-msc-fixed", "weight": "70 kg", "dose": "1e9 cell", "concentration": "1e8 cell/mL",
           "viability": "90%", "duration": "90 min", "patient_name": "Sato Ken", "patient_id": "MRN-1"}
CASE = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_name": "Yamada Hanako", "patient_id": "MRN-S",
        "din": "A999921123456"}


@pytest.fixture
def session(store):
    return Session(shipped_protocols(), store, "K. Tanaka")


def test_a_reason_typed_for_1e9_cells_is_asked_again_at_3e9(session):
    session.update(ADIPOSE)
    assert session.view.status_kind == "needs_reason"
    session.set_reason("anticoagulation_decision", "heparin per Dr Ito for 1e9")
    assert session.view.status_kind == "ok"
    session.update(dict(ADIPOSE, dose="1.5e9 cell"))
    assert session.view.status_kind == "needs_reason"
    assert session.view.stale_reasons == {"anticoagulation_decision": "heparin per Dr Ito for 1e9"}
    finding = next(f for f in session.view.findings if f.code == "anticoagulation_decision")
    assert finding.override_reason is None
    session.update(ADIPOSE)   # back to the figures the reason was typed for: it holds again
    assert session.view.status_kind == "ok" and not session.view.stale_reasons
    session.update(dict(ADIPOSE, dose="1.5e9 cell"))
    session.set_reason("anticoagulation_decision", "heparin per Dr Ito for 1.5e9")
    assert session.view.status_kind == "ok"


def test_ok_needs_patient_name_id_din_and_thaw_time():
    protocols = shipped_protocols()
    bare = dict(CASE, patient_name="", patient_id="", din="")
    assert missing_identity(prepare(bare, protocols)) == ("patient_name", "patient_id", "din")
    session = Session(protocols)
    session.update(bare)
    assert session.view.status_kind == "identity"
    assert session.view.incomplete == ("patient_name", "patient_id", "din")
    session.update(CASE)
    assert session.view.status_kind == "ok"
    # a thawed product (DMSO in it) needs the thaw time; an autologous one no DIN
    session.update(dict(CASE, dmso="10%"))
    assert session.view.missing_identity == ("thawed_at",)
    session.update(dict(CASE, dmso="10%", thawed_at="2026-11-23T09:30", stability="48 h"))
    assert session.view.missing_identity == ()
    autologous = prepare(dict(bare, donor="autologous", patient_name="A", patient_id="B"), protocols)
    assert missing_identity(autologous) == ()
    # Issue 21: a fresh product's window counts from the end of preparation (kept in the
    # inputs), so it needs no thaw time; a thawed product does.
    generic = prepare(dict(CASE, protocol="generic-iv-msc"), protocols)
    assert missing_identity(generic) == () and generic.use_by_from == "preparation"
    thawed = prepare(dict(CASE, protocol="generic-iv-msc", dmso="10%"), protocols)
    assert missing_identity(thawed) == ("thawed_at",)


def test_a_blank_form_shows_no_error_until_a_field_is_left():
    session = Session(shipped_protocols())
    session.update({"protocol": "none"})
    assert "weight" in session.view.field_errors and session.visible_errors() == {}
    session.leave("weight")
    assert set(session.visible_errors()) == {"weight"}
    session.reveal_all()
    assert set(session.visible_errors()) == set(session.view.field_errors)
    assert session.view.incomplete[:2] == ("patient_name", "patient_id") or "weight" in session.view.incomplete


def test_the_steps_of_a_case_with_who_and_when(session):
    session.update(CASE)
    steps = {stage.key: stage for stage in session.stages()}
    assert steps["entered"].done and not steps["saved"].done
    record = session.save()
    assert session.stages()[1].done and session.stages()[1].who == "K. Tanaka" and session.stages()[1].when
    # the checker's plan carries the record's end of preparation, as the double check does: computed
    # a second later, its fresh use-by (issue 21) would count from another moment
    checker = prepare(dict(CASE, prepared_at=record.inputs["prepared_at"]), session.protocols)
    session.record_check("M. Sato", {}, compare(record.plan, checker))
    verified = session.stages()[2]
    assert verified.done and verified.who == "M. Sato" and verified.when is not None
    session.record_weighing(weigh_entered(session.view.preparation, "20 g", "70.25 g"))
    assert session.stages()[3].done and session.view.release.status is Status.UNSIGNED   # nobody enrolled
    session.log_print("label")
    assert not session.stages()[4].done       # nobody enrolled: no label is final (issue 22)
    session.update(dict(CASE, weight="72 kg"))   # a change is a new case until saved again
    assert [stage.state for stage in session.stages()] == ["done", "todo", "todo", "todo", "todo"]


def test_a_failed_weighing_shows_as_failed(session):
    session.update(CASE)
    session.save()
    session.record_weighing(weigh_entered(session.view.preparation, "20 g", "80 g"))
    assert session.stages()[3].state == "failed" and session.view.status_kind == "blocked"


def test_unsaved_changes_are_known(session):
    session.update({"protocol": "temcell", "prepared_by": "K. Tanaka"})
    assert not session.unsaved()          # nothing typed
    session.update(CASE)
    assert session.unsaved()
    session.save()
    assert not session.unsaved()
    session.update(dict(CASE, weight="71 kg"))
    assert session.unsaved()
    session.new()
    assert not session.unsaved() and session.record is None and session.texts == {}


def test_a_draft_brings_back_texts_reasons_and_their_figures(session, tmp_path):
    session.update(ADIPOSE)
    session.set_reason("anticoagulation_decision", "heparin per Dr Ito")
    path = tmp_path / "draft.json"
    assert write_draft(session.draft(), path)
    other = Session(shipped_protocols())
    found = read_draft(path)
    texts = other.restore(found.draft["form"])
    assert texts["dose"] == "1e9 cell" and other.view.status_kind == "ok"
    other.update(dict(ADIPOSE, dose="1.5e9 cell"))
    assert other.view.status_kind == "needs_reason"


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"form": 5}',
                                     b'{"form": {"texts": [1]}}', b""])
def test_a_malformed_draft_is_set_aside_never_deleted(tmp_path, content):
    path = tmp_path / "unsaved-draft.json"
    path.write_bytes(content)
    found = read_draft(path)
    assert found.draft is None and found.problem
    assert not path.exists() and found.set_aside.read_bytes() == content
    assert read_draft(path).draft is None and read_draft(path).problem is None   # nothing left: a clean start


def test_a_draft_with_odd_values_restores_what_it_can(tmp_path):
    session = Session(shipped_protocols())
    texts = session.restore({"texts": {"weight": "70 kg", "dose": ["x"], "viability": 90},
                             "reasons": {"x": 5, "rate_above_max": "ok then"},
                             "reason_figures": {"rate_above_max": "nonsense"}})
    assert texts == {"weight": "70 kg", "viability": "90"} and session.reasons == {"rate_above_max": "ok then"}


def test_a_directory_in_the_drafts_place_is_set_aside(tmp_path):
    path = tmp_path / "unsaved-draft.json"
    path.mkdir()
    found = read_draft(path)
    assert found.problem == "it is not a regular file" and found.set_aside.is_dir()


def test_write_is_atomic_and_owner_only(tmp_path):
    path = tmp_path / "sub" / "d.json"
    write_draft({"texts": {"weight": "70 kg"}}, path)
    assert json.loads(path.read_text())["form"]["texts"] == {"weight": "70 kg"}
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in path.parent.iterdir()] == ["d.json"]
