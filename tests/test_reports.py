"""The quality report and the audit-trail review, on both databases: a store with known
events (report_store.py) must show each count and each list, in the PDF's text and in the
CSV files, in English, Japanese and Chinese."""

from __future__ import annotations

import ast
import csv
import io
import re
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import report_store
from helpers import ROOT, cli
from stores import backend, drop_guards, pg_server, raw_sql, store  # noqa: F401 (fixtures)

from mscprep.reports.access import may_open_quality_report
from mscprep.reports.pdf import quality_pdf, review_pdf
from mscprep.reports.quality import collect, period
from mscprep.reports.review import review
from mscprep.reports.tables import csv_files
from mscprep.reports.text import catalog

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text


def flat(text: str) -> str:
    """The text with every run of white space as one space (table cells wrap)."""
    return re.sub(r"\s+", " ", text)


def rows(files: dict, name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(files[name].decode("utf-8"))))


def today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


@pytest.fixture
def built(store):
    now = datetime.now(timezone.utc)
    ids = report_store.build(store, now)
    # the day may turn between building and reporting: report both days
    return store, ids, period(now.date().isoformat(), (now + timedelta(minutes=5)).date().isoformat())


def test_report_counts_and_lists_every_known_event_in_pdf_and_csv(built, tmp_path):
    store, ids, chosen = built
    report = collect(store, chosen)
    text = pdf_text(quality_pdf(report), tmp_path)
    words = flat(text)
    files = csv_files(report)

    # integrity on the first page: the verify summary and the head now
    first_page = flat(text.split("\f")[0])
    verified = store.verify_audit()
    assert f"Audit trail intact: {verified.entries} entries covering {verified.rows} rows" in first_page
    assert "Every electronic signature was checked" in first_page and "were not checked" not in first_page
    assert store.head() in first_page
    assert rows(files, "integrity.csv")[0]["head"] == store.head()

    # counts by status, protocol, kind, person
    assert "3 preparations first saved in the period: 1 final, 1 blocked, 1 not ready, 0 abandoned." in words
    statuses = {row["record_id"]: row["status"] for row in rows(files, "preparations.csv")}
    assert statuses == {ids["final"]: "final", ids["blocked"]: "blocked", ids["changed"]: "not_ready"}
    assert rows(files, "by_protocol.csv") == [{"protocol_id": "none", "final": "1", "blocked": "1",
                                               "not_ready": "1", "abandoned": "0", "total": "3"}]
    assert rows(files, "by_kind.csv")[0]["kind"] == "intravenous"
    people = {row["person"]: row for row in rows(files, "by_person.csv")}
    assert people["M. Sato (MS)"]["double_checks"] == "4"
    assert people["M. Sato (MS)"]["checks_with_differences"] == "1"
    assert people["L. Chen (LC)"]["weighings_out_of_tolerance"] == "2"
    assert people["L. Chen (LC)"]["new_versions"] == "1"
    assert people["K. Tanaka (KT)"]["prepared"] == "2"
    assert re.search(r"M\. Sato \(MS\)\s+not enrolled\s+0\s+0\s+4\s+1\s+0\s+0", words)

    # every released finding with its typed reason, grouped by code
    assert "rate_above_max — Rate above the guide (2)" in words
    assert "syringe_push — Syringe push (1)" in words
    assert words.count(report_store.RATE_REASON) == 2 and report_store.PUSH_REASON in words
    overrides = rows(files, "overrides.csv")
    assert sorted((row["code"], row["record_id"]) for row in overrides) == sorted(
        [("rate_above_max", ids["final"]), ("rate_above_max", ids["blocked"]), ("syringe_push", ids["changed"])])
    assert {row["code"]: row["count"] for row in rows(files, "overrides_per_code.csv")} == {
        "rate_above_max": "2", "syringe_push": "1"}

    # the failed double check with its differences
    failed = rows(files, "failed_checks.csv")
    assert {row["record_id"] for row in failed} == {ids["blocked"]}
    assert {row["figure"] for row in failed} >= {"dose", "volume_to_draw"}
    dose = next(row for row in failed if row["figure"] == "dose")
    assert (dose["record_value"], dose["checker_value"]) == ("70 × 10⁶ cells", "72 × 10⁶ cells")
    section = flat(text.split("Failed double checks")[1].split("Weighings out of tolerance")[0])
    assert ids["blocked"] in section and "dose: 70 × 10⁶ cells → 72 × 10⁶ cells (+2.8 %)" in section

    # weighings out of tolerance, repeated weighings
    outside = rows(files, "weighings_out_of_tolerance.csv")
    assert [row["record_id"] for row in outside] == [ids["blocked"]] * 2
    assert all(float(row["deviation"]) < -0.05 for row in outside)
    section = flat(text.split("Weighings out of tolerance")[1].split("Repeated weighings")[0])
    assert section.count(ids["blocked"]) == 2 and "-20.1 %" in section and "-18.1 %" in section
    repeated = rows(files, "repeated_weighings.csv")
    assert [(row["record_id"], row["attempt"]) for row in repeated] == [(ids["blocked"], "1"), (ids["blocked"], "2")]
    section = flat(text.split("Repeated weighings")[1].split("Reprints")[0])
    assert f"{ids['blocked']} 1 2 " in section

    # the reprint (label) and its reason as recorded
    reprints = rows(files, "reprints.csv")
    assert [(row["record_id"], row["what"]) for row in reprints] == [(ids["final"], "label")]
    section = flat(text.split("Reprints")[1].split("Records changed after a double check")[0])
    assert ids["final"] in section and "label" in section
    assert (report_store.REPRINT_REASON if reprints[0]["reason"] else "(no reason recorded)") in section

    # the record changed after its check: what, old, new, why, who checked before
    changes = rows(files, "changes_after_check.csv")
    assert [(row["record_id"], row["version"], row["what"], row["old_value"], row["new_value"], row["reason"],
             row["checked_before_by"]) for row in changes] == [
        (ids["changed"], "2", "weight", "70 kg", "68 kg", report_store.CHANGE_REASON, "M. Sato (MS)")]
    section = flat(text.split("Records changed after a double check")[1].split("Measured dose against")[0])
    assert "weight: 70 kg → 68 kg" in section and report_store.CHANGE_REASON in section

    # chart figures: measured dose against the order, time to release, per week
    deviations = {row["record_id"]: float(row["measured_dose_deviation"]) for row in rows(files, "dose_deviation.csv")}
    assert set(deviations) == {ids["final"], ids["blocked"]}
    assert abs(deviations[ids["final"]]) < 0.02 and deviations[ids["blocked"]] < -0.15
    timing = rows(files, "time_to_release.csv")
    assert [(row["record_id"], row["from"], float(row["window_hours"])) for row in timing] == [
        (ids["final"], "thaw", 4.0)]
    assert 0.95 < float(timing[0]["hours"]) < 1.2
    assert sum(int(row["preparations"]) for row in rows(files, "per_week.csv")) == 3
    for heading in ("Measured dose against the order", "Time to release against each protocol's window",
                    "Preparations per week", "Reasons typed per finding"):
        assert heading in words


