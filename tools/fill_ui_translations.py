"""Fill the UI catalogs (resources/translations/ui_{ja,zh}.ts) after pyside6-lupdate:
  python tools/fill_ui_translations.py TABLE.json [--force]
TABLE.json maps an English source (or "Context|source") to [ja, zh]. Unfinished messages are filled from the
table, else from the same source translated in another context, else from the sheet
catalog; with --force the table also replaces existing translations. Vanished and obsolete
messages are dropped. Prints what is still untranslated."""

import json
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    force = "--force" in sys.argv
    for number, language in enumerate(("ja", "zh")):
        path = ROOT / "resources" / "translations" / f"ui_{language}.ts"
        sheet = json.loads((ROOT / "resources" / "translations" / f"sheet_{language}.json").read_text("utf-8"))
        tree = ElementTree.parse(path)
        known = {}
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            if translation.text and translation.get("type") != "unfinished":   # vanished ones too: moved texts
                known.setdefault(message.findtext("source"), translation.text)
        for context in tree.getroot().iter("context"):
            for message in list(context.iter("message")):
                translation = message.find("translation")
                source = message.findtext("source")
                if translation.get("type") in ("vanished", "obsolete"):
                    context.remove(message)
                    continue
                if translation.get("type") == "unfinished" or not translation.text or (force and (source in table or f"{context.findtext('name')}|{source}" in table)):
                    name = context.findtext("name")
                    entry = table.get(f"{name}|{source}") or table.get(source) or [None, None]
                    text = entry[number] or known.get(source) or sheet.get(source)
                    if text:
                        translation.text = text
                        translation.attrib.pop("type", None)
                    else:
                        print(f"{language}: untranslated: {source}")
        ElementTree.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
