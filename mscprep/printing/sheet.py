"""The preparation sheet (A4 or US Letter) and, on its own page, the bag label.

What the pharmacist signs and the nurse infuses from: identity, every input as entered,
every result with its formula and numbers, the dilution steps in order, the infusion,
line and filter, findings with their reasons, checklist, monitoring, response protocol,
observation period and signatures. A blocked plan says so on every page and has no label.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from .. import __version__, display
from ..export import plan_identifier
from ..fields import FIELD_BY_KEY
from ..findings import Severity, title
from ..gravimetric import Weighing
from ..i18n import translator
from ..model import Plan
from ..report import aliquot_rows, result_rows
from ..resources import defaults_table
from ..units import ML, ML_PER_H, ML_PER_MIN, ureg
from .fonts import BASE, BOLD, draw_text, register_fonts, rich
from .label import LABEL_SIZE, draw_label

PAPERS = {"A4": A4, "Letter": LETTER}
MARGIN = 15 * mm
RED = colors.HexColor("#b00000")
AMBER = colors.HexColor("#b35c00")
SLATE = colors.HexColor("#34495e")


@dataclass(frozen=True)
class RecordInfo:
    """What the record adds to a printed plan: its identity, the independent check and
    the weighing (see mscprep.records)."""
    record_id: str
    version: int
    checked_by: str | None = None
    weighing: Weighing | None = None


@dataclass(frozen=True)
class SheetState:
    """What the stamp on every page says, from the plan and the record."""
    blocked: bool
    reasons_missing: bool
    verified: bool
    weighed: bool
    reprint: bool

    @classmethod
    def of(cls, plan: Plan, record: RecordInfo | None, reprint: bool) -> "SheetState":
        weighing = record.weighing if record else None
        return cls(blocked=plan.blocked or (weighing is not None and not weighing.within),
                   reasons_missing=bool(plan.reasons_missing), verified=bool(record and record.checked_by),
                   weighed=weighing is not None and weighing.within, reprint=reprint)

    @property
    def label_allowed(self) -> bool:
        return not self.blocked and not self.reasons_missing

    def stamp(self) -> tuple[str, object] | None:
        if self.blocked:
            return "BLOCKED - NOT FOR ADMINISTRATION", RED
        if self.reasons_missing:
            return "NOT READY - REASON REQUIRED FOR A SOFT FINDING", AMBER
        if not self.verified:
            return "DRAFT - NOT VERIFIED", SLATE
        if not self.weighed:
            return "DRAFT - NOT WEIGHED", SLATE
        return None


class _NumberedCanvas(Canvas):
    """Defers each page so the footer can say 'page x of y'."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self.footer_text = None

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()
        self.footer_text = None

    def save(self):
        total = sum(1 for page in self._saved_pages if page.get("footer_text"))
        for page in self._saved_pages:
            self.__dict__.update(page)
            if self.footer_text:
                width, _height = self._pagesize
                draw_text(self, MARGIN, 8 * mm, self.footer_text, 7)
                draw_text(self, width - MARGIN, 8 * mm, self.footer_text_page.format(
                    page=self._pageNumber, total=total), 7, align="right")
            super().showPage()
        super().save()


def _styles():
    register_fonts()
    body = ParagraphStyle("body", fontName=BASE, fontSize=8.5, leading=11, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18, spaceAfter=2),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=7,
                             spaceAfter=3, textColor=SLATE),
        "big": ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=11, leading=14),
        "warn": ParagraphStyle("warn", parent=body, fontName=BOLD, textColor=RED),
    }


def _grid(rows, widths, *, header=True, shade_first_col=False, row_height=None):
    heights = None if row_height is None else [None] + [row_height] * (len(rows) - 1)
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")))
    if shade_first_col:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f4f6")))
    table.setStyle(TableStyle(style))
    return table


def monitoring_times(duration, t=lambda text: text) -> list[str]:
    """When to record vital signs, relative to the start of the infusion (site settings)."""
    table = defaults_table()["monitoring"]
    total = float(duration.m_as("min"))
    first = float(ureg.Quantity(table["first_check_after_start"]).m_as("min"))
    every = float(ureg.Quantity(table["every"]).m_as("min"))
    times = [t("before start")]
    moment = first
    while moment < total:
        times.append(t("start + {minutes} min").format(minutes=display.significant(moment)))
        moment += every
    times.append(t("end of infusion (start + {minutes} min)").format(minutes=display.significant(total)))
    times += [t("end + {time}").format(time=display.duration(ureg.Quantity(text))) for text in table["after_end"]]
    return times


