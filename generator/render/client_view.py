"""The credential handling of the generated `_client.py`, decided here in Python.

`_client.py.j2` prints these lines, each through `fit` with the kind given (a statement, one
entry of an exploded dict, one parameter of an exploded signature). Spec text goes through
`pystr`/`pyrepr`.
"""

from __future__ import annotations

from typing import NamedTuple

from ..ir.model import Api, SecurityScheme
from .filters import pyrepr, pystr


class ClientModule(NamedTuple):
    """What `_client.py.j2` prints about the API's credentials."""

    schemes: tuple[tuple[str, str], ...]  # the `SCHEMES` statement: (line, its `fit` kind)
    params: tuple[str, ...]  # the clients' credential parameters (for `fit("parameter")`)
    credentials: tuple[tuple[str, str], ...]  # the `credentials=` argument to the runtime: (line, `fit` kind)


def _scheme(s: SecurityScheme) -> str:
    token_url = f", token_url={pystr(s.token_url)}" if s.token_url else ""
    return f"    {pystr(s.name)}: Scheme(kind={pystr(s.kind)}, location={pyrepr(s.location)}, param_name={pyrepr(s.param_name)}{token_url}),"


def _param(s: SecurityScheme) -> str:
    annotation = "tuple[str, str]" if s.kind == "basic" else "str | OAuth2ClientCredentials" if s.token_url else "str"
    return f"        {s.py_name}: {annotation} | None = None,"


def _from_env(s: SecurityScheme) -> str:
    """The credential when the caller passes none: from the scheme's environment variable(s)."""
    var = pystr(s.env_var)
    if s.kind == "basic":
        return f"_basic(env({var}))"
    if s.token_url:
        return f"env({var}) or _client_credentials({var})"
    return f"env({var})"


def client_module(api: Api) -> ClientModule:
    """The `SCHEMES` table, the credential parameters and how each credential is found."""
    found = api.credential_schemes
    if not found:
        return ClientModule((("SCHEMES: Mapping[str, Scheme] = {}", "statement"),), (), (("            credentials={},", "statement"),))
    entries = tuple((_scheme(s), "entry") for s in found)
    credentials = tuple(
        (f"                {pystr(s.name)}: {s.py_name} if {s.py_name} is not None else {_from_env(s)},", "entry") for s in found
    )
    return ClientModule(
        (("SCHEMES: Mapping[str, Scheme] = {", "statement"), *entries, ("}", "statement")),
        tuple(_param(s) for s in found),
        (("            credentials={", "statement"), *credentials, ("            },", "statement")),
    )
