"""The quality report's figures for a period, read from a record store (read only).

A preparation belongs to the period when its first version was saved in it (UTC days,
`date_to` inclusive); everything recorded about it (versions, checks, weighings, prints),
whenever it happened, is counted with it, so a month's report does not lose the check done
just after midnight on the last day. Every figure comes from stored rows; the status of
each preparation is asked of the one release rule (preparation/release.py) with its newest
check and weighing, as the record stands when the report is made.

Statuses shown: final, blocked (a hard finding, or a weighing out of tolerance), not ready
(any other status: reason, identity, check or weighing still missing) and abandoned: not
final, not blocked, and either past its use-by time or, without one, nothing recorded about
it for `abandoned_after` (default 24 h) before the report was made.

mscprep does not record the start of an infusion. The time chart measures from thaw (or,
without a thaw time, from the end of preparation: the first save) to release: the moment
the record became final (the later of its verifying double check and its weighing within
tolerance). The report says so where it shows the chart.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone

from ..errors import InputError
from ..preparation.findings import CODES, Finding, Severity
from ..preparation.release import Status, release
from ..records import audit, schema
from ..records.errors import StoreError
from .access import enrolled_role

FINAL, BLOCKED, NOT_READY, ABANDONED = "final", "blocked", "not_ready", "abandoned"
STATUSES = (FINAL, BLOCKED, NOT_READY, ABANDONED)
ABANDONED_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class Period:
    first: date
    last: date             # inclusive

    @property
    def start(self) -> str:
        return self.first.isoformat()

    @property
    def end(self) -> str:
        """The first day after the period (exclusive bound on UTC ISO times)."""
        return (self.last + timedelta(days=1)).isoformat()


def period(date_from: str, date_to: str) -> Period:
    """The period from two YYYY-MM-DD texts (UTC days, both inclusive)."""
    days = []
    for flag, text in (("from", date_from), ("to", date_to)):
        try:
            days.append(date.fromisoformat(str(text).strip()))
        except ValueError:
            raise InputError(flag, f"{text!r} is not a date; write YYYY-MM-DD") from None
    if days[1] < days[0]:
        raise InputError("to", f"{days[1]} is before --from {days[0]}")
    return Period(days[0], days[1])


@dataclass(frozen=True)
class Integrity:
    """What the report's own integrity check found. scope "full": `audit verify` itself
    (every entry and every row of every table); "period": the stretch of the chain holding
    every entry about the period's preparations (with one entry each side, so it is linked
    in), the anchor against the newest entry, and every row of those preparations."""
    intact: bool
    entries: int
    rows: int
    problems: tuple[str, ...]
    head: str
    head_seq: int
    scope: str = "full"
    first_seq: int = 1     # the first entry checked
    last_seq: int = 0      # the last entry checked (full: the head)


@dataclass(frozen=True)
class Preparation:
    record_id: str
    versions: int
    created_utc: str       # first version
    operator: str          # who saved the first version
    protocol_id: str
    kind: str
    status: str            # one of STATUSES
    release_status: str    # the release rule's own status (preparation/release.Status value)


@dataclass(frozen=True)
class Override:
    record_id: str
    version: int
    code: str
    severity: str
    message: str
    reason: str
    operator: str
    at_utc: str


@dataclass(frozen=True)
class FailedCheck:
    record_id: str
    version: int
    checker: str
    at_utc: str
    differences: tuple[tuple[str, str, str, float | None], ...]   # key, first, second, relative


@dataclass(frozen=True)
class Weighing:
    record_id: str
    version: int
    operator: str
    at_utc: str
    expected_ml: float
    measured_ml: float
    deviation: float
    tolerance: float
    within: bool


@dataclass(frozen=True)
class Reprint:
    record_id: str
    version: int
    operator: str
    at_utc: str
    what: str              # sheet, label, ...
    reason: str            # as recorded with the print ("" when none was recorded)


@dataclass(frozen=True)
class Change:
    record_id: str
    version: int           # the new version
    operator: str
    at_utc: str
    reason: str
    changes: tuple[tuple[str, str | None, str | None], ...]   # what, old, new
    checked_by: tuple[str, ...]   # checkers of earlier versions, before this change


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None       # None: not enrolled (or people are not enrolled in this store)
    prepared: int          # preparations whose first version they saved
    versions: int          # later versions (changes) they saved
    checks: int
    failed_checks: int     # checks they made that found differences
    weighings: int
    out_of_tolerance: int


@dataclass(frozen=True)
class Timing:
    record_id: str
    protocol_id: str
    from_thaw: bool        # False: measured from the end of preparation
    hours: float           # to release
    window_hours: float | None


@dataclass(frozen=True)
class QualityReport:
    period: Period
    generated_utc: datetime
    location: str
    integrity: Integrity
    preparations: tuple[Preparation, ...]
    overrides: tuple[Override, ...]
    failed_checks: tuple[FailedCheck, ...]
    out_of_tolerance: tuple[Weighing, ...]
    repeated_weighings: tuple[tuple[str, int, tuple[Weighing, ...]], ...]   # record, version, its weighings
    reprints: tuple[Reprint, ...]
    changes_after_check: tuple[Change, ...]
    people: tuple[Person, ...]
    dose_deviations: tuple[tuple[str, float], ...]     # record, measured dose / ordered dose - 1
    timings: tuple[Timing, ...]
    abandoned_after: timedelta = ABANDONED_AFTER
    weeks: tuple[tuple[str, int], ...] = field(default=())   # Monday (ISO date) -> preparations

    def count_by(self, key: str) -> list[tuple[tuple, int]]:
        """Preparations counted by `key` ("protocol_id", "kind") and status, sorted."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for item in self.preparations:
            counts[getattr(item, key)][item.status] += 1
        return [((name,), counts[name]) for name in sorted(counts)]

    @property
    def status_counts(self) -> Counter:
        return Counter(item.status for item in self.preparations)

    def overrides_by_code(self) -> list[tuple[str, list[Override]]]:
        groups: dict[str, list[Override]] = defaultdict(list)
        for item in self.overrides:
            groups[item.code].append(item)
        return sorted(groups.items(), key=lambda pair: (-len(pair[1]), pair[0]))


