"""A missing thaw time is an entry still to make (amber, INCOMPLETE), not a limit breach
(red, BLOCKED): the one release rule tells the two apart, and the label still does not print."""

from datetime import datetime, timezone

from mscprep.preparation.build import prepare
from mscprep.preparation.release import Status, status_of
from mscprep.session import evaluate
from mscprep.protocol.loader import shipped_protocols

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
TEMCELL = {"protocol": "temcell", "weight": "60 kg", "patient_name": "Thaw Patient", "patient_id": "MRN-T",
           "din": "A999921123456", "container_dins": "A999921123457"}   # a two-bag thaw: one DIN per bag


def test_a_missing_thaw_time_is_incomplete_not_blocked():
    preparation = prepare(TEMCELL, now=NOW)
    assert "thaw_time_missing" in {f.code for f in preparation.findings}
    status = status_of(preparation)
    assert status.status is Status.IDENTITY and status.incomplete and not status.blocked
    assert not status.label_allowed
    assert "thawed_at" in status.identity_missing
    assert status.stamp == "NOT READY - THAW TIME NOT ENTERED"


def test_the_thaw_time_entered_makes_it_releasable_and_a_real_breach_stays_red():
    done = status_of(prepare(dict(TEMCELL, thawed_at="2026-11-23T11:50:00+00:00"), now=NOW))
    assert done.status is Status.NOT_VERIFIED
    breach = status_of(prepare(dict(TEMCELL, available="0.1 mL"), now=NOW))   # not enough product, no thaw time
    assert breach.status is Status.BLOCKED


def test_missing_patient_and_thaw_time_name_the_identity():
    status = status_of(prepare(dict(TEMCELL, patient_id=""), now=NOW))
    assert status.status is Status.IDENTITY
    assert set(status.identity_missing) == {"patient_id", "thawed_at"}
    assert status.stamp == "NOT READY - PATIENT IDENTITY INCOMPLETE"


def test_the_session_view_is_amber_for_a_missing_thaw_time():
    view = evaluate(TEMCELL, shipped_protocols(), {}, now=NOW)
    assert view.status_kind == "identity"
