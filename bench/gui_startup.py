"""GUI start-up, measured side by side in the same run:
- cold `main.py --selftest` against a floor script that only imports pint and shows a bare
  PySide6 window with as many input widgets (goal: ratio <= 1.25);
- time from process start to the first painted frame of the main window;
- the GUI's peak resident memory (goal < 120 MB).
Usage: python bench/gui_startup.py [runs]"""

import os
import resource
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")

FLOOR = textwrap.dedent("""
    import sys
    import pint
    from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
    app = QApplication(sys.argv)
    window = QWidget()
    form = QFormLayout(window)
    for number in range({widgets}):
        form.addRow(f"field {{number}}", QLineEdit())
    window.show()
    app.processEvents()
    print("floor ok")
""")

FIRST_PAINT = textwrap.dedent("""
    import time
    started = time.perf_counter()
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from ui.main_window import MainWindow
    app = QApplication(sys.argv)
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint and not hasattr(self, "at"):
                self.at = time.perf_counter()
                QTimer.singleShot(0, app.quit)
            return False
    window = MainWindow()
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    print(f"{{(spy.at - started) * 1000:.1f}}")
    window.deleteLater()
    app.processEvents()
""")


def count_inputs() -> int:
    code = ("import sys; sys.path.insert(0, %r)\n" % str(ROOT) +
            "from PySide6.QtWidgets import QApplication, QLineEdit, QComboBox\n"
            "app = QApplication([])\nfrom ui.main_window import MainWindow\nw = MainWindow()\n"
            "print(len(w.findChildren(QLineEdit)) + len(w.findChildren(QComboBox)))\n"
            "w.deleteLater(); app.processEvents()\n")
    return int(subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, text=True,
                              check=True).stdout.split()[-1])


def timed(command) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(runs: int = 7) -> None:
    widgets = count_inputs()
    app = [sys.executable, "main.py", "--selftest"]
    floor = [sys.executable, "-c", FLOOR.format(widgets=widgets)]
    timed(app), timed(floor)  # warm the file cache
    app_times, floor_times = [], []
    for _ in range(runs):
        app_times.append(timed(app))
        floor_times.append(timed(floor))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    paints = [float(subprocess.run([sys.executable, "-c", FIRST_PAINT.format(root=str(ROOT))], env=ENV,
                                   capture_output=True, text=True, check=True).stdout.split()[-1])
              for _ in range(runs)]
    app_median, floor_median = statistics.median(app_times), statistics.median(floor_times)
    print(f"input widgets in the window: {widgets}")
    print(f"main.py --selftest     median {app_median * 1000:7.1f} ms")
    print(f"floor (pint + {widgets} inputs) median {floor_median * 1000:7.1f} ms")
    print(f"ratio {app_median / floor_median:.2f}  (goal <= 1.25)")
    print(f"first painted frame    median {statistics.median(paints):7.1f} ms after process start")
    print(f"peak RSS of the child processes {peak:.0f} MB  (goal < 120 MB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
