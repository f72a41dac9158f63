"""Check a spec against the OpenAPI standard with openapi-spec-validator.

Two depths: `structural` checks the document against the official OpenAPI JSON Schema
(seconds on the largest real specs), `full` adds openapi-spec-validator's semantic pass,
which dereferences every schema (tens of seconds on GitHub's spec).
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import SpecError, pointer_join
from ..forked import Forked, can_fork
from ..settings import Depth
from . import parts
from .document import Document

if TYPE_CHECKING:  # jsonschema itself is imported by the first check that runs (a tenth of a second)
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

MAX_REPORTED = 10


def _spec_version(data: dict[str, Any]) -> str:
    key = "swagger" if "swagger" in data and "openapi" not in data else "openapi"
    version = data.get(key)
    if version is None:
        raise SpecError("not an OpenAPI document: no 'openapi' (3.x) or 'swagger' (2.0) version field", pointer="")
    if not isinstance(version, str):  # `openapi: 3.1` is a number in YAML
        raise SpecError(f"the {key!r} version must be a string such as \"3.0.3\", not {version!r}", pointer=f"/{key}")
    return version


def _schema(spec_validator_cls: Any) -> dict[str, Any]:
    """The official JSON Schema of the document's OpenAPI version."""
    schema = spec_validator_cls.schema_validator.__wrapped__.schema
    assert isinstance(schema, dict)
    return schema


@functools.cache
def _structural(spec_validator_cls: Any) -> Validator:
    """The OAS schema's validator over a pre-crawled registry: OAS 3.1's schema resolves
    `$dynamicRef` through anchors, and an uncrawled registry is crawled again on every lookup."""
    from jsonschema.validators import validator_for
    from referencing import Registry, Resource
    from referencing.jsonschema import specification_with

    schema = _schema(spec_validator_cls)
    resource = Resource.from_contents(schema, default_specification=specification_with(str(schema.get("$schema", ""))))
    registry: Registry[Any] = Registry().with_resource(str(schema.get("$id", "")), resource).crawl()
    validator: Validator = validator_for(schema)(schema, registry=registry)  # formats unchecked, as the library does
    return validator


