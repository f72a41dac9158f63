"""Swagger 2.0 documents are upgraded to OpenAPI 3.0.3 before the IR is built."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SHARED_SPECS, run_clientgen, run_python
from hypothesis import given, settings
from hypothesis import strategies as st

from clientgen.load.document import load_document
from clientgen.load.refs import RefResolver
from clientgen.load.swagger2 import rewrite_ref, upgrade, upgrade_fragment
from clientgen.pipeline import Settings, load_api

PET_REF = {"$ref": "#/definitions/Pet"}
NEW_PET_REF = {"$ref": "#/components/schemas/Pet"}
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def doc(**extra: Any) -> dict[str, Any]:
    """A minimal 2.0 document; keyword arguments add or replace top-level keys."""
    return {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}, **extra}


def op(**extra: Any) -> dict[str, Any]:
    return {"responses": {"204": {"description": "done"}}, **extra}


def upgraded_op(path: str = "/x", method: str = "post", **spec: Any) -> dict[str, Any]:
    result: dict[str, Any] = upgrade(doc(**spec))["paths"][path][method]
    return result


# ---- top level ------------------------------------------------------------------------------


def test_top_level_keys_keep_their_order_and_untouched_parts_stay_equal() -> None:
    spec = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1", "x-logo": {"url": "l.png"}},
        "host": "api.example.com",
        "basePath": "/v1",
        "schemes": ["https"],
        "tags": [{"name": "pets", "externalDocs": {"url": "https://e.com"}}],
        "security": [{"key": []}],
        "externalDocs": {"url": "https://docs.example.com"},
        "x-vendor": {"$ref": "#/definitions/Untouched"},
        "paths": {},
        "definitions": {"Pet": {"type": "object"}},
        "securityDefinitions": {"key": {"type": "apiKey", "name": "X-Key", "in": "header"}},
    }
    out = upgrade(spec)
    assert list(out) == ["openapi", "info", "servers", "tags", "security", "externalDocs", "x-vendor", "paths", "components"]
    assert out["openapi"] == "3.0.3"
    for key in ("info", "tags", "security", "externalDocs", "x-vendor"):
        assert out[key] == spec[key]
    assert list(out["components"]) == ["schemas", "securitySchemes"]


def test_input_is_not_mutated_and_output_shares_nothing_mutable() -> None:
    spec = doc(
        definitions={"Pet": {"type": "object", "x-nullable": True, "properties": {"f": {"type": "file"}}}},
        parameters={"limit": {"name": "limit", "in": "query", "type": "integer", "default": {"a": [1]}}},
        paths={"/x": {"post": op(parameters=[{"name": "b", "in": "body", "schema": PET_REF}, {"$ref": "#/parameters/limit"}])}},
    )
    before = copy.deepcopy(spec)
    out = upgrade(spec)
    assert spec == before

    def containers(node: Any) -> list[int]:
        if isinstance(node, dict):
            return [id(node), *(i for v in node.values() for i in containers(v))]
        if isinstance(node, list):
            return [id(node), *(i for v in node for i in containers(v))]
        return []

    assert not set(containers(spec)) & set(containers(out))
    assert len(containers(out)) == len(set(containers(out)))  # no aliasing inside the result either


@pytest.mark.parametrize(
    ("fields", "servers"),
    [
        ({"host": "h.io", "basePath": "/v2", "schemes": ["http", "https"]}, [{"url": "http://h.io/v2"}]),
        ({"host": "h.io:8080", "basePath": "/v2"}, [{"url": "https://h.io:8080/v2"}]),
        ({"host": "h.io", "schemes": ["wss"]}, [{"url": "wss://h.io"}]),
        ({"host": "h.io", "basePath": "/"}, [{"url": "https://h.io"}]),
        ({"basePath": "/api", "schemes": ["http"]}, [{"url": "/api"}]),
        ({"schemes": ["http"]}, None),
        ({}, None),
    ],
)
def test_servers_from_host_base_path_and_schemes(fields: dict[str, Any], servers: list[dict[str, str]] | None) -> None:
    out = upgrade(doc(**fields))
    assert out.get("servers") == servers
    assert not {"host", "basePath", "schemes"} & set(out)


def test_operation_schemes_become_operation_servers_only_when_different() -> None:
    spec = doc(host="h.io", schemes=["https"], paths={"/x": {"get": op(schemes=["http"]), "put": op(schemes=["https"])}})
    item = upgrade(spec)["paths"]["/x"]
    assert item["get"]["servers"] == [{"url": "http://h.io"}]
    assert "servers" not in item["put"] and "schemes" not in item["put"]


# ---- refs and schemas -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("#/definitions/Pet", "#/components/schemas/Pet"),
        ("#/definitions/Pet/properties/id", "#/components/schemas/Pet/properties/id"),
        ("#/parameters/limit", "#/components/parameters/limit"),
        ("#/responses/NotFound", "#/components/responses/NotFound"),
        ("Pet.yaml#/definitions/Pet", "Pet.yaml#/components/schemas/Pet"),
        ("../common/defs.json#/responses/Err", "../common/defs.json#/components/responses/Err"),
        ("Pet.yaml", "Pet.yaml"),
        ("parameters.yaml#/tagsParam", "parameters.yaml#/tagsParam"),
        ("#/definitionsX", "#/definitionsX"),
        ("#/components/schemas/Pet", "#/components/schemas/Pet"),
        ("https://example.com/s.json#/definitions/A", "https://example.com/s.json#/components/schemas/A"),
    ],
)
def test_rewrite_ref(ref: str, expected: str) -> None:
    assert rewrite_ref(ref) == expected


def test_definitions_become_component_schemas_with_refs_and_2_0_keywords_rewritten() -> None:
    definitions = {
        "Pet": {
            "type": "object",
            "discriminator": "kind",
            "required": ["kind"],
            "properties": {
                "kind": {"type": "string"},
                "owner": {"$ref": "#/definitions/Person", "x-nullable": True},
                "photo": {"type": "file"},
                "tags": {"type": "array", "items": {"$ref": "Tag.yaml#/definitions/Tag"}},
                "example": {"type": "string", "x-nullable": False},
                "extra": {"type": "object", "additionalProperties": {"$ref": "#/definitions/Person"}},
            },
            "example": {"owner": {"$ref": "#/definitions/NotARef"}},
        },
        "Person": {"allOf": [{"$ref": "#/definitions/Base"}, {"type": "object", "x-nullable": True}]},
        "Base": {"type": "string", "enum": ["file"], "default": "file"},
    }
    out = upgrade(doc(definitions=definitions))
    assert out["components"]["schemas"] == {
        "Pet": {
            "type": "object",
            "discriminator": {"propertyName": "kind"},
            "required": ["kind"],
            "properties": {
                "kind": {"type": "string"},
                "owner": {"$ref": "#/components/schemas/Person", "nullable": True},
                "photo": {"type": "string", "format": "binary"},
                "tags": {"type": "array", "items": {"$ref": "Tag.yaml#/components/schemas/Tag"}},
                "example": {"type": "string", "nullable": False},
                "extra": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Person"}},
            },
            "example": {"owner": {"$ref": "#/definitions/NotARef"}},  # example data is left alone
        },
        "Person": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "nullable": True}]},
        "Base": {"type": "string", "enum": ["file"], "default": "file"},
    }
    assert list(out["components"]["schemas"]) == ["Pet", "Person", "Base"]


# ---- security -------------------------------------------------------------------------------


def test_security_definitions_become_security_schemes() -> None:
    definitions = {
        "basic": {"type": "basic", "description": "user and password"},
        "key": {"type": "apiKey", "name": "api_key", "in": "query", "x-extra": 1},
        "implicit": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a/auth", "scopes": {"r": "read"}},
        "password": {"type": "oauth2", "flow": "password", "tokenUrl": "https://a/token", "scopes": {}},
        "app": {"type": "oauth2", "flow": "application", "tokenUrl": "https://a/token", "scopes": {"w": "write"}},
        "code": {
            "type": "oauth2",
            "description": "code flow",
            "flow": "accessCode",
            "authorizationUrl": "https://a/auth",
            "tokenUrl": "https://a/token",
            "scopes": {"r": "read"},
        },
    }
    out = upgrade(doc(securityDefinitions=definitions, security=[{"basic": []}]))
    assert out["security"] == [{"basic": []}]
    assert out["components"]["securitySchemes"] == {
        "basic": {"type": "http", "scheme": "basic", "description": "user and password"},
        "key": {"type": "apiKey", "name": "api_key", "in": "query", "x-extra": 1},
        "implicit": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://a/auth", "scopes": {"r": "read"}}}},
        "password": {"type": "oauth2", "flows": {"password": {"tokenUrl": "https://a/token", "scopes": {}}}},
        "app": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://a/token", "scopes": {"w": "write"}}}},
        "code": {
            "type": "oauth2",
            "description": "code flow",
            "flows": {
                "authorizationCode": {"authorizationUrl": "https://a/auth", "tokenUrl": "https://a/token", "scopes": {"r": "read"}}
            },
        },
    }


# ---- parameters -----------------------------------------------------------------------------


def test_non_body_parameter_value_keywords_move_into_schema() -> None:
    param = {
        "name": "limit",
        "in": "query",
        "description": "page size",
        "required": False,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "maximum": 100,
        "default": 20,
        "x-nullable": True,
        "x-example": 50,
        "allowEmptyValue": False,
        "x-internal": True,
    }
    out = upgraded_op(method="get", paths={"/x": {"get": op(parameters=[param])}})
    assert out["parameters"] == [
        {
            "name": "limit",
            "in": "query",
            "description": "page size",
            "required": False,
            "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 20, "nullable": True},
            "example": 50,
            "allowEmptyValue": False,
            "x-internal": True,
        }
    ]


@pytest.mark.parametrize(
    ("location", "collection_format", "style"),
    [
        ("query", "csv", {"style": "form", "explode": False}),
        ("query", None, {"style": "form", "explode": False}),  # csv is the 2.0 default
        ("query", "multi", {"style": "form", "explode": True}),
        ("query", "ssv", {"style": "spaceDelimited", "explode": False}),
        ("query", "pipes", {"style": "pipeDelimited", "explode": False}),
        ("query", "tsv", {"x-collectionFormat": "tsv"}),
        ("path", "csv", {"style": "simple", "explode": False}),
        ("header", None, {"style": "simple", "explode": False}),
        ("header", "pipes", {"x-collectionFormat": "pipes"}),
    ],
)
def test_collection_format_becomes_style_and_explode(location: str, collection_format: str | None, style: dict[str, Any]) -> None:
    param: dict[str, Any] = {"name": "ids", "in": location, "required": True, "type": "array"}
    param["items"] = {"type": "array", "collectionFormat": "pipes", "items": {"type": "integer", "collectionFormat": "csv"}}
    if collection_format:
        param["collectionFormat"] = collection_format
    out = upgraded_op(path="/x/{ids}", method="get", paths={"/x/{ids}": {"get": op(parameters=[param])}})
    assert out["parameters"] == [
        {
            "name": "ids",
            "in": location,
            "required": True,
            "schema": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
            **style,
        }
    ]


def test_scalar_parameters_get_no_style() -> None:
    param = {"name": "q", "in": "query", "type": "string", "collectionFormat": "multi"}
    out = upgraded_op(method="get", paths={"/x": {"get": op(parameters=[param])}})
    assert out["parameters"] == [{"name": "q", "in": "query", "schema": {"type": "string"}}]


def test_global_parameters_become_components_and_body_ones_are_inlined() -> None:
    spec = doc(
        parameters={
            "limit": {"name": "limit", "in": "query", "type": "integer"},
            "pet": {"name": "pet", "in": "body", "required": True, "schema": PET_REF},
            "file": {"name": "file", "in": "formData", "type": "file"},
        },
        paths={
            "/pets": {"post": op(parameters=[{"$ref": "#/parameters/limit"}, {"$ref": "#/parameters/pet"}])},
            "/files": {"post": op(consumes=["multipart/form-data"], parameters=[{"$ref": "#/parameters/file"}])},
        },
    )
    out = upgrade(spec)
    assert out["components"]["parameters"] == {"limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}
    assert out["paths"]["/pets"]["post"] == {
        "responses": {"204": {"description": "done"}},
        "parameters": [{"$ref": "#/components/parameters/limit"}],
        "requestBody": {"content": {"application/json": {"schema": NEW_PET_REF}}, "required": True},
    }
    assert out["paths"]["/files"]["post"]["requestBody"] == {
        "content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}}
    }
    assert "parameters" not in out["paths"]["/files"]["post"]


def test_path_level_parameters_stay_and_path_level_bodies_go_to_each_operation() -> None:
    shared = [
        {"name": "id", "in": "path", "required": True, "type": "string"},
        {"name": "pet", "in": "body", "schema": PET_REF},
    ]
    own_body = {"name": "patch", "in": "body", "schema": {"type": "object"}}
    spec = doc(paths={"/x/{id}": {"parameters": shared, "put": op(), "patch": op(parameters=[own_body])}})
    item = upgrade(spec)["paths"]["/x/{id}"]
    assert item["parameters"] == [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    assert item["put"]["requestBody"] == {"content": {"application/json": {"schema": NEW_PET_REF}}}
    assert item["patch"]["requestBody"] == {"content": {"application/json": {"schema": {"type": "object"}}}}
    assert "parameters" not in item["patch"]


# ---- request bodies -------------------------------------------------------------------------


def test_body_parameter_becomes_request_body_per_consumed_media_type() -> None:
    body = {"name": "pet", "in": "body", "description": "the pet", "required": True, "schema": PET_REF, "x-tag": "b"}
    out = upgraded_op(
        consumes=["application/json"],
        paths={"/x": {"post": op(consumes=["application/json", "application/xml", FORM], parameters=[body])}},
    )
    assert out == {
        "responses": {"204": {"description": "done"}},
        "requestBody": {
            "description": "the pet",
            "content": {"application/json": {"schema": NEW_PET_REF}, "application/xml": {"schema": NEW_PET_REF}},
            "required": True,
            "x-tag": "b",
        },
    }


@pytest.mark.parametrize(
    ("global_consumes", "op_consumes", "media_types"),
    [
        (None, None, ["application/json"]),
        (["application/xml"], None, ["application/xml"]),
        (["application/xml"], ["text/plain"], ["text/plain"]),
        (["application/xml"], [], ["application/json"]),  # an explicit empty list overrides, then defaults
    ],
)
def test_consumes_inheritance(global_consumes: list[str] | None, op_consumes: list[str] | None, media_types: list[str]) -> None:
    operation = op(parameters=[{"name": "b", "in": "body", "schema": {"type": "string"}}])
    if op_consumes is not None:
        operation["consumes"] = op_consumes
    spec = doc(paths={"/x": {"post": operation}})
    if global_consumes is not None:
        spec["consumes"] = global_consumes
    out = upgrade(spec)
    assert list(out["paths"]["/x"]["post"]["requestBody"]["content"]) == media_types
    assert "consumes" not in out and "consumes" not in out["paths"]["/x"]["post"]


def test_form_data_parameters_become_one_urlencoded_object_body() -> None:
    params = [
        {"name": "id", "in": "path", "required": True, "type": "integer"},
        {"name": "name", "in": "formData", "description": "new name", "required": True, "type": "string"},
        {"name": "tags", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
        {"name": "score", "in": "formData", "type": "number", "x-example": 1.5, "default": 0},
        {"name": "ids", "in": "formData", "type": "array", "items": {"type": "integer"}},
    ]
    out = upgraded_op(path="/x/{id}", paths={"/x/{id}": {"post": op(parameters=params)}})
    assert out["parameters"] == [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
    assert out["requestBody"] == {
        "content": {
            FORM: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "name": {"description": "new name", "type": "string"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                        "score": {"type": "number", "example": 1.5, "default": 0},
                        "ids": {"type": "array", "items": {"type": "integer"}},
                    },
                    "required": ["name"],
                },
                "encoding": {"tags": {"style": "form", "explode": True}, "ids": {"style": "form", "explode": False}},
            }
        },
        "required": True,
    }


def test_a_file_field_makes_the_form_multipart() -> None:
    params = [
        {"name": "meta", "in": "formData", "type": "string"},
        {"name": "upload", "in": "formData", "type": "file", "required": False},
    ]
    out = upgraded_op(paths={"/x": {"post": op(consumes=[FORM], parameters=params)}})
    assert out["requestBody"] == {
        "content": {
            MULTIPART: {
                "schema": {
                    "type": "object",
                    "properties": {"meta": {"type": "string"}, "upload": {"type": "string", "format": "binary"}},
                }
            }
        }
    }


def test_consumes_multipart_makes_the_form_multipart() -> None:
    params = [{"name": "tags", "in": "formData", "type": "array", "items": {"type": "string"}}]
    out = upgraded_op(consumes=[MULTIPART], paths={"/x": {"post": op(parameters=params)}})
    schema = {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}}
    encoding = {"tags": {"style": "form", "explode": False}}  # csv, the 2.0 default: one `a,b` part
    assert out["requestBody"] == {"content": {MULTIPART: {"schema": schema, "encoding": encoding}}}


def test_an_operation_form_field_overrides_a_path_level_one() -> None:
    shared = [{"name": "a", "in": "formData", "type": "string"}, {"name": "b", "in": "formData", "type": "string"}]
    own = [{"name": "a", "in": "formData", "type": "integer", "required": True}]
    out = upgraded_op(paths={"/x": {"parameters": shared, "post": op(parameters=own)}})
    schema = out["requestBody"]["content"][FORM]["schema"]
    assert schema == {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}, "required": ["a"]}


# ---- responses ------------------------------------------------------------------------------


def test_response_schema_headers_and_examples() -> None:
    responses = {
        "200": {
            "description": "ok",
            "schema": {"type": "array", "items": PET_REF},
            "headers": {
                "X-Rate": {"type": "integer", "format": "int32", "description": "left"},
                "X-Ids": {"type": "array", "items": {"type": "string"}},
            },
            "examples": {"application/json": [{"id": 1}], "text/csv": "id\n1"},
            "x-ok": True,
        },
        "404": {"$ref": "#/responses/NotFound"},
        "default": {"description": "error", "schema": {"type": "file"}},
    }
    out = upgraded_op(method="get", produces=["application/json", "application/xml"], paths={"/x": {"get": {"responses": responses}}})
    items = {"type": "array", "items": NEW_PET_REF}
    assert out["responses"] == {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": items, "example": [{"id": 1}]},
                "application/xml": {"schema": items},
                "text/csv": {"schema": items, "example": "id\n1"},
            },
            "headers": {
                "X-Rate": {"schema": {"type": "integer", "format": "int32"}, "description": "left"},
                "X-Ids": {"schema": {"type": "array", "items": {"type": "string"}}, "style": "simple", "explode": False},
            },
            "x-ok": True,
        },
        "404": {"$ref": "#/components/responses/NotFound"},
        "default": {
            "description": "error",
            "content": {
                "application/json": {"schema": {"type": "string", "format": "binary"}},
                "application/xml": {"schema": {"type": "string", "format": "binary"}},
            },
        },
    }


def test_produces_of_the_operation_wins_and_defaults_to_json() -> None:
    spec = doc(
        produces=["application/xml"],
        paths={"/a": {"get": {"produces": ["text/plain"], "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}},
        responses={"NotFound": {"description": "missing", "schema": PET_REF}},
    )
    out = upgrade(spec)
    assert out["paths"]["/a"]["get"] == {"responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}}}
    assert out["components"]["responses"] == {"NotFound": {"description": "missing", "content": {"application/xml": {"schema": NEW_PET_REF}}}}
    bare = upgrade(doc(paths={"/a": {"get": {"responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}}))
    assert list(bare["paths"]["/a"]["get"]["responses"]["200"]["content"]) == ["application/json"]


def test_examples_without_schema_and_responses_without_either() -> None:
    responses = {"200": {"description": "ok", "examples": {"application/json": {"a": 1}}}, "204": {"description": "none"}}
    out = upgraded_op(method="get", paths={"/x": {"get": {"responses": responses}}})
    assert out["responses"] == {
        "200": {"description": "ok", "content": {"application/json": {"example": {"a": 1}}}},
        "204": {"description": "none"},
    }


def test_operation_keys_keep_their_order() -> None:
    operation = {
        "tags": ["pets"],
        "summary": "s",
        "operationId": "addPet",
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "parameters": [{"name": "q", "in": "query", "type": "string"}, {"name": "b", "in": "body", "schema": PET_REF}],
        "responses": {"204": {"description": "done"}},
        "security": [{"key": []}],
        "deprecated": True,
        "x-code-samples": [{"$ref": "#/definitions/Kept"}],
    }
    out = upgraded_op(paths={"/x": {"post": operation}})
    assert list(out) == ["tags", "summary", "operationId", "parameters", "requestBody", "responses", "security", "deprecated", "x-code-samples"]
    assert out["x-code-samples"] == operation["x-code-samples"]


# Arbitrary (often invalid) 2.0-shaped data: `--no-validate` lets anything through.
WORDS = st.sampled_from(
    "get post parameters responses schema in name body formData query path header type file array items "
    "collectionFormat csv multi tsv consumes produces $ref #/definitions/A #/parameters/p x-nullable "
    "discriminator headers examples description required properties flow scopes 200 default".split()
)
TREES = st.recursive(
    st.none() | st.booleans() | st.integers() | WORDS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(WORDS, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(paths=TREES, parameters=TREES, responses=TREES, definitions=TREES, security=TREES)
def test_upgrade_never_fails_on_junk(paths: Any, parameters: Any, responses: Any, definitions: Any, security: Any) -> None:
    spec = doc(paths={"/x": paths}, parameters=parameters, responses=responses, definitions=definitions, securityDefinitions=security)
    before = copy.deepcopy(spec)
    assert upgrade(spec)["openapi"] == "3.0.3"
    assert spec == before
    upgrade_fragment(paths)


# ---- referenced files -----------------------------------------------------------------------


def test_upgrade_fragment_of_a_schema_file() -> None:
    schema = {"type": "object", "properties": {"a": {"$ref": "#/definitions/A"}, "b": {"$ref": "x.yaml#/definitions/B", "x-nullable": True}}}
    assert upgrade_fragment(schema) == {
        "type": "object",
        "properties": {"a": {"$ref": "#/components/schemas/A"}, "b": {"$ref": "x.yaml#/components/schemas/B", "nullable": True}},
    }


def test_upgrade_fragment_moves_top_level_sections_to_components() -> None:
    data = {
        "definitions": {"A": {"type": "file"}, "B": {"$ref": "#/definitions/A"}},
        "parameters": {"q": {"name": "q", "in": "query", "type": "string"}, "b": {"name": "b", "in": "body", "schema": PET_REF}},
        "responses": {"Err": {"description": "e", "schema": {"$ref": "#/definitions/A"}}},
    }
    assert upgrade_fragment(data) == {
        "components": {
            "schemas": {"A": {"type": "string", "format": "binary"}, "B": {"$ref": "#/components/schemas/A"}},
            "parameters": {
                "q": {"name": "q", "in": "query", "schema": {"type": "string"}},
                "b": {"name": "b", "in": "body", "schema": NEW_PET_REF},  # no 3.0 form; the IR builder reports it
            },
            "responses": {"Err": {"description": "e", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}},
        }
    }


def test_upgrade_fragment_recognises_parameters_responses_and_path_items() -> None:
    data = {
        "tagsParam": {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "csv"},
        "Ok": {"description": "ok", "schema": {"$ref": "Pet.yaml"}},
        "petPath": {"post": {"parameters": [{"name": "p", "in": "body", "schema": {"$ref": "Pet.yaml"}}], "responses": {"204": {"description": "done"}}}},
        "apiKey": {"type": "apiKey", "name": "k", "in": "header"},
        "example": {"name": "n", "in": "query"},
    }
    assert upgrade_fragment(data) == {
        "tagsParam": {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": False},
        "Ok": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "Pet.yaml"}}}},
        "petPath": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "Pet.yaml"}}}},
                "responses": {"204": {"description": "done"}},
            }
        },
        "apiKey": {"type": "apiKey", "name": "k", "in": "header"},
        "example": {"name": "n", "in": "query"},
    }


def test_upgrade_fragment_of_a_whole_document_and_of_plain_values() -> None:
    spec = doc(definitions={"A": {"type": "string"}})
    assert upgrade_fragment(spec) == upgrade(spec)
    assert upgrade_fragment([{"$ref": "#/definitions/A"}]) == [{"$ref": "#/components/schemas/A"}]
    assert upgrade_fragment("text") == "text"
    assert upgrade_fragment(None) is None


def write_tree(root: Path, files: dict[str, Any]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_ref_resolver_upgrades_files_only_for_a_2_0_root(tmp_path: Path) -> None:
    write_tree(tmp_path, {"root.yaml": doc(), "defs.yaml": {"definitions": {"A": {"type": "file", "x-nullable": True}}}})
    root = load_document(tmp_path / "root.yaml")
    resolved, _ = RefResolver(root, swagger2=True).lookup("defs.yaml#/components/schemas/A", root.uri)
    assert resolved == {"type": "string", "format": "binary", "nullable": True}
    raw, _ = RefResolver(root).lookup("defs.yaml#/definitions/A", root.uri)
    assert raw == {"type": "file", "x-nullable": True}


def test_load_api_builds_the_ir_of_a_2_0_spec_with_external_files(tmp_path: Path) -> None:
    spec = doc(
        host="pets.example.com",
        basePath="/v1",
        paths={
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "parameters": [{"$ref": "common/params.yaml#/tags"}],
                    "responses": {"200": {"description": "ok", "schema": {"type": "array", "items": {"$ref": "common/defs.yaml#/definitions/Pet"}}}},
                },
                "post": {
                    "operationId": "uploadPhoto",
                    "consumes": [MULTIPART],
                    "parameters": [
                        {"name": "photo", "in": "formData", "type": "file", "required": True},
                        {"name": "note", "in": "formData", "type": "string"},
                    ],
                    "responses": {"204": {"description": "done"}},
                },
            }
        },
    )
    files = {
        "api.yaml": spec,
        "common/params.yaml": {"tags": {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}}},
        "common/defs.yaml": {
            "definitions": {
                "Pet": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "integer"}, "owner": {"$ref": "#/definitions/Owner", "x-nullable": True}},
                },
                "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        },
    }
    write_tree(tmp_path, files)
    api = load_api(Settings(spec=tmp_path / "api.yaml", package_name="pets"))
    assert api.default_base_url == "https://pets.example.com/v1"
    ops = {o.operation_id: o for o in api.operations}
    tags = ops["listPets"].params[0]
    assert (tags.wire_name, tags.type.py, tags.style, tags.explode) == ("tags", "list[str]", "form", False)
    assert ops["listPets"].returns.py == "list[Pet]"
    pet = next(m for m in api.models if m.name == "Pet")
    assert {f.wire_name: f.type.py for f in pet.fields} == {"id": "int", "owner": "Owner | None"}
    body = ops["uploadPhoto"].body
    assert body is not None and body.kind == "multipart" and body.required
    assert {f.wire_name: f.type.is_file for f in body.fields} == {"photo": True, "note": False}


COLLECTION_FORMAT_SPEC = {
    "swagger": "2.0",
    "info": {"title": "Formats", "version": "1"},
    "host": "formats.test",
    "schemes": ["http"],
    "paths": {
        "/items/{ids}": {
            "get": {
                "operationId": "listItems",
                "parameters": [
                    {"name": "ids", "in": "path", "required": True, "type": "array", "items": {"type": "integer"}},
                    {"name": "csv", "in": "query", "type": "array", "items": {"type": "string"}},
                    {"name": "ssv", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "ssv"},
                    {"name": "tsv", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "tsv"},
                    {"name": "pipes", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "pipes"},
                    {"name": "multi", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
                    {"name": "X-Pipes", "in": "header", "type": "array", "items": {"type": "string"}, "collectionFormat": "pipes"},
                ],
                "responses": {"204": {"description": "none"}},
            }
        },
        "/form": {
            "post": {
                "operationId": "sendForm",
                "consumes": ["application/x-www-form-urlencoded"],
                "parameters": [
                    {"name": "tags", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
                    {"name": "ids", "in": "formData", "type": "array", "items": {"type": "integer"}},
                    {"name": "tabs", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "tsv"},
                ],
                "responses": {"204": {"description": "none"}},
            }
        },
        "/upload": {
            "post": {
                "operationId": "upload",
                "consumes": ["multipart/form-data"],
                "parameters": [
                    {"name": "file", "in": "formData", "type": "file", "required": True},
                    {"name": "csv", "in": "formData", "type": "array", "items": {"type": "string"}},
                    {"name": "multi", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
                ],
                "responses": {"204": {"description": "none"}},
            }
        },
    },
}


def test_collection_formats_reach_the_ir_and_the_docs_sample(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(yaml.safe_dump(COLLECTION_FORMAT_SPEC), "utf-8")
    api = load_api(Settings(spec=tmp_path / "api.yaml", package_name="formats"))
    ops = {o.operation_id: o for o in api.operations}
    params = {p.wire_name: (p.style, p.explode, p.sent_as) for p in ops["listItems"].params}
    assert params == {
        "ids": ("simple", False, ""),
        "csv": ("form", False, "csv=a,b"),
        "ssv": ("spaceDelimited", False, "ssv=a%20b"),
        "tsv": ("tabDelimited", False, "tsv=a%09b"),
        "pipes": ("pipeDelimited", False, "pipes=a|b"),
        "multi": ("form", True, ""),
        "X-Pipes": ("pipeDelimited", False, "X-Pipes: a|b"),
    }
    form = ops["sendForm"].body
    assert form is not None
    assert {e.wire_name: (e.style, e.explode, e.sent_as) for e in form.encoding} == {
        "tags": ("form", True, "tags=a&tags=b"),
        "ids": ("form", False, "ids=1,2"),
        "tabs": ("tabDelimited", False, "tabs=a%09b"),
    }
    upload = ops["upload"].body
    assert upload is not None
    assert {e.wire_name: (e.style, e.explode) for e in upload.encoding} == {"csv": ("form", False), "multi": ("form", True)}


def test_collection_formats_on_the_wire(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(yaml.safe_dump(COLLECTION_FORMAT_SPEC), "utf-8")
    result = run_clientgen("generate", str(tmp_path / "api.yaml"), "-o", str(tmp_path / "out"), "--package-name", "formats", "--quiet")
    assert result.returncode == 0, result.stderr
    code = """
