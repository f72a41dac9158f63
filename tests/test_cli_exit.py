"""The command line collects young objects less often (see `heap.for_a_short_process`) and leaves
the run's heap to the process's exit (see `heap.left_for_exit`), only when it is the process's own
command line: a caller that passes `argv` goes on running."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from clientgen.cli import main

SPEC = Path(__file__).resolve().parent.parent / "specs" / "openai-uploads.yaml"


def test_only_the_process_command_line_tunes_and_freezes_the_heap(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from clientgen import heap

    calls: list[str] = []
    monkeypatch.setattr(heap, "for_a_short_process", lambda: calls.append("tuned"))
    monkeypatch.setattr(heap, "left_for_exit", lambda: calls.append("frozen"))
    assert main(["templates", "list"]) == 0
    assert calls == []
    monkeypatch.setattr(sys, "argv", ["clientgen", "templates", "list"])
    assert main() == 0
    assert calls == ["tuned", "frozen"]
    monkeypatch.setattr(sys, "argv", ["clientgen", "generate", "no-such-spec.yaml", "-o", "out"])
    assert main() == 2  # an error too
    assert calls == ["tuned", "frozen"] * 2
    capsys.readouterr()


def test_a_short_process_collects_the_young_generation_less_often() -> None:
    from clientgen.heap import YOUNG_THRESHOLD, for_a_short_process

    before = gc.get_threshold()
    try:
        for_a_short_process()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[1:])
        assert YOUNG_THRESHOLD > before[0]
    finally:
        gc.set_threshold(*before)


def test_a_frozen_exit_still_writes_everything_and_its_status(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "clientgen", "generate", str(SPEC), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (out / ".clientgen" / "manifest").is_file()
    again = subprocess.run([sys.executable, "-m", "clientgen", "generate", str(SPEC), "-o", str(out), "--check"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    missing = subprocess.run([sys.executable, "-m", "clientgen", "generate", str(tmp_path / "none.yaml"), "-o", str(out)], capture_output=True, text=True)
    assert missing.returncode == 2 and "file not found" in missing.stderr


def test_the_command_tunes_the_collector_before_it_imports_the_command_line() -> None:
    script = """
import gc, sys
from clientgen import launch
from clientgen.heap import YOUNG_THRESHOLD
assert "clientgen.cli" not in sys.modules

class Seen:  # the threshold when the command line's module is imported
    thresholds = []
    def find_spec(self, name, path, target=None):
        if name == "clientgen.cli":
            self.thresholds.append(gc.get_threshold()[0])
        return None

sys.meta_path.insert(0, Seen())
sys.argv = ["clientgen", "templates", "list"]
status = launch.main()
print(Seen.thresholds == [YOUNG_THRESHOLD], status)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "True 0"


def test_left_for_exit_freezes_what_is_alive() -> None:
    from clientgen.heap import left_for_exit

    before = gc.get_freeze_count()
    try:
        left_for_exit()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