def _story(plan: Plan, t, styles, record: RecordInfo | None, width: float) -> list:
    S = styles
    inputs, protocol, identity = plan.inputs, plan.inputs.protocol, plan.inputs.identity
    p = lambda text, style="body": Paragraph(rich(text), S[style])  # noqa: E731
    story: list = [p(t("MSC infusion preparation sheet"), "h1")]

    # identity
    din = identity.din
    din_cell = p("—")
    if din:  # the check character stands in a box of its own, as on the label
        din_cell = Table([[p(din[:13], "big"), p(din[13], "big")]], colWidths=[37 * mm, 6 * mm],
                         style=TableStyle([("BOX", (1, 0), (1, 0), 1, colors.black),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]), hAlign="LEFT")
    tissue = defaults_table()["tissues"].get(identity.source_tissue, {}).get("label", identity.source_tissue)
    half = (width - 4 * mm) / 2
    rows = [
        [p(t("Patient"), "bold"), p(identity.patient_name or "—", "big"),
         p(t("Patient ID"), "bold"), p(identity.patient_id or "—", "big")],
        [p(t("Body weight")), p(display.quantity(inputs.weight, ureg.Unit("kg"), 4)),
         p(t("DIN (ISBT 128)")), din_cell],
        [p(t("Product code")), p(identity.product_code or "—"), p(t("Source / donor")),
         p(f"{t(tissue)}, {t(identity.donor)}")],
        [p(t("Protocol")), p(f"{protocol.name} [{protocol.id} v{protocol.version}]"),
         p(t("Prepared by")), p(identity.prepared_by or "—")],
    ]
    story.append(_grid(rows, [half * 0.3, half * 0.7, half * 0.3, half * 0.7], header=False))
    if identity.donor == "autologous":
        story.append(Spacer(1, 2 * mm))
        story.append(p(t("FOR AUTOLOGOUS USE ONLY"), "warn"))
    story.append(p(f"{t('Protocol source')}: {protocol.reference}", "small"))

    # the essentials, large, for the bedside
    story.append(p(t("Infusion"), "h2"))
    rate_text = f"{display.quantity(plan.rate, ML_PER_MIN)} = {display.quantity(plan.rate, ML_PER_H)}"
    if plan.drip_rate is not None:
        rate_text += f" = {display.quantity(plan.drip_rate, ureg.Unit('drop/min'))}"
    essentials = [
        [p(t("Dose"), "bold"), p(dict((k, v) for k, _, v in result_rows(plan))["dose"], "big")],
        [p(t("Final volume"), "bold"), p(f"{display.quantity(plan.final_volume, ML, 4)} · "
                                          f"{display.quantity(plan.final_concentration, ureg.Unit('cell/mL'))}", "big")],
        [p(t("Rate"), "bold"), p(rate_text, "big")],
        [p(t("Duration"), "bold"), p(display.duration(plan.duration), "big")],
        [p(t("Start infusion by"), "bold"), p(display.clock(plan.latest_start), "big")],
        [p(t("Use by"), "bold"), p(display.clock(plan.use_by), "big")],
    ]
    if plan.course is not None:
        essentials.append([p(t("Course"), "bold"), p(course_line(plan, t), "big")])
    if plan.product_rate is not None:
        essentials.insert(3, [p(t("Product / diluent flow"), "bold"),
                              p(f"{display.quantity(plan.product_rate, ML_PER_MIN)} + "
                                f"{display.quantity(plan.diluent_rate, ML_PER_MIN)} ({t('in line')})", "big")])
    story.append(_grid(essentials, [width * 0.3, width * 0.7], header=False, shade_first_col=True))

    if plan.bags:
        story.append(p(t("Bags (infused one after another)"), "h2"))
        rows = [[p(t(head), "bold") for head in ("Bag", "Cells", "Draw", "Diluent", "Final volume", "Duration",
                                                  "Start by")]]
        for bag in plan.bags:
            rows.append([p(t("{k} of {n}").format(k=bag.number, n=bag.of)), p(display.quantity(bag.cells, ureg.Unit("cell"))),
                         p(display.quantity(bag.volume_to_draw, ML, 4)), p(display.quantity(bag.diluent_volume, ML, 4)),
                         p(display.quantity(bag.final_volume, ML, 4)), p(display.duration(bag.duration)),
                         p(display.clock(bag.latest_start))])
        story.append(_grid(rows, [width / 7] * 7))

    # preparation steps
    story.append(p(t("Preparation steps"), "h2"))
    for number, step in enumerate(preparation_steps(plan, t), start=1):
        story.append(p(f"{number}. {step}"))

    # line and filter
    story.append(p(t("Line and filter"), "h2"))
    for text in plan.line_requirements:
        story.append(p(f"• {t(text)}", "bold"))

    # findings
    story.append(p(t("Findings"), "h2"))
    weighing = record.weighing if record else None
    all_findings = plan.findings + ((weighing.finding,) if weighing is not None and weighing.finding else ())
    if not all_findings:
        story.append(p(t("None.")))
    else:
        rows = [[p(t("Severity"), "bold"), p(t("Finding"), "bold"), p(t("Limit and source"), "bold"),
                 p(t("Reason given"), "bold")]]
        for finding in all_findings:
            reason = finding.override_reason or ("REASON REQUIRED" if finding.severity is Severity.SOFT else "")
            rows.append([p(t(finding.severity.value.upper()), "warn" if finding.severity is Severity.HARD else "bold"),
                         p(f"{t(title(finding.code))}: {finding.text(t)}", "small"),
                         p(f"{finding.limit or '—'}; {finding.source or '—'}", "small"),
                         p(t(reason) if reason == "REASON REQUIRED" else reason, "small")])
        story.append(_grid(rows, [width * 0.1, width * 0.42, width * 0.28, width * 0.2]))

    # the record's checks
    story.append(p(t("Checks"), "h2"))
    checker = record.checked_by if record else None
    story.append(p(t("Independent double check: verified by {name}.").format(name=checker) if checker
                   else t("Independent double check: not done yet."), "bold"))
    if weighing is None:
        story.append(p(t("Gravimetric check: not done yet."), "bold"))
    else:
        story.append(p(t("Gravimetric check: tare {tare}, filled {gross}, density {density} → {measured} "
                         "(planned {expected}, {deviation}; tolerance {tolerance}): {verdict}.").format(
            tare=f"{display.significant(weighing.tare.m_as('g'), 5)} g",
            gross=f"{display.significant(weighing.gross.m_as('g'), 5)} g",
            density=f"{display.significant(weighing.density.m_as('g/mL'), 4)} g/mL",
            measured=display.quantity(weighing.measured_volume, ML, 4),
            expected=display.quantity(weighing.expected_volume, ML, 4),
            deviation=("+" if weighing.deviation >= 0 else "") + display.percent(weighing.deviation),
            tolerance=display.percent(weighing.tolerance.value),
            verdict=t("within tolerance") if weighing.within else t("OUT OF TOLERANCE")),
            "bold" if weighing.within else "warn"))

    # inputs and results with formulas
    story.append(p(t("Inputs as entered"), "h2"))
    rows = [[p(t("Input"), "bold"), p(t("Entered"), "bold"), p(t("From"), "bold")]]
    for key, text in inputs.entered.items():
        if key == "overrides":
            continue
        label = FIELD_BY_KEY[key].label if key in FIELD_BY_KEY else key
        if key in inputs.defaulted:
            source = protocol.default_sources.get(key)
            origin = t("protocol default") + (f" ({source})" if source else "")
        else:
            origin = t("entered")
        rows.append([p(t(label)), p(text), p(origin, "small")])
    story.append(_grid(rows, [width * 0.28, width * 0.3, width * 0.42]))

    story.append(p(t("Results and how they were obtained"), "h2"))
    trace = {}
    for line in plan.trace:
        trace.setdefault(line.key, []).append(line)
    rows = [[p(t("Result"), "bold"), p(t("Value"), "bold"), p(t("Formula, with the numbers"), "bold")]]
    for key, label, value in result_rows(plan):
        formulas = "<br/>".join(f"{rich(line.formula)}<br/>= {rich(line.substitution)} = {rich(line.result)}"
                                for line in trace.get(key, []))
        rows.append([p(t(label)), p(value), Paragraph(formulas or rich(t("as entered")), S["small"])])
    story.append(_grid(rows, [width * 0.22, width * 0.28, width * 0.5]))
    constants = defaults_table()["constants"]["sources"]
    story.append(p(f"{t('Constants')}: " + "; ".join(constants.values()), "small"))
    limits = "; ".join(f"{key}: {limit.source}" for key, limit in inputs.limits.items())
    story.append(p(f"{t('Limits and their sources')}: {limits}", "small"))
    if protocol.notes:
        story.append(p(t("Protocol notes"), "h2"))
        for note in protocol.notes:
            story.append(p(f"• {note}"))

    story += bedside_sections(t, S, width, plan.duration, identity.prepared_by,
                              checked_by=record.checked_by if record else None)
    return story


