"""One DIN per container thawed (issue 24, identity of the product): every container's DIN
is in the JSON, on the sheet and the label; the same bag scanned twice is refused naming the
field; the double check compares every container's DIN; a DIN recorded as any container of
another patient's record is a hard finding, in the window's session and on the command line
alike (records/din_reuse.with_din_reuse)."""

import json
import time
from datetime import datetime, timedelta, timezone

from contextlib import nullcontext

import pytest

from mscprep.errors import InputError
from mscprep.preparation.build import prepare
from mscprep.records.din_reuse import din_reuse_findings, preparation_dins
from mscprep.records.doublecheck import required_figures, run_check
from mscprep.records.store import RecordStore

from helpers import run_cli

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
THAWED = "2026-11-23T09:30:00+00:00"
# 100 kg: 200e6 cells, three 72e6-cell TEMCELL bags thawed
THREE_BAGS = {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
              "weight": "100 kg", "din": "A999921123456", "container_dins": "B123421123457 B123421123458",
              "viability": "92%", "thawed_at": THAWED, "stability": "3 h"}
DINS = {"din": "A999921123456", "container_dins": "B123421123458 B123421123457"}   # scanned in another order


def check_figures(inputs: dict, required) -> dict:
    """What the checker types: every required figure as the sources give it (here: as the
    record was computed with), the DINs scanned from the containers in another order."""
    figures = {requirement.keys[0]: inputs[requirement.keys[0]] for requirement in required}
    return dict(figures, **DINS)


def codes(preparation) -> set[str]:
    return {finding.code for finding in preparation.findings}


def test_every_containers_din_is_in_the_json_with_its_check_character():
    preparation = prepare(THREE_BAGS, now=NOW)
    data = preparation.to_dict()
    assert preparation.container_use.count == 3
    assert data["din"] == "A9999211234563"
    assert data["container_dins"] == ["B123421123457Z", "B123421123458X"]
    assert preparation_dins(preparation) == ("A999921123456", "B123421123457", "B123421123458")
    assert prepare(dict(THREE_BAGS, weight="30 kg", container_dins=""), now=NOW).to_dict()["container_dins"] == []


@pytest.mark.parametrize("dins, said", [
    ("A999921123456 B123421123458", "is the first container's DIN (field DIN)"),       # the first bag again
    ("=A99992112345600 B123421123458", "is the first container's DIN (field DIN)"),    # scanned, not typed
    ("B123421123458 b123421123458", "already scanned in this field"),                   # the second bag twice
])
def test_the_same_container_scanned_twice_is_refused_naming_the_field(dins, said):
    with pytest.raises(InputError) as caught:
        prepare(dict(THREE_BAGS, container_dins=dins), now=NOW)
    fields = dict(caught.value.errors)
    message = fields["container_dins"]
    assert said in message and "scanned twice" in message


def test_a_din_recorded_as_another_patients_second_or_third_container_is_a_hard_finding(store):
    first = store.save(prepare(THREE_BAGS, now=NOW), "K. Tanaka")
    # Another patient's product whose first container is the first patient's third bag
    other = prepare(dict(THREE_BAGS, patient_id="MRN-9", patient_name="Sato Ken", weight="30 kg",
                         din="B123421123458", container_dins=""), now=NOW)
    (finding,) = din_reuse_findings(store, other)
    assert finding.code == "din_used_for_other_patient" and finding.blocks
    assert "B123421123458" in finding.message and first.record_id in finding.message
    # ... or whose second container is the first patient's first bag
    other = prepare(dict(THREE_BAGS, patient_id="MRN-9", din="C999921123456",
                         container_dins="D999921123456 A999921123456"), now=NOW)
    assert [f.message.split()[1] for f in din_reuse_findings(store, other)] == ["A999921123456"]
    # the same patient, the record itself, or DINs nobody recorded: nothing
    assert din_reuse_findings(store, prepare(dict(THREE_BAGS, patient_id="mrn-000123"), now=NOW)) == ()
    assert din_reuse_findings(store, other, record_id=first.record_id) == ()
    fresh = prepare(dict(THREE_BAGS, patient_id="MRN-9", din="C999921123456",
                         container_dins="D999921123456 E999921123456"), now=NOW)
    assert din_reuse_findings(store, fresh) == ()
    # a DIN that only appears inside another text (a sequence that is not a DIN of the record)
    assert din_reuse_findings(store, prepare(dict(THREE_BAGS, patient_id="MRN-9", din="A999921123455",
                                                  container_dins="B123421123459 B123421123450"), now=NOW)) == ()


