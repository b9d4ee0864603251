"""The release status of a printed document, as of the moment it is printed.

A document is kept (records) and printed later, sometimes much later (reprints). Its
findings are those it was made with, except the use-by, which is asked again at print
time; the identity it still waited for comes with it. Every printer of documents (PDF,
ZPL, the FHIR export's status) asks here, and through it the one release rule.
"""

from __future__ import annotations

from datetime import datetime

from ..preparation.checks import use_by_findings
from ..preparation.release import RecordState, Release, release_of
from ..protocol.definitions import Limit
from ..units import MIN
from .model import Document, with_findings

TIME_CODES = ("past_use_by", "infusion_ends_after_use_by")


def as_of(document: Document, now: datetime) -> Document:
    """The document with its use-by asked again at `now`: a product past its use-by is
    blocked when it is printed, whatever it was when saved."""
    kept = document.clock
    if kept is None or kept.stability_minutes is None:
        return document
    stability = Limit("stability", kept.stability_minutes * MIN, kept.stability_source or "", "record")
    found = use_by_findings(now, kept.use_by, kept.latest_start, kept.duration_minutes * MIN, stability)
    if found == [f for f in document.findings if f.code in TIME_CODES]:
        return document
    return with_findings(document, tuple(f for f in document.findings if f.code not in TIME_CODES) + tuple(found))


def document_release(document: Document, record: RecordState | None = None, reprint: bool = False) -> Release:
    """The release rule for a document (already brought to the moment with `as_of`)."""
    return release_of(document.findings, record, reprint, document.identity_missing)