def test_a_preparation_left_past_its_use_by_is_abandoned(built):
    store, ids, chosen = built
    later = collect(store, chosen, now=datetime.now(timezone.utc) + timedelta(hours=10), verify="period")
    statuses = {item.record_id: item.status for item in later.preparations}
    assert statuses[ids["changed"]] == "abandoned"
    assert statuses[ids["final"]] == "final" and statuses[ids["blocked"]] == "blocked"


def test_the_period_holds_only_preparations_first_saved_in_it(built):
    store, _ids, chosen = built
    before = chosen.first - timedelta(days=3)
    report = collect(store, period(before.isoformat(), (before + timedelta(days=1)).isoformat()), verify="period")
    assert report.preparations == () and report.overrides == () and report.failed_checks == ()


def test_a_quick_report_checks_the_chain_since_the_period_and_its_rows(built, tmp_path):
    store, _ids, chosen = built
    report = collect(store, chosen, verify="period")
    verified = store.verify_audit()
    check = report.integrity
    assert check.intact and check.scope == "period" and check.first_seq == 1
    assert check.entries == verified.entries and check.head == store.head()
    # every record, check, weighing and print of this store belongs to the period's preparations
    # (the signature acts and sessions are rows of their own, checked by the full verify)
    data_rows = sum(store.backend.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                    for table in ("records", "checks", "weighings", "prints"))
    assert check.rows == data_rows
    first_page = flat(pdf_text(quality_pdf(report), tmp_path).split("\f")[0])
    assert check.last_seq == verified.entries     # the period's last entry is the newest
    assert f"Audit chain intact from entry 1 to entry {verified.entries} ({verified.entries} entries" in first_page
    # the quick report says what it did not check: who signed each act
    assert "The electronic signatures were not checked by this quick report" in first_page
    assert "Every electronic signature was checked" not in first_page


def test_review_lists_every_event_of_a_record_in_time_order(built, tmp_path):
    store, ids, _chosen = built
    found = review(store, ids["changed"])
    assert [event.action for event in found.events] == ["create", "override", "check", "version", "change",
                                                       "override"]
    change = next(event for event in found.events if event.action == "change")
    assert (change.operator, change.old_value, change.new_value, change.reason) == (
        "L. Chen (LC)", "70 kg", "68 kg", report_store.CHANGE_REASON)
    assert [event.seq for event in found.events] == sorted(event.seq for event in found.events)
    assert found.rows_intact and found.status == "not_verified"
    words = flat(pdf_text(review_pdf(found), tmp_path))
    assert "Every row of this record matches its audit entry." in words
    assert "70 kg 68 kg" in words and report_store.CHANGE_REASON in words and "M. Sato (MS)" in words
    weighed = review(store, ids["blocked"])
    weighings = [event for event in weighed.events if event.action == "weigh"]
    assert len(weighings) == 2 and dict(weighings[0].details)["Result"] == "OUT OF TOLERANCE"
    checks = [event for event in weighed.events if event.action == "check"]
    assert dict(checks[0].details)["dose"] == "70 × 10⁶ cells -> 72 × 10⁶ cells"


