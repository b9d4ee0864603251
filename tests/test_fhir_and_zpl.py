"""A record as a FHIR R4 Bundle (validated with the fhir.resources R4B models), and the bag
label as ZPL II: field data, barcodes, stamps, both resolutions, a CUPS raw queue."""

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from mscprep.cli import main
from mscprep.fhir import DIN_SYSTEM, PATIENT_SYSTEM, export_record
from mscprep.preparation.gravimetric import weigh_entered
from mscprep.preparation.release import RecordState
from mscprep.records.doublecheck import compare
from mscprep.zpl import LabelRefused, document_zpl, field_data, print_raw

from helpers import NOON, plan

FORM = dict(final_volume="50 mL", diluent="saline", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456",
            thawed_at="2026-11-23T11:00+00:00", stability="3 h")


def validated(text: str):
    from fhir.resources.R4B.bundle import Bundle
    return Bundle.model_validate(json.loads(text))


def resources(data: dict, kind: str) -> list[dict]:
    return [entry["resource"] for entry in data["entry"] if entry["resource"]["resourceType"] == kind]


def test_a_prepared_record_is_a_valid_bundle_with_product_dispense_patient_and_preparer(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    text = export_record(store, record)
    validated(text)
    data = json.loads(text)
    assert data["type"] == "collection" and data["identifier"]["value"] == f"{record.record_id}/1"
    medication = resources(data, "Medication")[0]
    assert medication["identifier"] == [{"system": DIN_SYSTEM, "value": "A9999211234563",
                                         "type": {"text": "ISBT 128 Donation Identification Number"}}]
    strength = medication["ingredient"][0]["strength"]
    assert strength["numerator"] == {"value": 70000000, "unit": "cells", "system": "http://unitsofmeasure.org",
                                     "code": "{cells}"}
    assert strength["denominator"]["value"] == 50 and strength["denominator"]["code"] == "mL"
    assert medication["batch"] == {"lotNumber": "A9999211234563", "expirationDate": "2026-11-23T14:00:00+00:00"}
    dispense = resources(data, "MedicationDispense")[0]
    assert dispense["status"] == "preparation"
    assert dispense["subject"]["identifier"] == {"system": PATIENT_SYSTEM, "value": "MRN-000123"}
    assert dispense["medicationReference"]["reference"] == data["entry"][0]["fullUrl"]
    assert dispense["dosageInstruction"][0]["doseAndRate"][0]["rateQuantity"]["value"] == pytest.approx(1.6666666667)
    provenance = resources(data, "Provenance")
    assert [(p["agent"][0]["type"]["coding"][0]["code"], p["agent"][0]["who"]["display"]) for p in provenance] == \
        [("author", "K. Tanaka")]


def test_a_checked_and_weighed_record_has_provenance_for_checker_and_weighing_and_is_deterministic(store, tmp_path):
    record = store.save(plan(**FORM), "K. Tanaka")
    store.record_check(record, "M. Sato", {}, compare(record.plan, plan(**FORM)))
    store.record_weighing(record, "A. Mori", weigh_entered(plan(**FORM), "20 g", "70.25 g"))
    output = tmp_path / "bundle.json"
    code = main(["records", "export", record.record_id, "--fhir", "-o", str(output), "--db", str(store.path)])
    assert code == 0 and oct(output.stat().st_mode & 0o777) == "0o600"
    text = output.read_text(encoding="utf-8")
    validated(text)
    data = json.loads(text)
    agents = [(p["agent"][0]["type"]["coding"][0]["code"], p["agent"][0]["who"]["display"], p["activity"]["text"])
              for p in resources(data, "Provenance")]
    assert [agent[:2] for agent in agents] == [("author", "K. Tanaka"), ("verifier", "M. Sato"),
                                               ("performer", "A. Mori")]
    assert "50 mL measured (+0.4%), within tolerance" in agents[2][2]    # 49.8 mL measured into the bag
    # a store nobody is enrolled in never releases (issue 22); tests/test_people.py: signed and released
    assert resources(data, "MedicationDispense")[0]["status"] == "preparation"
    assert export_record(store, record) == text                                       # same bytes again
    for entry in data["entry"]:
        assert entry["fullUrl"].endswith(entry["resource"]["id"])


def test_every_kind_of_record_exports_a_valid_bundle(store, tmp_path):
    from mscprep.preparation.build import prepare
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nT-1,placebo\n", encoding="utf-8")
    forms = [{"protocol": "temcell", "weight": "60 kg"}, {"protocol": "secretome-nebulized"},
             {"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
              "randomisation_code": "T-1", "randomisation_list": str(listing)}]
    for preparation in [prepare(form) for form in forms] + [plan(**dict(FORM, available="2 mL"))]:
        record = store.save(preparation, "K. Tanaka")
        data = json.loads(export_record(store, record))
        validated(json.dumps(data))
        if record.blocked:
            assert resources(data, "MedicationDispense")[0]["status"] == "declined"


def zpl_of(dpi=203, record=None, **fields):
    preparation = plan(**dict(FORM, **fields))
    return document_zpl(preparation.document(), record, dpi=dpi, now=preparation.computed_at)


def field_values(zpl: str) -> list[str]:
    return re.findall(r"\^FD(.*?)\^FS", zpl)


def test_the_zpl_label_carries_the_pdf_labels_content_and_barcodes():
    the_plan = plan(**FORM)
    label = the_plan.document().labels[0]
    zpl = zpl_of()
    assert zpl.startswith("^XA\n^CI28\n^PW799\n^LL400\n") and zpl.rstrip().endswith("^XZ")
    values = field_values(zpl)
    assert "Yamada Hanako" in values and "DIN A9999 21 123456" in values and "3" in values   # check character
    assert ">:=A99992112345600" in values                                     # Code 128 of the ISBT 128 DIN
    # expiry &>0263271400 (2026, day 327, 14:00): ">" is the invocation code ">0" (issue 25)
    assert ">:&>00263271400" in values
    assert f"MA,{label.qr}" in values                                         # QR code, error correction M
    # issue 25: DIN, expiry and patient ID as Code 128, the compound message as Data Matrix
    assert zpl.count("^BCN,") == 3 and zpl.count("^BQN,2,") == 1 and zpl.count("^BXN,") == 1
    assert ">:MRN-000123" in values and "=+02000=A99992112345600&>0263271400" in values
    assert "^GB799,34,34^FS" in zpl and "^FR^FDDRAFT - NOT VERIFIED^FS" in zpl   # reversed stamp banner
    assert any(value.startswith("MSC for IV infusion") for value in values)     # the heading stays
    assert re.search(r"\^FO\d+,\d+\^GB\d+,\d+,2\^FS\n\^FO\d+,\d+\^A0N,24,24\^FH\\\^FD3\^FS", zpl)  # boxed check char


def test_300_dpi_is_the_same_label_on_a_finer_grid():
    low, high = zpl_of(203), zpl_of(300)
    assert "^PW1181\n^LL591" in high and "^BY3" in high and "^BY2" in low
    assert field_values(low) == field_values(high)


def test_a_final_label_has_no_stamp_a_reprint_says_so_and_a_blocked_plan_has_no_label():
    the_plan = plan(**FORM)
    weighing = weigh_entered(the_plan, "20 g", "70.25 g")
    final = document_zpl(the_plan.document(), RecordState("R-1", 1, "M. Sato", weighing), now=NOON)
    assert "DRAFT" not in final and "^FR" not in final.split("^FDYamada")[0].replace("^GB", "")
    reprint = document_zpl(the_plan.document(), RecordState("R-1", 1, "M. Sato", weighing), reprint=True, now=NOON)
    assert "^FR^FDREPRINT^FS" in reprint
    with pytest.raises(LabelRefused):
        zpl_of(available="2 mL")


def test_field_data_cannot_smuggle_zpl_commands():
    zpl = zpl_of(patient_name="Evil^XZ~JR Name")
    assert "^XZ~JR" not in zpl and "Evil\\5EXZ\\7EJR Name" in zpl
    assert field_data("a\\b^c~d") == "a\\5Cb\\5Ec\\7Ed"
    assert zpl.count("^XZ") == 1


def test_label_command_writes_zpl_with_sheet_exit_codes(tmp_path, capsys):
    flags = ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
             "--final-volume", "50 mL", "--diluent", "saline", "--duration", "30 min", "--patient-name", "Label Patient", "--patient-id",
             "MRN-L", "--din", "A999921123456"]
    output = tmp_path / "bag.zpl"
    # no label without whose product, for whom: the missing identity is named
    assert main(["label", *flags[:-6], "--zpl", "-o", str(output)]) == 2 and not output.exists()
    assert capsys.readouterr().err == ("mscprep: --patient-name: is needed on a label: enter --patient-name, "
                                       "--patient-id, --din\n")
    assert main(["label", *flags, "--zpl", "-o", str(output), "--dpi", "300"]) == 0
    assert "^PW1181" in output.read_text(encoding="utf-8")
    blocked = tmp_path / "blocked.zpl"
    assert main(["label", *flags, "--available", "2 mL", "--zpl", "-o", str(blocked)]) == 3 and not blocked.exists()
    assert main(["label", *flags[:-2], "--din", "nonsense", "--zpl", "-o", str(tmp_path / "x.zpl")]) == 2
    with pytest.raises(SystemExit) as stopped:
        main(["label", *flags, "--zpl", "-o", str(tmp_path / "y.zpl"), "--dpi", "600"])
    assert stopped.value.code == 2
    capsys.readouterr()


