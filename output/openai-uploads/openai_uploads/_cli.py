"""The command line for OpenAI API: `python -m openai_uploads <operation> [key=value
...]`.

Arguments are checked against the table below (generated from the same description as
the
client) before anything is sent; every request then goes through `Client`, one
`*_with_http_info` method per operation. Exit status: 0 success, 1 API error, 2 usage
error,
3 connection error or timeout.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pathlib
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NamedTuple, NoReturn

import httpx
import pydantic

from ._client import BASE_URL_ENV, DEFAULT_BASE_URL, Client
from ._errors import ApiConnectionError, ApiError, ApiStatusError, ApiTimeoutError
from ._runtime import DEFAULT_TIMEOUT, jsonable
from ._types import ApiResponse
from ._version import __version__

__all__ = ["main"]

PACKAGE = "openai_uploads"
TOKEN_HELP = "credential for ApiKeyAuth (default: $OPENAI_UPLOADS_API_KEY_AUTH)"
SECRET_HEADERS: frozenset[str] = frozenset(
    ("authorization", "proxy-authorization", "cookie", "set-cookie")
)
SECRET_QUERY: frozenset[str] = frozenset(())


class _Arg(NamedTuple):
    """One `key=value` argument: where it goes and what it must look like."""

    key: str  # typed before `=`, `:=` or `=@`
    name: str  # the method's argument
    wire: str
    location: str  # path, query, header, cookie or field (of the request body)
    kind: str  # string, integer, number, boolean, array, object, any or file
    type_doc: str
    required: bool
    nullable: bool
    positional: bool
    deprecated: bool
    default: str | None  # JSON
    description: str


class _Body(NamedTuple):
    """The `--body` option: the method's whole `body` argument."""

    media: str  # json, multipart, form, binary or text
    kind: str
    type_doc: str
    required: bool
    description: str


class _Op(NamedTuple):
    cli: str
    operation_id: str
    group: str  # the Client attribute
    method: str
    http: str
    returns: str  # json, binary, text, sse or empty
    doc: str
    example: str
    args: tuple[_Arg, ...]
    body: _Body | None


# (Client attribute, tag, description)
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("uploads", "Uploads", "Use Uploads to upload large files in multiple parts."),
)

# One row per operation, in the order of the API groups; its arguments in the method's order.
# fmt: off
OPERATIONS: tuple[_Op, ...] = (
    _Op(
        'create-upload', 'createUpload', 'uploads', 'create_upload', 'POST /uploads', 'json',
        'Creates an intermediate [Upload](/docs/api-reference/uploads/object) object that you can add [Parts](/docs/api-reference/uploads/part-object) to. Currently, an Upload can accept at most 8 GB in total and expires after an hour after you create it. Once you complete the Upload, we will create a [File](/docs/api-reference/files/object) object that contains all the parts you uploaded. This File is usable in the rest of our platform as a regular File object. For certain `purpose` values, the correct `mime_type` must be specified. Please refer to documentation for the [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files). For guidance on the proper filename extensions for each purpose, please follow the documentation on [creating a File](/docs/api-reference/files/create). Returns the Upload object with status `pending`.',
        'create-upload filename=string purpose=assistants bytes:=1 mime_type=string',
        (
            _Arg('filename', 'filename', 'filename', 'field', 'string', 'str', True, False, False, False, None, 'The name of the file to upload.'),
            _Arg('purpose', 'purpose', 'purpose', 'field', 'string', "Literal['assistants', 'batch', 'fine-tune', 'vision'] | str", True, False, False, False, None, 'The intended purpose of the uploaded file. See the [documentation on File purposes](https://api.openai.com/docs/api-reference/files/create#files-create-purpose).'),
            _Arg('bytes', 'bytes', 'bytes', 'field', 'integer', 'int', True, False, False, False, None, 'The number of bytes in the file you are uploading.'),
            _Arg('mime_type', 'mime_type', 'mime_type', 'field', 'string', 'str', True, False, False, False, None, 'The MIME type of the file. This must fall within the supported MIME types for your file purpose. See the supported MIME types for assistants and vision.'),
            _Arg('expires_after', 'expires_after', 'expires_after', 'field', 'object', 'FileExpirationAfter', False, False, False, False, None, 'The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.'),
        ),
        _Body('json', 'object', 'CreateUploadRequest', False, ''),
    ),
    _Op(
        'cancel-upload', 'cancelUpload', 'uploads', 'cancel_upload', 'POST /uploads/{upload_id}/cancel', 'json',
        'Cancels the Upload. No Parts may be added after an Upload is cancelled. Returns the Upload object with status `cancelled`.',
        'cancel-upload upload_id=upload_abc123',
        (
            _Arg('upload_id', 'upload_id', 'upload_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the Upload.'),
        ),
        None,
    ),
    _Op(
        'complete-upload', 'completeUpload', 'uploads', 'complete_upload', 'POST /uploads/{upload_id}/complete', 'json',
        'Completes the [Upload](/docs/api-reference/uploads/object). Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform. You can specify the order of the Parts by passing in an ordered list of the Part IDs. The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed. Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.',
        'complete-upload upload_id=upload_abc123 part_ids:=\'["string"]\'',
        (
            _Arg('upload_id', 'upload_id', 'upload_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the Upload.'),
            _Arg('part_ids', 'part_ids', 'part_ids', 'field', 'array', 'list[str]', True, False, False, False, None, 'The ordered list of Part IDs.'),
            _Arg('md5', 'md5', 'md5', 'field', 'string', 'str', False, False, False, False, None, 'The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.'),
        ),
        _Body('json', 'object', 'CompleteUploadRequest', False, ''),
    ),
    _Op(
        'add-upload-part', 'addUploadPart', 'uploads', 'add_upload_part', 'POST /uploads/{upload_id}/parts', 'json',
        'Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload. Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB. It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](/docs/api-reference/uploads/complete).',
        'add-upload-part upload_id=upload_abc123 data=@path/to/file',
        (
            _Arg('upload_id', 'upload_id', 'upload_id', 'path', 'string', 'str', True, False, True, False, None, 'The ID of the Upload.'),
            _Arg('data', 'data', 'data', 'field', 'file', 'file', True, False, False, False, None, 'The chunk of bytes for this Part.'),
        ),
        None,
    ),
)
# fmt: on

