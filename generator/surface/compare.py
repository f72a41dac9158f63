"""Compare two public-surface snapshots (see snapshot.py): every difference becomes a `Change` with
a level (breaking, non-breaking or patch), a rule id from `RULES` and one plain-English line.

The README's table "What counts as breaking" lists the same rules, each with an example; each has a
test in tests/test_surface_rules.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from ..ir.typeref import atoms, covers, literal_values, shape
from .snapshot import Snapshot

Level = Literal["breaking", "non-breaking", "patch"]
LEVELS: tuple[Level, ...] = ("breaking", "non-breaking", "patch")

B: Level = "breaking"
N: Level = "non-breaking"
P: Level = "patch"

RULES: dict[str, Level] = {
    "method-removed": B,
    "method-renamed": B,
    "cli-command-renamed": B,
    "param-removed": B,
    "param-added-required": B,
    "param-required": B,
    "param-reordered": B,
    "request-type-narrowed": B,
    "response-type-widened": B,
    "type-changed": B,
    "enum-value-removed": B,
    "model-removed": B,
    "model-base-changed": B,
    "field-removed": B,
    "field-added-required": B,
    "field-required": B,
    "field-optional": B,
    "field-nullable": B,
    "auth-removed": B,
    "auth-changed": B,
    "method-added": N,
    "param-added-optional": N,
    "param-optional": N,
    "param-default-changed": N,
    "request-type-widened": N,
    "response-type-narrowed": N,
    "enum-value-added": N,
    "model-added": N,
    "field-added": N,
    "auth-added": N,
    "error-responses-changed": N,
    "deprecated": N,
    "description-changed": P,
}

Directions = frozenset[str]  # "request", "response": which way a type travels
REQUEST: Directions = frozenset({"request"})
RESPONSE: Directions = frozenset({"response"})
BOTH: Directions = REQUEST | RESPONSE


class Change(NamedTuple):
    """One difference between two API snapshots, and how much it matters to callers."""

    level: Level
    subject: str  # what changed, e.g. "uploads.create_upload(purpose)" or "Upload.bytes"
    rule: str
    message: str  # one line, Markdown: names in backticks


@dataclass
class Changes:
    """Every change between two snapshots, in a stable order (level, then subject)."""

    items: list[Change] = field(default_factory=list)
    first_run: bool = False  # no previous snapshot: nothing to compare with

    def count(self, level: Level) -> int:
        return sum(1 for c in self.items if c.level == level)

    @property
    def level(self) -> Level | None:
        """The highest level of any change, or None when nothing changed."""
        return next((lv for lv in LEVELS if self.count(lv)), None)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.items if c.level == B]

    def summary(self) -> str:
        if self.first_run:
            return "first snapshot, nothing to compare with"
        if not self.items:
            return "no changes"
        return ", ".join(f"{self.count(lv)} {lv}" for lv in LEVELS)


def compare(old: Snapshot, new: Snapshot) -> Changes:
    out = _Collector()
    _methods(out, old["methods"], new["methods"], new["models"])
    _models(out, old["models"], new["models"])
    _auth(out, old["auth"], new["auth"])
    return Changes(sorted(set(out.items)))


class _Collector:
    def __init__(self) -> None:
        self.items: list[Change] = []

    def add(self, rule: str, subject: str, message: str) -> None:
        self.items.append(Change(RULES[rule], subject, rule, message))


def _code(text: str) -> str:
    """`text` as a Markdown code span, whatever backticks it holds, on one line."""
    text = " ".join(text.split("\n"))
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _methods(out: _Collector, old: dict[str, Any], new: dict[str, Any], models: dict[str, Any]) -> None:
    added = sorted(set(new) - set(old))
    by_endpoint = {new[name]["endpoint"]: name for name in added}
    for name in sorted(set(old) - set(new)):
        renamed = by_endpoint.pop(old[name]["endpoint"], None)
        if renamed is not None:
            added.remove(renamed)
            out.add("method-renamed", name, f"{_code(name)} was renamed to {_code(renamed)} ({old[name]['endpoint']})")
        else:
            out.add("method-removed", name, f"{_code(name)} was removed ({old[name]['endpoint']})")
    for name in added:
        out.add("method-added", name, f"new method {_code(name)} ({new[name]['endpoint']})")
    for name in sorted(set(old) & set(new)):
        if old[name] != new[name]:  # most are unchanged: one comparison in C, not a rule each
            _method(out, name, old[name], new[name])


def _method(out: _Collector, name: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    for variant in sorted(set(old["variants"]) - set(new["variants"])):
        out.add("method-removed", f"{name}_{variant}", f"{_code(f'{name}_{variant}')} was removed")
    for variant in sorted(set(new["variants"]) - set(old["variants"])):
        out.add("method-added", f"{name}_{variant}", f"new method {_code(f'{name}_{variant}')}")
    if old["cli"] != new["cli"]:
        out.add("cli-command-renamed", name, f"the CLI command {_code(old['cli'])} is now {_code(new['cli'])}")
    _types(out, f"{name}()", f"the return type of {_code(name)}", old["returns"], new["returns"], RESPONSE)
    _params(out, name, old["params"], new["params"])
    if old["errors"] != new["errors"]:
        before = ", ".join(sorted(old["errors"])) or "none"
        after = ", ".join(sorted(new["errors"])) or "none"
        out.add("error-responses-changed", name, f"{_code(name)} documents other error responses: {after} (was {before})")
    _flags(out, name, _code(name), old, new)


def _flags(out: _Collector, subject: str, shown: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    """Deprecation and description: the changes that leave code as it was."""
    if new.get("deprecated") and not old.get("deprecated"):
        out.add("deprecated", subject, f"{shown} is deprecated")
    if old.get("doc") != new.get("doc"):
        out.add("description-changed", subject, f"the description of {shown} changed")


def _params(out: _Collector, method: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    for name in sorted(set(old) - set(new)):
        out.add("param-removed", f"{method}({name})", f"parameter {_code(name)} of {_code(method)} was removed")
    for name in sorted(set(new) - set(old)):
        rule, how = ("param-added-required", "required") if new[name]["required"] else ("param-added-optional", "optional")
        out.add(rule, f"{method}({name})", f"{_code(method)}: new {how} parameter {_code(name)}")
    moved = [n for n in sorted(set(old) & set(new)) if "position" in old[n] and old[n].get("position") != new[n].get("position")]
    if moved:
        shown = ", ".join(map(_code, moved))
        out.add("param-reordered", f"{method}()", f"{_code(method)}: positional parameters moved or became keyword-only: {shown}")
    for name in sorted(set(old) & set(new)):
        _param(out, method, name, old[name], new[name])


def _param(out: _Collector, method: str, name: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    subject, shown = f"{method}({name})", f"parameter {_code(name)} of {_code(method)}"
    if not old["required"] and new["required"]:
        out.add("param-required", subject, f"{shown} is now required")
    elif old["required"] and not new["required"]:
        out.add("param-optional", subject, f"{shown} is now optional")
    _types(out, subject, shown, old["type"], new["type"], REQUEST)
    if old.get("default") != new.get("default"):
        out.add("param-default-changed", subject, f"{shown} defaults to {_default(new)} (was {_default(old)})")
    _flags(out, subject, shown, old, new)


def _types(out: _Collector, subject: str, shown: str, old: str, new: str, ways: Directions) -> None:
    """Compare two annotations of something that travels `ways`: enum values one by one, the
    rest as a type checker would (see `types.shape`)."""
    if old == new:
        return
    before, after = literal_values(old), literal_values(new)
    came, gone = sorted(after - before), sorted(before - after)
    if came:
        out.add("enum-value-added", subject, f"{shown} accepts new values: {_values(came)}")
    if gone:
        if "request" in ways:
            out.add("enum-value-removed", subject, f"{shown} no longer accepts {_values(gone)}")
        else:
            out.add("response-type-narrowed", subject, f"{shown} no longer returns {_values(gone)}")
    was, now = atoms(shape(old)), atoms(shape(new))
    if was == now:
        return
    change = _retyped(shown, old, new, was, now)
    if covers(now, was):
        out.add("response-type-widened" if "response" in ways else "request-type-widened", subject, change)
    elif covers(was, now):
        out.add("request-type-narrowed" if "request" in ways else "response-type-narrowed", subject, change)
    else:
        out.add("type-changed", subject, change)


SHORT = 100  # longer types are told by the members that came and went


def _retyped(shown: str, old: str, new: str, was: frozenset[str], now: frozenset[str]) -> str:
    if len(old) <= SHORT and len(new) <= SHORT:
        return f"{shown} is now {_code(new)} (was {_code(old)})"
    parts = [f"{label} {_values(sorted(members))}" for label, members in (("now also", now - was), ("no longer", was - now)) if members]
    return f"{shown} changed type: {'; '.join(parts)}"


def _default(param: dict[str, Any]) -> str:
    return _code(json.dumps(param["default"])) if "default" in param else "nothing"


def _values(values: Iterable[str]) -> str:
    return ", ".join(_code(v) for v in values)


def _directions(*entries: dict[str, Any]) -> Directions:
    """Which way a model travels, old or new; a model no operation uses may go either way."""
    ways = frozenset(way for entry in entries for way in entry.get("used_in", ()))
    return ways or BOTH


def _models(out: _Collector, old: dict[str, Any], new: dict[str, Any]) -> None:
    for name in sorted(set(old) - set(new)):
        out.add("model-removed", name, f"model {_code(name)} was removed")
    for name in sorted(set(new) - set(old)):
        out.add("model-added", name, f"new model {_code(name)}")
    for name in sorted(set(old) & set(new)):
        if old[name] != new[name]:
            _model(out, name, old[name], new[name])


def _model(out: _Collector, name: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    ways = _directions(old, new)
    shown = f"model {_code(name)}"
    if old.get("base") != new.get("base"):
        out.add("model-base-changed", name, f"{shown} now derives from {_code(new.get('base') or 'BaseModel')} (was {_code(old.get('base') or 'BaseModel')})")
    if old["kind"] != new["kind"]:
        out.add("type-changed", name, f"{shown} is now {'a type alias' if new['kind'] == 'alias' else 'a class'}")
        return
    if old.get("type") is not None and new.get("type") is not None:
        _types(out, name, shown, old["type"], new["type"], ways)
    _flags(out, name, shown, old, new)
    fields_old, fields_new = old.get("fields", {}), new.get("fields", {})
    for f in sorted(set(fields_old) - set(fields_new)):
        out.add("field-removed", f"{name}.{f}", f"{_code(f'{name}.{f}')} was removed")
    for f in sorted(set(fields_new) - set(fields_old)):
        if fields_new[f]["required"] and "request" in ways:
            out.add("field-added-required", f"{name}.{f}", f"{shown} has a new required field {_code(f)}")
        else:
            out.add("field-added", f"{name}.{f}", f"{shown} has a new field {_code(f)}")
    for f in sorted(set(fields_old) & set(fields_new)):
        if fields_old[f] != fields_new[f]:  # an unchanged field has nothing to report, whichever way it travels
            _field(out, f"{name}.{f}", fields_old[f], fields_new[f], ways)


def _field(out: _Collector, subject: str, old: dict[str, Any], new: dict[str, Any], ways: Directions) -> None:
    shown = _code(subject)
    if "request" in ways:
        _sent(out, subject, shown, old, new)
    if "response" in ways:
        _read(out, subject, shown, old, new)
    _types(out, subject, shown, _without_none(old), _without_none(new), ways)
    if old.get("wire") != new.get("wire"):
        out.add("type-changed", subject, f"{shown} is now sent as {_code(new.get('wire') or subject.split('.')[-1])}")
    _flags(out, subject, shown, old, new)


def _sent(out: _Collector, subject: str, shown: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    """Required and nullable, for code that builds the model: an optional field accepts `None` anyway."""
    if new["required"] and not old["required"]:
        out.add("field-required", subject, f"{shown} is now required")
    elif old["required"] and not new["required"]:
        out.add("request-type-widened", subject, f"{shown} is now optional")
    elif new["required"] and new["nullable"] and not old["nullable"]:
        out.add("request-type-widened", subject, f"{shown} now accepts `None`")
    elif new["required"] and old["nullable"] and not new["nullable"]:
        out.add("request-type-narrowed", subject, f"{shown} no longer accepts `None`")


def _read(out: _Collector, subject: str, shown: str, old: dict[str, Any], new: dict[str, Any]) -> None:
    """Required and nullable, for code that reads the model: may the attribute be `None`?"""
    was, now = old["nullable"] or not old["required"], new["nullable"] or not new["required"]
    if now and not was:
        if new["required"]:
            out.add("field-nullable", subject, f"{shown} may now be `None`")
        else:
            out.add("field-optional", subject, f"{shown} is now optional: reading it may give `None`")
    elif was and not now:
        out.add("response-type-narrowed", subject, f"{shown} is never `None` now")
    elif new["required"] and not old["required"]:  # nullable: `None` still, but never left out
        out.add("response-type-narrowed", subject, f"{shown} is always present now (it may still be `None`)")


def _without_none(entry: dict[str, Any]) -> str:
    """A field's type less the `None` that `nullable` stands for (compared on its own)."""
    return " | ".join(sorted(atoms(entry["type"]) - {"None"})) if entry["nullable"] else str(entry["type"])


def _auth(out: _Collector, old: dict[str, Any], new: dict[str, Any]) -> None:
    for name in sorted(set(old) - set(new)):
        out.add("auth-removed", f"auth {name}", f"auth scheme {_code(name)} was removed (client argument {_code(old[name]['arg'])})")
    for name in sorted(set(new) - set(old)):
        out.add("auth-added", f"auth {name}", f"new auth scheme {_code(name)} (client argument {_code(new[name]['arg'])})")
    for name in sorted(set(old) & set(new)):
        if old[name] != new[name]:
            was = ", ".join(f"{k} {_code(str(v))}" for k, v in sorted(old[name].items()))
            now = ", ".join(f"{k} {_code(str(v))}" for k, v in sorted(new[name].items()))
            out.add("auth-changed", f"auth {name}", f"auth scheme {_code(name)} is now {now} (was {was})")