def test_text_the_printer_font_cannot_show_refuses_the_thermal_label(tmp_path, capsys):
    from mscprep.zpl import UnprintableText
    with pytest.raises(UnprintableText, match="山田 花子"):
        zpl_of(patient_name="山田 花子")
    assert "Müller Zoë" in field_values(zpl_of(patient_name="Müller Zoë"))        # Latin-1 prints
    output = tmp_path / "bag.zpl"
    code = main(["label", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
                 "--viability", "90%", "--duration", "30 min", "--patient-name", "山田 花子", "--patient-id", "MRN-J",
                 "--din", "A999921123456", "--zpl", "-o", str(output)])
    assert code == 2 and not output.exists() and "print the PDF label instead" in capsys.readouterr().err


def test_a_multi_bag_preparation_gives_one_zpl_label_per_bag():
    zpl = zpl_of(final_volume="150 mL", max_container_volume="100 mL")
    assert zpl.count("^XA") == 2 == zpl.count("^XZ")


def test_raw_printing_without_lp_or_with_a_failing_queue_says_why(tmp_path):
    from mscprep.zpl import RawPrintError
    with pytest.raises(RawPrintError, match="not installed"):
        print_raw("^XA^XZ", "zebra", lp="no-such-lp-command")
    failing = tmp_path / "lp"
    failing.write_text("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n")
    failing.chmod(0o755)
    with pytest.raises(RawPrintError, match="does not exist"):
        print_raw("^XA^XZ", "zebra", lp=str(failing))