LOCATIONS = {
    "path": "path",
    "query": "query",
    "header": "header",
    "cookie": "cookie",
    "field": "body field",
}
KINDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "a JSON array",
    "object": "a JSON object",
    "file": "a file",
    "any": "a JSON value",
}
PLACEHOLDERS = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "NUMBER",
    "boolean": "true|false",
    "array": "JSON-ARRAY",
    "object": "JSON-OBJECT",
    "file": "@FILE",
    "any": "JSON",
}
PLAIN_TYPES = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "file",
        "bytes",
        "Any",
        "list[Any]",
        "dict[str, Any]",
    }
)
INTEGER = re.compile(r"[+-]?[0-9]+")
NO_BODY: Any = object()


class UsageError(Exception):
    """A mistake on the command line: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _escape(text: str) -> str:
    """argparse %-formats help and usage strings."""
    return text.replace("%", "%%")


def _prog() -> str:
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return (
        name
        if name and name not in ("__main__.py", "-c", "-m")
        else f"python -m {PACKAGE}"
    )


def _width() -> int:
    return max(40, min(shutil.get_terminal_size((100, 24)).columns, 100) - 2)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(
            f"expected a positive number of seconds, got {text!r}"
        )
    return value


def _operations_help() -> str:
    width = _width()
    column = max(len(op.cli) for op in OPERATIONS) if OPERATIONS else 0
    lines = ["operations (the operationId is accepted too):"]
    for attr, tag, description in GROUPS:
        lines.append("")
        lines.append(
            textwrap.shorten(
                f"{tag}: {description}" if description else tag,
                width,
                placeholder="...",
            )
        )
        for op in OPERATIONS:
            if op.group == attr:
                summary = textwrap.shorten(
                    op.doc, max(20, width - column - 4), placeholder="..."
                )
                lines.append(f"  {op.cli.ljust(column)}  {summary}")
    return "\n".join(lines)


def _parser(prog: str) -> _Parser:
    parser = _Parser(
        prog=_escape(prog),
        usage=_escape(
            f"{prog} [options] <operation> [key=value | key:=json | key=@file ...]"
        ),
        description=_operations_help(),
        epilog=(
            f"Run `{prog} <operation> --help` for an operation's parameters.\n"
            "Exit status: 0 success, 1 API error, 2 usage error, 3 connection error or timeout."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
        allow_abbrev=False,
    )
    parser.add_argument("words", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument(
        "-h",
        "--help",
        action="store_true",
        help="show this help; after an operation, its parameters",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help=_escape(
            f"the API's base URL (default: ${BASE_URL_ENV}, else {DEFAULT_BASE_URL})"
        ),
    )
    parser.add_argument("--token", metavar="TOKEN", help=_escape(TOKEN_HELP))
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        help="request timeout in seconds (default: 60)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print the request to stderr, secrets redacted",
    )
    parser.add_argument(
        "-i",
        "--include",
        action="store_true",
        help="print the status line and response headers first",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the response body to FILE as received",
    )
    parser.add_argument(
        "--body",
        metavar="@FILE|-",
        help="the whole request body: @file.json, - for stdin, or inline JSON",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the client version"
    )
    return parser


def _suggest(word: str, choices: dict[str, str]) -> str:
    """` (did you mean 'x'?)` for the closest choice (keys are matched, values shown), or ''."""
    import difflib

    lowered = {c.lower(): shown for c, shown in choices.items()}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1)
    return f" (did you mean {lowered[close[0]]!r}?)" if close else ""


def _find(word: str, prog: str) -> _Op:
    for op in OPERATIONS:
        if word in (op.cli, op.operation_id, op.method):
            return op
    names = {op.operation_id: op.cli for op in OPERATIONS} | {
        op.cli: op.cli for op in OPERATIONS
    }
    hint = _suggest(word, names)
    raise UsageError(
        f"unknown operation {word!r}{hint}; run `{prog} --help` to list them"
    )


def _expected(kind: str, type_doc: str) -> str:
    phrase = KINDS.get(kind, "a value")
    return phrase if type_doc in PLAIN_TYPES else f"{phrase} ({type_doc})"


def _syntax(arg: _Arg) -> str:
    """How the help shows an argument: `=` for text (and parameters), `:=` for typed JSON."""
    if arg.location != "field" and arg.kind == "array":
        return f"{arg.key}=VALUE (repeatable)"
    if arg.kind in ("string", "file") or (
        arg.location != "field" and arg.kind in ("integer", "number", "boolean")
    ):
        return f"{arg.key}={PLACEHOLDERS[arg.kind]}"
    return f"{arg.key}:={PLACEHOLDERS.get(arg.kind, 'JSON')}"


def _is_kind(value: object, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def _shown(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _read_text(where: str, path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        raise UsageError(f"{where}: file not found: {path!r}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{where}: {path!r} is not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(
            f"{where}: cannot read {path!r} ({exc.strerror or exc})"
        ) from None


def _file(where: str, path: str) -> Any:
    """A file to upload: checked now, opened by the client when it sends the request."""
    if path == "-":
        return ("stdin", sys.stdin.buffer.read())
    if not os.path.isfile(path):
        raise UsageError(f"{where}: file not found: {path!r}")
    if not os.access(path, os.R_OK):
        raise UsageError(f"{where}: cannot read {path!r} (permission denied)")
    return pathlib.Path(path)


def _from_text(where: str, arg: _Arg, text: str) -> Any:
    """A `key=value` value, converted to the argument's JSON type."""
    if arg.kind == "integer" and INTEGER.fullmatch(text.strip()):
        return int(text)
    if arg.kind == "number":
        if INTEGER.fullmatch(text.strip()):
            return int(text)
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            if math.isfinite(number):
                return number
    if arg.kind == "boolean":
        flag = text.strip().lower()
        if flag in ("true", "1", "yes", "on"):
            return True
        if flag in ("false", "0", "no", "off"):
            return False
    if arg.kind == "array":
        return [text]
    if arg.kind == "object":
        raise UsageError(
            f"{where} expects {_expected(arg.kind, arg.type_doc)}: pass it as {arg.key}:=JSON"
        )
    if arg.kind in ("string", "any"):
        return text
    raise UsageError(
        f"{where} expects {_expected(arg.kind, arg.type_doc)}, got {_shown(text)}"
    )