def test_the_search_over_every_containers_din_stays_fast_with_thousands_of_records(store, capsys):
    """3000 records: the reuse check reads the inputs (no schema change) and stays well under
    the time of a keystroke's recompute."""
    record = store.save(prepare(THREE_BAGS, now=NOW), "K. Tanaka")
    connection = store.backend.connection
    columns = [row[1] for row in connection.execute("PRAGMA table_info(records)")]
    select = ", ".join(
        "'R-BULK-' || n" if column == "record_id" else "'MRN-B' || n" if column == "patient_id"
        else "replace(replace(replace(inputs_json, 'B123421123458', printf('C%012d', n)), 'A999921123456', "
             "printf('D%012d', n)), 'B123421123457', printf('F%012d', n))" if column == "inputs_json"
        else "printf('D%012d', n)" if column == "din" else "(SELECT max(seq) FROM records) + n" if column == "seq"
        else column for column in columns)
    connection.execute("CREATE TEMP TABLE numbers (n INTEGER)")
    connection.executemany("INSERT INTO numbers VALUES (?)", [(n,) for n in range(1, 3001)])
    connection.execute(f"INSERT INTO records ({', '.join(columns)}) SELECT {select} FROM records, numbers "
                       "WHERE record_id = ?", (record.record_id,))
    connection.commit()
    assert connection.execute("SELECT count(*) FROM records").fetchone()[0] == 3001
    other = prepare(dict(THREE_BAGS, patient_id="MRN-9", din="E999921123456",
                         container_dins="C000000002999 B123421123457"), now=NOW)
    start = time.perf_counter()
    found = din_reuse_findings(store, other)
    elapsed = time.perf_counter() - start
    assert {f.message.split()[1] for f in found} == {"C000000002999", "B123421123457"}
    assert "R-BULK-2999" in found[0].message or "R-BULK-2999" in found[1].message
    with capsys.disabled():
        print(f"\n[din reuse] 3 DINs against 3001 records: {elapsed * 1000:.1f} ms")
    assert elapsed < 1.0


def test_the_double_check_asks_for_and_compares_every_containers_din(store):
    record = store.save(prepare(recent(THREE_BAGS)), "K. Tanaka")
    assert ("container_dins",) in [requirement.keys for requirement in required_figures(record)]
    CHECK = check_figures(record.inputs, required_figures(record))
    assert run_check(record, CHECK).matched                          # scanned in another order: the same bags
    outcome = run_check(record, dict(CHECK, container_dins="B123421123457 B123421123459"))
    (difference,) = [d for d in outcome.differences if d.key == "container_dins"]
    assert "B123421123458" in difference.first and "B123421123459" in difference.second
    outcome = run_check(record, dict(CHECK, container_dins="B123421123457 B123421123458 B123421123459"))
    assert "container_dins" in {d.key for d in outcome.differences}


def cli(*args, db):
    return run_cli(*args, "--db", str(db))


def flags(form: dict) -> list[str]:
    out = []
    for key, value in form.items():
        out += [f"--{key.replace('_', '-')}", value]
    return out


def recent(form: dict) -> dict:
    """The form thawed 10 minutes ago (a record is saved at the real time)."""
    thawed = (datetime.now(timezone.utc) - timedelta(minutes=10)).isoformat(timespec="seconds")
    return dict(form, thawed_at=thawed)


