"""JSON pointers into files already read are followed without `referencing` (issue #14's speed):
each must find what `referencing` finds, and anything else (lists, missing keys, other files) is
still left to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clientgen.errors import SpecError
from clientgen.load import RefResolver, load_document

SCHEMAS = {
    "a/b": {"type": "string"},
    "c~d": {"type": "integer"},
    "e f": {"type": "boolean"},
    "Listed": {"allOf": [{"type": "object"}, {"type": "number"}]},
}


def _resolver(tmp_path: Path) -> tuple[RefResolver, str]:
    path = tmp_path / "spec.json"
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": SCHEMAS}}
    path.write_text(json.dumps(spec))
    (tmp_path / "other.json").write_text(json.dumps({"Other": {"type": "string", "format": "uuid"}}))
    doc = load_document(path)
    return RefResolver(doc), doc.uri


@pytest.mark.parametrize(
    "ref",
    [
        "#/components/schemas/a~1b",
        "#/components/schemas/c~0d",
        "#/components/schemas/e%20f",
        "#/components/schemas/Listed/allOf/1",
        "#/components",
        "other.json#/Other",
    ],
)
def test_a_pointer_finds_what_referencing_finds(tmp_path: Path, ref: str) -> None:
    resolver, base = _resolver(tmp_path)
    found, target = resolver.lookup(ref, base)
    assert target == resolver.target(ref, base)
    assert found is resolver._resolver().lookup(target).contents


def test_a_fragment_ref_joins_like_urljoin(tmp_path: Path) -> None:
    from urllib.parse import urljoin

    resolver, base = _resolver(tmp_path)
    for ref in ("#/components/schemas/a~1b", "#/a%20b", "#", "other.json#/Other"):
        assert resolver.target(ref, base) == urljoin(base, ref)


@pytest.mark.parametrize("ref", ["#/components/schemas/Missing", "#/components/schemas/Listed/allOf/7", "#/components/schemas/a~1b/type/x"])
def test_a_pointer_to_nowhere_is_still_an_error_naming_it(tmp_path: Path, ref: str) -> None:
    resolver, base = _resolver(tmp_path)
    with pytest.raises(SpecError, match="points to nothing"):
        resolver.lookup(ref, base, pointer="/paths/x")
