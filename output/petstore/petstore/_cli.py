"""The command line for Swagger Petstore - OpenAPI 3.0: `python -m petstore <operation>
[key=value ...]`.

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

PACKAGE = "petstore"
TOKEN_HELP = "credential for petstore_auth, api_key (default: $PETSTORE_PETSTORE_AUTH, $PETSTORE_API_KEY)"
SECRET_HEADERS: frozenset[str] = frozenset(
    ("authorization", "proxy-authorization", "cookie", "set-cookie", "api_key")
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
    ("pet", "pet", "Everything about your Pets"),
    ("store", "store", "Access to Petstore orders"),
    ("user", "user", "Operations about user"),
)

# One row per operation, in the order of the API groups; its arguments in the method's order.
# fmt: off
OPERATIONS: tuple[_Op, ...] = (
    _Op(
        'update-pet', 'updatePet', 'pet', 'update_pet', 'PUT /pet', 'json',
        'Update an existing pet. Update an existing pet by Id.',
        'update-pet name=doggie photoUrls:=\'["string"]\'',
        (
            _Arg('id', 'id', 'id', 'field', 'integer', 'int', False, False, False, False, None, ''),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, ''),
            _Arg('category', 'category', 'category', 'field', 'object', 'Category', False, False, False, False, None, ''),
            _Arg('photoUrls', 'photo_urls', 'photoUrls', 'field', 'array', 'list[str]', True, False, False, False, None, ''),
            _Arg('tags', 'tags', 'tags', 'field', 'array', 'list[Tag]', False, False, False, False, None, ''),
            _Arg('status', 'status', 'status', 'field', 'string', "Literal['available', 'pending', 'sold'] | str", False, False, False, False, None, 'pet status in the store'),
        ),
        _Body('json', 'object', 'Pet', False, 'Update an existent pet in the store'),
    ),
    _Op(
        'add-pet', 'addPet', 'pet', 'add_pet', 'POST /pet', 'json',
        'Add a new pet to the store.',
        'add-pet name=doggie photoUrls:=\'["string"]\'',
        (
            _Arg('id', 'id', 'id', 'field', 'integer', 'int', False, False, False, False, None, ''),
            _Arg('name', 'name', 'name', 'field', 'string', 'str', True, False, False, False, None, ''),
            _Arg('category', 'category', 'category', 'field', 'object', 'Category', False, False, False, False, None, ''),
            _Arg('photoUrls', 'photo_urls', 'photoUrls', 'field', 'array', 'list[str]', True, False, False, False, None, ''),
            _Arg('tags', 'tags', 'tags', 'field', 'array', 'list[Tag]', False, False, False, False, None, ''),
            _Arg('status', 'status', 'status', 'field', 'string', "Literal['available', 'pending', 'sold'] | str", False, False, False, False, None, 'pet status in the store'),
        ),
        _Body('json', 'object', 'Pet', False, 'Create a new pet in the store'),
    ),
    _Op(
        'find-pets-by-status', 'findPetsByStatus', 'pet', 'find_pets_by_status', 'GET /pet/findByStatus', 'json',
        'Finds Pets by status. Multiple status values can be provided with comma separated strings.',
        'find-pets-by-status',
        (
            _Arg('status', 'status', 'status', 'query', 'string', "Literal['available', 'pending', 'sold'] | str", False, False, False, False, '"available"', 'Status values that need to be considered for filter'),
        ),
        None,
    ),
    _Op(
        'find-pets-by-tags', 'findPetsByTags', 'pet', 'find_pets_by_tags', 'GET /pet/findByTags', 'json',
        'Finds Pets by tags. Multiple tags can be provided with comma separated strings. Use tag1, tag2, tag3 for testing.',
        'find-pets-by-tags',
        (
            _Arg('tags', 'tags', 'tags', 'query', 'array', 'list[str]', False, False, False, False, None, 'Tags to filter by'),
        ),
        None,
    ),
    _Op(
        'get-pet-by-id', 'getPetById', 'pet', 'get_pet_by_id', 'GET /pet/{petId}', 'json',
        'Find pet by ID. Returns a single pet.',
        'get-pet-by-id petId=1',
        (
            _Arg('petId', 'pet_id', 'petId', 'path', 'integer', 'int', True, False, True, False, None, 'ID of pet to return'),
        ),
        None,
    ),
    _Op(
        'update-pet-with-form', 'updatePetWithForm', 'pet', 'update_pet_with_form', 'POST /pet/{petId}', 'json',
        'Updates a pet in the store with form data. Updates a pet resource based on the form data.',
        'update-pet-with-form petId=1',
        (
            _Arg('petId', 'pet_id', 'petId', 'path', 'integer', 'int', True, False, True, False, None, 'ID of pet that needs to be updated'),
            _Arg('name', 'name', 'name', 'query', 'string', 'str', False, False, False, False, None, 'Name of pet that needs to be updated'),
            _Arg('status', 'status', 'status', 'query', 'string', 'str', False, False, False, False, None, 'Status of pet that needs to be updated'),
        ),
        None,
    ),
    _Op(
        'delete-pet', 'deletePet', 'pet', 'delete_pet', 'DELETE /pet/{petId}', 'empty',
        'Deletes a pet. Delete a pet.',
        'delete-pet petId=1',
        (
            _Arg('petId', 'pet_id', 'petId', 'path', 'integer', 'int', True, False, True, False, None, 'Pet id to delete'),
            _Arg('api_key', 'api_key', 'api_key', 'header', 'string', 'str', False, False, False, False, None, ''),
        ),
        None,
    ),
    _Op(
        'upload-file', 'uploadFile', 'pet', 'upload_file', 'POST /pet/{petId}/uploadImage', 'json',
        'Uploads an image. Upload image of the pet.',
        'upload-file petId=1',
        (
            _Arg('petId', 'pet_id', 'petId', 'path', 'integer', 'int', True, False, True, False, None, 'ID of pet to update'),
            _Arg('additionalMetadata', 'additional_metadata', 'additionalMetadata', 'query', 'string', 'str', False, False, False, False, None, 'Additional Metadata'),
        ),
        _Body('binary', 'file', 'file', False, ''),
    ),
    _Op(
        'get-inventory', 'getInventory', 'store', 'get_inventory', 'GET /store/inventory', 'json',
        'Returns pet inventories by status. Returns a map of status codes to quantities.',
        'get-inventory',
        (),
        None,
    ),
    _Op(
        'place-order', 'placeOrder', 'store', 'place_order', 'POST /store/order', 'json',
        'Place an order for a pet. Place a new order in the store.',
        'place-order',
        (
            _Arg('id', 'id', 'id', 'field', 'integer', 'int', False, False, False, False, None, ''),
            _Arg('petId', 'pet_id', 'petId', 'field', 'integer', 'int', False, False, False, False, None, ''),
            _Arg('quantity', 'quantity', 'quantity', 'field', 'integer', 'int', False, False, False, False, None, ''),
            _Arg('shipDate', 'ship_date', 'shipDate', 'field', 'string', 'datetime', False, False, False, False, None, ''),
            _Arg('status', 'status', 'status', 'field', 'string', "Literal['placed', 'approved', 'delivered'] | str", False, False, False, False, None, 'Order Status'),
            _Arg('complete', 'complete', 'complete', 'field', 'boolean', 'bool', False, False, False, False, None, ''),
        ),
        _Body('json', 'object', 'Order', False, ''),
    ),
    _Op(
        'get-order-by-id', 'getOrderById', 'store', 'get_order_by_id', 'GET /store/order/{orderId}', 'json',
        'Find purchase order by ID. For valid response try integer IDs with value <= 5 or > 10. Other values will generate exceptions.',
        'get-order-by-id orderId=1',
        (
            _Arg('orderId', 'order_id', 'orderId', 'path', 'integer', 'int', True, False, True, False, None, 'ID of order that needs to be fetched'),
        ),
        None,
    ),
    _Op(
        'delete-order', 'deleteOrder', 'store', 'delete_order', 'DELETE /store/order/{orderId}', 'empty',
        'Delete purchase order by identifier. For valid response try integer IDs with value < 1000. Anything above 1000 or non-integers will generate API errors.',
        'delete-order orderId=1',
        (
            _Arg('orderId', 'order_id', 'orderId', 'path', 'integer', 'int', True, False, True, False, None, 'ID of the order that needs to be deleted'),
        ),
        None,
    ),
    _Op(
        'create-user', 'createUser', 'user', 'create_user', 'POST /user', 'json',
        'Create user. This can only be done by the logged in user.',
        'create-user',
        (
            _Arg('id', 'id', 'id', 'field', 'integer', 'int', False, False, False, False, None, ''),
            _Arg('username', 'username', 'username', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('firstName', 'first_name', 'firstName', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('lastName', 'last_name', 'lastName', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('email', 'email', 'email', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('password', 'password', 'password', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('phone', 'phone', 'phone', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('userStatus', 'user_status', 'userStatus', 'field', 'integer', 'int', False, False, False, False, None, 'User Status'),
        ),
        _Body('json', 'object', 'User', False, 'Created user object'),
    ),
    _Op(
        'create-users-with-list-input', 'createUsersWithListInput', 'user', 'create_users_with_list_input', 'POST /user/createWithList', 'json',
        'Creates list of users with given input array.',
        'create-users-with-list-input',
        (),
        _Body('json', 'array', 'list[User]', False, ''),
    ),
    _Op(
        'login-user', 'loginUser', 'user', 'login_user', 'GET /user/login', 'json',
        'Logs user into the system. Log into the system.',
        'login-user',
        (
            _Arg('username', 'username', 'username', 'query', 'string', 'str', False, False, False, False, None, 'The user name for login'),
            _Arg('password', 'password', 'password', 'query', 'string', 'str', False, False, False, False, None, 'The password for login in clear text'),
        ),
        None,
    ),
    _Op(
        'logout-user', 'logoutUser', 'user', 'logout_user', 'GET /user/logout', 'empty',
        'Logs out current logged in user session. Log user out of the system.',
        'logout-user',
        (),
        None,
    ),
    _Op(
        'get-user-by-name', 'getUserByName', 'user', 'get_user_by_name', 'GET /user/{username}', 'json',
        'Get user by user name. Get user detail based on username.',
        'get-user-by-name username=string',
        (
            _Arg('username', 'username', 'username', 'path', 'string', 'str', True, False, True, False, None, 'The name that needs to be fetched. Use user1 for testing'),
        ),
        None,
    ),
    _Op(
        'update-user', 'updateUser', 'user', 'update_user', 'PUT /user/{username}', 'empty',
        'Update user resource. This can only be done by the logged in user.',
        'update-user username=string',
        (
            _Arg('username', 'username', 'username', 'path', 'string', 'str', True, False, True, False, None, 'name that need to be deleted'),
            _Arg('id', 'id', 'id', 'field', 'integer', 'int', False, False, False, False, None, ''),
            _Arg('username_', 'username_', 'username', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('firstName', 'first_name', 'firstName', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('lastName', 'last_name', 'lastName', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('email', 'email', 'email', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('password', 'password', 'password', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('phone', 'phone', 'phone', 'field', 'string', 'str', False, False, False, False, None, ''),
            _Arg('userStatus', 'user_status', 'userStatus', 'field', 'integer', 'int', False, False, False, False, None, 'User Status'),
        ),
        _Body('json', 'object', 'User', False, 'Update an existent user in the store'),
    ),
    _Op(
        'delete-user', 'deleteUser', 'user', 'delete_user', 'DELETE /user/{username}', 'empty',
        'Delete user resource. This can only be done by the logged in user.',
        'delete-user username=string',
        (
            _Arg('username', 'username', 'username', 'path', 'string', 'str', True, False, True, False, None, 'The name that needs to be deleted'),
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
        petstore_auth=token,
        api_key=token,
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