_CHOSEN = "SELECT record_id FROM records WHERE version = 1 AND created_utc >= ? AND created_utc < ?"


def _utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


SCOPES = ("full", "period")


def integrity(store, chosen: Period | None = None, scope: str = "full") -> Integrity:
    """The integrity result the report prints: `audit verify` (scope "full"), or the stretch
    of the chain and the rows this period's report reads (scope "period", for a quick
    report of a large store)."""
    if scope == "full":
        report = store.verify_audit()
        try:
            seq, head = audit.head(store.backend)
        except store.backend.errors:
            seq, head = report.entries, report.head
        if head != report.head:      # written to meanwhile: the head that was verified
            seq, head = report.entries, report.head
        return Integrity(report.intact, report.entries, report.rows, report.problems, head, seq, "full", 1, seq)
    if scope != "period" or chosen is None:
        raise InputError("verify", f"{scope!r} is not one of: {', '.join(SCOPES)}")
    try:
        store._reconnect_if_lost()
        with store.backend.snapshot() as db:
            checked = _period_integrity(db, chosen)
            # as `audit verify` does: the database's structure (append-only guards, schema)
            # and whether the chain went backwards from a head this workstation saw before
            found = tuple(store._structure_problems(db)) + tuple(store.continuity)
    except store.backend.errors as error:
        raise store._failure(error) from None
    return replace(checked, intact=False, problems=found + checked.problems) if found else checked