def course_line(plan: Plan, t) -> str:
    course = plan.course
    text = t("dose {k} of {n}").format(k=course.dose_number, n=course.doses)
    if course.next_doses:
        text += "; " + t("next") + " " + ", ".join(moment.strftime("%Y-%m-%d") for moment in course.next_doses)
    return text


def bedside_sections(t, S, width, duration, prepared_by: str, checked_by: str | None = None) -> list:
    """Checklist, vital-sign monitoring, response to deterioration, observation period and
    signatures: the same for every intravenous sheet."""
    p = lambda text, style="body": Paragraph(rich(text), S[style])  # noqa: E731
    story: list = [PageBreak()]
    checklist = defaults_table()["checklist"]
    story.append(p(t("Pre-administration checklist"), "h2"))
    rows = [[p("☐", "big"), p(t(item))] for item in checklist["items"]]
    story.append(_grid(rows, [8 * mm, width - 8 * mm], header=False))
    story.append(p(checklist["source"], "small"))

    monitoring = defaults_table()["monitoring"]
    story.append(p(t("Vital-sign monitoring"), "h2"))
    heads = [t("When"), t("Clock time"), "BP", "HR", "SpO₂", "RR", "Temp", t("Initials")]
    rows = [[p(h, "bold") for h in heads]] + [[p(when, "small")] + [""] * 7 for when in monitoring_times(duration, t)]
    column = (width - width * 0.3) / 7
    table = _grid(rows, [width * 0.3] + [column] * 7, row_height=7 * mm)
    table.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")])]))
    story.append(table)
    story.append(p(f"{t('Observation period after the infusion')}: "
                   f"{display.duration(ureg.Quantity(monitoring['observation_period']))}. {monitoring['source']}",
                   "small"))

    response = defaults_table()["response"]
    story.append(KeepTogether([p(t("If the patient deteriorates"), "h2")] +
                              [p(f"{n}. {t(step)}", "bold") for n, step in enumerate(response["steps"], start=1)] +
                              [p(response["source"], "small")]))

    story.append(p(t("Signatures"), "h2"))
    rows = [[p(t("Role"), "bold"), p(t("Name"), "bold"), p(t("Signature"), "bold"), p(t("Date and time"), "bold")]]
    for role in ("Prepared by", "Checked by (independent double check)", "Administered by"):
        name = {"Prepared by": prepared_by, "Administered by": ""}.get(role, checked_by or "")
        rows.append([p(t(role)), p(name), "", ""])
    story.append(_grid(rows, [width * 0.3, width * 0.25, width * 0.25, width * 0.2], row_height=10 * mm))
    return story


