"""Starting the desktop application, and its self-test (CONTRACT.md: main.py --selftest)."""

from __future__ import annotations

import sys

SELFTEST_CASE = {  # the contract's worked example, typed into the widgets, with whose it is
    "patient_name": "Selftest Patient", "patient_id": "IQ-0001", "din": "A999921123456", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
    "viability": "90%", "final_volume": "50 mL", "duration": "30 min",
}
SELFTEST_EXPECTED = {"volume_to_draw": "7.778 mL", "diluent_volume": "42.22 mL 0.9% sodium chloride",
                     "final_volume": "50 mL", "rate": "1.67 mL/min = 100 mL/h"}


def selftest(window, app) -> list[str]:
    """Type the reference case into the real widgets and read the results shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    problems = []
    window.finish_loading()
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("none"))
    window.count_method.setCurrentIndex(window.count_method.findData("counter"))
    for key, text in SELFTEST_CASE.items():
        widget = window.inputs[key]
        widget.clear()
        widget.setFocus()
        # One key event carrying the whole entry, as a scanner or an input method sends it: the
        # line edit inserts it as typed (textEdited, the session recomputes) once per field,
        # not once per character.
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, text, Qt.NoModifier)
        QTest.keyClick(widget, Qt.Key_Tab)
    app.processEvents()
    for key, expected in SELFTEST_EXPECTED.items():
        shown = window.result_values.get(key)
        text = shown.text() if shown else "(not shown)"
        if text != expected:
            problems.append(f"{key} shows '{text}', expected '{expected}'")
    if window.state is None or window.state.status_kind != "ok":
        problems.append(f"status is '{window.results.status_plain(window.state)}', expected OK")
    return problems


def install_translators(app, language: str) -> None:
    """The app's own texts, and Qt's (file dialogs, standard buttons) in the same language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from .i18n import CatalogTranslator
    app.installTranslator(CatalogTranslator(language, app))
    if language == "en":
        return
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    if qt.load(f"qtbase_{QT_LOCALES.get(language, language)}", folder):
        app.installTranslator(qt)
    ensure_cjk_font(language)


def ensure_cjk_font(language: str) -> None:
    """A clean-room PC may have no Japanese or Chinese font: use the one the sheet embeds."""
    from PySide6.QtGui import QFontDatabase
    system = {"ja": QFontDatabase.Japanese, "zh": QFontDatabase.SimplifiedChinese}.get(language)
    if system is None or QFontDatabase.families(system):
        return
    from mscprep.resources import resource_path
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "DroidSansFallbackFull.ttf")))


QT_LOCALES = {"ja": "ja", "zh": "zh_CN"}


# The core modules the form needs (pint, the protocols, the session), imported before Qt:
# once PySide6 is loaded it hooks every import to read the new module's whole source (it
# looks for the word "PySide6"), which makes these imports about a third slower.
CORE_MODULES = ("mscprep.clock", "mscprep.defaults", "mscprep.protocol.loader", "mscprep.protocol.limits",
                "mscprep.form.fields", "mscprep.form.disclosure", "mscprep.preparation.inputs", "mscprep.session",
                "mscprep.drafts", "mscprep.records.dmso_day", "html")


def load_core() -> None:
    """Import what the form needs before PySide6 is imported (the window's start calls it)."""
    import importlib
    for name in CORE_MODULES:
        importlib.import_module(name)


def no_display() -> str | None:
    """Why Qt's window cannot open on this Linux computer (no X or Wayland display to show it
    on), as one line, or None. Qt itself would abort with a dozen lines about plug-ins."""
    import os
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith(("xcb", "wayland"))):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("mscprep: there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set): "
            "start it from the desktop session, or on a computer without a screen run "
            "`xvfb-run -a bash tools/run --selftest` (the command line needs no display: `mscprep selftest`)")


def main(argv: list[str]) -> int:
    problem = no_display()
    if problem:
        sys.stderr.write(problem + "\n")
        return 2
    load_core()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from .i18n import choose_language
    from .main_window import MainWindow
    from .settings import Settings
    app = QApplication(argv)
    app.setApplicationName("mscprep")
    app.setOrganizationName("mscprep")
    selftest_run = "--selftest" in argv
    from mscprep.defaults import DefaultsError, app_defaults
    try:
        app_defaults()      # a broken resources/defaults.toml: one line naming the file and the key
    except DefaultsError as error:
        sys.stderr.write(f"mscprep: {error}\n")
        if not selftest_run:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.critical(None, "mscprep", str(error))
        return 1
    # The self-test must not depend on, nor change, the user's saved settings.
    settings = Settings(QSettings(QSettings.IniFormat, QSettings.UserScope, "mscprep", "selftest")
                        if selftest_run else None)
    if selftest_run:
        settings.store.clear()
    language = "en" if selftest_run else choose_language(settings.get("language"))
    install_translators(app, language)
    from .appearance import apply_appearance
    apply_appearance(high_contrast=settings.get("high_contrast") == "yes", gloves=settings.get("gloves") == "yes")
    store, store_status, operator, draft_file, found, signer = None, None, "", None, None, None
    if not selftest_run:
        import logging
        from mscprep import logs
        from mscprep.drafts import read_draft
        from mscprep.records.paths import data_dir
        from mscprep.records.store import open_store
        from .crash import draft_path
        logs.configure(data_dir(), settings.get("log_level"))
        logging.getLogger("mscprep.ui").info("application started")
        draft_file = draft_path()
        found = read_draft(draft_file)
        # The records setting (MSCPREP_DATABASE_URL wins). A server that cannot be reached
        # gives no store: said at once, the form kept as a draft, never a local file instead.
        store, store_status = open_store(settings.get("records") or None)
        from .signed_in import ask_who_is_working
        who = ask_who_is_working(store, settings)
        if who is None:
            return 0
        operator, signer = who
    # Painted first; the core, pint and the protocols load right after the first frame.
    window = MainWindow(settings=settings, language=language, store=store, operator=operator,
                        draft_file=draft_file, deferred=True, confirm_unsaved=not selftest_run,
                        store_status=store_status)
    if not selftest_run:
        from .crash import install_excepthook

        def show_error(message: str) -> None:
            from PySide6.QtWidgets import QMessageBox
            window.save_draft()
            QMessageBox.critical(window, "mscprep", window.tr(
                "An unexpected error occurred: {0}\nYour entries are kept. Please report it; details are in "
                "the log file.").format(message))
        install_excepthook(show_error)

        def after_loading() -> None:
            from mscprep.private_files import take_notice
            from .messages import translate_message
            window.start_operator(operator, signer)  # the session of the person at the keyboard, logged
            if found is not None and found.draft is not None:
                window.restore_draft(found.draft)
            elif found is not None and found.problem:
                window.show_banner(window.tr(
                    "The unsaved entries of the last session could not be read ({0}); they were set aside as {1}. "
                    "The form starts empty.").format(found.problem, found.set_aside.name if found.set_aside
                                                      else "?"), "#b35c00", key="draft", closable=True)
            window.records.verify_audit_at_start()   # the chain now, every row in the background
            notice = take_notice()                   # the data folder, database or log were looser: said once
            if notice:
                window.show_banner(translate_message(notice), "#1f5fa8", key="notice", closable=True)
            window.inputs["patient_name"].setFocus()
        window.ready.connect(after_loading)
    from .widgets import fit_to_screen
    fit_to_screen(window, 1280, 800, margin=0)
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