def _period_integrity(db, chosen: Period) -> Integrity:
    """The stretch of the chain that holds every entry about the period's preparations,
    from the entry before the first to the entry after the last (so that the stretch is
    linked into the chain on both sides), the anchor against the newest entry, and every
    row of those preparations re-hashed against the entry that covers it: the same hashing
    as records/audit.verify, over what this report reads."""
    bounds = (chosen.start, chosen.end)
    last_seq, last_hash = audit.head(db)
    first, last = db.execute(f"SELECT MIN(seq), MAX(seq) FROM audit WHERE record_id IN ({_CHOSEN})",
                             bounds).fetchone()
    problems: list[str] = []
    newest = db.execute("SELECT hash FROM audit WHERE seq = ?", (last_seq,)).fetchone() if last_seq else None
    if last_seq and (newest is None or newest[0] != last_hash):
        problems.append(f"the trail's newest entry {last_seq} does not match the anchor (entries removed from the "
                        "end, or the anchor altered)")
    if first is None:
        return Integrity(not problems, 0, 0, tuple(problems), last_hash, last_seq, "period", 0, 0)
    first, last = int(first), int(last)
    low, high = max(1, first - 1), min(last_seq, last + 1)
    covered: dict[int, tuple[str, str]] = {}
    expected, previous, count = low, (audit.GENESIS if low == 1 else None), 0
    columns = getattr(db, "audit_columns", audit.COLUMNS)    # PostgreSQL adds the server-stamped db_user
    for values in db.execute(f"SELECT {', '.join(columns)} FROM audit WHERE seq >= ? AND seq <= ? ORDER BY seq",
                             (low, high)):
        entry = dict(zip(columns, values))
        count += 1
        seq = int(entry["seq"])
        if seq != expected:
            problems.append(f"audit entries {expected} to {seq - 1} are missing (deleted)" if seq > expected
                            else f"audit entry {seq} is out of order")
        if previous is not None and entry["prev_hash"] != previous:
            problems.append(f"audit entry {seq} does not follow the entry before it")
        if audit.entry_hash(entry) != entry["hash"]:
            problems.append(f"audit entry {seq} ({entry['action']} by {entry['operator']}) was altered")
        if entry["row_table"] is not None:
            covered[seq] = (entry["row_table"], entry["row_hash"])
        expected, previous = seq + 1, entry["hash"]
    if expected != high + 1:
        problems.append(f"audit entries {expected} to {high} are missing (deleted)")
    rows = 0
    for table in ("records", "checks", "weighings", "prints"):
        for row, computed in _hashed_rows(db, table, bounds):
            rows += 1
            entry = covered.get(row.get("seq"))
            if entry is None or entry[0] != table:
                problems.append(f"{audit.describe(table, row)} (row {row.get('seq')}) is not in the audit trail: "
                                "inserted outside mscprep")
            elif computed is None or computed != row.get("row_hash") or row.get("row_hash") != entry[1]:
                problems.append(f"{audit.describe(table, row)} was altered after it was saved (its stored contents no "
                                f"longer match audit entry {row.get('seq')})")
    return Integrity(not problems, count, rows, tuple(problems), last_hash, last_seq, "period", low, high)


# A record's JSON columns (tens of kilobytes each) are read as the UTF-8 bytes stored and
# hashed as they are (records/audit.stored_row_hash: the same hash as row_hash). Records only:
# a row read again is found by its key, record and version.
_AS_BYTES = {"records": ("inputs_json", "reasons_json", "plan_json", "documents_json")}


def _hashed_rows(db, table: str, bounds: tuple):
    """Each of the period's rows of `table` with its hash recomputed from what is stored
    (None: a column holds a value no row of mscprep can hold)."""
    columns = schema.columns(table)
    raw = [column for column in _AS_BYTES.get(table, ()) if column in columns]
    if not raw:
        for values in db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE record_id IN ({_CHOSEN})", bounds):
            row = dict(zip(columns, values))
            try:
                yield row, audit.row_hash(table, row)
            except (TypeError, ValueError):
                yield row, None
        return
    kind = getattr(db, "kind", "sqlite")
    plain = [column for column in columns if column not in raw]
    selected = plain + [expression for column in raw for expression in audit.text_as_bytes(kind, column)]
    sql = f"SELECT {', '.join(selected)} FROM {table} WHERE record_id IN ({_CHOSEN})"
    if kind == "postgresql":    # the bytes as they are, not as hexadecimal text (twice the size, parsed again)
        found = db.connection.execute(sql.replace("?", "%s"), list(bounds), binary=True)
    else:
        found = db.execute(sql, bounds)
    for values in found:
        row = dict(zip(plain, values))
        stored = values[len(plain):]
        texts = True
        for index, column in enumerate(raw):
            value, type_ = stored[2 * index], stored[2 * index + 1]
            row[column] = value if value is None or isinstance(value, bytes) else bytes(value)
            texts = texts and (type_ == "text" or value is None)
        if not texts:     # a number or a blob where text belongs (SQLite): read and hash it as it is
            again = db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE record_id = ? AND version = ?",
                               (row["record_id"], row["version"])).fetchone()
            if again is None:
                yield row, None
                continue
            row = dict(zip(columns, again))
            try:
                yield row, audit.row_hash(table, row)
            except (TypeError, ValueError):
                yield row, None
            continue
        try:
            yield row, audit.stored_row_hash(table, row)
        except UnicodeDecodeError:
            yield row, None


