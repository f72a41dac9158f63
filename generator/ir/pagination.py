"""Which list operations page, and how: the IR's `Pagination` (their `*_iter` methods).

The first source that applies wins:

1. The `x-clientgen-pagination` extension on an operation (names are wire names)::

       x-clientgen-pagination:
         style: cursor         # or "page" for page numbers (counted from 1); default "cursor"
         param: after          # the query parameter taking the cursor (or the page number)
         items: data           # the response property holding the page's items
         has_more: has_more    # optional: a boolean property, false on the last page
         next_cursor: last_id  # optional, cursor style: the property holding the next cursor;
                               # without it the cursor is the last item's `id`

   `x-clientgen-pagination: false` turns detection off for that operation.

2. OpenAI's cursor pattern: a GET with an `after` query parameter whose JSON response is an
   object with a `data` array and a boolean `has_more`. The next cursor is `last_id` when the
   response has that property, else the last item's `id` (the item must have one).

Paging stops when a page is empty, when `has_more` is not true, or when the cursor repeats.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .diagnostic import Warn
from .model import Field, Pagination, Parameter, ResponseKind, TypeRef
from .typeref import NONE

EXTENSION = "x-clientgen-pagination"


def detect_pagination(
    op: Mapping[str, Any],
    http_method: str,
    params: tuple[Parameter, ...],
    returns: TypeRef,
    return_kind: ResponseKind,
    fields_of: Callable[[str], tuple[Field, ...]],
    warn: Warn,
    where: str,
    base: str,
) -> Pagination | None:
    config = op.get(EXTENSION)
    if config is False or return_kind != "json" or returns.model is None:
        if isinstance(config, dict):
            warn(f"{EXTENSION} needs a JSON object response; ignored", where, base)
        return None
    fields = {f.wire_name: f for f in fields_of(returns.model)}
    query = {p.wire_name: p for p in params if p.location == "query"}
    if isinstance(config, dict):
        found = _from_extension(config, fields, query)
        if isinstance(found, str):
            warn(f"{EXTENSION}: {found}; ignored", where, base)
            return None
        return found
    if config is not None:
        warn(f"{EXTENSION} must be a mapping or false; ignored", where, base)
        return None
    if http_method.upper() != "GET" or "after" not in query:
        return None
    data, has_more = fields.get("data"), fields.get("has_more")
    item = _item_type(data.type) if data is not None else None
    if item is None or has_more is None or not _is_bool(has_more.type.alternatives[0]):
        return None
    last_id = fields.get("last_id")
    if last_id is None and not (item.model and any(f.wire_name == "id" for f in fields_of(item.model))):
        return None
    assert data is not None
    return Pagination(
        style="cursor",
        param=query["after"].py_name,
        items=data.py_name,
        item=item,
        has_more=has_more.py_name,
        next_cursor=last_id.py_name if last_id is not None else None,
    )


def _from_extension(config: Mapping[str, Any], fields: dict[str, Field], query: dict[str, Parameter]) -> Pagination | str:
    """The extension's Pagination, or what is wrong with it."""
    style = config.get("style", "cursor")
    if style not in ("cursor", "page"):
        return f"style must be 'cursor' or 'page', not {style!r}"
    param = query.get(str(config.get("param")))
    if param is None:
        return f"param {config.get('param')!r} is not a query parameter of the operation"
    items = fields.get(str(config.get("items")))
    item = _item_type(items.type) if items is not None else None
    if items is None or item is None:
        return f"items {config.get('items')!r} is not an array property of the response"
    names: dict[str, str | None] = {}
    for key in ("has_more", "next_cursor"):
        wire = config.get(key)
        if wire is not None and str(wire) not in fields:
            return f"{key} {wire!r} is not a property of the response"
        names[key] = fields[str(wire)].py_name if wire is not None else None
    return Pagination(
        style=style, param=param.py_name, items=items.py_name, item=item, has_more=names["has_more"], next_cursor=names["next_cursor"]
    )


def _item_type(t: TypeRef) -> TypeRef | None:
    """`X` from `list[X]` (or `list[X] | None`)."""
    shape = t.without(NONE)
    return shape.args[0] if shape.kind == "list" else None


def _is_bool(t: TypeRef) -> bool:
    return t.kind == "scalar" and t.name == "bool"
