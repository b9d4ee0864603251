"""In-process time of one recompute (form text -> preparation -> rows and status), as the
GUI does on every keystroke. Goal: median < 1 ms.  Usage: python bench/recompute.py [repeats]"""

import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mscprep.protocol.loader import shipped_protocols  # noqa: E402
from mscprep.session import evaluate  # noqa: E402

FORMS = {
    "contract example": {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
                         "viability": "90%", "final_volume": "50 mL", "duration": "30 min"},
    "temcell, all checks": {"protocol": "temcell", "weight": "60 kg", "dmso": "10%", "administration": "gravity",
                            "thawed_at": "2026-11-23T10:00", "stability": "3 h", "din": "A999921123456"},
    "hemocytometer": {"protocol": "generic-iv-msc", "weight": "70 kg", "hemocytometer": "45, 43, 47, 44",
                      "dead": "3, 4, 2, 3", "dilution_factor": "2", "final_concentration": "1e6 cell/mL",
                      "rate": "2 mL/min"},
}


def main(repeats: int = 2000) -> None:
    now = datetime(2026, 11, 23, 11, 0, tzinfo=timezone.utc)
    protocols = shipped_protocols()
    for name, form in FORMS.items():
        assert evaluate(form, protocols, {}, now).preparation is not None, name
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            evaluate(form, protocols, {}, now)
            times.append(time.perf_counter() - start)
        times.sort()
        print(f"{name:22s} median {statistics.median(times) * 1000:.3f} ms   "
              f"p95 {times[int(len(times) * 0.95)] * 1000:.3f} ms   (goal: median < 1 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