def _value(op: _Op, arg: _Arg, sep: str, text: str) -> Any:
    where = f"{op.cli}: {arg.key}"
    if arg.kind == "file":
        if sep != "=" or not text.startswith("@"):
            raise UsageError(
                f"{where} expects a file: pass {arg.key}=@PATH ({arg.key}=@- reads stdin)"
            )
        return _file(where, text[1:])
    if text.startswith("@"):
        text = _read_text(where, text[1:])
    if sep == "=":
        return _from_text(where, arg, text)
    try:
        value = json.loads(text)
    except ValueError:
        raise UsageError(
            f"{where}: {_shown(text)} is not valid JSON (after ':=')"
        ) from None
    if value is None and arg.nullable:
        return None
    if not _is_kind(value, arg.kind):
        raise UsageError(
            f"{where} expects {_expected(arg.kind, arg.type_doc)}, got {_shown(text)}"
        )
    return value


def _read_body(op: _Op, body: _Body, text: str) -> Any:
    where = f"{op.cli}: --body"
    if body.media == "binary" or body.kind == "file":
        if text in ("-", "@-"):
            return sys.stdin.buffer.read()
        if text.startswith("@"):
            return _file(where, text[1:])
        raise UsageError(f"{where} takes @FILE, or - for stdin")
    if text == "-":
        raw = sys.stdin.read()
    elif text.startswith("@"):
        raw = _read_text(where, text[1:])
    else:
        raw = text
    if body.media == "text":
        return raw
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise UsageError(f"{where}: not valid JSON ({exc})") from None
    if not _is_kind(value, body.kind):
        raise UsageError(f"{where} expects {_expected(body.kind, body.type_doc)}")
    return value


