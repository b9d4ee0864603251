"""Printing through the core's sheet module: save as PDF, print preview and print.

The sheet is a reportlab PDF; Qt cannot draw a PDF, so its pages are rendered to images
with PDFium (pypdfium2) at printer resolution and painted onto the QPrinter at their true
size: the A4/Letter sheet on the sheet printer, the 100 x 50 mm label on the label printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


@dataclass(frozen=True)
class Page:
    image: QImage
    width_pt: float
    height_pt: float
    dpi: int

    @property
    def is_label(self) -> bool:
        """Label pages are the small landscape ones (100 x 50 mm)."""
        return self.width_pt > self.height_pt and self.height_pt < 200


def render_pages(pdf: bytes, dpi: int) -> list[Page]:
    import pypdfium2
    document = pypdfium2.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format_RGB888)
            pages.append(Page(image.copy(), width, height, dpi))   # own the pixels before PDFium frees them
            page.close()
    finally:
        document.close()
    return pages


def paint_pages(printer: QPrinter, pages: list[Page]) -> None:
    """Each page at its true size (shrunk only if the paper is smaller), top left."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            image, area = page.image, painter.viewport()
            size = image.size() * (printer.resolution() / page.dpi)
            if size.width() > area.width() or size.height() > area.height():
                size.scale(area.size(), Qt.KeepAspectRatio)
            # The printer scales the page image itself: scaling it here to the printer's
            # resolution would build a huge image for nothing.
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()
