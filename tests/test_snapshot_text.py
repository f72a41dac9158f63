"""`.clientgen/api.json` written from the last run's text (`snapshot.dumps` with `last`): the
entries that are the same keep their text, and the whole is what a fresh `dumps` writes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_surface_rules import EDITS, base, surface

from clientgen.surface.snapshot import _entries_of, dumps


def _again(old: dict[str, Any], new: dict[str, Any]) -> str:
    return dumps(new, (old, dumps(old)))


@pytest.mark.parametrize("rule", sorted(EDITS))
def test_each_rules_edit_writes_what_a_fresh_dump_writes(rule: str, tmp_path: Path) -> None:
    spec = base()
    old = surface(spec, tmp_path, "old")
    EDITS[rule][0](spec)
    new = surface(spec, tmp_path, "new")
    assert _again(old, new) == dumps(new)
    assert _again(new, old) == dumps(old)


def test_every_entry_of_a_dump_is_cut_out_of_its_text(tmp_path: Path) -> None:
    data = surface(base(), tmp_path, "spec")
    cut = _entries_of(data, dumps(data))
    assert set(cut) == {"methods", "models"}
    for table, entries in cut.items():
        assert set(entries) == set(data[table])
        assert all(value is data[table][name] and json.loads(text) == value for name, (value, text) in entries.items())


@pytest.mark.parametrize("default", [True, 1.0, "1", [1], {"a": 1}, None])
def test_a_default_of_another_json_kind_is_written_again(default: Any, tmp_path: Path) -> None:
    """`1 == 1.0 == True` in Python: the entry is equal, its text is not."""
    data = surface(base(), tmp_path, "spec")
    name, method = next(iter(data["methods"].items()))
    param = next(iter(method["params"].values()))
    param["default"] = 1
    edited = copy.deepcopy(data)
    next(iter(edited["methods"][name]["params"].values()))["default"] = default
    assert _again(data, edited) == dumps(edited)
    assert ('"default": 1,' in _again(data, edited)) == (default == 1 and type(default) is int)


def test_text_that_does_not_cut_as_dumps_writes_keeps_nothing(tmp_path: Path) -> None:
    data = surface(base(), tmp_path, "spec")
    text = dumps(data)
    shifted = text.replace(' "methods": {\n  "', ' "methods": {\n   "', 1)  # its first entry's line out of place
    assert shifted != text and set(_entries_of(data, shifted)) == {"models"}
    fewer = copy.deepcopy(data)
    fewer["models"].popitem()
    assert "models" not in _entries_of(fewer, text)  # a table of other entries
    assert dumps(data, (data, "{}\n")) == text


_names = st.text(st.sampled_from('ab_."\\é\n'), min_size=1, max_size=4)
_leaf = st.one_of(st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=3), st.none())
_value = st.recursive(_leaf, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_names, inner, max_size=3)), max_leaves=8)
_entry = st.dictionaries(_names, _value, max_size=4)
_snapshot = st.fixed_dictionaries(
    {"methods": st.dictionaries(_names, _entry, max_size=5), "models": st.dictionaries(_names, _entry, max_size=5), "auth": st.dictionaries(_names, _entry, max_size=2)}
)


@settings(max_examples=300, deadline=None)
@given(_snapshot, _snapshot, st.randoms(use_true_random=False))
def test_any_two_snapshots(old: dict[str, Any], other: dict[str, Any], rnd: Any) -> None:
    """Entries of any shape and name (quotes, backslashes, line breaks, `1` against `True`), some
    kept from the old snapshot and some from another."""
    new: dict[str, Any] = {}
    for table in old:
        mixed = {name: entry for name, entry in old[table].items() if rnd.random() < 0.7}
        mixed.update((name, entry) for name, entry in other[table].items() if rnd.random() < 0.5)
        new[table] = mixed
    assert _again(old, new) == dumps(new)
    assert json.loads(dumps(new)) == new
