"""In-process time to build the preparation sheet and bag label PDF (goal < 150 ms).
The first build also loads the fonts; it is shown apart.  Usage: python bench/sheet.py [repeats]"""

import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mscprep.preparation.build import prepare  # noqa: E402
from mscprep.printing.sheet import write_sheet  # noqa: E402

FORM = {"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako 山田 花子",
        "patient_id": "MRN-000123", "din": "A999921123456", "viability": "92%",
        "thawed_at": "2026-11-23T09:30", "stability": "3 h"}


def main(repeats: int = 20) -> None:
    plan = prepare(FORM, now=datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc))
    start = time.perf_counter()
    first = write_sheet(plan, None)
    print(f"first build (fonts loaded): {(time.perf_counter() - start) * 1000:.0f} ms, {len(first) // 1024} KiB")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        write_sheet(plan, None)
        times.append(time.perf_counter() - start)
    print(f"sheet + label build: median {statistics.median(times) * 1000:.0f} ms, "
          f"min {min(times) * 1000:.0f} ms over {repeats}  (goal < 150 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
