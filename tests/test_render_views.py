"""The per-module views Python computes for the templates (generator/render/*_view.py): what each
method, table and credential line of a module is, decided before any template runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clientgen.ir.model import Api, Header, Operation, Person, Response, SecurityScheme, Webhook
from clientgen.pipeline import Settings, load_api
from clientgen.render.cli_view import cli_module
from clientgen.render.client_view import client_module
from clientgen.render.docs_view import (
    environment_names,
    example_call_args,
    headers_cell,
    payload_cell,
    scheme_lines,
    security_links,
    twins,
    variant_rows,
)
from clientgen.render.group_view import group_classes, group_endpoints, method_doc, params
from clientgen.render.project_view import author_table
from clientgen.render.testcases import MockResponse
from clientgen.render.testcases import TestCase as Case  # not a pytest class
from clientgen.settings import BUILTIN_TEMPLATES

ITEM = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Views", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {
        "securitySchemes": {
            "basicAuth": {"type": "http", "scheme": "basic"},
            "queryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
            "headerKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "machine": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}}},
        },
        "schemas": {"Item": ITEM},
    },
    "security": [{"basicAuth": []}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "tags": ["items"],
                "summary": "List items.",
                "description": "list items.",
                "parameters": [{"name": "after", "in": "query", "description": "The cursor.\nMore.", "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["data", "has_more"],
                                    "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}, "has_more": {"type": "boolean"}},
                                }
                            }
                        },
                    }
                },
            },
            "post": {
                "operationId": "createItem",
                "tags": ["items"],
                "deprecated": True,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"name": {"type": "string"}, "stream": {"type": "boolean"}}}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": ITEM}, "text/event-stream": {"schema": ITEM}},
                    }
                },
            },
        },
        "/items/{item_id}/file": {
            "get": {
                "operationId": "downloadItem",
                "tags": ["files"],
                "parameters": [{"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
            }
        },
    },
}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Api:
    spec = tmp_path_factory.mktemp("views") / "spec.json"
    spec.write_text(json.dumps(SPEC), "utf-8")
    return load_api(Settings(spec=Path(spec), package_name="views", validation="none"))


def _op(api: Api, operation_id: str) -> Operation:
    return next(op for op in api.operations if op.operation_id == operation_id)


def test_params_put_the_star_before_the_first_keyword_only_argument_and_end_with_the_options(api: Api) -> None:
    download = params(_op(api, "downloadItem").args, extra=["destination: str,"])
    assert [line.strip() for line in download] == [
        "item_id: str,",
        "*,",
        "timeout: TimeoutTypes | NotGiven = NOT_GIVEN,",
        "extra_headers: dict[str, str] | None = None,",
        "extra_query: dict[str, object] | None = None,",
        "extra_body: dict[str, object] | None = None,",
        "destination: str,",
    ]
    assert all(line.startswith(" " * 8) for line in download)
    listing = params(_op(api, "listItems").args)
    assert listing[0].strip() == "*," and listing[1].strip().startswith("after: ")


def test_method_doc_drops_a_description_repeating_the_summary_and_lists_arguments(api: Api) -> None:
    assert method_doc(_op(api, "listItems")) == "List items.\n\nArgs:\n    after: The cursor. More."
    assert method_doc(_op(api, "createItem")).endswith("\n\n.. deprecated:: the API marks this operation as deprecated.")


def test_each_class_has_the_variants_the_ir_names_in_order(api: Api) -> None:
    sync, async_ = group_classes(next(g for g in api.groups if g.tag == "items"))
    assert (sync.name, async_.name, sync.adef, async_.aw) == ("ItemsApi", "AsyncItemsApi", "def", "await ")
    by_op = {m.op.operation_id: m for m in async_.methods}
    listing, create = by_op["listItems"], by_op["createItem"]
    assert [v.name for v in listing.variants] == ["list_items_with_http_info", "list_items_iter"]
    assert [v.name for v in create.variants] == ["create_item_with_http_info", "create_item_stream"]
    paginate = listing.variants[1]
    assert paginate.adef == "def" and paginate.returns == "AsyncPaginator[Item]"  # the `_iter` variant is never async
    assert paginate.body == ("        return AsyncPaginator(self._client, _LIST_ITEMS, locals(), _LIST_ITEMS_PAGES)",)
    stream = create.variants[1]
    assert stream.returns == "AsyncStream[CreateItemEvent]" and not any("stream:" in line for line in stream.params)
    assert any(line.strip().startswith("stream:") for line in create.main.params)
    assert create.main.body[0] == "        _response: ApiResponse[CreateItemResponse] = await self._client._request(_CREATE_ITEM, locals())"
    assert create.main.doc.startswith('"""createItem') and create.ret == "CreateItemResponse"


