"""A test run leaves nothing behind in the temporary folder (issue 26: each CI run used to
leave hundreds of MB in /tmp): the suite's own folders (audit heads seen, the schema-check
notes, the randomisation list of the invariants) are removed when the run ends."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_run_of_the_suite_removes_its_own_temporary_folders(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in ("MSCPREP_STATE_DIR", "MSCPREP_CACHE_DIR", "PYTEST_CURRENT_TEST")}
    env.update(TMPDIR=str(scratch), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--basetemp", str(tmp_path / "base"), "tests/test_invariants.py", "-k", "ryoncil or placebo"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert sorted(path.name for path in scratch.iterdir()) == []
