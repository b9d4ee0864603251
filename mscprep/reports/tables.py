"""The quality report's figures as CSV files (one per table), for a site's own analysis.
Every cell goes through records.store.csv_cell (a spreadsheet never runs it as a formula);
times are UTC ISO 8601 as stored; fractions are plain numbers (0.05 = 5 %)."""

from __future__ import annotations

import csv
import io

from ..records.store import csv_cell
from .quality import STATUSES, QualityReport, finding_title


def _csv(header: tuple, rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        # numbers as numbers (a negative one is no formula); every text made safe
        writer.writerow([cell if isinstance(cell, (int, float)) else csv_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8")


def _number(value):
    return "" if value is None else float(value)


def csv_files(report: QualityReport) -> dict[str, bytes]:
    """File name -> contents."""
    check = report.integrity
    files = {
        "integrity.csv": _csv(("intact", "scope", "first_entry", "last_entry", "entries", "rows", "head_seq", "head", "problem"),
                              [(check.intact, check.scope, check.first_seq, check.last_seq, check.entries, check.rows, check.head_seq,
                                check.head, problem) for problem in (check.problems or ("",))]),
        "preparations.csv": _csv(("record_id", "versions", "created_utc", "operator", "protocol_id", "kind", "status",
                                  "release_status"),
                                 [(p.record_id, p.versions, p.created_utc, p.operator, p.protocol_id, p.kind, p.status,
                                   p.release_status) for p in report.preparations]),
    }
    for key, name in (("protocol_id", "by_protocol.csv"), ("kind", "by_kind.csv")):
        files[name] = _csv((key, *STATUSES, "total"),
                           [(group[0], *(counts[s] for s in STATUSES), sum(counts.values()))
                            for group, counts in report.count_by(key)])
    files["by_person.csv"] = _csv(
        ("person", "role", "prepared", "new_versions", "double_checks", "checks_with_differences", "weighings",
         "weighings_out_of_tolerance"),
        [(p.name, p.role or "", p.prepared, p.versions, p.checks, p.failed_checks, p.weighings, p.out_of_tolerance)
         for p in report.people])
    files["overrides.csv"] = _csv(
        ("code", "title", "severity", "record_id", "version", "operator", "at_utc", "reason", "message"),
        [(o.code, finding_title(o.code), o.severity, o.record_id, o.version, o.operator, o.at_utc, o.reason, o.message)
         for o in report.overrides])
    files["overrides_per_code.csv"] = _csv(("code", "title", "count"),
                                           [(code, finding_title(code), len(items))
                                            for code, items in report.overrides_by_code()])
    files["failed_checks.csv"] = _csv(
        ("record_id", "version", "checker", "at_utc", "figure", "record_value", "checker_value", "relative"),
        [(f.record_id, f.version, f.checker, f.at_utc, key, first, second, _number(relative))
         for f in report.failed_checks for key, first, second, relative in (f.differences or (("", "", "", None),))])
    weighing = ("record_id", "version", "operator", "at_utc", "expected_ml", "measured_ml", "deviation", "tolerance",
                "within")

    def row(x):
        return (x.record_id, x.version, x.operator, x.at_utc, _number(x.expected_ml), _number(x.measured_ml),
                _number(x.deviation), _number(x.tolerance), x.within)
    files["weighings_out_of_tolerance.csv"] = _csv(weighing, [row(x) for x in report.out_of_tolerance])
    files["repeated_weighings.csv"] = _csv(("attempt",) + weighing, [
        (index, *row(x)) for _, _, group in report.repeated_weighings for index, x in enumerate(group, 1)])
    files["reprints.csv"] = _csv(("record_id", "version", "what", "operator", "at_utc", "reason"),
                                 [(x.record_id, x.version, x.what, x.operator, x.at_utc, x.reason)
                                  for x in report.reprints])
    files["changes_after_check.csv"] = _csv(
        ("record_id", "version", "operator", "at_utc", "checked_before_by", "what", "old_value", "new_value", "reason"),
        [(x.record_id, x.version, x.operator, x.at_utc, "; ".join(x.checked_by), what, old or "", new or "", x.reason)
         for x in report.changes_after_check for what, old, new in (x.changes or (("", None, None),))])
    files["dose_deviation.csv"] = _csv(("record_id", "measured_dose_deviation"),
                                       [(record_id, _number(value)) for record_id, value in report.dose_deviations])
    files["time_to_release.csv"] = _csv(("record_id", "protocol_id", "from", "hours", "window_hours"),
                                        [(t.record_id, t.protocol_id, "thaw" if t.from_thaw else "end_of_preparation",
                                          _number(t.hours), _number(t.window_hours)) for t in report.timings])
    files["per_week.csv"] = _csv(("week_starting", "preparations"), report.weeks)
    return files