def collect(store, chosen: Period, *, now: datetime | None = None, verify: str = "full",
            abandoned_after: timedelta = ABANDONED_AFTER) -> QualityReport:
    """The period's figures. Reads only; StoreError when the store cannot be read."""
    now = now or datetime.now(timezone.utc)
    checked = integrity(store, chosen, verify)
    try:
        store._reconnect_if_lost()
        try:
            with store.backend.snapshot() as db:
                rows = _read(db, chosen, store.kind)
        except store.backend.errors:
            # a plan the database cannot read as JSON (the integrity check names it):
            # read them again whole and let Python say which record it is
            with store.backend.snapshot() as db:
                rows = _read(db, chosen, None)
    except store.backend.errors as error:
        raise store._failure(error) from None
    return _assemble(store.location, chosen, now, checked, rows, abandoned_after,
                     lambda name: enrolled_role(store, name))


# A reprint's reason: in its audit entry; a prints table that gains its own reason column
# (print logging is being extended) is read first.
_PRINT_REASON = "COALESCE(p.reason, a.reason)" if "reason" in schema.columns("prints") else "a.reason"


# What the report needs of each stored plan, taken out by SQLite itself (a plan is several
# kilobytes of JSON; decoding each whole in Python was most of a month's time there).
# PostgreSQL sends each plan whole: its json operators parse the text again for each key, and
# a jsonb plan costs more than reading the text and decoding it in Python.
PLAN_KEYS = ("findings", "identity_missing", "use_by", "dose", "dose_delivered")
_PLAN_PATHS = ("$.findings", "$.identity_missing", "$.use_by", "$.dose.value", "$.dose_delivered.value")
_EXTRACT = {"sqlite": "json_extract(plan_json, " + ", ".join(f"'{path}'" for path in _PLAN_PATHS) + ")"}


def _read(db, chosen: Period, kind: str | None) -> dict:
    """The period's rows. `kind` "sqlite" lets the database extract PLAN_KEYS from each
    plan; otherwise (PostgreSQL, or None) each plan is read whole."""
    bounds = (chosen.start, chosen.end)
    plan = _EXTRACT.get(kind, "plan_json")
    return {
        "extracted": kind in _EXTRACT,
        "records": db.execute(
            f"SELECT record_id, version, created_utc, operator, protocol_id, kind, blocked, inputs_json, {plan} "
            f"FROM records WHERE record_id IN ({_CHOSEN}) ORDER BY record_id, version", bounds).fetchall(),
        "checks": db.execute(
            "SELECT record_id, version, checker, at_utc, matched, differences_json FROM checks "
            f"WHERE record_id IN ({_CHOSEN}) ORDER BY seq", bounds).fetchall(),
        "weighings": db.execute(
            "SELECT record_id, version, operator, at_utc, expected_ml, measured_ml, deviation, tolerance, within "
            f"FROM weighings WHERE record_id IN ({_CHOSEN}) ORDER BY seq", bounds).fetchall(),
        "prints": db.execute(
            f"SELECT p.record_id, p.version, p.operator, p.at_utc, p.what, p.reprint, {_PRINT_REASON} FROM prints p "
            f"JOIN audit a ON a.seq = p.seq WHERE p.record_id IN ({_CHOSEN}) ORDER BY p.seq", bounds).fetchall(),
        # each later version's reason, by (record, version): a record's seq is stored after its
        # documents, and reading it for every record of the period reads every document too
        "reasons": {(record_id, int(version)): reason for record_id, version, reason in db.execute(
            "SELECT r.record_id, r.version, a.reason FROM audit a JOIN records r ON r.seq = a.seq "
            f"WHERE r.version > 1 AND r.record_id IN ({_CHOSEN})", bounds).fetchall()},
    }


def _plan(text: str, extracted: bool) -> dict:
    """The plan's PLAN_KEYS, from the database's extract (a JSON array) or the whole plan."""
    if not extracted:
        plan = json.loads(text)
        if not isinstance(plan, dict):
            raise ValueError("not a JSON object")
        return plan
    findings, identity_missing, use_by, dose, delivered = json.loads(text)
    return {"findings": findings, "identity_missing": identity_missing, "use_by": use_by,
            "dose": None if dose is None else {"value": dose},
            "dose_delivered": None if delivered is None else {"value": delivered}}


