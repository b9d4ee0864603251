"""The DIN-reuse search on every backend (SQLite, and PostgreSQL when
MSCPREP_TEST_POSTGRES_URL is set): a DIN in any container of another patient's record is
found, in whatever case it was typed; the same patient's and the record's own are not."""

from mscprep.preparation.build import prepare
from mscprep.records.din_reuse import din_reuse_findings

from stores import backend, pg_server, store  # noqa: F401 (fixtures)
from test_din_per_container import NOW, THREE_BAGS


def test_every_containers_din_is_searched_on_every_backend(store):  # noqa: F811
    record = store.save(prepare(THREE_BAGS, now=NOW), "K. Tanaka")
    other = prepare(dict(THREE_BAGS, patient_id="MRN-9", din="C999921123456", container_dins="b123421123458"),
                    now=NOW)
    (finding,) = din_reuse_findings(store, other)
    assert "B123421123458" in finding.message and record.record_id in finding.message
    assert din_reuse_findings(store, prepare(dict(THREE_BAGS, patient_id="mrn-000123"), now=NOW)) == ()
    assert din_reuse_findings(store, other, record_id=record.record_id) == ()
