"""The quality report and the audit-trail review as PDF (reportlab platypus), in English,
Japanese or Chinese. Every stored text goes through fonts.rich (escaped, with the CJK font
where needed); every time is printed on the site's clock with its zone named."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .. import __version__, clock
from ..printing.fonts import BASE, rich, runs, text_width
from ..printing.page import PAPERS, Page, grid, render, styles
from . import charts
from .quality import ABANDONED, BLOCKED, FINAL, NOT_READY, STATUSES, QualityReport, finding_title
from .review import Review
from .text import R, words

STATUS_WORDS = {FINAL: R("final"), BLOCKED: R("blocked"), NOT_READY: R("not ready"), ABANDONED: R("abandoned")}
ACTION_WORDS = {"create": R("created"), "version": R("new version"), "change": R("changed"),
                "override": R("reason for a finding"), "check": R("double check"), "weigh": R("weighing"),
                "print": R("printed"), "reprint": R("reprinted"), "adopt": R("adopted at upgrade")}
DETAIL_WORDS = (R("Result"), R("Tolerance"), R("Tare"), R("Gross"), R("Expected"), R("Measured"), R("Deviation"),
                R("Document"), R("Reprint"), R("Row"))
DOCUMENT_WORDS = (R("sheet"), R("label"))     # what a print printed


SMALL = 7.5      # the small style's size: table cells
CHUNK = 40       # rows per table piece


def _flat(items: list) -> list:
    """The story with each table's pieces (a list) in line."""
    out = []
    for item in items:
        out.extend(item if isinstance(item, list) else [item])
    return out


