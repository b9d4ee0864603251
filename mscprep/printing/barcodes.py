"""Barcodes on the label: Code 128 (ISBT 128 data structures) and a QR code."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode import code128, qrencoder
from reportlab.lib.units import mm

# ISBT 128 asks for a narrow bar of 0.17-0.25 mm; 0.25 mm scans well from a laser printer.
NARROW_BAR = 0.25 * mm


def din_data_structure(din14: str, flags: str = "00") -> str:
    """ISBT 128 Donation Identification Number data structure `=appppyynnnnnnff`.
    The check character (14th) is not part of the barcode; it is printed in a box."""
    return f"={din14[:13]}{flags}"


def draw_code128(canvas, data: str, x: float, y: float, height: float) -> float:
    """Draw a Code 128 symbol with its quiet zones at (x, y); returns its width."""
    symbol = code128.Code128(data, barHeight=height, barWidth=NARROW_BAR, humanReadable=False,
                             quiet=True, lquiet=10 * NARROW_BAR, rquiet=10 * NARROW_BAR)
    symbol.drawOn(canvas, x, y)
    return symbol.width


@lru_cache(maxsize=64)
def qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code (error correction M) of `data` as (modules per side, dark runs (row,
    first column, length)). Encoding costs most of a label; a label printed again (preview,
    then print, or a reprint) reuses it."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    count = code.getModuleCount()
    runs = []
    for row in range(count):
        column = 0
        while column < count:
            if not code.isDark(row, column):
                column += 1
                continue
            start = column
            while column < count and code.isDark(row, column):
                column += 1
            runs.append((row, start, column - start))
    return count, tuple(runs)


def draw_qr(canvas, data: str, x: float, y: float, size: float) -> None:
    """A QR code of `size` including its 4-module quiet zone, drawn as runs of dark modules
    straight on the canvas: reportlab's QR widget encodes twice and builds a shape per
    module, ten times slower."""
    count, runs = qr_runs(data)
    module = size / (count + 8)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for row, start, length in runs:
        canvas.rect(x + (start + 4) * module, y + size - (row + 5) * module, length * module, module, stroke=0, fill=1)
    canvas.restoreState()
