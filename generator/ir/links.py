"""Root-relative Markdown links in descriptions (`[guide](/docs/x)`), made absolute.

A generated docstring or docs page is read far from the API's own site, where `/docs/x`
leads nowhere. When the spec says where its site is (an absolute http(s) `externalDocs.url`,
else the first server's URL), such links are resolved against that origin; otherwise they
are left as they are.
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from typing import Any, TypeVar

T = TypeVar("T")
_LINK = re.compile(r"(\]\(\s*)(/(?!/)[^)\s]*)")


def link_base(spec: dict[str, Any], server_urls: list[str]) -> str | None:
    """The origin (`https://host`) root-relative links resolve against, if the spec names one."""
    docs = spec.get("externalDocs")
    candidates = [docs.get("url") if isinstance(docs, dict) else None, *server_urls[:1]]
    for url in candidates:
        if not isinstance(url, str):
            continue
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme in ("http", "https") and parts.netloc and "{" not in parts.netloc:
            return f"{parts.scheme}://{parts.netloc}"
    return None


def absolute_links(text: str, base: str) -> str:
    """`text` with every `](/path)` link target prefixed by `base`."""
    return _LINK.sub(lambda m: m.group(1) + base + m.group(2), text)


def with_absolute_links(node: T, base: str | None) -> T:
    """A copy of an IR tree whose `description` fields have absolute links (`node` if none change)."""
    if base is None:
        return node
    rewritten: T = _rewrite(node, base)
    return rewritten


def _rewrite(node: Any, base: str) -> Any:
    if isinstance(node, tuple):
        items = tuple(_rewrite(item, base) for item in node)
        return node if all(a is b for a, b in zip(items, node, strict=True)) else items
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return node
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(node):
        if not f.init:
            continue
        value = getattr(node, f.name)
        new = absolute_links(value, base) if f.name == "description" and isinstance(value, str) else _rewrite(value, base)
        if (new != value) if isinstance(new, str) else (new is not value):
            changes[f.name] = new
    return dataclasses.replace(node, **changes) if changes else node
