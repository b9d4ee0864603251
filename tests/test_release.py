"""One release rule for every kind of preparation: each kind is walked through every status
(blocked, not ready, not verified, not weighed, final, reprint) and the sheet, the label, the
JSON, the record and the session all say the same."""

import subprocess
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from mscprep.preparation.build import prepare
from mscprep.preparation.findings import make
from mscprep.preparation.gravimetric import density, weigh
from mscprep.preparation.identity import missing_identity
from mscprep.preparation.release import RecordState, Status, release, release_of
from mscprep.printing.sheet import write_document
from mscprep.records.doublecheck import compare
from mscprep.records.store import RecordStore
from mscprep.session import evaluate
from mscprep.units import G

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
IV = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
      "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_name": "Walk Patient", "patient_id": "MRN-W",
      "din": "A999921123456"}
BAGS = {"protocol": "adipose-msc-fixed", "weight": "70 kg", "dose": "3e8 cell", "concentration": "2e7 cell/mL",
        "viability": "95%", "final_concentration": "1e6 cell/mL", "rate": "5 mL/min", "patient_id": "MRN-B",
        "patient_name": "Bag Patient"}
BLINDED = {"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
           "patient_id": "MRN-T", "patient_name": "Trial Patient", "thawed_at": "2026-11-23T09:30:00+00:00"}
NEBULIZED = {"protocol": "secretome-nebulized", "patient_id": "MRN-N", "patient_name": "Neb Patient",
             "first_dose_at": "2026-11-24T08:00:00+00:00"}