def when(text: str | None) -> str:
    """A stored UTC time on the site's clock."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return clock.text(moment, fmt="%Y-%m-%d %H:%M:%S")


def _zone() -> str:
    zone = clock.site_zone()
    return getattr(zone, "key", None) or str(zone)


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:+.1f} %"


def _wrapped(text: str, width: float, shrinkage: float) -> str | None:
    """Plain words in the base font broken into lines as a Paragraph in the small style
    breaks them (each line as many words as fit, the same font, size and leading as a
    table cell), as one cell text with a line break between the lines: a month's report
    has hundreds of such cells (times), and a Paragraph each costs most of the time of its
    table. None for anything else (a word wider than the cell, other white space, soft
    hyphens): that stays a Paragraph."""
    words = text.split(" ")
    if not all(words) or not all(char.isprintable() and char not in _BREAK_HINTS for char in text if char != " "):
        return None
    space = text_width(" ", SMALL)
    shrink = shrinkage * space    # the small style lets each space of a full line give a little
    lines, line, used = [], [], -space
    for word in words:
        size = text_width(word, SMALL)
        if size > width:
            return None
        if line and used + space + size > width + shrink * len(line):
            lines.append(" ".join(line))
            line, used = [], -space
        line.append(word)
        used += space + size
    lines.append(" ".join(line))
    return "\n".join(lines)


_BREAK_HINTS = "\u00a0\u00ad\u200b\u2028\u2029\u3000"   # what a Paragraph may break at, or not, its own way


class _Writer:
    def __init__(self, language: str):
        self.say = words(language)
        self.style = styles()

    def p(self, text, style: str = "small") -> Paragraph:
        return Paragraph(rich("" if text is None else str(text)), self.style[style])

    def h(self, text: str) -> Paragraph:
        return Paragraph(rich(self.say(text)), self.style["h2"])

    def cell(self, text, width: float):
        """Short text the base font draws whole is a plain cell (fast: a month's report has
        thousands); anything longer, or needing the CJK font, is a wrapping Paragraph."""
        if isinstance(text, Paragraph):
            return text
        text = "" if text is None else str(text)
        if "\n" not in text and all(font == BASE for font, _ in runs(text)):
            if text_width(text, SMALL) <= width - 6:
                return text
            lines = _wrapped(text, width - 6, self.style["small"].spaceShrinkage)
            if lines is not None:
                return lines
        return self.p(text)

    def table(self, head: list[str], rows: list[list], widths: list[float]):
        """A grid in pieces of CHUNK rows, each with the header (a long table split by the
        layout again and again costs time that grows with its length)."""
        header = [self.p(self.say(text), "bold") for text in head]
        pieces = []
        for start in range(0, max(len(rows), 1), CHUNK):
            body = [header] + [[self.cell(cell, width) for cell, width in zip(row, widths)]
                               for row in rows[start:start + CHUNK]]
            table = grid(body, widths, zebra=True)
            table.setStyle([("FONTNAME", (0, 1), (-1, -1), BASE), ("FONTSIZE", (0, 1), (-1, -1), SMALL),
                            ("LEADING", (0, 1), (-1, -1), SMALL + 2)])
            pieces.append(table)
        return pieces

    def none(self) -> Paragraph:
        return self.p(self.say(R("None in this period.")), "body")


def quality_pdf(report: QualityReport, language: str = "en", paper: str = "A4") -> bytes:
    w = _Writer(language)
    say = w.say
    period = f"{report.period.first.isoformat()} – {report.period.last.isoformat()}"

    def story(width: float) -> list:
        fractions = lambda *parts: [width * part for part in parts]  # noqa: E731
        out = [Paragraph(rich(say(R("Quality report"))), w.style["h1"]),
               w.p(say(R("Period (UTC days, inclusive): {period}")).format(period=period), "body"),
               w.p(say(R("Made {moment} (times on the site clock, {zone}) by mscprep {version} from {location}"))
                   .format(moment=clock.text(report.generated_utc, fmt="%Y-%m-%d %H:%M"), zone=_zone(),
                           version=__version__, location=report.location), "body"),
               Spacer(1, 6)]
        # integrity, first page
        check = report.integrity
        out.append(w.h(R("Integrity of the audit trail")))
        if check.intact and check.scope == "full":
            out.append(w.p(say(R("Audit trail intact: {entries} entries covering {rows} rows, every row "
                                 "unchanged.")).format(entries=check.entries, rows=check.rows), "bold"))
            out.append(w.p(say(R("Every electronic signature was checked against the enrolled people's keys "
                                 "(`audit verify`)."))))
        elif check.intact:
            out.append(w.p(say(R("Audit chain intact from entry {first} to entry {last} ({entries} entries, linked "
                                 "to the entries on either side; the newest entry matches the anchor); the {rows} "
                                 "rows of this period's preparations are unchanged. Other entries were not checked "
                                 "by this report: run `mscprep audit verify` for the whole trail.")).format(
                first=check.first_seq, last=check.last_seq, entries=check.entries, rows=check.rows), "bold"))
            out.append(w.p(say(R("The electronic signatures were not checked by this quick report (who signed "
                                 "each act): run `mscprep audit verify`, or the report without --verify period."))))
        else:
            out.append(w.p(say(R("AUDIT PROBLEMS: {count} found. The figures below come from records that may have "
                                 "been altered.")).format(count=len(check.problems)), "warn"))
            out += [w.p(problem) for problem in check.problems[:25]]
            if len(check.problems) > 25:
                out.append(w.p(say(R("… and {count} more (run `mscprep audit verify`).")).format(
                    count=len(check.problems) - 25)))
        out.append(w.p(say(R("Chain head at the time of the report: entry {seq}, {head}")).format(
            seq=check.head_seq, head=check.head)))
        # counts
        counts = report.status_counts
        out.append(w.h(R("Preparations")))
        out.append(w.p(say(R("{total} preparations first saved in the period: {final} final, {blocked} blocked, "
                             "{not_ready} not ready, {abandoned} abandoned.")).format(
            total=len(report.preparations), final=counts[FINAL], blocked=counts[BLOCKED],
            not_ready=counts[NOT_READY], abandoned=counts[ABANDONED]), "body"))
        for key, title, first in (("protocol_id", R("By protocol"), R("Protocol")), ("kind", R("By kind"), R("Kind"))):
            rows = [[name[0], *(str(c[s]) for s in STATUSES), str(sum(c.values()))] for name, c in report.count_by(key)]
            out.append(w.p(say(title), "bold"))
            out.append(w.table([first, *(STATUS_WORDS[s] for s in STATUSES), R("Total")], rows,
                               fractions(0.3, 0.14, 0.14, 0.14, 0.14, 0.14)) if rows else w.none())
            out.append(Spacer(1, 4))
        out.append(w.p(say(R("By person and role")), "bold"))
        rows = [[person.name, say(person.role) if person.role else say(R("not enrolled")), str(person.prepared),
                 str(person.versions), str(person.checks), str(person.failed_checks), str(person.weighings),
                 str(person.out_of_tolerance)] for person in report.people]
        out.append(w.table([R("Person"), R("Role"), R("Prepared"), R("Changed (new versions)"), R("Double checks"),
                            R("Checks that found differences"), R("Weighings"), R("Out of tolerance")], rows,
                           fractions(0.19, 0.13, 0.09, 0.12, 0.1, 0.13, 0.1, 0.14)) if rows else w.none())
        # soft findings released with their reasons
        out.append(w.h(R("Findings released with a typed reason, by finding code")))
        groups = report.overrides_by_code()
        if not groups:
            out.append(w.none())
        for code, items in groups:
            out.append(w.p(f"{code} — {say(finding_title(code))} ({len(items)})", "bold"))
            out.append(w.table([R("Record"), R("Version"), R("By"), R("When"), R("Reason typed")],
                               [[o.record_id, str(o.version), o.operator, when(o.at_utc), o.reason] for o in items],
                               fractions(0.19, 0.08, 0.17, 0.16, 0.4)))
            out.append(Spacer(1, 3))
        # failed checks
        out.append(w.h(R("Failed double checks")))
        rows = [[f.record_id, str(f.version), f.checker, when(f.at_utc),
                 "; ".join(f"{key}: {first} → {second}" + (f" ({_pct(rel)})" if rel is not None else "")
                           for key, first, second, rel in f.differences)] for f in report.failed_checks]
        out.append(w.table([R("Record"), R("Version"), R("Checker"), R("When"),
                            R("Differences (record → checker)")], rows, fractions(0.19, 0.08, 0.15, 0.16, 0.42))
                   if rows else w.none())
        out.append(w.h(R("Weighings out of tolerance")))
        rows = [[x.record_id, str(x.version), x.operator, when(x.at_utc), f"{x.expected_ml:.4g} mL",
                 f"{x.measured_ml:.4g} mL", _pct(x.deviation), f"± {x.tolerance * 100:.3g} %"]
                for x in report.out_of_tolerance]
        out.append(w.table([R("Record"), R("Version"), R("By"), R("When"), R("Expected"), R("Measured"),
                            R("Deviation"), R("Tolerance")], rows, fractions(0.19, 0.08, 0.15, 0.16, 0.1, 0.1, 0.1, 0.12))
                   if rows else w.none())
        out.append(w.h(R("Repeated weighings")))
        rows = [[record_id, str(version), str(len(group)),
                 "; ".join(f"{when(x.at_utc)} {x.operator}: {_pct(x.deviation)} "
                           f"{say(R('within')) if x.within else say(R('OUT'))}" for x in group)]
                for record_id, version, group in report.repeated_weighings]
        out.append(w.table([R("Record"), R("Version"), R("Weighings"), R("Each weighing")], rows,
                           fractions(0.19, 0.08, 0.09, 0.64)) if rows else w.none())
        out.append(w.h(R("Reprints")))
        rows = [[x.record_id, str(x.version), say(x.what), x.operator, when(x.at_utc),
                 x.reason or say(R("(no reason recorded)"))] for x in report.reprints]
        out.append(w.table([R("Record"), R("Version"), R("Document"), R("By"), R("When"), R("Reason")], rows,
                           fractions(0.19, 0.08, 0.1, 0.15, 0.16, 0.32)) if rows else w.none())
        out.append(w.h(R("Records changed after a double check")))
        rows = [[x.record_id, str(x.version), x.operator, when(x.at_utc), ", ".join(x.checked_by),
                 "; ".join(f"{key}: {old if old is not None else '—'} → {new if new is not None else '—'}"
                           for key, old, new in x.changes), x.reason] for x in report.changes_after_check]
        out.append(w.table([R("Record"), R("Version"), R("By"), R("When"), R("Checked before by"),
                            R("What changed (old → new)"), R("Reason")], rows,
                           fractions(0.19, 0.08, 0.12, 0.13, 0.12, 0.22, 0.14)) if rows else w.none())
        # charts
        out.append(w.h(R("Measured dose against the order")))
        out.append(w.p(say(R("Measured dose = the dose in the volume drawn × weighed volume ÷ planned volume (the "
                             "newest weighing of each preparation's latest version); the order is the dose to "
                             "administer after any cap. Red bars: beyond ±5 %.")), "body"))
        out.append(charts.deviation_histogram([d for _, d in report.dose_deviations], width, say, 0.05))
        out.append(KeepTogether([
            w.h(R("Time to release against each protocol's window")),
            w.p(say(R("mscprep does not record the start of the infusion: each dot is a final preparation's time "
                      "from thaw (or, without a thaw time, from its first save) to release, the later of its "
                      "verifying double check and its weighing within tolerance. Red dots: after the window.")),
                "body"),
            charts.timing_chart([(t.protocol_id, t.hours, t.window_hours) for t in report.timings], width, say)]))
        out.append(KeepTogether([w.h(R("Preparations per week")),
                                 charts.weekly_chart(list(report.weeks), width, say)]))
        out.append(KeepTogether([w.h(R("Reasons typed per finding")), charts.overrides_chart(
            [(say(finding_title(code)), len(items)) for code, items in groups], width, say)]))
        # what the words mean
        out.append(w.h(R("Definitions")))
        for text in (R("A preparation belongs to the period when its first version was saved in it; its later "
                       "versions, checks, weighings and prints count with it whenever they happened."),
                     R("Status as the record stands when the report is made, by the release rule: final; blocked "
                       "(a hard finding, or the newest weighing out of tolerance); not ready (a reason, the "
                       "identity, the double check or the weighing still missing); abandoned (not final, not "
                       "blocked, and past its use-by time, or without one nothing recorded for {hours} h)."),
                     R("A record changed after a double check: a new version saved after an earlier version "
                       "was checked.")):
            out.append(w.p(say(text).format(hours=f"{report.abandoned_after.total_seconds() / 3600:g}"), "body"))
        return out

    page = Page(title=say(R("Quality report")), subject=period, header_left=f"mscprep — {say(R('Quality report'))}",
                header_right=period, footer=say(R("Quality report made {moment}")).format(
                    moment=clock.text(report.generated_utc, fmt="%Y-%m-%d %H:%M")),
                footer_page=say(R("page {page} / {total}")), bars=(),
                fine_print=say(R("audit head {head}")).format(head=report.integrity.head))
    return render(lambda width: _flat(story(width)), page, PAPERS[paper], [], None, None)


def review_pdf(review: Review, language: str = "en", paper: str = "A4") -> bytes:
    w = _Writer(language)
    say = w.say

    def story(width: float) -> list:
        fractions = lambda *parts: [width * part for part in parts]  # noqa: E731
        out = [Paragraph(rich(say(R("Audit-trail review"))), w.style["h1"]),
               w.p(say(R("Record {record}: patient {patient} ({patient_id}), DIN {din}, protocol {protocol}, kind "
                         "{kind}, {versions} version(s)")).format(
                   record=review.record_id, patient=review.patient_name or "—", patient_id=review.patient_id or "—",
                   din=review.din or "—", protocol=review.protocol_id, kind=review.kind, versions=review.versions),
                   "body"),
               w.p(say(R("Status of the latest version now: {status}")).format(
                   status=say(_release_words(review.status))), "bold"),
               w.p(say(R("Made {moment} (times on the site clock, {zone}) by mscprep {version} from {location}"))
                   .format(moment=clock.text(review.generated_utc, fmt="%Y-%m-%d %H:%M"), zone=_zone(),
                           version=__version__, location=review.location), "body"),
               w.p(say(R("Chain head at the time of the review: entry {seq}, {head}")).format(
                   seq=review.head_seq, head=review.head)),
               w.p(say(R("Every row of this record matches its audit entry.")) if review.rows_intact else
                   say(R("ROWS ALTERED OR MISSING: see the rows marked below; run `mscprep audit verify`.")),
                   "body" if review.rows_intact else "warn"),
               Spacer(1, 6), w.h(R("Every event, in time order"))]
        rows = []
        for event in review.events:
            details = "; ".join(f"{say(label)}: {text}" for label, text in event.details)
            if event.row_intact is False:
                details = f"{say(R('ALTERED OR MISSING'))}. {details}"
            rows.append([f"{when(event.at_utc)}\n#{event.seq}", event.operator,
                         say(ACTION_WORDS.get(event.action, event.action)), event.what,
                         _short(event.old_value), _short(event.new_value), event.reason or "", details])
        body = [[c if i else w.p(c.replace("\n", " ")) for i, c in enumerate(row)] for row in rows]
        out.append(w.table([R("When"), R("Who"), R("Action"), R("What"), R("Old value"), R("New value"), R("Why"),
                            R("Details")], body, fractions(0.11, 0.1, 0.09, 0.14, 0.12, 0.14, 0.12, 0.18)))
        return out

    page = Page(title=say(R("Audit-trail review")), subject=review.record_id,
                header_left=f"mscprep — {say(R('Audit-trail review'))}", header_right=review.record_id,
                footer=say(R("Review made {moment}")).format(
                    moment=clock.text(review.generated_utc, fmt="%Y-%m-%d %H:%M")),
                footer_page=say(R("page {page} / {total}")), bars=(),
                fine_print=say(R("audit head {head}")).format(head=review.head))
    return render(lambda width: _flat(story(width)), page, PAPERS[paper], [], None, None)


_RELEASE_WORDS = {"final": R("final"), "blocked": R("blocked"), "not_ready": R("not ready: a reason is missing"),
                  "identity_incomplete": R("not ready: identity incomplete"), "not_verified": R("not verified"),
                  "not_weighed": R("verified, not weighed"), "unknown": R("unknown (saved without its document)")}


def _release_words(status: str) -> str:
    return _RELEASE_WORDS.get(status, status)


def _short(value: str | None) -> str:
    """A stored value as the review prints it: a content hash (64 hex digits) by its first 16."""
    if value is None:
        return ""
    if len(value) == 64 and all(c in "0123456789abcdef" for c in value):
        return value[:16] + "…"
    return value