import httpx
from formats import Client
seen = []
def handler(request):
    request.read()
    seen.append(request)
    return httpx.Response(204)
c = Client(transport=httpx.MockTransport(handler))
c.default.list_items([1, 2], csv=["a", "b,c"], ssv=["a", "b"], tsv=["a", "b"], pipes=["a", "b"], multi=["a", "b"], x_pipes=["a", "b"])
print(seen[-1].url.raw_path.decode())
print(seen[-1].headers["X-Pipes"])
c.default.send_form(tags=["a", "b"], ids=[1, 2], tabs=["x", "y"])
print(seen[-1].content.decode())
c.default.upload(file=b"data", csv=["a", "b"], multi=["c", "d"])
body = seen[-1].content.decode()
print(body.count('name="csv"'), "a,b" in body, body.count('name="multi"'))
"""
    run = run_python(code, path=tmp_path / "out")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "/items/1,2?csv=a,b%2Cc&ssv=a%20b&tsv=a%09b&pipes=a|b&multi=a&multi=b",
        "a|b",
        "tags=a&tags=b&ids=1,2&tabs=x%09y",
        "1 True 2",
    ]
    docs = (tmp_path / "out" / "docs" / "DefaultApi.md").read_text("utf-8")
    assert "query; optional; sent as `pipes=a\\|b`" in docs and "body field; optional; sent as `tabs=a%09b`" in docs
    cli = subprocess.run([sys.executable, "-m", "formats", "list-items", "--help"], capture_output=True, text=True, cwd=tmp_path / "out")
    assert cli.returncode == 0 and "Sent as ssv=a%20b." in " ".join(cli.stdout.split()), cli.stdout


# ---- the real corpus ------------------------------------------------------------------------


def swagger2_specs() -> list[Path]:
    found = []
    for path in sorted((SHARED_SPECS / "oai-examples" / "v2.0").rglob("*")) + sorted((SHARED_SPECS / "swagger-petstore").glob("*")):
        if path.suffix in (".json", ".yaml") and (yaml.safe_load(path.read_text()) or {}).get("swagger") == "2.0":
            found.append(path)
    return found


SPECS = swagger2_specs()
# Known problems outside the converter: the IR builder or templates, see the reports of these xfails.
KNOWN_FAILURES: dict[str, str] = {}


def spec_id(path: Path) -> str:
    return str(path.relative_to(SHARED_SPECS))


def corpus_params() -> list[Any]:
    out = []
    for path in SPECS:
        reason = KNOWN_FAILURES.get(spec_id(path))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(path, id=spec_id(path), marks=marks))
    return out


def test_the_corpus_has_every_2_0_spec() -> None:
    assert len(SPECS) == 18
    assert sum("petstore-separate" in str(p) for p in SPECS) == 2


@pytest.mark.parametrize("spec", corpus_params())
def test_corpus_spec_generates_an_importable_strictly_typed_package(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    # petstore-separate keeps Error.yaml in a sibling folder of the spec's one
    extra = ["--allow-outside-refs"] if "petstore-separate" in spec.parts else []
    result = run_clientgen("generate", str(spec), "-o", str(out), "--package-name", "pkg", "--quiet", *extra)
    assert result.returncode == 0, result.stderr[-3000:]
    code = """
import importlib, pkgutil
import pkg
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, "pkg.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""
    imported = run_python(code, path=out)
    assert imported.returncode == 0, imported.stderr[-3000:]
    assert int(imported.stdout) > 3
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy-cache"), "-p", "pkg"],
        capture_output=True,
        text=True,
        cwd=out,
        timeout=900,
    )
    assert checked.returncode == 0, checked.stdout[-5000:] + checked.stderr[-2000:]
    assert "Success: no issues found" in checked.stdout


@pytest.mark.parametrize("spec", [p for p in SPECS if "petstore-separate" not in p.parts], ids=spec_id)
def test_corpus_spec_upgrades_to_valid_openapi_3(spec: Path) -> None:
    from openapi_spec_validator import validate

    data = yaml.safe_load(spec.read_text())
    if spec.name == "v2-classic-petstore.json":  # the source gives an array parameter the default "available"
        data["paths"]["/pet/findByStatus"]["get"]["parameters"][0].pop("default")
    validate(upgrade(data))
