"""The bag label as ZPL II for thermal label printers (Zebra and compatibles), 100 x 50 mm
media at 203 or 300 dpi: the same content as the PDF label (documents.model.LabelContent):
patient, DIN with its check character boxed, Code 128 symbols of the ISBT 128 DIN and expiry
data structures, a QR code, the status stamps (DRAFT, REPRINT) as a reversed banner. The
release rule decides whether a label prints at all: a blocked plan gives none.

`print_raw` sends it to a CUPS queue unchanged (`lp -o raw`), `print_tcp` straight to the
printer's raw port 9100 (socket://HOST:9100), as the GUI's label-printer setting says.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from datetime import datetime

from . import clock as site_clock
from .din import expiry_data_structure
from .isbt128 import compound_message, din_structure, product_code_structure
from .display import clock
from .documents.model import Document, LabelContent, render
from .documents.status import as_of, document_release
from .errors import message
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


# Zebra "ZPL II Programming Guide", ^BC, Table "Code 128 Invocation Characters": in ^BC
# field data ">" starts an invocation code. Subset B is written as ASCII "except for values
# greater than 94 decimal and a few special characters: ^ > ~", which take invocation codes:
#   ><  value 62  ("^" in subsets A and B)
#   >0  value 30  (">" in subsets A and B)
#   >=  value 94  ("~" in subset B)
# (Code 128 value v is ASCII v + 32 in subset B.) So ">" itself is written ">0": the
# expiry "&>0263371424" written as-is would lose its "0" to the code ">0".
_CODE128_INVOCATION = {">": ">0", "^": "><", "~": ">="}


def code128_field_data(text: str) -> str:
    """ISBT 128 data for a ^BC field in subset B (">:" start): ^, > and ~ as the manual's
    invocation codes, the rest under ^FH\\ as field_data writes it. Only printable ASCII
    (what ISBT 128 data structures hold) is accepted."""
    if not all(" " <= character <= "~" for character in text):
        raise ValueError(f"Code 128 subset B holds printable ASCII only, not {text!r}")
    return ">:" + "".join(_CODE128_INVOCATION.get(character) or field_data(character) for character in text)


def code128_mm(data: str, module_mm: float = 0.25) -> float:
    """The width of a subset-B Code 128 symbol of `data` without quiet zones (the printer may
    switch to subset C for digit pairs and print it narrower, never wider)."""
    return (11 * (len(data) + 2) + 13) * module_mm


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
            raise UnprintableText(message("the thermal printer's font cannot print '{text}'; print the PDF label "
                                          "instead", text=text)) from None
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
                             f"^FH\\^FD{code128_field_data(data)}^FS")

    def whole_text(self, x: float, y: float, height: float, text: str, width_mm: float, smallest: float) -> float:
        """Text printed whole (a patient's name): the type shrinks to fit, down to
        `smallest`, then wraps in a field block of as many lines as it needs; never cut.
        Returns the y below it."""
        text = plain(text)
        try:
            text.encode("latin-1")
        except UnicodeEncodeError:
            raise UnprintableText(message("the thermal printer's font cannot print '{text}'; print the PDF label "
                                          "instead", text=text)) from None
        size = height
        while size > smallest and len(text) * size * 0.55 > width_mm:
            size = round(size - 0.1, 2)
        lines = max(1, -(-int(len(text) * size * 0.55 * 1.05) // max(1, int(width_mm))))
        dots = self.dots(size)
        block = f"^FB{self.dots(width_mm)},{lines},0,L,0" if lines > 1 else ""
        self.commands.append(f"^FO{self.dots(x)},{self.dots(y)}^A0N,{dots},{dots}{block}^FH\\^FD{field_data(text)}^FS")
        return y + lines * size * 1.05

    def datamatrix(self, x: float, y: float, data: str) -> None:
        """ISBT 128 compound message as Data Matrix ECC 200 (^BX, quality 200), modules of 2
        dots at 203 dpi, 3 at 300 (0.25 mm), 44 x 44 as on the PDF label."""
        module = 2 if self.dpi == 203 else 3
        self.commands.append(f"^FO{self.dots(x) + module},{self.dots(y) + module}^BXN,{module},200,44,44"
                             f"^FH\\^FD{field_data(data)}^FS")

    def qr(self, x: float, y: float, size_mm: float, data: str) -> None:
        magnification = max(1, min(10, self.dots(size_mm) // 45))
        self.commands.append(f"^FO{self.dots(x)},{self.dots(y)}^BQN,2,{magnification}^FH\\^FDMA,{field_data(data)}^FS")


def label_zpl(label: LabelContent, stamps: tuple[str, ...], dpi: int = 203, translate=lambda text: text) -> str:
    """One label as one ZPL format (^XA ... ^XZ): the layout of the PDF label."""
    canvas = _Canvas(dpi)
    text = lambda cell: render(cell, translate)  # noqa: E731
    width, height = LABEL_MM
    left, qr_size, right = 3, 17, width - 2
    matrix = compound_message(label)
    matrix_mm = 46 * (2 if dpi == 203 else 3) * 25.4 / dpi if matrix else 0
    column = right - max(matrix_mm, 11) - left - 2
    top = 0.0
    banner = " · ".join(translate(stamp) for stamp in stamps)
    if banner:                       # the stamp is a banner above the heading, never in its place
        canvas.box(0, 0, width, 4.2)
        # every stamp is printed whole (DRAFT, UNSIGNED, REPRINT): a long banner gets smaller letters
        size = min(3.0, (width - 2 * left) / (len(banner) * 0.55))
        canvas.text(left, 0.6 + (3.0 - size) / 2, size, banner, width - 2 * left, reverse=True)
        top = 4.2
    class_mm = 0.0
    if label.isbt_class:
        class_mm = len(label.isbt_class) * 3.0 * 0.55
        canvas.text(right - class_mm, top + 0.8, 3.0, label.isbt_class, class_mm + 1)
    canvas.text(left, top + 1.0, 2.4, text(label.heading), width - left - 4 - class_mm)
    top += 4.0
    if matrix:                       # top right: the ISBT 128 compound message
        canvas.datamatrix(right - matrix_mm, top + 0.3, matrix)
    y = top + 0.6
    name = label.patient_name or translate("(no patient name)")
    y = canvas.whole_text(left, y, 3.6, name, column, smallest=2.4)
    y += 0.8
    patient_line = text(label.patient_line)
    canvas.text(left, y, 2.6, patient_line, column)
    if label.patient_id and label.patient_id.isascii() and label.patient_id.isprintable():
        x = left + min(len(plain(patient_line)), int(column / (2.6 * 0.55))) * 2.6 * 0.55 + 1.5
        canvas.code128(x, y - 0.6, 3.6, label.patient_id)
    y += 4.6
    if label.din:
        din = label.din
        shown = f"DIN {din[:5]} {din[5:7]} {din[7:13]}"
        canvas.text(left, y, 3, shown, column)
        box_x = left + len(shown) * 3 * 0.55 + 1.2
        canvas.box(box_x, y - 0.6, 3.2, 4, thickness=0.3)
        canvas.text(box_x + 0.7, y, 3, din[13], 3)
        if label.product_code:
            canvas.text(box_x + 5, y + 0.4, 2.4, f"{translate('Product')} {label.product_code}", column - box_x)
        x = left                     # the other containers' DINs (issue 24), as many to a line as fit
        for other in label.container_dins:
            shown = f"DIN {other[:5]} {other[5:7]} {other[7:13]}"
            width = len(shown) * 2.6 * 0.55 + 5.5
            if x == left or x + width > left + column:
                x, y = left, y + 3.8
            canvas.text(x, y, 2.6, shown, column - (x - left))
            box_x = x + len(shown) * 2.6 * 0.55 + 1.0
            canvas.box(box_x, y - 0.5, 2.8, 3.5, thickness=0.3)
            canvas.text(box_x + 0.6, y, 2.6, other[13], 2.6)
            x += width + 2
    elif label.code:
        canvas.text(left, y, 3, f"{translate('Code')} {label.code}", column)
    else:
        canvas.text(left, y, 3, translate("No DIN entered"), column)
    y = max(y + 4.4, top + 0.3 + matrix_mm + 1)
    symbols = ([din_structure(label.din)] if label.din else []) + (
        [product_code_structure(label.product_code)] if label.product_code
        and product_code_structure(label.product_code) else [])
    x = left
    for data in symbols:             # the product code next to the DIN
        canvas.code128(x, y, 5, data)
        x += code128_mm(data) + 5
    y += 7.0 if symbols else 2
    if label.qr:                     # lower right: the program's own QR code
        canvas.qr(right - qr_size, y - 0.6, qr_size, label.qr)
    lower = right - qr_size - left - 2
    limit = height - 6.4 - (4.8 if label.shows_use_by else 0)
    step = max(2.3, min(2.8, (limit - y) / max(1, len(label.lines))))
    for number, line in enumerate(label.lines):
        size = min(2.6 if number == 0 else 2.2, step * 0.85)
        canvas.text(left, y, size, text(line), lower)
        y += step
    if label.shows_use_by:
        use_by = clock(label.use_by) if label.use_by else translate("see sheet")
        shown = f"{translate('Use by')} {use_by}"
        y = min(y + 0.3, limit + 0.3)
        canvas.text(left, y, 3, shown, lower)
        if label.use_by is not None:
            canvas.code128(left + len(shown) * 3 * 0.55 + 1.5, y - 0.5, 4.2, expiry_data_structure(label.use_by))
    used = 0.0
    if label.under_qr:               # the plan id (or a trial's code), whole, bottom right
        shown = label.under_qr[0]
        used = min(len(shown) * 2 * 0.55, qr_size + 4)
        canvas.whole_text(right - used, height - 3.0, 2, shown, qr_size + 4, smallest=1.6)
    canvas.text(left, height - 6.2, 2, text(label.storage), lower)
    if label.footer is not None:
        footer = text(label.footer)
        if label.footer_alert:   # red on paper; a thermal printer has black only: reversed
            canvas.box(0, height - 3.6, right - used - 2, 3.6)
        canvas.text(left, height - 3.2, 2.6, footer, right - used - left - 3, reverse=label.footer_alert)
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
        raise LabelRefused(message("no label: {stamp}", {"stamp": status.stamp}))
    if not document.labels:
        raise LabelRefused(message("this document has no label"))
    translate = translator(language)
    return "".join(label_zpl(label, status.stamps, dpi, translate) for label in document.labels)


def print_raw(data: str | bytes, queue: str, *, lp: str = "lp", timeout: float = 30) -> str:
    """Hand ZPL to a CUPS queue unchanged (`lp -d QUEUE -o raw`); returns what lp answered
    (the job id). RawPrintError says why it failed (no lp, unknown queue, scheduler down)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    program = shutil.which(lp)
    if program is None:
        raise RawPrintError(message("The label cannot be sent: the CUPS command 'lp' is not installed on this "
                                    "computer."))
    try:
        result = subprocess.run([program, "-d", queue, "-o", "raw"], input=data, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RawPrintError(message("The printer queue {queue} did not answer within {seconds} s.", queue=queue,
                                    seconds=f"{timeout:g}")) from None
    if result.returncode != 0:
        problem = (result.stderr or result.stdout).decode("utf-8", "replace").strip() or f"lp exited {result.returncode}"
        raise RawPrintError(message("The label could not be sent to {queue}: {reason}", queue=queue, reason=problem))
    return result.stdout.decode("utf-8", "replace").strip()


def print_tcp(data: str | bytes, address: str, *, timeout: float = 10) -> str:
    """Send ZPL straight to a printer's raw TCP port (9100 unless the address names
    another), the usual set-up without a print server: `socket://HOST[:PORT]`,
    `tcp://HOST[:PORT]` or `HOST:PORT`. Returns what was done; RawPrintError says why not."""
    import socket
    from urllib.parse import urlsplit
    if isinstance(data, str):
        data = data.encode("utf-8")
    parts = urlsplit(address if "://" in address else f"socket://{address}")
    try:
        host, port = parts.hostname, parts.port or 9100
    except ValueError:
        host, port = None, None
    if not host:
        raise RawPrintError(message("'{address}' is not a printer address: socket://HOST:9100", address=address))
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
    except TimeoutError:
        raise RawPrintError(message("The printer {address} did not answer within {seconds} s.",
                                    address=f"{host}:{port}", seconds=f"{timeout:g}")) from None
    except OSError as error:
        raise RawPrintError(message("The label could not be sent to {queue}: {reason}", queue=f"{host}:{port}",
                                    reason=error.strerror or error)) from None
    return f"{len(data)} bytes sent to {host}:{port}"


def is_network_printer(queue: str) -> bool:
    """A label printer setting that names a raw TCP port rather than a CUPS queue."""
    return queue.startswith(("socket://", "tcp://"))


def print_label(document: Document, record: RecordState | None, queue: str, *, dpi: int = 203,
                language: str = "en", reprint: bool = False, now: datetime | None = None) -> str:
    """The document's labels as ZPL, sent raw to `queue` (a CUPS queue, or socket://HOST:9100
    for a printer's own TCP port): what the GUI's label printer does when it is set to a
    thermal printer. LabelRefused or RawPrintError say why not."""
    data = document_zpl(document, record, dpi=dpi, language=language, reprint=reprint, now=now)
    return send_zpl(data, queue)


def send_zpl(data: str | bytes, queue: str, *, timeout: float | None = None) -> str:
    """ZPL handed to a label printer: to its raw TCP port when `queue` is socket://HOST:PORT
    (or tcp://), else to the CUPS queue of that name. The one place that decides how a label
    reaches a printer (the window and `mscprep label --printer`); RawPrintError says why not."""
    if is_network_printer(queue):
        return print_tcp(data, queue) if timeout is None else print_tcp(data, queue, timeout=timeout)
    return print_raw(data, queue) if timeout is None else print_raw(data, queue, timeout=timeout)


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
