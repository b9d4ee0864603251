"""In-process time to build the preparation sheet and bag label PDF (goal < 60 ms, issue 26).

The first build also loads the fonts; it is shown apart. The plan is ready for its label
(both bags' DINs, the product code), so the label page is built too. Shown: the same plan
printed again (preview, then print: the issue's figure), a new patient at each build (other
names, weight, numbers), and the Japanese and Chinese sheets.
Usage: python bench/sheet.py [repeats] [languages, comma-separated: en,ja,zh]"""

import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mscprep.preparation.build import prepare  # noqa: E402
from mscprep.printing.sheet import write_sheet  # noqa: E402

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
FORM = {"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako 山田 花子",
        "patient_id": "MRN-000123", "din": "A999921123456", "container_dins": "A999921123457",
        "product_code": "S1234V00", "viability": "92%", "thawed_at": "2026-11-23T09:30", "stability": "3 h"}
GOAL_MS = 60


def patient(number: int) -> dict:
    """Another patient of the same protocol: every patient-specific text and number differs."""
    return dict(FORM, weight=f"{50 + number * 1.3:.1f} kg", patient_name=f"Patient Number {number} 山田",
                patient_id=f"MRN-{number:06d}", viability=f"{80 + number % 15}%")


CPU: list[float] = []     # this process's CPU time of each build: on a shared machine, what the build itself cost


def timed(plan, language: str) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    write_sheet(plan, None, language=language)
    CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def main(repeats: int = 20, languages: tuple[str, ...] = ("en", "ja", "zh")) -> None:
    plan = prepare(FORM, now=NOW)
    start, cpu = time.perf_counter(), time.process_time()
    first = write_sheet(plan, None)
    pages = first.count(b"/Type /Page\n")
    print(f"first build (fonts loaded): {(time.perf_counter() - start) * 1000:.0f} ms "
          f"(CPU {(time.process_time() - cpu) * 1000:.0f} ms), {len(first) // 1024} KiB, {pages} pages (sheet + label)")
    for language in languages:
        timed(plan, language)       # the language's translations loaded, its texts seen once
        CPU.clear()
        times = [timed(plan, language) for _ in range(repeats)]
        cpu = statistics.median(CPU)
        others = [prepare(patient(number), now=NOW) for number in range(repeats)]
        CPU.clear()
        fresh = [timed(other, language) for other in others]
        print(f"[{language}] sheet + label build: median {statistics.median(times):.0f} ms (CPU {cpu:.0f} ms), "
              f"min {min(times):.0f} ms over {repeats}  (goal < {GOAL_MS} ms); a new patient each build: median "
              f"{statistics.median(fresh):.0f} ms (CPU {statistics.median(CPU):.0f} ms), min {min(fresh):.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20,
         tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ("en", "ja", "zh"))
