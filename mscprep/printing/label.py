"""The bag, syringe or aliquot label: a page sized for a label printer (100 x 50 mm).

Eye-readable patient, DIN with its check character in a box (or a blinded trial's code),
what the container holds, use-by and storage; Code 128 symbols of the ISBT 128 DIN and
expiry data structures; a QR code carrying the plan's identity. One drawing for every kind
of preparation: the label's content comes from the document.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from ..din import expiry_data_structure
from ..display import clock
from ..documents.model import LabelContent, render
from .barcodes import din_data_structure, draw_code128, draw_qr
from .fonts import draw_text, fit_text, text_width
from .page import LABEL_SIZE, RED, SLATE

LEFT = 3 * mm
QR_SIZE = 24 * mm


def draw_label(canvas, label: LabelContent, translate, stamps: tuple[str, ...]) -> None:
    """Draw one label; `stamps` are the status texts (DRAFT, REPRINT) it must carry."""
    text = lambda cell: render(cell, translate)  # noqa: E731
    width, height = LABEL_SIZE
    column = width - QR_SIZE - LEFT - 4 * mm   # the text column, left of the QR code
    canvas.saveState()
    banner = " · ".join(translate(stamp) for stamp in stamps)
    if banner:
        canvas.setFillColor(SLATE)
        canvas.rect(0, height - 5 * mm, width, 5 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        size = 7.5      # every stamp printed whole (DRAFT, UNSIGNED, REPRINT): smaller letters when long
        while size > 5 and text_width(banner, size, bold=True) > width - 2 * mm:
            size -= 0.25
        draw_text(canvas, width / 2, height - 3.8 * mm, fit_text(banner, size, width - 2 * mm, bold=True), size,
                  bold=True, align="center")
        canvas.setFillColor(colors.black)
    else:
        draw_text(canvas, LEFT, height - 3.8 * mm, fit_text(text(label.heading), 6, width - 2 * LEFT, bold=True),
                  6, bold=True)

    y = height - 8.8 * mm
    name = label.patient_name or translate("(no patient name)")
    draw_text(canvas, LEFT, y, fit_text(name, 9, column, bold=True), 9, bold=True)
    y -= 3.3 * mm
    draw_text(canvas, LEFT, y, fit_text(text(label.patient_line), 7, column), 7)
    y -= 3.9 * mm
    if label.din:
        din = label.din
        used = draw_text(canvas, LEFT, y, f"DIN {din[:5]} {din[5:7]} {din[7:13]} ", 8, bold=True)
        box = text_width(din[13], 8, bold=True) + 1.6 * mm
        canvas.rect(LEFT + used, y - 1 * mm, box, 4 * mm, stroke=1, fill=0)
        draw_text(canvas, LEFT + used + 0.8 * mm, y, din[13], 8, bold=True)
        draw_code128(canvas, din_data_structure(din), LEFT - 2.5 * mm, y - 7.2 * mm, 6 * mm)
        y -= 10.4 * mm
    elif label.code:
        draw_text(canvas, LEFT, y, fit_text(f"{translate('Code')} {label.code}", 8, column, bold=True), 8, bold=True)
        y -= 3.4 * mm
    else:
        draw_text(canvas, LEFT, y, translate("No DIN entered"), 8, bold=True)
        y -= 10.4 * mm
    for number, line in enumerate(label.lines):
        draw_text(canvas, LEFT, y, fit_text(text(line), 6.5, column, bold=number == 0), 6.5, bold=number == 0)
        y -= 3.0 * mm
    if label.shows_use_by:
        y -= 0.6 * mm
        use_by = clock(label.use_by) if label.use_by else translate("see sheet")
        draw_text(canvas, LEFT, y, f"{translate('Use by')} {use_by}", 8, bold=True)
        if label.use_by is not None:
            draw_code128(canvas, expiry_data_structure(label.use_by), LEFT - 2.5 * mm, y - 6.2 * mm, 5 * mm)

    draw_qr(canvas, label.qr, width - QR_SIZE - 2 * mm, height - QR_SIZE - 6 * mm, QR_SIZE)
    right_middle = width - QR_SIZE / 2 - 2 * mm
    for number, line in enumerate(label.under_qr):
        draw_text(canvas, right_middle, height - QR_SIZE - (8.5 + 2.5 * number) * mm,
                  fit_text(line, 5.5, QR_SIZE + 2 * mm), 5.5, align="center")
    draw_text(canvas, LEFT, 4.6 * mm, fit_text(text(label.storage), 5.5, width - 2 * LEFT), 5.5)
    if label.footer is not None:
        if label.footer_alert:
            canvas.setFillColor(RED)
        draw_text(canvas, LEFT, 1.3 * mm, fit_text(text(label.footer), 6.5, width - 2 * LEFT, bold=True), 6.5,
                  bold=True)
    canvas.restoreState()
