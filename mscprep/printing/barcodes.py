"""Barcodes on the label: Code 128 (ISBT 128 data structures and the patient ID), an ISBT
128 Data Matrix compound message, and a QR code.

Every module is a whole number of the label printer's dots (203 or 300 dpi): a bar that
falls between dots is printed one dot wider or narrower, and the symbol may not scan."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode import code128, qrencoder
from reportlab.graphics.barcode.ecc200datamatrix import ECC200DataMatrix
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import PATH_OPS

# ISBT 128 asks for a narrow bar of 0.17-0.25 mm; 0.25 mm scans well from a laser printer.
NARROW_BAR = 0.25 * mm
LABEL_DPI = 203         # the usual thermal label printer; 300 dpi printers get the same sizes in their dots


def dots(count: int, dpi: int = LABEL_DPI) -> float:
    """`count` printer dots in points."""
    return count * inch / dpi


def narrow_bar(dpi: int = LABEL_DPI) -> float:
    """The narrow bar: the whole number of dots nearest 0.25 mm (2 at 203 dpi, 3 at 300)."""
    return dots(max(1, round(0.25 * mm / dots(1, dpi))), dpi)


def snap(value: float, dpi: int = LABEL_DPI) -> float:
    """A position on the printer's dot grid."""
    return round(value / dots(1, dpi)) * dots(1, dpi)


def din_data_structure(din14: str, flags: str = "00") -> str:
    """ISBT 128 Donation Identification Number data structure `=appppyynnnnnnff`.
    The check character (14th) is not part of the barcode; it is printed in a box."""
    return f"={din14[:13]}{flags}"


def code128_width(data: str, dpi: int = LABEL_DPI) -> float:
    """The symbol's width with its quiet zones (10 narrow bars each side)."""
    bar = narrow_bar(dpi)
    return code128.Code128(data, barWidth=bar, quiet=True, lquiet=10 * bar, rquiet=10 * bar).width


def draw_code128(canvas, data: str, x: float, y: float, height: float, dpi: int = LABEL_DPI) -> float:
    """Draw a Code 128 symbol with its quiet zones at (x, y) on the printer's dot grid;
    returns its width."""
    bar = narrow_bar(dpi)
    symbol = code128.Code128(data, barHeight=height, barWidth=bar, humanReadable=False,
                             quiet=True, lquiet=10 * bar, rquiet=10 * bar)
    symbol.drawOn(canvas, snap(x, dpi), snap(y, dpi))
    return symbol.width


class _AsciiDataMatrix(ECC200DataMatrix):
    """reportlab's ECC 200 Data Matrix (44 x 44 modules, 144 data codewords), fed by ASCII
    encodation (ISO/IEC 16022 5.2.3: a character is its code + 1, a pair of digits 130 + the
    pair): reportlab's own C40 encoder writes "=", "<", ">", "&" and "+" wrongly, and those
    are the ISBT 128 data identifiers. The Reed-Solomon and placement steps are reportlab's."""

    def _encode_c40(self, value):        # the name reportlab's encode() calls
        codewords, index = [], 0
        while index < len(value):
            pair = value[index:index + 2]
            if len(pair) == 2 and pair.isdigit() and pair.isascii():
                codewords.append(130 + int(pair))
                index += 2
            else:
                code = ord(value[index])
                if code > 127:
                    raise ValueError("ISBT 128 data is ASCII")
                codewords.append(code + 1)
                index += 1
        if len(codewords) > self.cw_data:
            raise ValueError("too much data for a 44 x 44 Data Matrix")
        if len(codewords) < self.cw_data:
            codewords.append(129)            # first pad, then the 253-state randomised pads
            while len(codewords) < self.cw_data:
                pad = 129 + (149 * (len(codewords) + 1)) % 253 + 1
                codewords.append(pad - 254 if pad > 254 else pad)
        return codewords


@lru_cache(maxsize=64)
def datamatrix_rows(data: str) -> tuple[tuple[int, ...], ...]:
    """The Data Matrix of `data`, top row first (1 = dark)."""
    symbol = _AsciiDataMatrix(data)
    symbol.validate()
    rows = [tuple(row) for row in symbol.encode()]
    rows.reverse()                           # reportlab keeps them bottom first
    return tuple(rows)


def datamatrix_size(dpi: int = LABEL_DPI) -> float:
    """The symbol with its one-module quiet zone (modules of 2 or 3 printer dots)."""
    return 46 * narrow_bar(dpi)


def _fill(canvas, operations) -> None:
    """Black filled rectangles: `operations(fill operator)` gives them as PDF operators, the
    very text canvas.rect(..., stroke=0, fill=1) writes for each (a symbol has hundreds, and
    a label printed again draws the same ones)."""
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    text = operations(PATH_OPS[0, 1, canvas._fillMode])
    if text:
        canvas.addLiteral(text)
    canvas.restoreState()


def _rect_operations(rects, operator: str) -> str:
    return "\n".join(f"n {fp_str(x, y, width, height)} re {operator}" for x, y, width, height in rects)


@lru_cache(maxsize=64)
def _datamatrix_operations(data: str, x: float, y: float, dpi: int, operator: str) -> str:
    rows = datamatrix_rows(data)
    module = narrow_bar(dpi)
    rects = []
    for number, row in enumerate(rows):
        top = y + (len(rows) - number) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            rects.append((x + (start + 1) * module, top, (column - start) * module, module))
    return _rect_operations(rects, operator)


def draw_datamatrix(canvas, data: str, x: float, y: float, dpi: int = LABEL_DPI) -> float:
    """Draw the Data Matrix with its quiet zone, lower left corner at (x, y); returns its size."""
    x, y = snap(x, dpi), snap(y, dpi)
    _fill(canvas, lambda operator: _datamatrix_operations(data, x, y, dpi, operator))
    return datamatrix_size(dpi)


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


def draw_qr(canvas, data: str, x: float, y: float, size: float, dpi: int | None = None) -> None:
    """A QR code of at most `size` including its 4-module quiet zone, drawn as runs of dark
    modules straight on the canvas: reportlab's QR widget encodes twice and builds a shape
    per module, ten times slower. With `dpi`, modules are whole printer dots."""
    count, _runs = qr_runs(data)
    module = size / (count + 8)
    if dpi:
        module = max(1, int(module / dots(1, dpi))) * dots(1, dpi)
        x, y = snap(x, dpi), snap(y + size - module * (count + 8), dpi)
        size = module * (count + 8)
    _fill(canvas, lambda operator: _qr_operations(data, x, y, size, module, operator))


@lru_cache(maxsize=64)
def _qr_operations(data: str, x: float, y: float, size: float, module: float, operator: str) -> str:
    _count, runs = qr_runs(data)
    return _rect_operations([(x + (start + 4) * module, y + size - (row + 5) * module, length * module, module)
                             for row, start, length in runs], operator)
