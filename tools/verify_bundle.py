"""Checks an offline bundle before anything from it is installed: every wheel in wheels/
must be listed in SHA256SUMS with the hash it has now, and every listed wheel must be there.
Runs with any Python 3 and only its standard library (install.sh and install.bat call it
before they create the virtual environment).

    python verify_bundle.py BUNDLE_DIR        exit 0 when intact, 1 with one line per problem
"""

import hashlib
import sys
from pathlib import Path


def problems(bundle: Path) -> list[str]:
    sums = bundle / "SHA256SUMS"
    wheels = bundle / "wheels"
    if not sums.is_file():
        return [f"{sums} is missing: the bundle cannot be checked"]
    if not wheels.is_dir():
        return [f"{wheels} is missing"]
    listed = {}
    for number, line in enumerate(sums.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        name = name.strip().removeprefix("./")
        if len(digest) != 64 or not name or "/" in name or "\\" in name:
            return [f"{sums} line {number} is damaged"]
        listed[name] = digest.lower()
    found = []
    present = {path.name for path in wheels.iterdir() if path.is_file()}
    for name in sorted(present - set(listed)):
        found.append(f"wheels/{name} is not listed in SHA256SUMS (added after the bundle was made)")
    for name, digest in sorted(listed.items()):
        path = wheels / name
        if name not in present:
            found.append(f"wheels/{name} is missing")
            continue
        sha = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                sha.update(block)
        if sha.hexdigest() != digest:
            found.append(f"wheels/{name} does not match its SHA256SUMS hash (damaged or replaced)")
    return found


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parent)
    found = problems(bundle)
    for problem in found:
        print(f"bundle check failed: {problem}", file=sys.stderr)
    if not found:
        print(f"bundle check: {len(list((bundle / 'wheels').iterdir()))} wheels match SHA256SUMS")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
