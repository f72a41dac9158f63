"""`$id` resources (OpenAPI 3.1): found wherever a schema declares one, and the walk that looks for
them skipped for a document without any `$id` key."""

from __future__ import annotations

import json
from pathlib import Path

from clientgen.load import RefResolver, load_document

PET = {"$id": "https://example.com/schemas/pet", "type": "object", "properties": {"name": {"type": "string"}}}


def _spec(tmp_path: Path, schemas: dict[str, object]) -> Path:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}))
    return path


def test_a_schema_with_an_id_is_found_by_its_id(tmp_path: Path) -> None:
    doc = load_document(_spec(tmp_path, {"Pet": PET}))
    assert doc.identified
    found, target = RefResolver(doc).lookup("https://example.com/schemas/pet", doc.uri)
    assert found is doc.data["components"]["schemas"]["Pet"] and target == "https://example.com/schemas/pet"


def test_an_id_anywhere_counts_even_under_an_example(tmp_path: Path) -> None:
    doc = load_document(_spec(tmp_path, {"Pet": {"type": "object", "example": {"$id": "x"}}}))
    assert doc.identified


def test_a_document_without_ids_still_resolves_pointers(tmp_path: Path) -> None:
    doc = load_document(_spec(tmp_path, {"Pet": {k: v for k, v in PET.items() if k != "$id"}}))
    assert not doc.identified
    found, _ = RefResolver(doc).lookup("#/components/schemas/Pet/properties/name", doc.uri)
    assert found == {"type": "string"}
