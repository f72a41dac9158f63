"""The real-world sample (issue #16): which specs of ../shared/realworld to run, and the statistics
the report gives for them (median and p90 wall time per tool, the median ratio ours / peer).

Pure functions over paths and run records; `run.py` does the running.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def manifest_specs(folder: Path) -> list[Path]:
    """The spec files MANIFEST.md lists (its table's first column), in its order."""
    found: list[Path] = []
    for line in (folder / "MANIFEST.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or not cells or cells[0] in ("file", "") or set(cells[0]) <= {"-", ":"}:
            continue
        found.append(folder / cells[0])
    return found


def spread(items: Sequence[T], limit: int | None) -> list[T]:
    """`limit` items evenly spaced over `items` (all of them when `limit` is None or not smaller):
    a subset that keeps the list's mix (here: providers in alphabetical order), the same every run."""
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        return []
    return [items[i * len(items) // limit] for i in range(limit)]


def percentile(values: Sequence[float], q: float) -> float | None:
    """The `q`-th percentile (0-100) by the nearest-rank method: a value that was measured."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def per_spec_wall(runs: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], float]:
    """(tool, spec) -> the median wall time of its successful rounds."""
    walls: dict[tuple[str, str], list[float]] = {}
    for run in runs:
        if run["ok"]:
            walls.setdefault((run["tool"], run["spec"]), []).append(run["wall_s"])
    return {key: statistics.median(values) for key, values in walls.items()}


def summary(runs: Sequence[Mapping[str, Any]], tools: Sequence[str]) -> list[dict[str, Any]]:
    """Per tool: specs tried and succeeded, the median and p90 of the per-spec wall times, and
    (for a peer) the median and p90 of ours / theirs over the specs both generated."""
    wall = per_spec_wall(runs)
    tried: dict[str, set[str]] = {}
    for run in runs:
        tried.setdefault(run["tool"], set()).add(run["spec"])
    rows = []
    for tool in tools:
        mine = {spec: w for (t, spec), w in wall.items() if t == tool}
        row: dict[str, Any] = {
            "tool": tool,
            "specs": len(tried.get(tool, ())),
            "ok": len(mine),
            "median_s": _round(statistics.median(mine.values()) if mine else None),
            "p90_s": _round(percentile(list(mine.values()), 90)),
        }
        if tool != "ours":
            ratios = [wall[("ours", spec)] / w for spec, w in mine.items() if ("ours", spec) in wall and w > 0]
            row["ratio_specs"] = len(ratios)
            row["ratio_median"] = _round(statistics.median(ratios) if ratios else None)
            row["ratio_p90"] = _round(percentile(ratios, 90))
        rows.append(row)
    return rows


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
