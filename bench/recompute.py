"""In-process time of one keystroke's recompute in the window: Session.update(texts) with the
form's texts, as ui/main_window.py calls it on every edit (mscprep/session.py: prepare(), the
typed reasons, the release status, the rows and findings the window shows). Not counted: Qt
redrawing the widgets (bench/gui_startup.py is the window's) and, with a record database,
its queries (DIN reuse, the day's DMSO), which this bench has none of.

Each keystroke is a different text: the weight is typed again character by character
("6", "60", "60 ", "60 k", "60 kg", then the next weight), so no step is a repeat of the one
before. "all" is the median over every keystroke (half-typed values end in a field error,
which is quick); the figure for the goal is the median over the keystrokes whose form
computes a plan (wall clock, and CPU time, which a shared machine disturbs less).
Goal (issue 26): median < 0.5 ms.  Usage: python bench/recompute.py [rounds]"""

import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mscprep.protocol.loader import shipped_protocols  # noqa: E402
from mscprep.session import Session  # noqa: E402

FORMS = {
    "contract example": {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
                         "viability": "90%", "final_volume": "50 mL", "duration": "30 min"},
    "temcell, all checks": {"protocol": "temcell", "weight": "60 kg", "dmso": "10%", "administration": "gravity",
                            "thawed_at": "2026-11-23T10:00", "stability": "3 h", "din": "A999921123456"},
    "hemocytometer": {"protocol": "generic-iv-msc", "weight": "70 kg", "hemocytometer": "45, 43, 47, 44",
                      "dead": "3, 4, 2, 3", "dilution_factor": "2", "final_concentration": "1e6 cell/mL",
                      "rate": "2 mL/min"},
}
WEIGHTS = ("60 kg", "72.5 kg", "58 kg", "81 kg", "64.2 kg", "70 kg")


def keystrokes(form: dict):
    """The form as it stands after each keystroke typing the weights of WEIGHTS in turn."""
    for weight in WEIGHTS:
        for end in range(1, len(weight) + 1):
            yield dict(form, weight=weight[:end])


def main(rounds: int = 60) -> None:
    now = datetime(2026, 11, 23, 11, 0, tzinfo=timezone.utc)
    protocols = shipped_protocols()
    for name, form in FORMS.items():
        session = Session(protocols)
        session.clock = lambda: now
        assert session.update(form).preparation is not None, name
        every, complete, cpu = [], [], []
        for _ in range(rounds):
            for texts in keystrokes(form):
                start, start_cpu = time.perf_counter(), time.process_time()
                view = session.update(texts)
                took, took_cpu = time.perf_counter() - start, time.process_time() - start_cpu
                every.append(took)
                if view.preparation is not None:
                    complete.append(took)
                    cpu.append(took_cpu)
        print(f"{name:20s} median {statistics.median(complete) * 1000:.3f} ms (CPU {statistics.median(cpu) * 1000:.3f}) "
              f"over the {len(complete)} keystrokes that compute a plan; {statistics.median(every) * 1000:.3f} ms over "
              f"all {len(every)}; p95 {sorted(complete)[int(len(complete) * 0.95)] * 1000:.3f} ms  (goal: median < 0.5 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
