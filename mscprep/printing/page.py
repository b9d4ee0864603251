"""Page machinery: paper sizes, paragraph styles, the grid every table uses, and the
document template that puts a header, the status banner and 'page x of y' on every sheet
page, then one label page (100 x 50 mm) per label."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from .fonts import BASE, BOLD, draw_text, register_fonts

PAPERS = {"A4": A4, "Letter": LETTER}
MARGIN = 15 * mm
BAR = 7 * mm
LABEL_SIZE = (100 * mm, 50 * mm)
RED = colors.HexColor("#b00000")
AMBER = colors.HexColor("#b35c00")
SLATE = colors.HexColor("#34495e")
PURPLE = colors.HexColor("#6a1b9a")


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name: the same objects every time (paragraphs.py keeps parsed
    and wrapped text per style), never changed once made."""
    return dict(_styles())


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=BASE, fontSize=8.5, leading=11, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18, spaceAfter=2),
        # A heading never stands alone at the foot of a page.
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=7,
                             spaceAfter=3, textColor=SLATE, keepWithNext=1),
        "big": ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=11, leading=14),
        "warn": ParagraphStyle("warn", parent=body, fontName=BOLD, textColor=RED),
    }


def grid(rows, widths, *, header=True, shade_first_col=False, row_height=None, zebra=False) -> Table:
    heights = None if row_height is None else [None] + [row_height] * (len(rows) - 1)
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")))
    if shade_first_col:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f4f6")))
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]))
    table.setStyle(TableStyle(style))
    return table


@dataclass(frozen=True)
class Bar:
    text: str
    colour: object


@dataclass(frozen=True)
class Page:
    """What every sheet page carries besides its content (all texts already translated)."""
    title: str
    subject: str
    header_left: str
    header_right: str
    footer: str
    footer_page: str          # "page {page} / {total}" in the printed language
    bars: tuple[Bar, ...]     # banners under the header: a fixed one, then the status
    fine_print: str = ""      # under the footer in small type: the audit chain's head


class _NumberedCanvas(Canvas):
    """Defers each page so the footer can say 'page x of y'."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self.footer_text = None
        self.fine_print = ""

    def showPage(self):  # noqa: N802 (reportlab API)
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
                draw_text(self, width - MARGIN, 8 * mm, self.footer_text_page.format(page=self._pageNumber,
                                                                                    total=total), 7, align="right")
                if self.fine_print:
                    draw_text(self, MARGIN, 5 * mm, self.fine_print, 5)
            super().showPage()
        super().save()


def render(flowables: Callable[[float], list], page: Page, pagesize, labels: list,
           draw_one_label: Callable | None, output) -> bytes:
    """Build the PDF: sheet pages with header, banners and 'page x of y' footer, then one
    label page per entry of `labels`. Nothing is written to `output` if building fails."""
    buffer = io.BytesIO()
    bars_height = len(page.bars) * (BAR + 1 * mm)
    document = BaseDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                               topMargin=MARGIN + 5 * mm + bars_height, bottomMargin=MARGIN + 4 * mm,
                               title=page.title, author="mscprep", subject=page.subject, creator="mscprep")
    width = pagesize[0] - 2 * MARGIN

    def on_sheet_page(canvas, doc):
        canvas.saveState()
        page_width, page_height = pagesize
        draw_text(canvas, MARGIN, page_height - MARGIN, page.header_left, 8)
        draw_text(canvas, page_width - MARGIN, page_height - MARGIN, page.header_right, 8, bold=True, align="right")
        top = page_height - MARGIN - 2 * mm
        for bar in page.bars:
            canvas.setFillColor(bar.colour)
            canvas.rect(MARGIN, top - BAR, page_width - 2 * MARGIN, BAR, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            draw_text(canvas, page_width / 2, top - BAR + 2 * mm, bar.text, 12, bold=True, align="center")
            top -= BAR + 1 * mm
        canvas.restoreState()
        canvas.footer_text = page.footer
        canvas.footer_text_page = page.footer_page
        canvas.fine_print = page.fine_print

    printed = []

    def on_label_page(canvas, doc):
        entry = labels[len(printed)]
        printed.append(entry)
        draw_one_label(canvas, entry)

    sheet_frame = Frame(MARGIN, MARGIN + 4 * mm, width, pagesize[1] - 2 * MARGIN - 9 * mm - bars_height, id="sheet")
    label_frame = Frame(0, 0, LABEL_SIZE[0], LABEL_SIZE[1], id="label", showBoundary=0)
    document.addPageTemplates([
        PageTemplate("sheet", [sheet_frame], onPage=on_sheet_page, pagesize=pagesize),
        PageTemplate("label", [label_frame], onPage=on_label_page, pagesize=LABEL_SIZE),
    ])
    story = flowables(width)
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
