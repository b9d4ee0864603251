"""Help > Support bundle...: the core's support bundle (mscprep/support.py) saved where the
person chooses, with the window's settings (names and passwords removed by the core)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox


def default_path() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / f"mscprep-support-{date.today():%Y%m%d}.zip")


def save_support_bundle(window, path: str | None = None) -> Path | None:
    """Ask where (unless `path` is given), build and write the bundle; says what happened."""
    from mscprep.private_files import write_private
    from mscprep.support import build
    from .settings import DEFAULTS
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(window, window.tr("Save support bundle"), default_path(),
                                                    "Zip (*.zip)")
        if not path:
            return None
    settings = {key: window.settings.get(key) for key in DEFAULTS}
    try:
        written = write_private(path, build(window_settings=settings))
    except OSError as error:
        QMessageBox.warning(window, window.tr("Support bundle"), window.tr(
            "The support bundle could not be written to {0}: {1}").format(path, error.strerror or error))
        return None
    window.statusBar().showMessage(window.tr(
        "Support bundle saved as {0}: no patient names, IDs or DINs are inside.").format(written.path), 10000)
    return written.path