def preparation_steps(plan: Plan, t) -> list[str]:
    """The steps in the order they are done (whole sentences, so they translate)."""
    inputs = plan.inputs
    diluent = t(defaults_table()["diluents"].get(inputs.diluent or "", {}).get("label", "diluent (not entered)"))
    ml = lambda q: display.quantity(q, ML, 4)  # noqa: E731
    steps = []
    if inputs.thawed_at is not None:
        steps.append(t("Thawed at {thawed}; use by {use_by}.").format(
            thawed=display.clock(inputs.thawed_at), use_by=display.clock(plan.use_by)))
    steps.append(t("Mix the product gently (do not shake); inspect for clumps."))
    steps.append(t("Draw {volume} of product ({cells}).").format(
        volume=ml(plan.volume_to_draw), cells=display.quantity(plan.dose, ureg.Unit("cell"))))
    if inputs.dilution_mode == "in_line":
        steps.append(t("Prepare {volume} {diluent} to run in line at {diluent_rate} with the product at "
                       "{product_rate}.").format(volume=ml(plan.diluent_volume), diluent=diluent,
                                                 diluent_rate=display.quantity(plan.diluent_rate, ML_PER_MIN),
                                                 product_rate=display.quantity(plan.product_rate, ML_PER_MIN)))
    elif plan.diluent_volume.magnitude > 0:
        steps.append(t("Add {volume} {diluent} to a final volume of {final} ({concentration}).").format(
            volume=ml(plan.diluent_volume), diluent=diluent, final=ml(plan.final_volume),
            concentration=display.quantity(plan.final_concentration, ureg.Unit("cell/mL"))))
    else:
        steps.append(t("No dilution."))
    if plan.bags:
        steps.append(t("Divide into {n} bags of {volume} each ({cells} per bag).").format(
            n=len(plan.bags), volume=ml(plan.bags[0].final_volume),
            cells=display.quantity(plan.bags[0].cells, ureg.Unit("cell"))))
    steps.append(t("Mix gently; label the bag or syringe with the label of this plan."))
    return steps