def _split(op: _Op, item: str) -> tuple[str, str, str]:
    eq = item.find("=")
    if eq > 0 and item[eq - 1] == ":":
        key, sep = item[: eq - 1], ":="
    else:
        key, sep = item[:eq], "="
    if eq < 0 or not key:
        raise UsageError(
            f"{op.cli}: expected key=value, key:=json or key=@file, got {_shown(item)}"
        )
    return key, sep, item[eq + 1 :]


def _prepare(
    op: _Op, items: Sequence[str], body_text: str | None, prog: str
) -> tuple[list[Any], dict[str, Any]]:
    """The method's positional and keyword arguments, or a UsageError before anything is sent."""
    by_key = {a.key: a for a in op.args}
    for a in op.args:
        by_key.setdefault(a.name, a)
    values: dict[str, Any] = {}
    for item in items:
        key, sep, text = _split(op, item)
        arg = by_key.get(key)
        if arg is None:
            hint = _suggest(key, {a.key: a.key for a in op.args})
            raise UsageError(
                f"{op.cli}: unknown parameter {key!r}{hint}; run `{prog} {op.cli} --help`"
            )
        value = _value(op, arg, sep, text)
        if arg.name in values:
            if not (
                arg.kind == "array"
                and sep == "="
                and isinstance(values[arg.name], list)
            ):
                raise UsageError(f"{op.cli}: {arg.key} is given twice")
            value = values[arg.name] + value
        values[arg.name] = value
    body: Any = NO_BODY
    has_fields = any(a.location == "field" for a in op.args)
    if body_text is not None:
        if op.body is None:
            raise UsageError(
                f"{op.cli} takes no --body"
                + ("; pass its fields as key=value" if has_fields else "")
            )
        body = _read_body(op, op.body, body_text)
    for a in op.args:
        if (
            a.required
            and a.name not in values
            and not (a.location == "field" and body is not NO_BODY)
        ):
            raise UsageError(
                f"{op.cli}: missing required parameter {a.key} ({LOCATIONS[a.location]}, {_expected(a.kind, a.type_doc)}): pass {_syntax(a)}"
            )
    if op.body is not None and op.body.required and body is NO_BODY and not has_fields:
        raise UsageError(
            f"{op.cli}: missing the request body ({_expected(op.body.kind, op.body.type_doc)}): pass --body @FILE or --body -"
        )
    positional = [values.pop(a.name) for a in op.args if a.positional]
    if body is not NO_BODY:
        fields = {
            a.wire: values.pop(a.name)
            for a in op.args
            if a.location == "field" and a.name in values
        }
        if fields:
            if not isinstance(body, dict):
                raise UsageError(
                    f"{op.cli}: body fields given as key=value need --body to be a JSON object"
                )
            body = {**body, **fields}
        values["body"] = body
    return positional, values


