"""output/ is exactly what the generator writes today, and generation is deterministic."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import run_clientgen
from examples import EXAMPLES, Example

# caches, and .clientgen/state (this machine's record of the last run: git-ignored, and a copy
# of it would let the regeneration below stop early instead of regenerating)
IGNORED = {"__pycache__", ".mypy_cache", ".pytest_cache", "state"}


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED & set(p.relative_to(root).parts)
    }


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.package)
def test_output_matches_generator(example: Example, tmp_path: Path) -> None:
    """Regenerate over a copy of the committed output: any template or generator change
    shows up as a difference (files whose unformatted text is unchanged skip black)."""
    out = tmp_path / "out"
    shutil.copytree(example.output_path, out, ignore=shutil.ignore_patterns(*IGNORED))
    result = run_clientgen(*example.args(out))
    assert result.returncode == 0, result.stderr
    fresh = tree(out)
    committed = tree(example.output_path)
    assert sorted(fresh) == sorted(committed), "file list differs: run `make generate`"
    stale = [path for path in fresh if fresh[path] != committed[path]]
    assert not stale, f"stale generated files (run `make generate`): {stale[:10]}"


def test_generation_is_byte_identical_across_runs(tmp_path: Path) -> None:
    example = EXAMPLES[0]
    runs = []
    for i in range(2):
        out = tmp_path / f"run{i}"
        result = run_clientgen(*example.args(out))
        assert result.returncode == 0, result.stderr
        runs.append(tree(out))
    assert runs[0] == runs[1]


def test_regenerating_in_place_changes_nothing(tmp_path: Path) -> None:
    example = EXAMPLES[0]
    out = tmp_path / "out"
    assert run_clientgen(*example.args(out)).returncode == 0
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*") if p.is_file()}
    again = run_clientgen(*[a for a in example.args(out) if a != "--quiet"])
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 changed, 0 removed" in again.stdout
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*") if p.is_file()}
    changed = [str(p) for p in before if before[p] != after[p] and not p.name == "manifest"]
    assert not changed


def _golden_modules() -> list[Path]:
    """Every module of the small example, and of OpenAI's its runtime and every 8th other module
    (test_corpus.py covers every module of every corpus spec)."""
    picked: list[Path] = []
    for example in EXAMPLES:
        modules = sorted(example.output_path.rglob("*.py"))
        if len(modules) < 100:
            picked += modules
        else:
            picked += [m for i, m in enumerate(modules) if m.name.startswith("_") or i % 8 == 0]
    return picked


def test_installed_black_keeps_the_committed_layout() -> None:
    """The output is black's layout under the black clientgen requires (pyproject.toml bounds it to
    one year's stable style). A black that lays out a committed module differently fails here, before
    it makes `--check` flap between machines."""
    import black

    from clientgen.render.layout import black_mode

    modules = _golden_modules()
    assert len(modules) > 200
    moved = [str(m.relative_to(m.parents[2])) for m in modules if black.format_str(m.read_text(), mode=black_mode()) != m.read_text()]
    assert not moved, f"black {black.__version__} lays out {len(moved)} committed modules differently, e.g. {moved[:5]}"
