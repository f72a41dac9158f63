"""The bench's real-world sample helpers (bench/realworld.py): which specs, and the statistics."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import realworld  # noqa: E402 - bench/ is a folder of scripts, not a package


def test_manifest_lists_the_table_files_in_order(tmp_path: Path) -> None:
    (tmp_path / "MANIFEST.md").write_text(
        "# Sample\n\n| file | openapi | operations |\n|---|---|---|\n| a.json | 3.0.0 | 1 |\n| b.io/c.json | 3.1.0 | 2 |\n\ntext | not a row\n"
    )
    assert realworld.manifest_specs(tmp_path) == [tmp_path / "a.json", tmp_path / "b.io" / "c.json"]


def test_spread_keeps_order_and_spans_the_list() -> None:
    items = list(range(200))
    assert realworld.spread(items, 4) == [0, 50, 100, 150]
    assert realworld.spread(items, None) == items and realworld.spread(items, 500) == items
    assert realworld.spread(items, 0) == []


def test_percentile_is_a_measured_value() -> None:
    assert realworld.percentile([5.0, 1.0, 3.0, 2.0, 4.0, 6.0, 7.0, 8.0, 9.0, 10.0], 90) == 9.0
    assert realworld.percentile([2.0], 90) == 2.0
    assert realworld.percentile([], 50) is None


def _run(tool: str, spec: str, wall: float, ok: bool = True) -> dict[str, object]:
    return {"tool": tool, "spec": spec, "wall_s": wall, "ok": ok}


def test_summary_medians_and_ratios_over_specs_both_generated() -> None:
    runs = [
        _run("ours", "a", 1.0), _run("opc", "a", 4.0),
        _run("ours", "b", 2.0), _run("ours", "b", 4.0), _run("opc", "b", 6.0),
        _run("ours", "c", 1.0), _run("opc", "c", 9.0, ok=False),
    ]  # fmt: skip
    ours, opc = realworld.summary(runs, ["ours", "opc"])
    assert (ours["specs"], ours["ok"], ours["median_s"], ours["p90_s"]) == (3, 3, 1.0, 3.0)  # b: median of 2 and 4
    assert (opc["specs"], opc["ok"], opc["median_s"]) == (3, 2, 5.0)
    assert opc["ratio_specs"] == 2 and opc["ratio_median"] == round((0.25 + 0.5) / 2, 3)