@functools.cache
def _fast(spec_validator_cls: Any) -> Any | None:
    """jsonschema-rs's validator for the same schema (formats unchecked too), or None where it
    is not installed: it says whether a document is valid in milliseconds, not seconds."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    schema = _schema(spec_validator_cls)
    return jsonschema_rs.validator_cls_for(schema)(schema, validate_formats=False)


def _suspects(spec_validator_cls: Any, data: dict[str, Any]) -> set[tuple[tuple[str, ...], str]] | None:
    """The parts (see `load.parts`) jsonschema-rs finds errors in: an empty set for a valid
    document, None when it cannot tell (not installed, or a value JSON has no type for)."""
    fast = _fast(spec_validator_cls)
    if fast is None:
        return None
    try:
        if fast.is_valid(data):
            return set()
        found = set()
        for error in fast.iter_errors(data):
            part = parts.part_of(error.instance_path)
            found.add(part if part is not None else ((), ""))  # ((), ""): outside every part
        return found
    except (ValueError, TypeError, OverflowError):  # e.g. YAML's !!binary or !!set
        return None


_VERSION = re.compile(r"(?P<major>\d+)\.(?P<minor>\d+)(\..*)?")  # as openapi-spec-validator reads it
_SCHEMA_VERSIONS = (("swagger", "2", "0"), ("openapi", "3", "0"), ("openapi", "3", "1"), ("openapi", "3", "2"))


def schema_file(data: dict[str, Any]) -> Path | None:
    """The file of openapi-spec-validator's JSON Schema for the document's version, chosen as the
    library chooses it, found without importing the library (a third of a second, with the
    jsonschema it imports); None for a version it does not know."""
    for keyword, major, minor in _SCHEMA_VERSIONS:
        value = data.get(keyword)
        match = _VERSION.match(value) if isinstance(value, str) else None
        if match is not None and (match["major"], match["minor"]) == (major, minor):
            found = importlib.util.find_spec("openapi_spec_validator")
            if found is None or not found.submodule_search_locations:
                return None
            return Path(found.submodule_search_locations[0]) / "resources" / "schemas" / f"v{major}.{minor}" / "schema.json"
    return None


@functools.cache
def _fast_for_file(path: Path) -> Any | None:
    try:
        import jsonschema_rs

        schema = json.loads(path.read_bytes())
    except (ImportError, OSError, ValueError):
        return None
    return jsonschema_rs.validator_cls_for(schema)(schema, validate_formats=False)


def structurally_valid(data: dict[str, Any]) -> bool:
    """Whether jsonschema-rs finds the document valid against its version's OpenAPI schema; False
    also when it cannot tell. The common case: no import of openapi-spec-validator at all."""
    path = schema_file(data)
    fast = _fast_for_file(path) if path is not None else None
    if fast is None:
        return False
    try:
        return bool(fast.is_valid(data))
    except (ValueError, TypeError, OverflowError):  # e.g. YAML's !!binary or !!set
        return False


def _structural_errors(spec_validator_cls: Any, data: dict[str, Any]) -> Iterator[ValidationError]:
    """Errors from the Python validator, which explains them best (`_best`) but takes seconds
    on a large document: the parts jsonschema-rs finds valid are left out of its way."""
    suspects = _suspects(spec_validator_cls, data)
    if suspects == set():
        return
    validator = _structural(spec_validator_cls)
    if suspects is not None:
        fine = [part for part in parts.parts(data) if part not in suspects]
        found = list(itertools.islice(validator.iter_errors(parts.without(data, fine)), MAX_REPORTED + 1))
        if found:
            yield from found
            return
    yield from validator.iter_errors(data)  # the two validators disagree: ask the Python one about it all


def _errors(data: dict[str, Any], depth: Depth) -> Iterator[ValidationError]:
    from openapi_spec_validator.shortcuts import get_validator_cls
    from openapi_spec_validator.validation.exceptions import ValidatorDetectError

    try:
        cls = get_validator_cls(data)
    except ValidatorDetectError:
        key = "swagger" if "swagger" in data and "openapi" not in data else "openapi"
        raise SpecError(f"unsupported OpenAPI version {_spec_version(data)!r}", pointer=f"/{key}") from None
    found = False
    for error in _structural_errors(cls, data):
        found = True
        yield error
    if found:
        return
    if depth == "full":  # the semantic checks, after the schema (which they check again)
        yield from cls(data).iter_errors()


def _best(error: ValidationError) -> ValidationError:
    """For `oneOf`/`anyOf` failures, the sub-error that says the most. A branch asking for the
    `$ref` a value does not have says nothing; when one branch is left, its deepest error."""
    context = [e for e in error.context or () if not _wants_ref(e, error.instance)]
    if not context or len({e.relative_schema_path[0] for e in context}) > 1:
        return error
    return _best(max(context, key=lambda e: len(e.absolute_path)))


def _wants_ref(error: ValidationError, instance: Any) -> bool:
    return error.validator == "required" and error.validator_value == ["$ref"] and isinstance(instance, dict) and "$ref" not in instance


def validate(doc: Document, depth: Depth) -> None:
    """Raise a SpecError listing what is wrong, or return if the document is valid."""
    if not isinstance(doc.data, dict):
        raise SpecError("not an OpenAPI document: the top level is not a mapping", file=str(doc.path))
    try:
        _spec_version(doc.data)
        if depth == "none" or (depth == "structural" and structurally_valid(doc.data)):
            return
        found = []
        for err in _errors(doc.data, depth):
            found.append(err)
            if len(found) > MAX_REPORTED:
                break
    except SpecError as exc:
        exc.file = str(doc.path)
        exc.line = doc.line_of(exc.pointer or "")
        raise
    if not found:
        return
    shown = [_best(e) for e in found[:MAX_REPORTED]]
    first = shown[0]
    pointer = pointer_join(*first.absolute_path)
    details = []
    for err in shown[1:]:
        ptr = pointer_join(*err.absolute_path)
        line = doc.line_of(ptr)
        details.append(f"line {line} at {ptr or '/'}: {_short(err.message)}")
    if len(found) > MAX_REPORTED:
        details.append("... and more")
    details.append("use --no-validate to generate anyway")
    raise SpecError(
        f"invalid OpenAPI document: {_short(first.message)}",
        file=str(doc.path),
        pointer=pointer,
        line=doc.line_of(pointer),
        details=tuple(details),
    )


class Validation:
    """Validation of a document that runs in a forked process while the IR is built.

    `check()` returns when it is done and raises its SpecError if the document is invalid.
    Where fork is unavailable, `check()` validates in this process.
    """

    def __init__(self, doc: Document, depth: Depth) -> None:
        self._doc, self._depth = doc, depth
        self._process = Forked(_validated, doc, depth) if depth != "none" and can_fork() else None

    def check(self) -> None:
        """Wait for the result; raise the SpecError if the document is invalid."""
        if self._process is None:
            validate(self._doc, self._depth)
            return
        try:
            found = self._process.result()
        except EOFError:  # the process died (killed, out of memory): validate here instead
            self.close()
            validate(self._doc, self._depth)
            return
        self.close()
        if found is not None:
            raise found

    def close(self) -> None:
        if self._process is not None:
            self._process.close()
            self._process = None


def _validated(doc: Document, depth: Depth) -> SpecError | None:
    """None for a valid document, else the SpecError that says what is wrong."""
    try:
        validate(doc, depth)
    except SpecError as exc:
        return exc
    except RecursionError:
        return SpecError("the document is nested too deeply to validate", file=str(doc.path))
    return None


def _short(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."
