"""The bag, syringe or aliquot label: a page sized for a label printer (100 x 50 mm).

Eye-readable patient (the name whole: shrunk or wrapped, never cut), DIN with its check
character in a box (or a blinded trial's code), the ISBT 128 class name, what the container
holds, use-by and storage; Code 128 symbols of the ISBT 128 DIN with the product code next
to it, of the expiry and of the patient ID; an ISBT 128 Data Matrix compound message beside
the program's own QR code. A DRAFT or REPRINT stamp is a banner above the product heading,
never in its place. Bars and modules are whole printer dots (barcodes.LABEL_DPI).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from ..din import expiry_data_structure
from ..display import clock
from ..documents.model import LabelContent, render
from ..isbt128 import compound_message, din_structure, product_code_structure
from .barcodes import LABEL_DPI, code128_width, datamatrix_size, draw_code128, draw_datamatrix, draw_qr
from .fonts import draw_text, fit_text, fit_whole, text_width
from .page import LABEL_SIZE, RED, SLATE

LEFT = 3 * mm
QR_SIZE = 17 * mm
BANNER = 4.2 * mm


def _boxed_din(canvas, x: float, y: float, din: str, size: float) -> float:
    """`DIN appppp yy nnnnnn [c]` at (x, y), the check character in its box; the width used."""
    used = draw_text(canvas, x, y, f"DIN {din[:5]} {din[5:7]} {din[7:13]} ", size, bold=True)
    box = text_width(din[13], size, bold=True) + 1.4 * mm
    canvas.rect(x + used, y - 0.9 * mm, box, size * 0.45 * mm, stroke=1, fill=0)
    draw_text(canvas, x + used + 0.7 * mm, y, din[13], size, bold=True)
    return used + box


def _container_dins(canvas, dins: tuple[str, ...], y: float, right: float) -> float:
    """The other containers' DINs of a thaw of several, under the first, as many to a line
    as fit left of `right`; the baseline of the last line."""
    size, x = 7, LEFT
    if dins:
        y -= 3.4 * mm
    for din in dins:
        width = text_width(f"DIN {din[:5]} {din[5:7]} {din[7:13]} {din[13]}", size, bold=True) + 1.4 * mm
        if x > LEFT and x + width > right:
            x, y = LEFT, y - 3.4 * mm
        x += _boxed_din(canvas, x, y, din, size) + 2.5 * mm
    return y


def draw_label(canvas, label: LabelContent, translate, stamps: tuple[str, ...], dpi: int = LABEL_DPI) -> None:
    """Draw one label; `stamps` are the status texts (DRAFT, REPRINT) it must carry."""
    text = lambda cell: render(cell, translate)  # noqa: E731
    width, height = LABEL_SIZE
    right = width - 2 * mm
    matrix = compound_message(label)
    matrix_size = datamatrix_size(dpi) if matrix else 0
    corner = right - max(matrix_size, 11 * mm)      # top right: the Data Matrix; lower right: the QR code
    qr_x = right - QR_SIZE
    column = corner - LEFT - 2 * mm         # the text column, left of the Data Matrix
    canvas.saveState()
    top = height
    banner = " · ".join(translate(stamp) for stamp in stamps)
    if banner:
        canvas.setFillColor(SLATE)
        canvas.rect(0, height - BANNER, width, BANNER, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        size = 7.5      # every stamp printed whole (DRAFT, UNSIGNED, REPRINT): smaller letters when long
        while size > 5 and text_width(banner, size, bold=True) > width - 2 * mm:
            size -= 0.25
        draw_text(canvas, width / 2, height - 3.2 * mm, fit_text(banner, size, width - 2 * mm, bold=True), size,
                  bold=True, align="center")
        canvas.setFillColor(colors.black)
        top -= BANNER
    # the product heading, always; the ISBT 128 class name at its right
    class_width = 0
    if label.isbt_class:
        class_width = draw_text(canvas, right, top - 3.1 * mm, label.isbt_class, 7.5, bold=True, align="right")
    draw_text(canvas, LEFT, top - 3.1 * mm,
              fit_text(text(label.heading), 6, width - LEFT - 2 * mm - class_width - 2 * mm, bold=True), 6, bold=True)
    top -= 4.0 * mm

    # top left, beside the QR code: patient, patient ID barcode, DIN
    y = top - 3.4 * mm
    name = label.patient_name or translate("(no patient name)")
    size, lines = fit_whole(name, 9, column, bold=True, smallest=6, lines=2)
    for line in lines:
        draw_text(canvas, LEFT, y, line, size, bold=True)
        y -= size * 0.38 * mm
    y -= 0.9 * mm
    patient_line = text(label.patient_line)
    used = draw_text(canvas, LEFT, y, fit_text(patient_line, 7, column), 7)
    if label.patient_id and label.patient_id.isascii() and label.patient_id.isprintable():
        bar_x = LEFT + used + 1 * mm
        if bar_x + code128_width(label.patient_id, dpi) <= corner:
            draw_code128(canvas, label.patient_id, bar_x, y - 1.5 * mm, 3.6 * mm, dpi)
        else:
            y -= 5.2 * mm
            draw_code128(canvas, label.patient_id, LEFT - 2.5 * mm, y - 0.2 * mm, 4 * mm, dpi)
    y -= 4.4 * mm
    if label.din:
        din = label.din
        used = draw_text(canvas, LEFT, y, f"DIN {din[:5]} {din[5:7]} {din[7:13]} ", 8, bold=True)
        box = text_width(din[13], 8, bold=True) + 1.6 * mm
        canvas.rect(LEFT + used, y - 1 * mm, box, 4 * mm, stroke=1, fill=0)
        draw_text(canvas, LEFT + used + 0.8 * mm, y, din[13], 8, bold=True)
        if label.product_code:
            draw_text(canvas, LEFT + used + box + 3 * mm, y, f"{translate('Product')} {label.product_code}", 7)
        y = _container_dins(canvas, label.container_dins, y, corner - 1 * mm)
    elif label.code:
        draw_text(canvas, LEFT, y, fit_text(f"{translate('Code')} {label.code}", 8, column, bold=True), 8, bold=True)
    else:
        draw_text(canvas, LEFT, y, translate("No DIN entered"), 8, bold=True)
    if matrix:
        draw_datamatrix(canvas, matrix, right - matrix_size, top - 0.5 * mm - matrix_size, dpi)

    # full width: the DIN and, next to it, the product code (ISBT 128 Code 128)
    y = min(y - 1.6 * mm, top - 0.5 * mm - matrix_size - 1 * mm)
    bar_height = 5 * mm
    x = LEFT - 2.5 * mm
    symbols = ([din_structure(label.din)] if label.din else []) + (
        [product_code_structure(label.product_code)] if label.product_code and product_code_structure(
            label.product_code) else [])
    if symbols:
        for data in symbols:
            x += draw_code128(canvas, data, x, y - bar_height, bar_height, dpi)
        y -= bar_height + 3.2 * mm
    else:
        y -= 2.4 * mm

    # lower part: what it holds, use-by with the expiry symbol; the QR code at the right
    # never down onto the plan id under it (a thaw of several containers takes a DIN line
    # more), never up beside the bars of the row above (y + 3.2 mm is their lower edge)
    qr_top = min(max(y + 0.2 * mm, QR_SIZE + 3.4 * mm), y + 3.0 * mm)
    draw_qr(canvas, label.qr, qr_x, qr_top - QR_SIZE, QR_SIZE, dpi)
    lower = qr_x - LEFT - 2 * mm
    # the lines share what is left above the use-by row and the storage line: with many
    # (in-line dilution: two pumps) the type gets smaller, nothing runs into the next row
    bottom = 8.4 * mm + (3.4 * mm if label.shows_use_by else 0)
    step = max(2.3 * mm, min(2.8 * mm, (y + 2.8 * mm - bottom) / max(1, len(label.lines))))
    size = min(6.5, step / (0.37 * mm))
    for number, line in enumerate(label.lines):
        draw_text(canvas, LEFT, y, fit_text(text(line), size, lower, bold=number == 0), size, bold=number == 0)
        y -= step
    if label.shows_use_by:
        y = min(y - 0.6 * mm, max(y, 8.4 * mm))
        use_by = clock(label.use_by) if label.use_by else translate("see sheet")
        used = draw_text(canvas, LEFT, y, f"{translate('Use by')} {use_by}", 8, bold=True)
        if label.use_by is not None:
            draw_code128(canvas, expiry_data_structure(label.use_by), LEFT + used, y - 1.4 * mm, 4.2 * mm, dpi)
    if label.under_qr:      # the plan id (or a trial's code), whole, under the QR code
        size, lines = fit_whole(label.under_qr[0], 5, QR_SIZE + 4 * mm, smallest=3, lines=1)
        used = max(text_width(line, size) for line in lines)
        draw_text(canvas, right, 1.3 * mm, lines[0], size, align="right")
        for number, line in enumerate(lines[1:], start=1):
            draw_text(canvas, right, 1.3 * mm - number * size * 0.4 * mm, line, size, align="right")
    else:
        used = 0
    draw_text(canvas, LEFT, 4.2 * mm, fit_text(text(label.storage), 5.5, lower), 5.5)
    if label.footer is not None:
        if label.footer_alert:
            canvas.setFillColor(RED)
        draw_text(canvas, LEFT, 1.3 * mm, fit_text(text(label.footer), 6.5, right - LEFT - used - 2 * mm, bold=True),
                  6.5, bold=True)
    canvas.restoreState()
