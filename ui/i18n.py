"""UI translations: Qt Linguist .ts files in resources/translations, compiled to .qm.

The .ts files are what translators edit in Qt Linguist (pyside6-lupdate refreshes them from
the code). tools/build_translations.py compiles them with pyside6-lrelease at install
(tools/setup-env) and for the bundles: a start then loads the .qm (no XML parsed). The .qm
holds each text in its own context and once more under ANY_CONTEXT (a method moved to a
mixin keeps its translation whatever context Qt asks with), and the digest of the .ts it was
made from: a missing .qm, or one made from another .ts, is never used; the .ts is read then.
Texts from the core (field labels, finding titles) fall back to the sheet catalogs, so a
label reads the same on screen and on paper.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from mscprep.i18n import LANGUAGES, catalog
from mscprep.resources import resource_path

ANY_CONTEXT = "@any"                        # the compiled copy of each text found by its source alone
SOURCE_DIGEST = ("@mscprep", "ts-sha256")   # (context, source) whose translation is the .ts's SHA-256


def ts_path(language: str):
    return resource_path("translations", f"ui_{language}.ts")


def qm_path(language: str):
    return resource_path("translations", f"ui_{language}.qm")


def ts_digest(data: bytes) -> str:
    import hashlib
    return hashlib.sha256(data).hexdigest()


def load_compiled(language: str) -> QTranslator | None:
    """The .qm compiled from this very .ts, or None (missing, unreadable or stale)."""
    ts, qm = ts_path(language), qm_path(language)
    if not qm.is_file() or not ts.is_file():
        return None
    compiled = QTranslator()
    if not compiled.load(str(qm)) or compiled.translate(*SOURCE_DIGEST) != ts_digest(ts.read_bytes()):
        return None
    return compiled


def read_ts(language: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ElementTree  # only when a translation is used
    path = ts_path(language)
    if not path.is_file():
        return {}
    messages = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source and translation is not None and translation.text and translation.get("type") != "unfinished":
                messages[(name, source)] = translation.text
    return messages


class CatalogTranslator(QTranslator):
    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.compiled = load_compiled(language) if language != "en" else None
        self.messages, self.by_source = {}, {}
        if self.compiled is None and language != "en":   # no .qm made from this .ts: read the .ts
            self.messages = read_ts(language)
            # By source text alone too: a method moved to a mixin keeps its translation whatever
            # context Qt asks with.
            self.by_source = {source: text for (_context, source), text in self.messages.items()}
        self.fallback = catalog(language) if language != "en" else {}

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt API)
        if self.compiled is not None:
            found = (self.compiled.translate(context or "", source_text)
                     or self.compiled.translate(ANY_CONTEXT, source_text))
        else:
            found = self.messages.get((context, source_text)) or self.by_source.get(source_text)
        return found or self.fallback.get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return self.compiled is None and not self.messages and not self.fallback


def choose_language(setting: str) -> str:
    """The setting if made, else the system locale when supported, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"
