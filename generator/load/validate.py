"""Check a spec against the OpenAPI standard with openapi-spec-validator.

Two depths: `structural` checks the document against the official OpenAPI JSON Schema
(seconds on the largest real specs), `full` adds openapi-spec-validator's semantic pass,
which dereferences every schema (tens of seconds on GitHub's spec).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from jsonschema.exceptions import ValidationError

from generator.errors import SpecError, pointer_join
from generator.load.document import Document

Depth = Literal["none", "structural", "full"]
MAX_REPORTED = 10


def _spec_version(data: dict[str, Any]) -> str:
    key = "swagger" if "swagger" in data and "openapi" not in data else "openapi"
    version = data.get(key)
    if version is None:
        raise SpecError("not an OpenAPI document: no 'openapi' (3.x) or 'swagger' (2.0) version field", pointer="")
    if not isinstance(version, str):  # `openapi: 3.1` is a number in YAML
        raise SpecError(f"the {key!r} version must be a string such as \"3.0.3\", not {version!r}", pointer=f"/{key}")
    return version


def _errors(data: dict[str, Any], depth: Depth) -> Iterator[ValidationError]:
    from openapi_spec_validator.shortcuts import get_validator_cls
    from openapi_spec_validator.validation.exceptions import ValidatorDetectError

    try:
        cls = get_validator_cls(data)
    except ValidatorDetectError:
        key = "swagger" if "swagger" in data and "openapi" not in data else "openapi"
        raise SpecError(f"unsupported OpenAPI version {_spec_version(data)!r}", pointer=f"/{key}") from None
    if depth == "structural":
        yield from cls.schema_validator.iter_errors(data)
    else:
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
        if depth == "none":
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


def _short(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."