def _op_help(op: _Op, prog: str) -> str:
    width = _width()

    def para(text: str, indent: str = "") -> list[str]:
        wrapped = textwrap.wrap(
            text,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
            break_long_words=False,  # a URL stays whole, however narrow the terminal
        )
        return wrapped or [indent.rstrip()]

    required = [_syntax(a) for a in op.args if a.required]
    if (
        op.body is not None
        and op.body.required
        and not any(a.location == "field" for a in op.args)
    ):
        required.append("--body @FILE")
    optional = " [key=value ...]" if len(required) < len(op.args) else ""
    lines = [f"usage: {' '.join([prog, op.cli, *required])}{optional} [options]", ""]
    lines += para(op.doc)
    lines += [
        "",
        f"{op.http}  (operationId {op.operation_id}; Python: client.{op.group}.{op.method})",
        "",
    ]
    if op.args or op.body is not None:
        lines.append("parameters:")
    else:
        lines.append("This operation takes no parameters.")
    for a in op.args:
        notes = [
            LOCATIONS[a.location],
            a.type_doc,
            "required" if a.required else "optional",
        ]
        if a.default is not None:
            notes.append(f"default {a.default}")
        if a.deprecated:
            notes.append("deprecated")
        lines.append(f"  {_syntax(a)}")
        lines += para(
            "; ".join(notes) + (". " + a.description if a.description else ""), "      "
        )
    if op.body is not None:
        fields = any(a.location == "field" for a in op.args)
        what = (
            "the whole request body; fields given as key=value are merged into it"
            if fields
            else "the request body"
        )
        notes = [
            what,
            op.body.type_doc,
            "required" if op.body.required and not fields else "optional",
        ]
        lines.append(
            "  --body @FILE|-"
            + ("|JSON" if op.body.media not in ("binary", "text") else "")
        )
        lines += para(
            "; ".join(notes)
            + (". " + op.body.description if op.body.description else ""),
            "      ",
        )
    lines += ["", "example:", f"  {prog} {op.example}", ""]
    lines += para(
        f"Global options (base URL, credentials, timeout, --verbose, --include, --output): see `{prog} --help`."
    )
    return "\n".join(lines) + "\n"


def _fail(text: str) -> None:
    print(text, file=sys.stderr)


def _redacted(name: str, value: str) -> str:
    lowered = name.lower()
    if lowered not in SECRET_HEADERS:
        return value
    scheme, space, _ = value.partition(" ")
    return (
        f"{scheme} REDACTED"
        if space and lowered.endswith("authorization")
        else "REDACTED"
    )


def _show_request(request: httpx.Request) -> None:
    url = request.url
    if any(k in SECRET_QUERY for k in url.params):
        url = url.copy_with(
            params=[
                (k, "REDACTED" if k in SECRET_QUERY else v)
                for k, v in url.params.multi_items()
            ]
        )
    _fail(f"> {request.method} {url}")
    for raw_name, raw_value in request.headers.raw:
        name = raw_name.decode("latin-1")
        _fail(f"> {name}: {_redacted(name, raw_value.decode('latin-1'))}")
    try:
        content = request.content
    except httpx.RequestNotRead:
        _fail(
            f"> [streamed body, {request.headers.get('content-length', 'unknown')} bytes]"
        )
        return
    if content:
        ctype = request.headers.get("content-type", "")
        readable = (
            "json" in ctype
            or "x-www-form-urlencoded" in ctype
            or ctype.startswith("text/")
        )
        _fail(">")
        _fail(
            content.decode("utf-8", "replace")
            if readable
            else f"[{len(content)} bytes of {ctype or 'data'}]"
        )


def _show_response(response: httpx.Response) -> None:
    _fail(f"< {response.http_version} {response.status_code} {response.reason_phrase}")
    for raw_name, raw_value in response.headers.raw:
        name = raw_name.decode("latin-1")
        _fail(f"< {name}: {_redacted(name, raw_value.decode('latin-1'))}")


def _error_body(content: bytes) -> str:
    try:
        return json.dumps(
            json.loads(content), ensure_ascii=False, separators=(",", ":")
        )
    except ValueError:
        return content.decode("utf-8", "replace").strip()


