"""GUI start-up against the bare-window floor, measured side by side in the same run:
- when the form is ready to type into (the window painted, the core, pint and the protocols
  loaded; the window started as main.py starts it, the core's modules imported before Qt)
  against the first frame of a floor script that imports pint and shows a bare
  PySide6 window with as many input widgets (goal: ratio <= 1.3). The first painted frame
  alone comes before the core is loaded, so it is shown for information only: it does not
  measure what a user waits for;
- cold `main.py --selftest` against the floor script run to its end (goal: ratio <= 1.5);
- the GUI's peak resident memory (goal < 100 MB).
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
ENV = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))

FLOOR = textwrap.dedent("""
    import time
    started = time.perf_counter()
    import sys
    import pint
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
    app = QApplication(sys.argv)
    window = QWidget()
    form = QFormLayout(window)
    for number in range({widgets}):
        form.addRow(f"field {{number}}", QLineEdit())
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint and not hasattr(self, "at"):
                self.at = time.perf_counter()
                QTimer.singleShot(0, app.quit)
            return False
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    print(f"{{(spy.at - started) * 1000:.1f}}")
""")

FIRST_PAINT = textwrap.dedent("""
    import time
    started = time.perf_counter()
    import sys
    sys.path.insert(0, {root!r})
    from ui.app import load_core
    load_core()   # as main.py starts: the core's modules before Qt (ui.app.main)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from ui.main_window import MainWindow
    app = QApplication(sys.argv)
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint and not hasattr(self, "at"):
                self.at = time.perf_counter()
            return False
    window = MainWindow(deferred=True)
    spy = FirstPaint()
    window.installEventFilter(spy)
    ready = []
    window.ready.connect(lambda: (ready.append(time.perf_counter()), QTimer.singleShot(0, app.quit)))
    window.show()
    app.exec()
    print(f"{{(spy.at - started) * 1000:.1f}} {{(ready[0] - started) * 1000:.1f}}")
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


def printed(command) -> list[float]:
    out = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True, check=True).stdout
    return [float(value) for value in out.split()[-2:]] if " " in out.strip() else [float(out.split()[-1])]


def main(runs: int = 7) -> None:
    # As installed: the program's byte-code is compiled (pip does it at install, tools/setup-env
    # in a checkout), so no run measures Python compiling the sources.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "mscprep", "ui"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    widgets = count_inputs()
    app = [sys.executable, "main.py", "--selftest"]
    floor = [sys.executable, "-c", FLOOR.format(widgets=widgets)]
    paint = [sys.executable, "-c", FIRST_PAINT.format(root=str(ROOT))]
    timed(app), timed(floor)  # warm the file cache
    app_times, floor_times, paints, readies, floor_paints = [], [], [], [], []
    # Interleaved, so that a busy shared machine slows the program and the floor alike.
    peak = 0.0
    for _ in range(runs):
        app_times.append(timed(app))
        first, ready = printed(paint)
        paints.append(first)
        readies.append(ready)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)   # the GUI's runs
        floor_times.append(timed(floor))
        floor_paints.append(printed(floor)[0])
    app_median, floor_median = statistics.median(app_times), statistics.median(floor_times)
    paint_median, floor_paint = statistics.median(paints), statistics.median(floor_paints)
    print(f"platform {ENV['QT_QPA_PLATFORM']}, {runs} runs, medians")
    print(f"input widgets in the window: {widgets}")
    print(f"first painted frame    {paint_median:7.1f} ms after process start")
    print(f"floor's first frame    {floor_paint:7.1f} ms (pint + {widgets} inputs)")
    ready_median = statistics.median(readies)
    print(f"form ready to type     {ready_median:7.1f} ms after process start")
    print(f"ready-to-type ratio {ready_median / floor_paint:.2f}  (goal <= 1.3; first paint alone "
          f"{paint_median / floor_paint:.2f}, for information)")
    print(f"main.py --selftest     {app_median * 1000:7.1f} ms")
    print(f"floor to its end       {floor_median * 1000:7.1f} ms")
    print(f"self-test ratio {app_median / floor_median:.2f}  (goal <= 1.5)")
    print(f"peak RSS of the GUI processes {peak:.0f} MB  (goal < 100 MB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
