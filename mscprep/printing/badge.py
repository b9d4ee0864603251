"""A person's badge: an ID-1 card (85.6 x 54 mm) with their printed name, role and the badge
code as a Code 128 barcode for the bench scanner. The code is half of what signs for them:
the PDF is written owner-only and is to be printed once and deleted."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import code128
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from .fonts import BASE, BOLD, register_fonts

CARD = (85.6 * mm, 54 * mm)
BAR = 0.2 * mm       # 31 characters of Code 128 (set B) fit the card with their quiet zones


def badge_pdf(name: str, role: str, code: str, store: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    page = pdf_canvas.Canvas(buffer, pagesize=CARD)
    page.setTitle(f"mscprep badge - {escape(name)}")
    width, height = CARD
    page.setFont(BOLD, 11)
    page.drawString(5 * mm, height - 9 * mm, name)
    page.setFont(BASE, 8)
    page.drawString(5 * mm, height - 14 * mm, f"mscprep badge - {role}")
    page.setFont(BASE, 5.5)
    page.drawString(5 * mm, height - 18 * mm, f"Record store: {store}"[:90])
    symbol = code128.Code128(code, barHeight=16 * mm, barWidth=BAR, humanReadable=False, quiet=True,
                             lquiet=8 * BAR, rquiet=8 * BAR)
    symbol.drawOn(page, (width - symbol.width) / 2, 9 * mm)
    page.setFont(BASE, 5.5)
    page.drawString(5 * mm, 4 * mm, "Personal: signs in your name with your PIN. Report a lost badge at once.")
    page.showPage()
    page.save()
    return buffer.getvalue()
