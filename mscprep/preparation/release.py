"""The release rule: may this preparation be released, and may its label print?

One function decides it for every kind of preparation, from the findings (with their typed
reasons), the identity still missing, the independent double check and the weighing. Every
sheet, label, panel, record and command asks `release()`; none decides on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterable

from .findings import AWAITING_ENTRY, Finding
from .identity import missing_identity


class Status(str, Enum):
    BLOCKED = "blocked"              # a hard finding, or a weighing out of tolerance
    NOT_READY = "not_ready"          # a soft finding still lacks its typed reason
    IDENTITY = "identity_incomplete"  # incomplete: whose product, for whom, or its thaw time is missing (identity.py)
    NOT_VERIFIED = "not_verified"    # no independent double check has verified it yet
    NOT_WEIGHED = "not_weighed"      # verified, not yet weighed within tolerance
    UNSIGNED = "unsigned"            # verified and weighed, but in a store nobody is enrolled in
    FINAL = "final"


STAMPS = {
    Status.BLOCKED: "BLOCKED - NOT FOR ADMINISTRATION",
    Status.NOT_READY: "NOT READY - REASON REQUIRED FOR A SOFT FINDING",
    Status.IDENTITY: "NOT READY - PATIENT IDENTITY INCOMPLETE",
    Status.NOT_VERIFIED: "DRAFT - NOT VERIFIED",
    Status.NOT_WEIGHED: "DRAFT - NOT WEIGHED",
    Status.UNSIGNED: "UNSIGNED - NO ENROLLED STAFF",
    Status.FINAL: None,
}
# An identity that lacks only the thaw time says so (it is not the patient's identity).
THAW_TIME_STAMP = "NOT READY - THAW TIME NOT ENTERED"
# Nor is the diluent: a plan that adds one must name it (identity.py).
DILUENT_STAMP = "NOT READY - DILUENT NOT ENTERED"
REPRINT = "REPRINT"
UNSIGNED = STAMPS[Status.UNSIGNED]


@dataclass(frozen=True)
class Release:
    status: Status
    reprint: bool = False
    reasons_missing: tuple[Finding, ...] = ()
    identity_missing: tuple[str, ...] = ()     # form keys, see identity.py
    unsigned: bool = False                     # recorded in a store nobody is enrolled in: never final

    @property
    def blocked(self) -> bool:
        return self.status is Status.BLOCKED

    @property
    def label_allowed(self) -> bool:
        """A label prints (stamped DRAFT until final) unless blocked, a reason is missing or
        the label could not say whose product it is, for whom."""
        return self.status not in (Status.BLOCKED, Status.NOT_READY, Status.IDENTITY)

    @property
    def final(self) -> bool:
        return self.status is Status.FINAL

    @property
    def stamp(self) -> str | None:
        """What every page and label says about the status; None when final."""
        if self.status is Status.IDENTITY and self.identity_missing and set(self.identity_missing) <= {"thawed_at"}:
            return THAW_TIME_STAMP
        if self.status is Status.IDENTITY and self.identity_missing and set(self.identity_missing) <= {"diluent"}:
            return DILUENT_STAMP
        return STAMPS[self.status]

    @property
    def incomplete(self) -> bool:
        """Not releasable only because an entry is missing (identity, thaw time): amber, not red."""
        return self.status is Status.IDENTITY

    @property
    def stamps(self) -> tuple[str, ...]:
        """The stamp and, for a reprint, REPRINT: the banner's texts in order."""
        unsigned = UNSIGNED if self.unsigned and self.stamp != UNSIGNED else None
        return tuple(text for text in (self.stamp, unsigned, REPRINT if self.reprint else None) if text)


def release(findings: Iterable[Finding], *, identity_missing: Iterable[str] = (), verified: bool = False,
            weighed: bool | None = None, reprint: bool = False, unsigned: bool = False) -> Release:
    """The release status from the findings, the identity fields still missing, the double
    check (`verified`) and the weighing (`weighed`: None not weighed, True within
    tolerance, False out of tolerance). A hard finding that only waits for an entry (the
    thaw time, findings.AWAITING_ENTRY) makes the plan incomplete (IDENTITY), not BLOCKED:
    red is kept for a real limit breach. `unsigned`: the record is in a store nobody is
    enrolled in, so nobody signed it: never final, and every page and label says so."""
    findings, identity_missing = tuple(findings), tuple(identity_missing)
    missing = tuple(f for f in findings if f.needs_reason)
    waiting = tuple(AWAITING_ENTRY[f.code] for f in findings if f.blocks and f.awaits_entry)
    identity_missing += tuple(key for key in waiting if key not in identity_missing)
    if weighed is False or any(f.blocks and not f.awaits_entry for f in findings):
        status = Status.BLOCKED
    elif missing:
        status = Status.NOT_READY
    elif identity_missing:
        status = Status.IDENTITY
    elif not verified:
        status = Status.NOT_VERIFIED
    elif not weighed:
        status = Status.NOT_WEIGHED
    elif unsigned:
        status = Status.UNSIGNED
    else:
        status = Status.FINAL
    return Release(status, reprint, missing, identity_missing, unsigned)


@dataclass(frozen=True)
class RecordState:
    """What a saved record adds to a preparation: its identity, who verified it in the
    independent double check, and its weighing (a gravimetric.Weighing). Only the newest
    check of the version counts: when it failed (`check_failed`) nobody verified it, even
    if an earlier check had passed, and nothing printed may say "verified by"."""
    record_id: str
    version: int
    checked_by: str | None = None
    weighing: object | None = None
    audit_head: str | None = None      # the audit chain's head when printed (small type on every sheet)
    check_failed: bool = False
    unsigned: bool = False             # a store nobody is enrolled in: nothing on it is signed
    signatures: tuple = ()             # records.staff.Signature, oldest first (printed on the sheet)
    # every weighing of the version when there was more than one, oldest first:
    # (at_utc, measured mL, deviation, within, reason typed for weighing again)
    weighings: tuple = ()

    def __post_init__(self):
        if self.check_failed and self.checked_by is not None:
            object.__setattr__(self, "checked_by", None)


def release_of(findings: Iterable[Finding], record: RecordState | None = None, reprint: bool = False,
               identity_missing: Iterable[str] = ()) -> Release:
    """The release status of findings as the record stands (a preparation not saved yet is
    never verified nor weighed)."""
    weighing = record.weighing if record else None
    return release(findings, identity_missing=identity_missing, verified=bool(record and record.checked_by),
                   weighed=None if weighing is None else weighing.within, reprint=reprint,
                   unsigned=bool(record and record.unsigned))


def status_of(preparation, record: RecordState | None = None, reprint: bool = False) -> Release:
    """The release status of a preparation: its findings and the identity its kind requires."""
    return release_of(preparation.findings, record, reprint, missing_identity(preparation))