def kinds(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nT-1,active\nT-2,placebo\n", encoding="utf-8")
    trial = dict(BLINDED, randomisation_list=str(listing))
    return {"intravenous": IV, "split into bags": BAGS, "blinded active": dict(trial, randomisation_code="T-1"),
            "blinded placebo": dict(trial, randomisation_code="T-2"), "nebulized": NEBULIZED}


def with_finding(preparation, severity_code: str):
    """The preparation with one more finding from its checks (hard or soft, as the code says)."""
    finding = make(severity_code, "Added for the walk: {what}.", what=severity_code)
    plan = getattr(preparation, "plan", None)
    if plan is not None:   # a blinded arm keeps its findings in the plan both arms share
        return replace(preparation, plan=replace(plan, checked=plan.checked + (finding,))).with_reasons({})
    return replace(preparation, checked=preparation.checked + (finding,)).with_reasons({})


def pdf_text(data: bytes, tmp_path, name: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def printed(preparation, tmp_path, name, record=None, reprint=False):
    document = preparation.document()
    pages = pdf_text(write_document(document, None, record=record, reprint=reprint, now=NOW), tmp_path, name)
    sheet_pages = [page for page in pages if "mscprep · MSC infusion preparation" in page]
    return sheet_pages, len(pages) - len(sheet_pages)


@pytest.mark.parametrize("kind", ["intravenous", "split into bags", "blinded active", "blinded placebo",
                                  "nebulized"])
def test_every_kind_goes_through_every_status_the_same_way(kind, tmp_path):
    form = kinds(tmp_path)[kind]
    clean = prepare(form, now=NOW)
    containers = len(clean.document().labels)
    assert containers >= 1 and len(clean.containers) == containers

    # blocked: a hard finding; every page says so, no label, JSON and record say blocked
    hard = with_finding(clean, "volume_exceeds_available")
    assert release(hard.findings).status is Status.BLOCKED and hard.to_dict()["blocked"] is True
    pages, labels = printed(hard, tmp_path, "hard.pdf")
    assert labels == 0 and all("BLOCKED - NOT FOR ADMINISTRATION" in page for page in pages)

    # whose product, for whom: no label while the identity its kind requires is incomplete
    anonymous = prepare(dict(form, patient_name="", patient_id=""), now=NOW)
    assert release_of(anonymous.findings, identity_missing=missing_identity(anonymous)).status is Status.IDENTITY
    assert anonymous.to_dict()["identity_missing"] == ["patient_name", "patient_id"]
    pages, labels = printed(anonymous, tmp_path, "anonymous.pdf")
    assert labels == 0 and all("NOT READY - PATIENT IDENTITY INCOMPLETE" in page for page in pages)

    # not ready: a soft finding without its reason; no label until the reason is typed
    soft = with_finding(clean, "rate_above_max")
    assert release(soft.findings).status is Status.NOT_READY
    assert [f.code for f in release(soft.findings).reasons_missing] == ["rate_above_max"]
    pages, labels = printed(soft, tmp_path, "soft.pdf")
    assert labels == 0 and all("NOT READY - REASON REQUIRED" in page for page in pages)
    reasoned = soft.with_reasons({"rate_above_max": "ordered by Dr Sato"})
    assert release(reasoned.findings).status is Status.NOT_VERIFIED

    # a clean preparation: draft labels until it is verified and weighed
    store = RecordStore(tmp_path / "records.sqlite3")
    record = store.save(clean, "K. Tanaka")
    assert record.kind == clean.kind and record.blocked is False
    pages, labels = printed(clean, tmp_path, "draft.pdf", RecordState(record.record_id, 1))
    assert labels == containers and all("DRAFT - NOT VERIFIED" in page for page in pages)
    assert store.record_check(record, "M. Sato", {}, compare(record.plan, prepare(form, now=NOW)))
    verified = RecordState(record.record_id, 1, store.status(record).verified_by)
    pages, labels = printed(clean, tmp_path, "verified.pdf", verified)
    assert labels == containers and all("DRAFT - NOT WEIGHED" in page for page in pages)

    mass = (clean.weighed_volume * density(clean)).to(G)
    weighing = weigh(clean, 20 * G, 20 * G + mass * 1.001)
    assert weighing.within
    store.record_weighing(record, "K. Tanaka", weighing)
    final = RecordState(record.record_id, 1, "M. Sato", store.latest_weighing(record))
    assert release_of(record.document().findings, final).final
    pages, labels = printed(clean, tmp_path, "final.pdf", final)
    assert labels == containers and not any("DRAFT" in page or "BLOCKED" in page for page in pages)

    # a reprint prints the stored document, stamped REPRINT on every page and label
    data = write_document(record.document(), None, record=final, reprint=True, now=NOW)
    reprint = pdf_text(data, tmp_path, "reprint.pdf")
    assert all("REPRINT" in page for page in reprint)

    # out of tolerance: blocked again, whatever the kind
    store.record_weighing(record, "K. Tanaka", weigh(clean, 20 * G, 20 * G + mass * 1.2))
    out = RecordState(record.record_id, 1, "M. Sato", store.latest_weighing(record))
    pages, labels = printed(clean, tmp_path, "out.pdf", out)
    assert labels == 0 and all("BLOCKED" in page for page in pages)
    store.close()


def test_the_session_view_uses_the_same_rule(tmp_path):
    from mscprep.protocol.loader import shipped_protocols
    view = evaluate(dict(IV, available="1 mL"), shipped_protocols(), {}, now=NOW)
    assert view.status_kind == "blocked" and view.release.stamp == "BLOCKED - NOT FOR ADMINISTRATION"
    view = evaluate(dict(IV, max_rate="1 mL/min"), shipped_protocols(), {}, now=NOW)
    assert view.status_kind == "needs_reason"
    view = evaluate(dict(IV, max_rate="1 mL/min"), shipped_protocols(), {"rate_above_max": "ordered"}, now=NOW)
    assert view.status_kind == "ok" and view.release.stamp == "DRAFT - NOT VERIFIED"
    view = evaluate(dict(IV, max_rate="1 mL/min", patient_id=""), shipped_protocols(), {"rate_above_max": "ordered"},
                    now=NOW)
    assert view.status_kind == "identity" and view.release.stamp == "NOT READY - PATIENT IDENTITY INCOMPLETE"


@pytest.mark.parametrize("kind", ["split into bags", "nebulized"])
def test_one_container_short_is_caught_when_containers_are_weighed_together(kind, tmp_path):
    preparation = prepare(kinds(tmp_path)[kind], now=NOW)
    containers = preparation.containers
    assert len(containers) > 1
    expected = (preparation.weighed_volume * density(preparation)).to(G)
    smallest = (min(c.volume for c in containers) * density(preparation)).to(G)
    short = weigh(preparation, 20 * G, 20 * G + expected - smallest * 0.19)      # one container 19 % short
    assert not short.within and short.finding.code == "gravimetric_out_of_tolerance"
    assert "scaled to the smallest" in short.tolerance.source
    exact = weigh(preparation, 20 * G, 20 * G + expected - smallest * 0.009)      # within 1 % of one container
    assert exact.within
