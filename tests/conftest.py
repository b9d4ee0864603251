import os
import sys
from pathlib import Path

# Tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit heads a workstation has seen (mscprep/records/seen.py) are kept in a folder of
# the test run's own, never the user's settings.
if "MSCPREP_STATE_DIR" not in os.environ:
    import atexit
    import shutil
    import tempfile
    os.environ["MSCPREP_STATE_DIR"] = tempfile.mkdtemp(prefix="mscprep-state-")
    atexit.register(shutil.rmtree, os.environ["MSCPREP_STATE_DIR"], True)   # nothing left in /tmp

# Which data files passed their schema check (mscprep/checked.py): a folder of the test
# run's own, never the user's cache.
if "MSCPREP_CACHE_DIR" not in os.environ:
    import atexit
    import shutil
    import tempfile
    os.environ["MSCPREP_CACHE_DIR"] = tempfile.mkdtemp(prefix="mscprep-cache-")
    atexit.register(shutil.rmtree, os.environ["MSCPREP_CACHE_DIR"], True)   # the run cleans up after itself

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402  (after the display is set: Qt reads it on first import)


@pytest.fixture
def store(tmp_path):
    """A fresh SQLite record database in the test's own folder (the records tests that
    run on every backend use tests/stores.py instead)."""
    from mscprep.records.store import RecordStore
    opened = RecordStore(tmp_path / "records.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path):
    """The window's settings in a file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings
    from ui.settings import Settings
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


# --- hypothesis: one fixed, derandomised profile for the whole suite ----------------------
# The same examples on every run and machine (CI never flakes on a new random example);
# the long random search is tools/sweep.py and tools/fuzz.py. HYPOTHESIS_PROFILE=... picks
# another registered profile for a local run.
from hypothesis import HealthCheck as _HealthCheck  # noqa: E402
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("mscprep-ci", derandomize=True, database=None, deadline=None,
                                      print_blob=True, suppress_health_check=[_HealthCheck.too_slow])
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "mscprep-ci"))