def _findings(plan: dict) -> list[Finding]:
    found = []
    for item in plan.get("findings") or []:
        try:
            severity = Severity(item["severity"])
        except (KeyError, ValueError):
            continue
        found.append(Finding(item.get("code", ""), severity, item.get("message", ""),
                             override_reason=item.get("override_reason"), releasable=bool(item.get("releasable"))))
    return found


def _value(plan: dict, key: str) -> float | None:
    item = plan.get(key)
    return float(item["value"]) if isinstance(item, dict) and item.get("value") is not None else None


def _thaw(inputs: dict) -> datetime | None:
    text = inputs.get("thawed_at")
    if not text:
        return None
    try:   # saved with its offset (the usual case): the instant as it is
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is not None:
            return moment.astimezone(timezone.utc)
    except ValueError:
        return None
    from ..form.parse import parse_datetime   # typed without an offset: on the site's clock, as the plan did
    try:
        return parse_datetime(text, "thawed_at").astimezone(timezone.utc)
    except InputError:
        return None


def _assemble(location: str, chosen: Period, now: datetime, checked: Integrity, rows: dict,
              abandoned_after: timedelta, role_of) -> QualityReport:
    versions: dict[str, list[tuple]] = defaultdict(list)
    for row in rows["records"]:
        versions[row[0]].append(row)
    checks: dict[str, list[tuple]] = defaultdict(list)
    for row in rows["checks"]:
        checks[row[0]].append(row)
    weighings: dict[str, list[Weighing]] = defaultdict(list)
    for row in rows["weighings"]:
        weighings[row[0]].append(Weighing(row[0], int(row[1]), row[2], row[3], float(row[4]), float(row[5]),
                                          float(row[6]), float(row[7]), bool(row[8])))
    prints: dict[str, list[tuple]] = defaultdict(list)
    for row in rows["prints"]:
        prints[row[0]].append(row)

    preparations, overrides, changes, deviations, timings = [], [], [], [], []
    people: dict[str, Counter] = defaultdict(Counter)
    for record_id, stored in versions.items():
        first, latest = stored[0], stored[-1]
        try:
            plans = [_plan(row[8], rows["extracted"]) for row in stored]
            inputs = [json.loads(row[7]) for row in stored]
        except (ValueError, TypeError):
            raise StoreError(f"Record {record_id} cannot be read; run `mscprep audit verify`.") from None
        people[first[3]]["prepared"] += 1
        # every released finding with its typed reason, once per record (first version typed)
        seen = set()
        for row, plan in zip(stored, plans):
            for finding in plan.get("findings") or []:
                reason = finding.get("override_reason")
                if reason and (finding.get("code"), reason) not in seen:
                    seen.add((finding.get("code"), reason))
                    overrides.append(Override(record_id, int(row[1]), finding.get("code", ""),
                                              finding.get("severity", ""), finding.get("message", ""), reason,
                                              row[3], row[2]))
        version_checks = [c for c in checks[record_id] if int(c[1]) == int(latest[1])]
        version_weighings = [w for w in weighings[record_id] if w.version == int(latest[1])]
        newest_check = version_checks[-1] if version_checks else None
        newest_weighing = version_weighings[-1] if version_weighings else None
        plan = plans[-1]
        verdict = release(_findings(plan), identity_missing=plan.get("identity_missing") or (),
                          verified=bool(newest_check and newest_check[4]),
                          weighed=None if newest_weighing is None else newest_weighing.within)
        moments = [row[2] for row in stored] + [c[3] for c in checks[record_id]] + \
                  [w.at_utc for w in weighings[record_id]] + [p[3] for p in prints[record_id]]
        last_activity = max(_utc(moment) for moment in moments)
        if verdict.status is Status.FINAL:
            status = FINAL
        elif verdict.status is Status.BLOCKED:
            status = BLOCKED
        else:
            use_by = plan.get("use_by")
            expired = _utc(use_by) < now if use_by else now - last_activity > abandoned_after
            status = ABANDONED if expired else NOT_READY
        preparations.append(Preparation(record_id, len(stored), first[2], first[3], latest[4] or "none",
                                        latest[5], status, verdict.status.value))
        # changes: each later version, with what changed and the checks done before it
        for index in range(1, len(stored)):
            row, before, after = stored[index], inputs[index - 1], inputs[index]
            people[row[3]]["versions"] += 1
            earlier = tuple(dict.fromkeys(c[2] for c in checks[record_id]
                                          if int(c[1]) < int(row[1]) and _utc(c[3]) <= _utc(row[2])))
            if not earlier:
                continue
            what = [(key, before.get(key), after.get(key)) for key in sorted(set(before) | set(after))
                    if before.get(key) != after.get(key)]
            old_reasons = {f["code"]: f.get("override_reason") for f in plans[index - 1].get("findings") or []}
            new_reasons = {f["code"]: f.get("override_reason") for f in plans[index].get("findings") or []}
            what += [(f"reason for {code}", old_reasons.get(code), new_reasons.get(code))
                     for code in sorted(set(old_reasons) | set(new_reasons))
                     if old_reasons.get(code) != new_reasons.get(code)]
            reason = rows["reasons"].get((record_id, int(row[1]))) or ""
            changes.append(Change(record_id, int(row[1]), row[3], row[2], reason, tuple(what), earlier))
        # measured dose against the order: the newest weighing of the latest version
        ordered = _value(plan, "dose")
        delivered = _value(plan, "dose_delivered") or ordered
        if newest_weighing is not None and ordered:
            deviations.append((record_id, delivered / ordered * (1 + newest_weighing.deviation) - 1))
        # thaw (or end of preparation) to release
        if status == FINAL:
            released = max(_utc(newest_check[3]), _utc(newest_weighing.at_utc))
            thaw = _thaw(inputs[-1])
            start = thaw or _utc(first[2])
            use_by = plan.get("use_by")
            window = (_utc(use_by) - thaw).total_seconds() / 3600 if use_by and thaw else None
            timings.append(Timing(record_id, latest[4] or "none", thaw is not None,
                                  (released - start).total_seconds() / 3600, window))

    failed = []
    for record_id, rows_of in checks.items():
        for row in rows_of:
            people[row[2]]["checks"] += 1
            if not row[4]:
                people[row[2]]["failed_checks"] += 1
                try:
                    differences = json.loads(row[5]) or []
                except ValueError:
                    differences = []
                failed.append(FailedCheck(record_id, int(row[1]), row[2], row[3], tuple(
                    (d.get("key", ""), str(d.get("first", "")), str(d.get("second", "")), d.get("relative"))
                    for d in differences if isinstance(d, dict))))
    outside, repeated = [], []
    for record_id, items in weighings.items():
        by_version: dict[int, list[Weighing]] = defaultdict(list)
        for item in items:
            people[item.operator]["weighings"] += 1
            by_version[item.version].append(item)
            if not item.within:
                people[item.operator]["out_of_tolerance"] += 1
                outside.append(item)
        repeated += [(record_id, version, tuple(group)) for version, group in sorted(by_version.items())
                     if len(group) > 1]
    reprints = [Reprint(row[0], int(row[1]), row[2], row[3], row[4], row[6] or "")
                for rows_of in prints.values() for row in rows_of if row[5]]
    weeks = Counter()
    for item in preparations:
        day = _utc(item.created_utc).date()
        weeks[(day - timedelta(days=day.weekday())).isoformat()] += 1
    monday = chosen.first - timedelta(days=chosen.first.weekday())
    week_list = []
    while monday <= chosen.last:
        week_list.append((monday.isoformat(), weeks.get(monday.isoformat(), 0)))
        monday += timedelta(days=7)

    def at(item):
        return item.at_utc
    return QualityReport(
        chosen, now, location, checked,
        tuple(sorted(preparations, key=lambda p: (p.created_utc, p.record_id))),
        tuple(sorted(overrides, key=lambda o: (o.code, o.at_utc, o.record_id))),
        tuple(sorted(failed, key=at)), tuple(sorted(outside, key=at)),
        tuple(sorted(repeated, key=lambda r: (r[2][0].at_utc, r[0]))), tuple(sorted(reprints, key=at)),
        tuple(sorted(changes, key=at)),
        tuple(Person(name, role_of(name), c["prepared"], c["versions"], c["checks"], c["failed_checks"],
                     c["weighings"], c["out_of_tolerance"]) for name, c in sorted(people.items())),
        tuple(deviations), tuple(timings), abandoned_after, tuple(week_list))


def finding_title(code: str) -> str:
    return CODES[code][1] if code in CODES else code
