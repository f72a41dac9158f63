"""The next version of the SDK after a change of a given level (semantic versioning).

Breaking: the major number (before 1.0, the minor one); non-breaking: the minor number; patch: the
patch number. Lower numbers reset to 0, and a pre-release or local suffix is dropped ("1.2.0rc1"
after a patch change is "1.2.1"). Any other version ("latest", a date like "2024-01-05") cannot be
bumped: `bump` returns None.
"""

from __future__ import annotations

import re

from .compare import Level

# up to three numbers, then maybe a pre-release or local suffix that starts with a letter
_NUMBERS = re.compile(r"v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+.]?[A-Za-z][0-9A-Za-z.+-]*)?")


def parse(version: str) -> tuple[int, int, int] | None:
    found = _NUMBERS.fullmatch(version.strip())
    if found is None:
        return None
    major, minor, patch = (int(part or 0) for part in found.groups())
    return major, minor, patch


def bump(version: str, level: Level | None) -> str | None:
    """`version` after a change of `level` (unchanged when `level` is None)."""
    numbers = parse(version)
    if numbers is None:
        return None
    if level is None:
        return version
    major, minor, patch = numbers
    if level == "breaking" and major > 0:
        return f"{major + 1}.0.0"
    if level in ("breaking", "non-breaking"):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def newest(*versions: str | None) -> str | None:
    """The highest of the versions that parse (the first such one on a tie), else the first given."""
    known = [v for v in versions if v is not None]
    ranked = [v for v in known if parse(v) is not None]
    if not ranked:
        return known[0] if known else None
    return max(ranked, key=lambda v: parse(v) or (0, 0, 0))
