"""Starting the desktop application, and its self-test (CONTRACT.md: main.py --selftest)."""

from __future__ import annotations

import sys

SELFTEST_CASE = {  # the contract's worked example, typed into the widgets
    "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
    "viability": "90%", "final_volume": "50 mL", "duration": "30 min",
}
SELFTEST_EXPECTED = {"volume_to_draw": "7.778 mL", "diluent_volume": "42.22 mL",
                     "final_volume": "50 mL", "rate": "1.67 mL/min = 100 mL/h"}


def selftest(window, app) -> list[str]:
    """Type the reference case into the real widgets and read the results shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    problems = []
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("none"))
    window.count_method.setCurrentIndex(window.count_method.findData("counter"))
    for key, text in SELFTEST_CASE.items():
        widget = window.inputs[key]
        widget.clear()
        widget.setFocus()
        QTest.keyClicks(widget, text)
        QTest.keyClick(widget, Qt.Key_Tab)
    app.processEvents()
    for key, expected in SELFTEST_EXPECTED.items():
        shown = window.result_values.get(key)
        text = shown.text() if shown else "(not shown)"
        if text != expected:
            problems.append(f"{key} shows '{text}', expected '{expected}'")
    if window.state is None or window.state.status_kind != "ok":
        problems.append(f"status is '{window.status.text()}', expected OK")
    return problems


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from .i18n import CatalogTranslator, choose_language
    from .main_window import MainWindow
    from .settings import Settings
    app = QApplication(argv)
    app.setApplicationName("mscprep")
    app.setOrganizationName("mscprep")
    selftest_run = "--selftest" in argv
    # The self-test must not depend on, nor change, the user's saved settings.
    settings = Settings(QSettings(QSettings.IniFormat, QSettings.UserScope, "mscprep", "selftest")
                        if selftest_run else None)
    if selftest_run:
        settings.store.clear()
    language = "en" if selftest_run else choose_language(settings.get("language"))
    translator = CatalogTranslator(language, app)
    app.installTranslator(translator)
    store, store_problem, operator, draft_file, draft = None, None, "", None, None
    if not selftest_run:
        import logging
        from mscprep import logs
        from mscprep.records.paths import data_dir
        from .crash import draft_path, read_draft
        logs.configure(data_dir(), settings.get("log_level"))
        logging.getLogger("mscprep.ui").info("application started")
        draft_file = draft_path()
        draft = read_draft(draft_file)
        from mscprep.records.errors import StoreError
        from mscprep.records.store import RecordStore
        from .dialogs.operator_dialog import OperatorDialog
        dialog = OperatorDialog(settings.get("operator"))
        if not dialog.exec():
            return 0
        operator = dialog.operator()
        settings.set("operator", operator)
        try:
            store = RecordStore()
            store.log(operator, "session", "session started")
        except StoreError as error:
            store_problem = str(error)
    if settings.get("high_contrast") == "yes":
        from .appearance import apply_high_contrast
        apply_high_contrast(True)
    window = MainWindow(settings=settings, language=language, store=store, operator=operator,
                        draft_file=draft_file)
    if not selftest_run:
        from PySide6.QtWidgets import QMessageBox
        from .crash import install_excepthook

        def show_error(message: str) -> None:
            window.save_draft()
            QMessageBox.critical(window, "mscprep", window.tr(
                "An unexpected error occurred: {0}\nYour entries are kept. Please report it; details are in "
                "the log file.").format(message))
        install_excepthook(show_error)
    if draft is not None:
        window.restore_draft(draft)
    if store_problem:
        window.show_banner(window.tr("Records are not available: {0} You can still calculate and "
                                     "print drafts.").format(store_problem), "#b00000")
    elif store is not None:
        window.records.verify_audit()
    window.resize(1280, 760)
    window.show()
    if selftest_run:
        problems = selftest(window, app)
        window.close()
        # Tear the widgets down while Qt is still alive; left to interpreter shutdown,
        # PySide6 can crash deallocating them.
        window.deleteLater()
        app.processEvents()
        del window
        if problems:
            for problem in problems:
                print(f"selftest FAILED: {problem}")
            return 1
        print("selftest ok")
        return 0
    code = app.exec()
    window.deleteLater()
    app.processEvents()
    return code


def run() -> None:
    """Entry point of the installed `mscprep-gui` command."""
    sys.exit(main(sys.argv))


if __name__ == "__main__":
    run()