@pytest.fixture
def cups_queue(tmp_path):
    """A private CUPS scheduler on a Unix socket with one raw queue whose backend writes
    each job to a file."""
    cupsd, lpadmin = shutil.which("cupsd") or "/usr/sbin/cupsd", shutil.which("lpadmin") or "/usr/sbin/lpadmin"
    if not (os.path.exists(cupsd) and os.path.exists(lpadmin) and shutil.which("lp")):
        pytest.skip("CUPS (cupsd, lpadmin, lp) is not installed: tools/test installs cups-daemon and cups-client")
    if os.geteuid() != 0:
        pytest.skip("a private CUPS scheduler is started as root only (CI and tools/test run as root)")
    root = Path(f"/tmp/mscprep-cups-{os.getpid()}")
    shutil.rmtree(root, ignore_errors=True)
    for name in ("conf", "spool", "tmp", "cache", "state", "log", "out", "bin/backend"):
        (root / name).mkdir(parents=True)
    os.chmod(root, 0o755)
    os.chmod(root / "out", 0o1777)
    for part in ("daemon", "filter", "notifier"):
        (root / "bin" / part).symlink_to(f"/usr/lib/cups/{part}")
    # A file backend: CUPS hands it the job exactly as queued (mode 0700: it runs as root).
    backend = root / "bin" / "backend" / "capture"
    backend.write_text("#!/bin/sh\nif [ $# -eq 0 ]; then echo 'direct capture \"Unknown\" \"test\"'; exit 0; fi\n"
                       "target=\"${DEVICE_URI#capture:}\"\n"
                       "if [ -n \"$6\" ]; then cat \"$6\" > \"$target\"; else cat > \"$target\"; fi\n")
    backend.chmod(0o700)
    socket = root / "cups.sock"
    output = root / "out" / "label.zpl"
    (root / "cupsd.conf").write_text(f"Listen {socket}\nLogLevel warn\nBrowsing No\n<Location />\nOrder allow,deny\n"
                                     "Allow all\n</Location>\n")
    (root / "cups-files.conf").write_text(
        f"FileDevice Yes\nServerRoot {root / 'conf'}\nRequestRoot {root / 'spool'}\nTempDir {root / 'tmp'}\n"
        f"CacheDir {root / 'cache'}\nStateDir {root / 'state'}\nErrorLog {root / 'log' / 'error_log'}\n"
        f"AccessLog {root / 'log' / 'access_log'}\nPageLog {root / 'log' / 'page_log'}\nServerBin {root / 'bin'}\n")
    process = subprocess.Popen([cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    environment = dict(os.environ, CUPS_SERVER=str(socket))
    try:
        deadline = time.monotonic() + 20
        while not socket.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
        if not socket.exists():
            pytest.skip(f"the private CUPS scheduler did not start: {process.stderr.read().decode()[-300:]}")
        subprocess.run([lpadmin, "-p", "zebra", "-E", "-v", f"capture:{output}"], env=environment, check=True,
                       capture_output=True, timeout=30)
        yield environment, output
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(root, ignore_errors=True)


def test_zpl_printed_through_a_cups_raw_queue_arrives_unchanged(cups_queue, monkeypatch):
    from mscprep.zpl import print_label, queues
    environment, output = cups_queue
    monkeypatch.setenv("CUPS_SERVER", environment["CUPS_SERVER"])
    assert queues() == ["zebra"]
    document = plan(**dict(FORM, patient_name="Yamada Hanako")).document()
    zpl = document_zpl(document, None, dpi=300, now=NOON)
    assert print_label(document, None, "zebra", dpi=300, now=NOON).startswith("request id is zebra-")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not output.exists() or output.stat().st_size < len(zpl.encode())):
        time.sleep(0.2)
    assert output.read_bytes() == zpl.encode("utf-8")
