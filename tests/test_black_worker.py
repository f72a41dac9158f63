"""black in a forked process (generator/render/black_worker.py): the same output as black here,
and black here whenever that process is missing or fails."""

from __future__ import annotations

import black
import pytest

from clientgen.render import black_worker
from clientgen.render.layout import black_mode

SOURCES = [
    ("result = call(lambda client: client.things.get_a_thing_by_its_identifier(thing_id='string', verbose=True))\n", 88),
    ("x = {'a_long_key_name': a_long_value_name, 'another_long_key': another_long_value, 'third': 3}\n", 60),
]
EXPECTED = [black.format_str(source, mode=black_mode(width)) for source, width in SOURCES]


def test_the_worker_formats_as_black_does() -> None:
    with black_worker.black_in_parallel():
        worker = black_worker._worker
        assert worker is not None and worker.process.is_alive()
        assert black_worker.format_all(SOURCES) == EXPECTED
    assert black_worker._worker is None
    assert not worker.process.is_alive()


def test_a_dead_worker_means_black_here() -> None:
    with black_worker.black_in_parallel():
        worker = black_worker._worker
        assert worker is not None
        worker.process.kill()
        worker.process.join()
        assert black_worker.format_all(SOURCES) == EXPECTED


def test_invalid_python_is_reported_by_black_here() -> None:
    with black_worker.black_in_parallel(), pytest.raises(black.InvalidInput):
        black_worker.format_all([("def (:\n", 88)])


def test_without_a_worker_black_runs_here() -> None:
    assert black_worker._worker is None
    assert black_worker.format_all(SOURCES) == EXPECTED
