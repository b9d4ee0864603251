import subprocess
import sys

from helpers import ROOT

CORE_MODULES = sorted(f"mscprep.{p.stem}" for p in (ROOT / "mscprep").glob("*.py")
                      if p.stem not in ("__main__",))


def test_importing_every_core_module_never_imports_pyside6():
    code = ("import sys\n" + "".join(f"import {m}\n" for m in CORE_MODULES) +
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
            "print(bad)\nsys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_sources_do_not_mention_qt_imports():
    for path in (ROOT / "mscprep").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import PySide6" not in text and "from PySide6" not in text, path
        assert "from ui" not in text and "import ui" not in text, path