def test_the_command_line_runs_the_same_reuse_check_with_a_records_database(tmp_path):
    db = tmp_path / "records.sqlite3"
    saved = cli("plan", *flags(recent(THREE_BAGS)), "--save", "--operator", "K. Tanaka", "--json", db=db)
    assert saved.returncode == 0, saved.stderr
    record_id = json.loads(saved.stdout)["record_id"]
    other = recent(dict(THREE_BAGS, patient_id="MRN-9", patient_name="Sato Ken", weight="30 kg",
                        din="B123421123458", container_dins=""))
    other.pop("container_dins")
    plan = cli("plan", *flags(other), "--json", db=db)
    assert plan.returncode == 3, plan.stderr
    data = json.loads(plan.stdout)
    (finding,) = [f for f in data["findings"] if f["code"] == "din_used_for_other_patient"]
    assert record_id in finding["message"] and data["status"] == "blocked"
    # --save checks the database it writes to, and records the finding (a blocked record)
    again = cli("plan", *flags(other), "--save", "--operator", "K. Tanaka", db=db)
    assert again.returncode == 3 and "din_used_for_other_patient" in again.stdout
    label = cli("label", "--zpl", "-o", str(tmp_path / "l.zpl"), *flags(other), db=db)
    assert label.returncode == 3 and "blocked" in label.stderr and not (tmp_path / "l.zpl").exists()
    sheet = cli("sheet", "-o", str(tmp_path / "s.pdf"), *flags(other), db=db)
    assert sheet.returncode == 3, sheet.stderr
    # without a database there is nothing to compare with: no finding
    alone = run_cli("plan", *flags(other), "--json")
    assert "din_used_for_other_patient" not in alone.stdout
    missing = run_cli("label", "--zpl", "-o", str(tmp_path / "m.zpl"), *flags(other), "--db",
                      str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 2 and "--db" in missing.stderr


def test_the_same_bag_twice_on_the_command_line_names_the_flag():
    result = run_cli("plan", *flags(dict(THREE_BAGS, container_dins="A999921123456 B123421123458")),
                     "--now", "2026-11-23T10:00:00+00:00")
    assert result.returncode == 2
    assert "--container-dins" in result.stderr and "first container's DIN" in result.stderr


def test_records_check_compares_the_other_containers_dins(tmp_path):
    db = tmp_path / "records.sqlite3"
    form = recent(THREE_BAGS)
    saved = cli("plan", *flags(form), "--save", "--operator", "K. Tanaka", "--json", db=db)
    record_id = json.loads(saved.stdout)["record_id"]
    with RecordStore(db) if hasattr(RecordStore, "__enter__") else nullcontext(RecordStore(db)) as store:
        record = store.latest(record_id)
        figures = check_figures(record.inputs, required_figures(record))
        store.close()
    missing = cli("records", "check", record_id, "--checker", "M. Sato",
                  *flags({k: v for k, v in figures.items() if k != "container_dins"}), db=db)
    assert missing.returncode == 2 and "DINs of the other containers" in missing.stderr
    wrong = cli("records", "check", record_id, "--checker", "M. Sato",
                *flags(dict(figures, container_dins="B123421123457 B123421123459")), db=db)
    assert wrong.returncode == 4 and "container" in wrong.stderr.lower()
    right = cli("records", "check", record_id, "--checker", "M. Sato", *flags(figures), db=db)
    assert right.returncode == 0, right.stderr


def test_the_sheet_and_label_print_every_containers_din(tmp_path):
    import subprocess
    from mscprep.printing.sheet import write_sheet
    path = tmp_path / "sheet.pdf"
    path.write_bytes(write_sheet(prepare(THREE_BAGS, now=NOW), None))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")
    assert "DINs of the" in pages[0]
    for din, check in (("B123421123457", "Z"), ("B123421123458", "X")):
        assert din in pages[0]
    label = [page for page in pages if "MSC for IV infusion" in page]
    assert label
    for page in label:
        assert "DIN A9999 21 123456" in page and "DIN B1234 21 123457" in page and "DIN B1234 21 123458" in page


def test_a_saved_record_keeps_every_containers_din_in_its_stored_document(store):
    """The stored document (reprints print it) carries the other containers' DINs too."""
    record = store.save(prepare(THREE_BAGS, now=NOW), "K. Tanaka")
    document = store.latest(record.record_id).document()
    (label, *_) = document.labels
    assert label.container_dins == ("B123421123457Z", "B123421123458X")
    facts = [fact for section in document.sections for fact in getattr(section, "facts", ())]
    assert any(getattr(fact.value, "values", None) == ("B123421123457Z", "B123421123458X") for fact in facts)
