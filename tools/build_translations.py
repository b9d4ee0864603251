"""Compile the UI catalogs resources/translations/ui_<lang>.ts to ui_<lang>.qm with
pyside6-lrelease (run by tools/setup-env at install and by tools/make-offline-bundle), so
that a start loads the .qm instead of parsing the .ts. The .qm files are generated: never
committed (.gitignore).

What is compiled is exactly what ui.i18n.read_ts reads (finished translations), each text in
its own context and once more under ui.i18n.ANY_CONTEXT, plus the .ts's SHA-256: the
application uses a .qm only when it was made from the .ts beside it.
Usage: python tools/build_translations.py [LANGUAGE...]   (default: every ui_*.ts)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.i18n import ANY_CONTEXT, SOURCE_DIGEST, qm_path, read_ts, ts_digest, ts_path  # noqa: E402


def lrelease() -> str:
    """The lrelease PySide6 carries (pyside6-lrelease runs the same binary)."""
    import PySide6
    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if binary.is_file():
        return str(binary)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        sys.exit("build_translations: no lrelease found (it comes with PySide6)")
    return found


def compilable(language: str) -> ElementTree.ElementTree:
    """A .ts holding read_ts's messages in their contexts, by source alone, and the digest."""
    source = ts_path(language)
    messages = read_ts(language)
    by_source = {text: translation for (_context, text), translation in messages.items()}
    root = ElementTree.Element("TS", ElementTree.parse(source).getroot().attrib)
    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, text), translation in messages.items():
        contexts.setdefault(context, []).append((text, translation))
    contexts[ANY_CONTEXT] = list(by_source.items())
    contexts[SOURCE_DIGEST[0]] = [(SOURCE_DIGEST[1], ts_digest(source.read_bytes()))]
    for name, entries in contexts.items():
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = name
        for text, translation in entries:
            message = ElementTree.SubElement(context, "message")
            ElementTree.SubElement(message, "source").text = text
            ElementTree.SubElement(message, "translation").text = translation
    return ElementTree.ElementTree(root)


def build(language: str, tool: str) -> Path:
    target = qm_path(language)
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / f"ui_{language}.ts"
        compilable(language).write(ts, encoding="utf-8", xml_declaration=True)
        made = Path(folder) / target.name
        subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(made)], check=True)
        os.replace(made, target)   # whole or not at all: a start never reads half a file
    return target


def main(languages: list[str]) -> int:
    if not languages:
        languages = sorted(path.stem.removeprefix("ui_") for path in
                           ts_path("en").parent.glob("ui_*.ts"))
    tool = lrelease()
    for language in languages:
        print(f"compiled {build(language, tool)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
