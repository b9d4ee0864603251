"""The bag label as ZPL II for thermal label printers (Zebra and compatibles), 100 x 50 mm
media at 203 or 300 dpi: the same content as the PDF label (documents.model.LabelContent):
patient, DIN with its check character boxed, Code 128 symbols of the ISBT 128 DIN and expiry
data structures, a QR code, the status stamps (DRAFT, REPRINT) as a reversed banner. The
release rule decides whether a label prints at all: a blocked plan gives none.

`print_raw` sends it to a CUPS queue unchanged (`lp -o raw`), as the GUI's label-printer
setting does.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from datetime import datetime

from . import clock as site_clock
from .din import expiry_data_structure
from .display import clock
from .documents.model import Document, LabelContent, render
from .documents.status import as_of, document_release
from .i18n import translator
from .preparation.release import RecordState

LABEL_MM = (100, 50)
DPIS = (203, 300)


class LabelRefused(Exception):
    """No label may print for this document (blocked, or a reason is missing)."""


class UnprintableText(LabelRefused):
    """Text the printer's built-in font cannot show (Japanese or Chinese, for instance): a
    label with an unreadable patient name must not print; the PDF label can show it."""


class RawPrintError(Exception):
    """The label could not be handed to the printer queue; the message says why."""


# The printer's scalable font 0 has Latin-1 glyphs; what the sheet writes beyond them is
# written here in plain characters ("70 × 10⁶" -> "70 × 10^6").
_SUPERSCRIPTS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+")
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_PLAIN = str.maketrans({"—": "-", "–": "-", "…": "...", "≥": ">=", "≤": "<=", "→": "->", "’": "'", "‘": "'",
                        "“": '"', "”": '"'})


def plain(text: str) -> str:
    return _SUPERSCRIPTS.sub(lambda match: "^" + match.group().translate(_DIGITS), text).translate(_PLAIN)


def field_data(text: str) -> str:
    """Text for ^FD under ^FH\\: the characters ZPL reads as commands written as hex."""
    out = []
    for character in text:
        if character in "^~\\" or ord(character) < 32:
            out.append("".join(f"\\{byte:02X}" for byte in character.encode("utf-8")))
        else:
            out.append(character)
    return "".join(out)


class _Canvas:
    def __init__(self, dpi: int):
        if dpi not in DPIS:
            raise ValueError(f"dpi must be 203 or 300, not {dpi}")
        self.dpi = dpi
        self.commands: list[str] = []

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)

    def text(self, x: float, y: float, height: float, text: str, width_mm: float, reverse: bool = False) -> None:
        """Scalable font 0, cut to fit `width_mm` (its glyphs are about 0.55 of the height wide)."""
        text = plain(text)
        try:
            text.encode("latin-1")
        except UnicodeEncodeError:
            raise UnprintableText(f"the thermal printer's font cannot print '{text}'; print the PDF label "
                                  "instead") from None
        fits = max(1, int(width_mm / (height * 0.55)))
        if len(text) > fits:
            text = text[:fits - 3] + "..."
        size = self.dots(height)
        self.commands.append(f"^FO{self.dots(x)},{self.dots(y)}^A0N,{size},{size}^FH\\"
                             + ("^FR" if reverse else "") + f"^FD{field_data(text)}^FS")

    def box(self, x: float, y: float, width: float, height: float, thickness: float | None = None) -> None:
        line = self.dots(thickness) if thickness else min(self.dots(width), self.dots(height))
        self.commands.append(f"^FO{self.dots(x)},{self.dots(y)}^GB{self.dots(width)},{self.dots(height)},{line}^FS")

    def code128(self, x: float, y: float, height: float, data: str) -> None:
        # ">:" starts code set B: ISBT 128 data structures are read as the characters printed.
        module = 2 if self.dpi == 203 else 3         # 0.25 mm narrow bar, as on the PDF label
        self.commands.append(f"^BY{module}^FO{self.dots(x)},{self.dots(y)}^BCN,{self.dots(height)},N,N,N"
                             f"^FH\\^FD>:{field_data(data)}^FS")

    def qr(self, x: float, y: float, size_mm: float, data: str) -> None:
        magnification = max(1, min(10, self.dots(size_mm) // 45))
        self.commands.append(f"^FO{self.dots(x)},{self.dots(y)}^BQN,2,{magnification}^FH\\^FDMA,{field_data(data)}^FS")


def label_zpl(label: LabelContent, stamps: tuple[str, ...], dpi: int = 203, translate=lambda text: text) -> str:
    """One label as one ZPL format (^XA ... ^XZ)."""
    canvas = _Canvas(dpi)
    text = lambda cell: render(cell, translate)  # noqa: E731
    width, height = LABEL_MM
    left, qr_size = 3, 22
    column = width - qr_size - left - 5
    banner = " · ".join(translate(stamp) for stamp in stamps)
    if banner:
        canvas.box(0, 0, width, 5)
        # every stamp is printed whole (DRAFT, UNSIGNED, REPRINT): a long banner gets smaller letters
        size = min(3.2, (width - 2 * left) / (len(banner) * 0.55))
        canvas.text(left, 1 + (3.2 - size) / 2, size, banner, width - 2 * left, reverse=True)
    else:
        canvas.text(left, 1.2, 2.6, text(label.heading), width - 2 * left)
    y = 6.4
    canvas.text(left, y, 3.6, label.patient_name or translate("(no patient name)"), column)
    y += 4.2
    canvas.text(left, y, 2.6, text(label.patient_line), column)
    y += 3.4
    if label.din:
        din = label.din
        shown = f"DIN {din[:5]} {din[5:7]} {din[7:13]}"
        canvas.text(left, y, 3, shown, column)
        box_x = left + len(shown) * 3 * 0.55 + 1.2
        canvas.box(box_x, y - 0.6, 3.2, 4, thickness=0.3)
        canvas.text(box_x + 0.7, y, 3, din[13], 3)
        y += 4
        canvas.code128(left, y, 6, f"={din[:13]}00")
        y += 7.4
    elif label.code:
        canvas.text(left, y, 3, f"{translate('Code')} {label.code}", column)
        y += 4
    else:
        canvas.text(left, y, 3, translate("No DIN entered"), column)
        y += 4
    for number, line in enumerate(label.lines):
        canvas.text(left, y, 2.6 if number == 0 else 2.2, text(line), column)
        y += 2.9
    if label.shows_use_by:
        use_by = clock(label.use_by) if label.use_by else translate("see sheet")
        canvas.text(left, y + 0.3, 3, f"{translate('Use by')} {use_by}", column)
        if label.use_by is not None and y + 9 < height - 5:
            canvas.code128(left, y + 3.8, 4.5, expiry_data_structure(label.use_by))
    if label.qr:
        canvas.qr(width - qr_size - 2, 6.5, qr_size, label.qr)
    for number, line in enumerate(label.under_qr):
        canvas.text(width - qr_size - 2, 6.5 + qr_size + 1 + 2.4 * number, 2, line, qr_size + 2)
    canvas.text(left, height - 6.2, 2, text(label.storage), width - 2 * left)
    if label.footer is not None:
        footer = text(label.footer)
        if label.footer_alert:   # red on paper; a thermal printer has black only: reversed
            canvas.box(0, height - 3.6, width, 3.6)
        canvas.text(left, height - 3.2, 2.6, footer, width - 2 * left, reverse=label.footer_alert)
    size_x, size_y = canvas.dots(width), canvas.dots(height)
    return "\n".join(["^XA", "^CI28", f"^PW{size_x}", f"^LL{size_y}", "^LH0,0", *canvas.commands, "^XZ"]) + "\n"


def document_zpl(document: Document, record: RecordState | None = None, *, dpi: int = 203, language: str = "en",
                 reprint: bool = False, now: datetime | None = None) -> str:
    """Every label of the document as ZPL, stamped as the release rule says (the use-by
    asked again at `now`, default the clock now). LabelRefused when no label may print (a
    blocked plan, a missing reason or identity) or the document has none."""
    document = as_of(document, now or site_clock.now())
    status = document_release(document, record, reprint)
    if not status.label_allowed:
        raise LabelRefused(f"no label: {status.stamp}")
    if not document.labels:
        raise LabelRefused("this document has no label")
    translate = translator(language)
    return "".join(label_zpl(label, status.stamps, dpi, translate) for label in document.labels)


def print_raw(data: str | bytes, queue: str, *, lp: str = "lp", timeout: float = 30) -> str:
    """Hand ZPL to a CUPS queue unchanged (`lp -d QUEUE -o raw`); returns what lp answered
    (the job id). RawPrintError says why it failed (no lp, unknown queue, scheduler down)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    program = shutil.which(lp)
    if program is None:
        raise RawPrintError("The label cannot be sent: the CUPS command 'lp' is not installed on this computer.")
    try:
        result = subprocess.run([program, "-d", queue, "-o", "raw"], input=data, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RawPrintError(f"The printer queue {queue} did not answer within {timeout:g} s.") from None
    if result.returncode != 0:
        message = (result.stderr or result.stdout).decode("utf-8", "replace").strip() or f"lp exited {result.returncode}"
        raise RawPrintError(f"The label could not be sent to {queue}: {message}")
    return result.stdout.decode("utf-8", "replace").strip()


def print_label(document: Document, record: RecordState | None, queue: str, *, dpi: int = 203,
                language: str = "en", reprint: bool = False, now: datetime | None = None) -> str:
    """The document's labels as ZPL, sent raw to `queue`: what the GUI's label printer does
    when it is set to a thermal printer. LabelRefused or RawPrintError say why not."""
    return print_raw(document_zpl(document, record, dpi=dpi, language=language, reprint=reprint, now=now), queue)


def queues(*, lpstat: str = "lpstat") -> list[str]:
    """The CUPS queues on this computer (for the label-printer setting); empty without CUPS."""
    program = shutil.which(lpstat)
    if program is None:
        return []
    try:
        result = subprocess.run([program, "-e"], capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        return []
    return [line.strip() for line in result.stdout.splitlines() if line.strip()] if result.returncode == 0 else []
