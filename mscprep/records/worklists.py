"""The pharmacy's work lists: saved records waiting for the next step of their case.

- awaiting a double check: the newest version is not blocked and no matching check counts
  for it (never checked, or its newest check differed);
- awaiting weighing: verified, not yet weighed;
- awaiting a label: verified and weighed within tolerance, and no label printed for this
  version yet.
A blocked record (a hard finding, a weighing out of tolerance) is on no list: it is not to
be released. The store's facts decide; the release rule (release.py) still decides what
prints.
"""

from __future__ import annotations

from dataclasses import dataclass

LISTS = ("check", "weigh", "label")


@dataclass(frozen=True)
class WorkItem:
    summary: object          # records.store.RecordSummary (the newest version)
    check_failed: bool = False


def work_lists(store, limit: int = 500) -> dict[str, list[WorkItem]]:
    """The three lists, newest record first."""
    found: dict[str, list[WorkItem]] = {key: [] for key in LISTS}
    for summary in store.search(limit=limit):
        if summary.blocked:
            continue
        record = store.latest(summary.record_id)
        status = store.status(record)
        if not status.verified_by:
            found["check"].append(WorkItem(summary, status.check_failed))
        elif status.weighing_within is None:
            found["weigh"].append(WorkItem(summary))
        elif status.weighing_within and not labels_printed(store, record):
            found["label"].append(WorkItem(summary))
    return found


def labels_printed(store, record) -> int:
    """Labels printed for this version of the record (prints and reprints)."""
    rows = store._read("SELECT COUNT(*) FROM audit WHERE record_id = ? AND action IN ('print', 'reprint') "
                       "AND what = ?", (record.record_id, f"version {record.version}: label"))
    return rows[0][0]
