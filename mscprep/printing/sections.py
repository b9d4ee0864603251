"""One function per kind of document section: each turns a section (data, from
mscprep.documents) into reportlab flowables in the printed language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether as KeepTogetherFlowable
from reportlab.platypus import PageBreak as PageBreakFlowable
from reportlab.platypus import Spacer, Table as TableFlowable, TableStyle

from .. import display
from ..documents import model as doc
from ..preparation.findings import Severity, title
from ..units import ML
from .fonts import rich
from .page import grid
from .paragraphs import Para


@dataclass(frozen=True)
class Context:
    """What every section function needs: styles, translation, the text width, and the
    record's state (who checked it, the weighing) for the parts filled when printed."""
    styles: dict
    translate: Callable[[str], str]
    width: float
    checked_by: str | None
    weighing: object | None
    weighings: tuple = ()       # RecordState.weighings: every weighing when there were several

    def text(self, cell) -> str:
        return doc.render(cell, self.translate, {"checked_by": self.checked_by})

    def para(self, cell, style: str = "body") -> Para:
        if isinstance(cell, doc.Din):
            return self.din(cell, style)
        if isinstance(cell, doc.Dins):    # one under the other, each with its boxed check character
            return TableFlowable([[self.din(doc.Din(value), style)] for value in cell.values], hAlign="LEFT",
                                 style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return Para(rich(self.text(cell)), self.styles[style])

    def din(self, cell: doc.Din, style: str):
        """The DIN with its check character in a box of its own, as on the label."""
        value = cell.value
        return TableFlowable([[self.para(value[:13], style), self.para(value[13:], style)]],
                             colWidths=[37 * mm, 6 * mm], hAlign="LEFT",
                             style=TableStyle([("BOX", (1, 0), (1, 0), 1, colors.black),
                                               ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))


def title_section(section: doc.Title, c: Context) -> list:
    return [c.para(section.text, "h1")]


def heading_section(section: doc.Heading, c: Context) -> list:
    return [c.para(section.text, "h2")]


def paragraph_section(section: doc.Paragraph, c: Context) -> list:
    return [c.para(section.text, section.style)]


def facts_section(section: doc.Facts, c: Context) -> list:
    if section.per_row == 1:   # the bedside essentials: large values beside a shaded label column
        rows = [[c.para(fact.label, "bold"), c.para(fact.value, "big" if fact.strong else "body")]
                for fact in section.facts]
        return [grid(rows, [c.width * 0.3, c.width * 0.7], header=False, shade_first_col=True)]
    half = (c.width - 4 * mm) / 2
    rows, line = [], []
    for fact in section.facts:
        line += [c.para(fact.label, "bold" if fact.strong else "body"), c.para(fact.value, "big" if fact.strong
                                                                               else "body")]
        if len(line) == 2 * section.per_row:
            rows.append(line)
            line = []
    if line:
        rows.append(line + [""] * (2 * section.per_row - len(line)))
    return [grid(rows, [half * 0.3, half * 0.7] * section.per_row, header=False)]


def table_section(section: doc.Table, c: Context) -> list:
    rows = [[c.para(cell, "bold") for cell in section.header]]
    rows += [[c.para(cell, "small") for cell in row] for row in section.rows]
    height = section.row_height * mm if section.row_height else None
    return [grid(rows, [c.width * share for share in section.widths], row_height=height, zebra=section.zebra)]


def steps_section(section: doc.Steps, c: Context) -> list:
    style = "bold" if section.strong else "body"
    return [c.para(f"{number}. {c.text(item)}", style) for number, item in enumerate(section.items, start=1)]


def bullets_section(section: doc.Bullets, c: Context) -> list:
    return [c.para(f"• {c.text(item)}", "bold" if section.strong else "body") for item in section.items]


def checkboxes_section(section: doc.Checkboxes, c: Context) -> list:
    rows = [[c.para("☐", "big"), c.para(item)] for item in section.items]
    return [grid(rows, [8 * mm, c.width - 8 * mm], header=False)]


def findings_section(section: doc.FindingsTable, c: Context) -> list:
    weighing = c.weighing
    found = section.findings + ((weighing.finding,) if weighing is not None and weighing.finding else ())
    if not found:
        return [c.para(doc.T("None."))]
    rows = [[c.para(doc.T(head), "bold") for head in ("Severity", "Finding", "Limit and source", "Reason given")]]
    for finding in found:
        required = finding.needs_reason
        reason = c.text(doc.T("REASON REQUIRED")) if required else finding.override_reason or ""
        rows.append([c.para(doc.T(finding.severity.value.upper()), "warn" if finding.severity is Severity.HARD
                            else "bold"),
                     c.para(f"{c.translate(title(finding.code))}: {finding.text(c.translate)}", "small"),
                     c.para(f"{finding.limit or '—'}; {finding.source or '—'}", "small"),
                     c.para(reason, "small")])
    return [grid(rows, [c.width * 0.1, c.width * 0.42, c.width * 0.28, c.width * 0.2])]


def checks_section(section: doc.Checks, c: Context) -> list:
    flowables = [c.para(doc.T("Independent double check: verified by {name}.", name=c.checked_by) if c.checked_by
                        else doc.T("Independent double check: not done yet."), "bold")]
    weighing = c.weighing
    if weighing is None:
        flowables.append(c.para(doc.T("Gravimetric check: not done yet."), "bold"))
        return flowables
    text = doc.T("Gravimetric check: tare {tare}, filled {gross}, density {density} → {measured} "
                 "(planned {expected}, {deviation}; tolerance {tolerance}): {verdict}.",
                 words={"verdict": "within tolerance" if weighing.within else "OUT OF TOLERANCE"},
                 tare=f"{display.significant(weighing.tare.m_as('g'), 5)} g",
                 gross=f"{display.significant(weighing.gross.m_as('g'), 5)} g",
                 density=f"{display.significant(weighing.density.m_as('g/mL'), 4)} g/mL",
                 measured=display.quantity(weighing.measured_volume, ML, 4),
                 expected=display.quantity(weighing.expected_volume, ML, 4),
                 deviation=("+" if weighing.deviation >= 0 else "") + display.percent(weighing.deviation),
                 tolerance=display.percent(weighing.tolerance.value))
    flowables.append(c.para(text, "bold" if weighing.within else "warn"))
    if weighing.source:     # issue 25: typed (translated), or read from which balance (as recorded)
        source = (doc.T("Tare and filled mass: {source}.", words={"source": weighing.source})
                  if weighing.source == "typed, not read"
                  else doc.T("Tare and filled mass: {source}.", source=weighing.source))
        flowables.append(c.para(source, "small"))
    for number, (at, measured, deviation, within, reason) in enumerate(c.weighings, 1):
        line = doc.T("Weighing {number} at {at}: {measured} mL ({deviation}): {verdict}.",
                     words={"verdict": "within tolerance" if within else "OUT OF TOLERANCE"}, number=str(number),
                     at=display.clock(datetime.fromisoformat(at)), measured=display.significant(measured, 4),
                     deviation=("+" if deviation >= 0 else "") + display.percent(deviation))
        flowables.append(c.para(line, "small"))
        if reason:
            flowables.append(c.para(doc.T("Weighed again because: {reason}", reason=reason), "small"))
    return flowables


def results_section(section: doc.Results, c: Context) -> list:
    rows = [[c.para(doc.T(head), "bold") for head in ("Result", "Value", "Formula, with the numbers")]]
    for row in section.rows:
        formulas = "<br/>".join(f"{rich(formula)}<br/>= {rich(numbers)} = {rich(result)}"
                                for formula, numbers, result in row.formulas)
        how = formulas or rich("—" if row.value == "—" else c.text(row.basis or doc.T("as entered")))
        rows.append([c.para(row.label), c.para(row.value), Para(how, c.styles["small"])])
    return [grid(rows, [c.width * 0.22, c.width * 0.28, c.width * 0.5])]


def keep_together_section(section: doc.KeepTogether, c: Context) -> list:
    return [KeepTogetherFlowable(flowables(section.sections, c))]


def page_break_section(section: doc.PageBreak, c: Context) -> list:
    return [PageBreakFlowable()]


SECTIONS: dict[type, Callable] = {
    doc.Title: title_section, doc.Heading: heading_section, doc.Paragraph: paragraph_section,
    doc.Facts: facts_section, doc.Table: table_section, doc.Steps: steps_section, doc.Bullets: bullets_section,
    doc.Checkboxes: checkboxes_section, doc.FindingsTable: findings_section, doc.Checks: checks_section,
    doc.Results: results_section, doc.KeepTogether: keep_together_section, doc.PageBreak: page_break_section,
}


def flowables(sections, c: Context) -> list:
    story: list = []
    for section in sections:
        story += SECTIONS[type(section)](section, c)
        if isinstance(section, doc.Facts) and section.per_row > 1:
            story.append(Spacer(1, 2 * mm))
    return story