def test_the_to_file_variant_takes_the_destination_last(api: Api) -> None:
    sync, _ = group_classes(next(g for g in api.groups if g.tag == "files"))
    (download,) = sync.methods
    to_file = download.variants[1]
    assert to_file.name == "download_item_to_file" and to_file.returns == "Path"
    assert to_file.params[-1] == "        destination: str | os.PathLike[str],"
    assert to_file.body == ("        return self._client._download(_DOWNLOAD_ITEM, locals(), destination)",)


def test_group_endpoints_gives_each_operation_its_definition_and_variant_constants(api: Api) -> None:
    endpoints = group_endpoints(next(g for g in api.groups if g.tag == "items"))
    assert [d.split(" = ", 1)[0] for d, _ in endpoints] == ["_LIST_ITEMS", "_CREATE_ITEM"]
    assert endpoints[0][1].startswith("_LIST_ITEMS_PAGES = _PageSpec(")
    assert endpoints[1][1].startswith("_CREATE_ITEM_STREAM = _dataclass_replace(")


def test_cli_module_tables(api: Api) -> None:
    cli = cli_module(api)
    assert cli.constants[0] == 'PACKAGE = "views"'
    assert [s.name for s in cli.tokens] == ["queryKey", "headerKey", "machine"]
    assert cli.constants[1].startswith('TOKEN_HELP = "credential for queryKey, headerKey, machine (default: $')
    assert cli.constants[2] == (
        'SECRET_HEADERS: frozenset[str] = frozenset(("authorization", "proxy-authorization", "cookie", "set-cookie", "x-key"))'
    )
    assert cli.constants[3] == 'SECRET_QUERY: frozenset[str] = frozenset(("api_key",))'  # one element: a tuple, not a string
    assert [kind for _, kind in cli.groups] == ["statement", "element", "element", "statement"]
    assert cli.operations[:2] == ("    _Op(", "        'list-items', 'listItems', 'items', 'list_items', 'GET /items', 'json',")
    assert "        None," in cli.operations  # listItems has no body


def test_cli_module_with_one_group_and_no_credentials_writes_one_statement() -> None:
    api = Api.__new__(Api)  # only the fields cli_module reads
    object.__setattr__(api, "package", "p")
    object.__setattr__(api, "security", ())
    object.__setattr__(api, "groups", ())
    cli = cli_module(api)
    assert cli.groups == (("GROUPS: tuple[tuple[str, str, str], ...] = ()", "statement"),)
    assert cli.tokens == () and cli.constants[-1] == "SECRET_QUERY: frozenset[str] = frozenset(())"


def test_client_module_finds_each_credential_by_its_kind(api: Api) -> None:
    client = client_module(api)
    params = [line.strip() for line in client.params]
    assert params[0].startswith("basic_auth: tuple[str, str] | None = None")
    assert any("str | OAuth2ClientCredentials | None = None" in line for line in params)
    entries = [line.strip() for line, kind in client.credentials if kind == "entry"]
    assert entries[0].endswith('else _basic(env("VIEWS_BASIC_AUTH")),')
    assert any("or _client_credentials(" in line for line in entries)
    assert client.schemes[0] == ("SCHEMES: Mapping[str, Scheme] = {", "statement")
    assert client.credentials[0] == ("            credentials={", "statement")


def test_docs_variant_rows_follow_the_ir_names(api: Api) -> None:
    assert [name for name, _ in variant_rows(_op(api, "createItem"))] == ["create_item_with_http_info", "create_item_stream"]
    assert [name for name, _ in variant_rows(_op(api, "downloadItem"))] == ["download_item_with_http_info", "download_item_to_file"]
    assert variant_rows(_op(api, "listItems"))[1] == ("list_items_iter", "Same, iterating over the items of every page.")


def test_docs_security_and_headers_cells_escape_spec_text() -> None:
    op = Operation.__new__(Operation)
    object.__setattr__(op, "security", (("a|b", "c d"), ("e",)))
    assert security_links(op) == "[a\\|b](../README.md#a%7Cb) + [c d](../README.md#c%20d) or [e](../README.md#e)"
    header = Header.__new__(Header)  # only the fields the cell reads (TypeRef is not needed)
    object.__setattr__(header, "wire_name", "X-<b>")
    object.__setattr__(header, "description", "one|two")
    response = Response("200", "ok", None, "empty", None, (header,))
    assert headers_cell(response) == "* X-&lt;b&gt; - one\\|two <br>"
    assert headers_cell(Response("204", "none", None, "empty", None)) == " - "


def test_docs_twins_and_payload_cells(api: Api) -> None:
    found = twins(api)
    assert (found.sse, found.stream, found.to_file, found.pages) == ((), ("create_item",), ("download_item",), ("list_items",))
    webhook = Webhook("w", "POST", "", "", None)
    assert payload_cell(webhook) == "-"
    download = _op(api, "downloadItem")
    assert example_call_args(download)[0] == download.example_args[0][1]  # the path parameter is positional