def _write(
    op: _Op, response: ApiResponse[Any], include: bool, output: str | None
) -> None:
    raw = response.raw
    out = sys.stdout
    if include:
        out.write(f"{raw.http_version} {raw.status_code} {raw.reason_phrase}\n")
        for name, value in raw.headers.raw:
            out.write(f"{name.decode('latin-1')}: {value.decode('latin-1')}\n")
        out.write("\n")
    if op.returns == "sse":  # one JSON line per event, as they arrive
        target = (
            open(output, "w", encoding="utf-8") if output is not None else out
        )  # noqa: SIM115
        try:
            for event in response.data:
                target.write(
                    json.dumps(
                        jsonable(event), ensure_ascii=False, separators=(",", ":")
                    )
                    + "\n"
                )
                target.flush()
        finally:
            if target is not out:
                target.close()
        return
    if output is not None:
        with open(output, "wb") as fh:
            fh.write(raw.content)
        return
    if op.returns == "binary":
        out.flush()
        out.buffer.write(raw.content)
        out.buffer.flush()
        return
    if not raw.content:
        return
    if op.returns == "json":
        try:
            data = json.loads(raw.content)
        except ValueError:
            pass
        else:
            pretty = out.isatty()
            text = json.dumps(
                data,
                ensure_ascii=False,
                indent=2 if pretty else None,
                separators=None if pretty else (",", ":"),
            )
            out.write(text + "\n")
            return
    text = raw.text
    out.write(text if text.endswith("\n") else text + "\n")


def _run(
    op: _Op, positional: list[Any], keywords: dict[str, Any], ns: argparse.Namespace
) -> int:
    timeout = ns.timeout if ns.timeout is not None else DEFAULT_TIMEOUT
    hooks: dict[str, list[Any]] = {
        "request": [_show_request],
        "response": [_show_response],
    }
    http_client = (
        httpx.Client(timeout=timeout, follow_redirects=True, event_hooks=hooks)
        if ns.verbose
        else None
    )
    token = ns.token or None
    client = Client(
        base_url=ns.base_url or None,
        api_key_auth=token,
        timeout=timeout,
        http_client=http_client,
    )
    try:
        method = getattr(getattr(client, op.group), op.method + "_with_http_info")
        response: ApiResponse[Any] = method(*positional, **keywords)
        _write(op, response, ns.include, ns.output)
    except ApiStatusError as exc:
        _fail(f"error: {exc.message}")
        detail = _error_body(exc.body)
        if detail:
            _fail(detail)
        return 1
    except ApiTimeoutError as exc:
        _fail(
            f"error: {op.cli}: {exc.message} ({client.base_url}); try a larger --timeout"
        )
        return 3
    except ApiConnectionError as exc:
        _fail(
            f"error: {op.cli}: {exc.message} to {client.base_url}; check --base-url or ${BASE_URL_ENV}"
        )
        return 3
    except ApiError as exc:
        _fail(f"error: {op.cli}: {exc.message}")
        return 1
    except pydantic.ValidationError as exc:
        first = exc.errors()[0] if exc.error_count() else {"loc": (), "msg": "invalid"}
        where = ".".join(str(p) for p in first["loc"])
        _fail(
            f"error: {op.operation_id}: the response does not match the API description ({where}: {first['msg']})"
        )
        return 1
    except OSError as exc:
        _fail(f"error: {op.cli}: {exc.strerror or exc}: {exc.filename!r}")
        return 2
    finally:
        client.close()
        if http_client is not None:
            http_client.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one operation from the command line; returns the exit status."""
    prog = _prog()
    try:
        parser = _parser(prog)
        ns = parser.parse_intermixed_args(argv)
        if ns.version:
            print(f"{PACKAGE} {__version__}")
            return 0
        if not ns.words:
            if ns.help:
                sys.stdout.write(parser.format_help())
                return 0
            raise UsageError(f"no operation given; run `{prog} --help` to list them")
        op = _find(ns.words[0], prog)
        if ns.help:
            sys.stdout.write(_op_help(op, prog))
            return 0
        positional, keywords = _prepare(op, ns.words[1:], ns.body, prog)
        if op.returns == "binary" and ns.output is None and sys.stdout.isatty():
            raise UsageError(
                f"{op.cli} returns binary data: pass --output FILE or redirect stdout"
            )
    except UsageError as exc:
        _fail(f"error: {exc}")
        return 2
    try:
        return _run(op, positional, keywords, ns)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
