"""Decisions of the Markdown docs (`docs/api.md.j2`, `docs/README.md.j2`), made here in Python.

Which method variants an operation lists, its example call, its security alternatives and its
response headers; the API's variant twins for the README. Every spec string is escaped here
(`md_cell`, `md_inline`) before it reaches a page.
"""

from __future__ import annotations

from typing import NamedTuple

from jinja2.filters import do_urlencode

from ..ir.model import Api, Operation, Response, SecurityScheme, Webhook
from .filters import md_cell, summary_line


def example_call_args(op: Operation) -> list[str]:
    """The docs' example call's arguments, `name=source` (or the bare source of a positional one)."""
    return [f"{name}={src}" if name else src for name, src in op.example_args]


def environment_names(api: Api) -> str:
    """The environment variables the clients read, `$NAME, ...`: each scheme's, then the base URL's."""
    return ", ".join("$" + name for name in (*(s.env_var for s in api.security), api.base_url_env))


def variant_rows(op: Operation) -> list[tuple[str, str]]:
    """The methods-table rows after the operation's own: (method, its description cell)."""
    rows = [(op.http_info_method, "Same, returning status code, headers and body.")]
    if op.stream_method and op.event_stream:
        field = md_cell(op.event_stream.field_wire)
        rows.append((op.stream_method, f"Same with `{field}: true`, returning a `Stream` of server-sent events."))
    if op.to_file_method:
        rows.append((op.to_file_method, "Same, streaming the body to a file."))
    if op.iter_method:
        rows.append((op.iter_method, "Same, iterating over the items of every page."))
    return rows


def security_links(op: Operation) -> str:
    """The operation's security alternatives, each scheme linked to the README: `a + b or c`."""
    return " or ".join(
        " + ".join(f"[{md_cell(name)}](../README.md#{do_urlencode(summary_line(name))})" for name in req) for req in op.security
    )


def headers_cell(r: Response) -> str:
    """A response's headers for its table cell, or ` - `."""
    if not r.headers:
        return " - "
    return "".join(f"* {md_cell(h.wire_name)} - {md_cell(h.description)} <br>" for h in r.headers)


def payload_cell(w: Webhook) -> str:
    """A webhook's payload: a link to its model, else its type, else `-`."""
    if w.payload and w.payload.model:
        return f"[**{w.payload.model}**](docs/{w.payload.model}.md)"
    return md_cell(w.payload.doc) if w.payload else "-"


class Twins(NamedTuple):
    """The API's operations by the variant twins the README explains (their method names)."""

    sse: tuple[str, ...]  # methods returning a `Stream` themselves
    stream: tuple[str, ...]  # operations with a `*_stream` twin
    to_file: tuple[str, ...]  # with a `*_to_file` twin
    pages: tuple[str, ...]  # with a `*_iter` twin


def twins(api: Api) -> Twins:
    ops = api.operations
    return Twins(
        tuple(op.py_name for op in ops if op.return_kind == "sse"),
        tuple(op.py_name for op in ops if op.stream_method),
        tuple(op.py_name for op in ops if op.to_file_method),
        tuple(op.py_name for op in ops if op.iter_method),
    )


_SCHEME_TYPES = {  # the README's `Type` line of a security scheme, by kind
    "bearer": "HTTP Bearer token authentication",
    "basic": "HTTP basic authentication",
    "oauth2": "OAuth2 (pass an access token)",
    "openid": "OpenID Connect (pass an access token)",
}


def scheme_lines(s: SecurityScheme) -> list[str]:
    """The README's bullet lines about one security scheme: its type, then how the client takes it."""
    if s.kind == "api_key":
        lines = ["- **Type**: API key", f"- **API key parameter name**: {md_cell(s.param_name)}", f"- **Location**: {s.location}"]
    elif s.kind == "oauth2" and s.token_url:
        lines = [
            f"- **Type**: OAuth2 client credentials (token URL `{md_cell(s.token_url)}`): pass an access token, or",
            f"  `{s.py_name}=OAuth2ClientCredentials(client_id, client_secret)` and the client fetches a token,",
            "  keeps it until shortly before it expires and fetches a new one then (or after a 401);",
            f"  or set `{s.env_var}_CLIENT_ID` and `{s.env_var}_CLIENT_SECRET`",
        ]
    elif s.kind == "http":
        return [
            f"- **Type**: HTTP `{md_cell(s.http_scheme)}` authentication, which the client does not perform: sign each",
            "  request yourself with `Client(request_hook=sign)`, where `sign(request)` receives the `httpx.Request`",
            "  just before it is sent (again for each retry and each redirect to the same origin) and may set its headers",
        ]
    else:
        lines = [f"- **Type**: {_SCHEME_TYPES.get(s.kind, _SCHEME_TYPES['openid'])}"]
    as_user = " (as `user:password`)" if s.kind == "basic" else ""
    return [*lines, f"- **Client argument**: `{s.py_name}=`", f"- **Environment variable**: `{s.env_var}`{as_user}"]
