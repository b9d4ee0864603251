"""Add or update sheet translations: python tools/add_translation.py 'English' 'ja text' 'zh text'"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    source, japanese, chinese = sys.argv[1:4]
    for language, text in (("ja", japanese), ("zh", chinese)):
        path = ROOT / "resources" / "translations" / f"sheet_{language}.json"
        table = json.loads(path.read_text(encoding="utf-8"))
        table[source] = text
        path.write_text(json.dumps(dict(sorted(table.items())), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main()