def test_an_altered_weighing_shows_in_the_review_and_fails_the_report(built, tmp_path, capsys):
    store, ids, chosen = built
    drop_guards(store, "weighings")
    raw_sql(store)("UPDATE weighings SET gross_g = 70.25 WHERE record_id = ?", (ids["blocked"],))
    found = review(store, ids["blocked"])
    assert not found.rows_intact
    assert "ROWS ALTERED OR MISSING" in flat(pdf_text(review_pdf(found), tmp_path))
    for scope in ("full", "period"):
        report = collect(store, chosen, verify=scope)
        assert not report.integrity.intact
        assert any(f"weighing row" in problem and "was altered" in problem for problem in report.integrity.problems)
        assert "AUDIT PROBLEMS" in flat(pdf_text(quality_pdf(report), tmp_path).split("\f")[0])
    location = str(store.path) if store.kind == "sqlite" else store.backend.url
    code, out, _err = cli(capsys, "report", "--from", chosen.start, "--to", chosen.last.isoformat(),
                          "-o", tmp_path / "r.pdf", "--db", location)
    assert code == 1 and "AUDIT PROBLEM" in out and (tmp_path / "r.pdf").stat().st_size > 0
    code, out, _err = cli(capsys, "records", "review", ids["blocked"], "--db", location)
    assert code == 1 and "[ROW ALTERED OR MISSING]" in out


@pytest.mark.parametrize("language, words", [
    ("ja", ("品質レポート", "監査証跡は完全です", "理由入力により解除された所見", "週ごとの調製数", "所見ごとの理由入力数")),
    ("zh", ("质量报告", "审计追踪完整", "以输入原因放行的提示", "每周配制数", "每种提示的原因输入数")),
    ("en", ("Quality report", "Audit trail intact", "Preparations per week", "Reasons typed per finding", "Syringe push"))])
def test_report_and_review_from_the_command_line_in_each_language(built, tmp_path, capsys, language, words):
    store, ids, chosen = built
    location = str(store.path) if store.kind == "sqlite" else store.backend.url
    out_pdf, folder = tmp_path / f"report-{language}.pdf", tmp_path / "csv"
    code, out, err = cli(capsys, "report", "--from", chosen.start, "--to", chosen.last.isoformat(), "-o", out_pdf,
                         "--csv", folder, "--language", language, "--db", location)
    assert code == 0, err
    assert "3 preparation(s)" in out and (folder / "overrides.csv").is_file()
    assert (out_pdf.stat().st_mode & 0o777) == 0o600
    text = flat(pdf_text(out_pdf.read_bytes(), tmp_path))
    for word in words:
        assert word in text, word
    code, out, err = cli(capsys, "records", "review", ids["changed"], "-o", tmp_path / "review.pdf",
                         "--language", language, "--db", location)
    assert code == 0, err and "6 event(s)" in out
    assert ids["changed"] in flat(pdf_text((tmp_path / "review.pdf").read_bytes(), tmp_path))


def test_bad_dates_a_missing_record_and_an_unknown_language_are_input_errors(built, tmp_path, capsys):
    store, _ids, _chosen = built
    location = str(store.path) if store.kind == "sqlite" else store.backend.url
    for arguments, flag in ((("--from", "2026-02-30", "--to", today()), "--from"),
                            (("--from", today(), "--to", "2026-01-01"), "--to"),
                            (("--from", today(), "--to", today(), "--language", "fr"), "--language")):
        code, out, err = cli(capsys, "report", *arguments, "-o", tmp_path / "x.pdf", "--db", location)
        assert code == 2 and out == "" and err.startswith(f"mscprep: {flag}:") and err.count("\n") == 1
        assert not (tmp_path / "x.pdf").exists()
    code, out, err = cli(capsys, "records", "review", "R-NOPE", "--db", location)
    assert code == 2 and "there is no record R-NOPE" in err


def test_every_report_text_is_translated_with_its_placeholders():
    texts = set()
    for path in (ROOT / "mscprep" / "reports").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "R":
                texts.add(node.args[0].value)
    assert len(texts) > 100
    for language in ("ja", "zh"):
        table = catalog(language)
        assert sorted(texts - set(table)) == [], language
        for source, text in table.items():
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source


def test_until_people_are_enrolled_everyone_may_open_the_quality_report(built):
    store, _ids, _chosen = built
    assert may_open_quality_report(store, None) and may_open_quality_report(store, "K. Tanaka (KT)")