def test_readme_scheme_lines_by_kind() -> None:
    key = SecurityScheme(name="k", py_name="k", kind="api_key", location="header", param_name="X-<a>|b", env_var="P_K")
    assert scheme_lines(key) == [
        "- **Type**: API key",
        "- **API key parameter name**: X-&lt;a&gt;\\|b",
        "- **Location**: header",
        "- **Client argument**: `k=`",
        "- **Environment variable**: `P_K`",
    ]
    basic = SecurityScheme(name="b", py_name="b", kind="basic", env_var="P_B")
    assert scheme_lines(basic)[0] == "- **Type**: HTTP basic authentication"
    assert scheme_lines(basic)[-1] == "- **Environment variable**: `P_B` (as `user:password`)"
    signed = scheme_lines(SecurityScheme(name="s", py_name="s", kind="http", http_scheme="sig`x"))
    assert len(signed) == 3 and not any("Client argument" in line for line in signed)  # the client takes no credential
    machine = SecurityScheme(name="m", py_name="m", kind="oauth2", env_var="P_M", token_url="https://t")  # noqa: S106 - a URL, not a password
    assert "`m=OAuth2ClientCredentials(client_id, client_secret)`" in scheme_lines(machine)[1]
    assert scheme_lines(SecurityScheme(name="o", py_name="o", kind="openid"))[0] == "- **Type**: OpenID Connect (pass an access token)"


def test_author_table_writes_only_what_the_person_has() -> None:
    assert author_table(Person(name='A "q"', email="a@example.com")) == '{ name = "A \\"q\\"", email = "a@example.com" }'
    assert author_table(Person(email="a@example.com")) == '{ email = "a@example.com" }'
    assert author_table(Person()) == "{  }"


def test_sdk_test_statements_escape_the_values(api: Api) -> None:
    case = Case(
        name="get_x",
        attr="things",
        method="get_x",
        args=(("q", 'a"b'), ("n", 2)),
        http_method="GET",
        path="/x/'1'",
        response=MockResponse(200, "application/json", {"k": "v"}),
        returns="Thing",
    )
    assert case.statements == (
        "def test_get_x(call, mock):",
        '    mock.respond(200, "application/json", {"k": "v"})',
        "    result = call(lambda client: client.things.get_x(q='a\"b', n=2))",
        '    mock.expect("GET", "/x/\'1\'")',
        "    mock.check(result, Thing)",
    )
    events = Case("s", "a", "s", (), "POST", "/s", MockResponse(200, None, None, events=True), "Event")
    assert events.statements[1] == "    mock.respond_events(200)" and events.statements[4] == "    mock.check_events(result, Event)"


CONTROL = re.compile(r"\{%-?\s*(if|elif|for|set|macro|call|with|filter)\b")
BOOKKEEPING = re.compile(r"\{[{%][^}%]*(\.append\(|namespace\()")  # inside a Jinja tag, not in the generated code


def test_templates_stay_markup() -> None:
    """Issue #15: at most 125 Jinja control statements over the built-in templates (243 before the
    views), and no bookkeeping of their own (lists built with `append`, `namespace` counters)."""
    texts = {path: path.read_text("utf-8") for path in BUILTIN_TEMPLATES.rglob("*.j2")}
    assert sum(len(CONTROL.findall(text)) for text in texts.values()) <= 125
    assert [path.name for path, text in texts.items() if BOOKKEEPING.search(text)] == []


def test_the_environment_names_the_clients_and_docs_share(api: Api) -> None:
    assert api.base_url_env == "VIEWS_BASE_URL"
    names = environment_names(api).split(", ")
    assert names[-1] == "$VIEWS_BASE_URL" and names[:-1] == ["$" + s.env_var for s in api.security]


def test_the_cli_rows_of_a_cli_module_are_cut_per_operation() -> None:
    """`cli_view.last_rows` cuts the `OPERATIONS` rows of a `_cli.py` into one piece per operation,
    as many as the keys say, or none at all."""
    from clientgen.render.cli_view import last_rows

    text = (Path(__file__).resolve().parent.parent / "output" / "openai" / "openai_client" / "_cli.py").read_text("utf-8")
    count = text.count("\n    _Op(\n")
    keys = [f"k{i}" if i % 3 else None for i in range(count)]
    cut = last_rows(text, keys)
    assert len(cut) == len([k for k in keys if k]) and all(lines[0] == "    _Op(" and lines[-1] == "    )," for lines in cut.values())
    assert sum(len(lines) for lines in last_rows(text, [f"k{i}" for i in range(count)]).values()) == text.split("OPERATIONS: tuple[_Op, ...] = (\n")[1].split("\n)\n")[0].count("\n") + 1
    assert last_rows(text, keys[1:]) == {} and last_rows(text, [*keys, "more"]) == {} and last_rows("no rows", []) == {}
