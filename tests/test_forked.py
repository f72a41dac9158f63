"""A function run in a forked process (generator/forked.py), and its two users: the render split
and the validation that runs while the IR is built."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from clientgen.errors import SpecError
from clientgen.forked import Forked
from clientgen.load import validate as validate_module
from clientgen.load.document import load_document
from clientgen.load.validate import Validation
from clientgen.render import split


def _double(values: list[int]) -> dict[str, int]:
    return {str(v): 2 * v for v in values}


def _fail(message: str) -> None:
    raise ValueError(message)


def _die() -> None:
    os._exit(3)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def test_the_result_comes_back() -> None:
    child = Forked(_double, [1, 2, 3])
    try:
        assert child.result() == {"1": 2, "2": 4, "3": 6}
    finally:
        child.close()


@pytest.mark.parametrize("target, args", [(_fail, ("boom",)), (_die, ())])
def test_no_result_when_the_target_raises_or_dies(target: Callable[..., object], args: tuple[object, ...], capfd: pytest.CaptureFixture[str]) -> None:
    child = Forked(target, *args)
    with pytest.raises(EOFError):
        child.result()
    child.close()
    assert capfd.readouterr() == ("", "")  # no traceback: the caller does the work itself


def test_the_child_never_returns_into_the_caller(tmp_path: Path) -> None:
    marks = tmp_path / "marks"
    child = Forked(_fail, "boom")
    with marks.open("a") as fh:  # a child that returned from Forked() would write here too
        fh.write(f"{os.getpid()}\n")
    with pytest.raises(EOFError):
        child.result()
    assert marks.read_text() == f"{os.getpid()}\n"


def test_close_stops_a_running_child_and_reaps_it() -> None:
    child = Forked(_sleep, 60)
    pid = child._pid
    assert pid is not None
    started = time.monotonic()
    child.close()
    assert time.monotonic() - started < 5
    with pytest.raises(ChildProcessError):  # waited for already: no zombie left
        os.waitpid(pid, os.WNOHANG)
    child.close()  # twice is harmless


def test_render_split_gives_what_one_process_gives() -> None:
    jobs = list(range(split.MIN_JOBS + 7))
    assert split.render_split(_double, jobs) == _double(jobs)


def _fails_on_odd(values: list[int]) -> dict[str, int]:
    if any(v % 2 for v in values):
        raise ValueError("an odd job")
    return _double(values)


def test_render_split_raises_the_error_of_the_forked_share_here() -> None:
    with pytest.raises(ValueError, match="an odd job"):
        split.render_split(_fails_on_odd, list(range(split.MIN_JOBS)))


INVALID = """openapi: 3.0.3
info:
  title: t
  version: "1"
paths:
  /pets:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: 12
"""


@pytest.mark.parametrize("fork", [True, False])
def test_validation_reports_the_same_error_forked_or_not(fork: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(INVALID)
    monkeypatch.setattr(validate_module, "can_fork", lambda: fork)
    validation = Validation(load_document(spec), "structural")
    assert (validation._process is not None) is fork
    with pytest.raises(SpecError) as caught:
        validation.check()
    validation.close()
    assert caught.value.file == str(spec)
    assert caught.value.pointer is not None and caught.value.pointer.endswith("/schema/type")
    assert caught.value.line == 14
