"""Print the installed distributions whose version differs from the lock (for `make test-latest`)."""

from __future__ import annotations

import re
import sys
from importlib.metadata import distributions
from pathlib import Path


def locked(lock: Path) -> dict[str, set[str]]:
    pins: dict[str, set[str]] = {}
    for line in lock.read_text().splitlines():
        found = re.match(r"([A-Za-z0-9_.-]+)==([^\s;]+)", line)
        if found:
            pins.setdefault(re.sub(r"[-_.]+", "-", found[1]).lower(), set()).add(found[2])
    return pins


def main() -> None:
    pins = locked(Path(sys.argv[1]))
    newer = []
    for dist in distributions():
        name = re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
        if name in pins and dist.version not in pins[name]:
            newer.append(f"  {name}: {dist.version} (locked: {', '.join(sorted(pins[name]))})")
    print("versions that differ from the lock:" if newer else "every locked package is at its locked version")
    print("\n".join(sorted(newer)))


if __name__ == "__main__":
    main()
