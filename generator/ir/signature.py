"""How an operation looks as a Python method: its arguments, overloads and examples."""

from __future__ import annotations

from typing import Any

from .model import Arg, Parameter, RequestBody, TypeRef
from .typeref import ANY, NONE, dict_of, model_ref, runtime, union_of

_NOT_GIVEN = "NOT_GIVEN"
NOT_GIVEN = runtime("NotGiven")
_FILE_INPUT = runtime("FileInput")
_FILE_CONTENT = runtime("FileContent")
_JSON_OBJECT = dict_of(ANY)


def upload_type(t: TypeRef) -> TypeRef:
    """Binary fields accept any file input when sent, not only bytes."""
    return t.replaced(lambda part: _FILE_INPUT if part.kind == "file" else None) if t.is_file else t


def _optional(t: TypeRef) -> TypeRef:
    return union_of((t, NOT_GIVEN))


def _param_arg(p: Parameter) -> Arg:
    if p.location == "path":
        return Arg(p.py_name, p.type, None, False, "path", p.wire_name)
    if p.required:
        return Arg(p.py_name, p.type, None, True, p.location, p.wire_name)
    return Arg(p.py_name, _optional(p.type), _NOT_GIVEN, True, p.location, p.wire_name)


def build_signature(
    params: tuple[Parameter, ...], body: RequestBody | None, body_required: bool
) -> tuple[tuple[Arg, ...], tuple[tuple[Arg, ...], ...], str]:
    """Return (implementation args, overloads, body mode)."""
    path = [_param_arg(p) for p in params if p.location == "path"]
    required = [_param_arg(p) for p in params if p.location != "path" and p.required]
    optional = [_param_arg(p) for p in params if p.location != "path" and not p.required]
    if body is None:
        return tuple(path + required + optional), (), "none"
    if not body.fields:
        ann = upload_type(body.type) if body.kind in ("binary", "multipart") else body.type
        if body.kind == "binary":
            ann = _FILE_CONTENT
        if body_required:
            arg = Arg("body", ann, None, True, "body", "")
            return tuple(path + required + [arg] + optional), (), "body"
        arg = Arg("body", union_of((ann, NONE)), "None", True, "body", "")
        return tuple(path + required + optional + [arg]), (), "body"
    model = model_ref(body.type.model, is_object=body.type.is_object) if body.type.model else body.type
    field_args_req = []
    field_args_opt = []
    impl_fields = []
    for f in body.fields:
        ann = upload_type(f.type)
        impl_fields.append(Arg(f.py_name, _optional(ann), _NOT_GIVEN, True, "field", f.wire_name))
        if f.required and body_required:
            field_args_req.append(Arg(f.py_name, ann, None, True, "field", f.wire_name))
        else:
            field_args_opt.append(Arg(f.py_name, _optional(ann), _NOT_GIVEN, True, "field", f.wire_name))
    body_impl = Arg("body", union_of((model, _JSON_OBJECT, NONE)), "None", True, "body", "")
    impl = tuple(path + required + impl_fields + optional + [body_impl])
    if body.kind != "json":
        # multipart and form bodies carry files or flat fields: keyword arguments only
        return tuple(path + required + field_args_req + field_args_opt + optional), (), "fields"
    by_model = tuple(path + required + [Arg("body", union_of((model, _JSON_OBJECT)), None, True, "body", "")] + optional)
    by_fields = tuple(path + required + field_args_req + field_args_opt + optional)
    return impl, (by_model, by_fields), "fields"


def python_literal(value: Any) -> str:
    """Python source for a JSON-like value (always a literal, whatever the spec says)."""
    return repr(value)


def example_args(params: tuple[Parameter, ...], body: RequestBody | None, body_required: bool) -> tuple[tuple[str, str], ...]:
    """Arguments for the docs' example call: every required one, with example values."""
    out: list[tuple[str, str]] = []
    for p in params:
        if p.required:
            out.append((p.py_name if p.location != "path" else "", python_literal(p.example if p.example is not None else "string")))
    if body is None:
        return tuple(out)
    if body.fields:
        for f in body.fields:
            if f.required:
                value = f.example
                if value is None and f.type.is_file:
                    value = b"example bytes"
                out.append((f.py_name, python_literal(value)))
    elif body_required:
        value = body.example
        if body.kind == "binary" or body.type.is_file:
            value = b"example bytes"
        out.append(("body", python_literal(value)))
    return tuple(out)


def cli_example(cli_name: str, params: tuple[Parameter, ...], body: RequestBody | None, body_required: bool) -> str:
    parts = [cli_name]
    for p in params:
        if p.required:
            parts.append(f"{p.wire_name}={_cli_value(p.example)}")
    if body is not None and body.fields and body_required:
        for f in body.fields:
            if f.required:
                if f.type.is_file:
                    parts.append(f"{f.wire_name}=@path/to/file")
                elif isinstance(f.example, str):
                    parts.append(f"{f.wire_name}={_cli_value(f.example)}")
                else:
                    import json

                    parts.append(f"{f.wire_name}:={_shell_quote(json.dumps(f.example))}")
    return " ".join(parts)


def _cli_value(value: Any) -> str:
    return _shell_quote(value if isinstance(value, str) else "value" if value is None else str(value))


def _shell_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)