@dataclass(frozen=True)
class _Page:
    """What every sheet page carries besides its content."""
    title: str
    subject: str
    heading: str
    footer: str
    stamp: tuple[str, object] | None
    reprint: bool


def _render(story_for_width, page: _Page, pagesize, t, labels: list, draw_one_label, output) -> bytes:
    """Build the PDF: sheet pages with header, stamp and 'page x of y' footer, then one
    label page per entry of `labels` (none when the list is empty)."""
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                               topMargin=MARGIN + 12 * mm, bottomMargin=MARGIN + 4 * mm, title=page.title,
                               author="mscprep", subject=page.subject, creator=f"mscprep {__version__}")
    width = pagesize[0] - 2 * MARGIN

    def on_sheet_page(canvas, doc):
        canvas.saveState()
        page_width, page_height = pagesize
        draw_text(canvas, MARGIN, page_height - MARGIN, t("mscprep · MSC infusion preparation"), 8)
        draw_text(canvas, page_width - MARGIN, page_height - MARGIN, page.heading, 8, bold=True, align="right")
        banner = " · ".join(t(text) for text in ([page.stamp[0]] if page.stamp else []) +
                            (["REPRINT"] if page.reprint else []))
        if banner:
            canvas.setFillColor(page.stamp[1] if page.stamp else SLATE)
            canvas.rect(MARGIN, page_height - MARGIN - 9 * mm, page_width - 2 * MARGIN, 7 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            draw_text(canvas, page_width / 2, page_height - MARGIN - 7 * mm, banner, 12, bold=True, align="center")
        canvas.restoreState()
        canvas.footer_text = page.footer
        canvas.footer_text_page = t("page") + " {page} / {total}"

    printed = []

    def on_label_page(canvas, doc):
        entry = labels[len(printed)]
        printed.append(entry)
        draw_one_label(canvas, entry)

    sheet_frame = Frame(MARGIN, MARGIN + 4 * mm, width, pagesize[1] - 2 * MARGIN - 16 * mm, id="sheet")
    label_frame = Frame(0, 0, LABEL_SIZE[0], LABEL_SIZE[1], id="label", showBoundary=0)
    document.addPageTemplates([
        PageTemplate("sheet", [sheet_frame], onPage=on_sheet_page, pagesize=pagesize),
        PageTemplate("label", [label_frame], onPage=on_label_page, pagesize=LABEL_SIZE),
    ])
    story = story_for_width(width)
    if labels:
        story += [NextPageTemplate("label")]
        for _entry in labels:
            story += [PageBreak(), Spacer(1, 1)]
    document.build(story, canvasmaker=_NumberedCanvas)
    data = buffer.getvalue()
    if isinstance(output, (str, Path)):
        Path(output).write_bytes(data)
    elif output is not None:
        output.write(data)
    return data


def write_sheet(plan: Plan, output, *, paper: str = "A4", language: str = "en",
                record: RecordInfo | None = None, reprint: bool = False, with_label: bool = True,
                banner_note: str | None = None) -> bytes:
    """Write the sheet (and the label unless blocked) to `output` (path or file) and
    return the PDF bytes. Nothing is written when building fails. The label is final only
    for a record that was independently checked and weighed within tolerance."""
    t = translator(language)
    styles = _styles()
    state = SheetState.of(plan, record, reprint)
    plan_id = plan_identifier(plan)
    page = _Page(
        title=f"MSC preparation sheet {plan_id}", subject=plan.inputs.protocol.name,
        heading=f"{t('plan')} {plan_id}" + (f" · {t('record')} {record.record_id} v{record.version}" if record else ""),
        footer=(f"mscprep {__version__} · {t('plan')} {plan_id} · {t('protocol')} "
                f"{plan.inputs.protocol.id} v{plan.inputs.protocol.version} · "
                f"{t('computed')} {display.clock(plan.computed_at)}"),
        stamp=((banner_note, colors.HexColor("#6a1b9a")) if banner_note else state.stamp()), reprint=reprint)
    labels = (list(plan.bags) or [None]) if state.label_allowed and with_label else []
    return _render(lambda width: _story(plan, t, styles, record, width), page, PAPERS[paper], t, labels,
                   lambda canvas, bag: draw_label(canvas, plan, t, draft=state.stamp(), reprint=reprint, bag=bag),
                   output)


def write_aliquot_sheet(plan, output, *, paper: str = "A4", language: str = "en", record: RecordInfo | None = None,
                        reprint: bool = False) -> bytes:
    """The nebulized product's sheet: aliquots, storage, thaw, dosing calendar with boxes."""
    t = translator(language)
    S = _styles()
    p = lambda text, style="body": Paragraph(rich(text), S[style])  # noqa: E731
    protocol, identity, schedule = plan.protocol, plan.identity, plan.protocol.aliquots

    def story(width):
        content = [p(t("Nebulized product: aliquot plan and dosing calendar"), "h1")]
        half = (width - 4 * mm) / 2
        content.append(_grid([
            [p(t("Patient"), "bold"), p(identity.patient_name or "—", "big"), p(t("Patient ID"), "bold"),
             p(identity.patient_id or "—", "big")],
            [p(t("Product code")), p(identity.product_code or "—"), p(t("Prepared by")), p(identity.prepared_by or "—")],
            [p(t("Protocol")), p(f"{protocol.name} [{protocol.id} v{protocol.version}]"), p(t("Route")),
             p(t("nebulized: no filter, no infusion rate"))],
        ], [half * 0.3, half * 0.7, half * 0.3, half * 0.7], header=False))
        content.append(p(f"{t('Protocol source')}: {protocol.reference}", "small"))
        content.append(p(t("Aliquots"), "h2"))
        for _key, label, value in aliquot_rows(plan):
            content.append(p(f"{t(label)}: {value}", "bold"))
        content.append(p(f"{t('Storage')}: {schedule.storage}"))
        content.append(p(f"{t('Thaw')}: {schedule.thaw}"))
        content.append(p(schedule.source, "small"))
        content.append(p(t("Findings"), "h2"))
        content.append(p(t("None.")) if not plan.findings else
                       _grid([[p(t(f.severity.value.upper()), "bold"), p(f"{t(title(f.code))}: {f.text(t)}", "small")]
                              for f in plan.findings], [width * 0.12, width * 0.88], header=False))
        content.append(p(t("Dosing calendar"), "h2"))
        rows = [[p(t(head), "bold") for head in ("Dose", "Planned", "Thawed at", "Given at", "Initials")]]
        rows += [[p(str(number)), p(display.clock(moment)), "", "", ""] for number, moment in plan.calendar]
        content.append(_grid(rows, [width * 0.1, width * 0.3, width * 0.2, width * 0.2, width * 0.2],
                             row_height=7 * mm))
        content.append(p(t("Signatures"), "h2"))
        rows = [[p(t(head), "bold") for head in ("Role", "Name", "Signature", "Date and time")]]
        rows += [[p(t(role)), p(identity.prepared_by if role == "Prepared by" else ""), "", ""]
                 for role in ("Prepared by", "Checked by (independent double check)")]
        content.append(_grid(rows, [width * 0.3, width * 0.25, width * 0.25, width * 0.2], row_height=10 * mm))
        return content

    stamp = (("BLOCKED - NOT FOR ADMINISTRATION", RED) if plan.blocked else
             None if record and record.checked_by else ("DRAFT - NOT VERIFIED", SLATE))
    heading = f"{t('protocol')} {protocol.id}" + (f" · {t('record')} {record.record_id} v{record.version}" if record else "")
    page = _Page(title="Nebulized aliquot plan", subject=protocol.name, heading=heading,
                 footer=f"mscprep {__version__} · {t('protocol')} {protocol.id} v{protocol.version} · "
                        f"{t('computed')} {display.clock(plan.computed_at)}", stamp=stamp, reprint=reprint)
    return _render(story, page, PAPERS[paper], t, [], None, output)


def write_any_sheet(plan, output, **options) -> bytes:
    from ..blinding import BlindedPreparation
    if isinstance(plan, Plan):
        return write_sheet(plan, output, **options)
    if isinstance(plan, BlindedPreparation):
        from .blinded import write_blinded_sheet
        return write_blinded_sheet(plan, output, **options)
    return write_aliquot_sheet(plan, output, **options)
