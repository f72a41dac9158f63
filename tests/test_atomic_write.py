"""`state.atomic_write`'s temporary files: named for this process, never reusing one a killed
run left, in a folder made when missing."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from clientgen import state


def test_a_temporary_left_by_a_killed_run_is_skipped_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "_TEMPORARY_NUMBERS", itertools.count(7))
    left = tmp_path / f".a.py.{os.getpid()}-7{state.TMP_SUFFIX}"
    left.write_bytes(b"half")
    state.atomic_write(tmp_path / "a.py", b"whole", new=True)
    assert (tmp_path / "a.py").read_bytes() == b"whole"
    assert left.read_bytes() == b"half"  # not ours to remove here: write_output clears stale ones
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.py", left.name])


def test_a_missing_folder_is_made(tmp_path: Path) -> None:
    state.atomic_write(tmp_path / "x" / "y" / "b.py", b"b", private=True)
    assert (tmp_path / "x" / "y" / "b.py").read_bytes() == b"b"
    assert (tmp_path / "x" / "y" / "b.py").stat().st_mode & 0o777 == 0o600


def test_a_file_where_the_folder_goes_fails_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "x").write_bytes(b"mine")
    with pytest.raises(OSError):
        state.atomic_write(tmp_path / "x" / "c.py", b"c", new=True)
    assert (tmp_path / "x").read_bytes() == b"mine"
    assert [p.name for p in tmp_path.iterdir()] == ["x"]
