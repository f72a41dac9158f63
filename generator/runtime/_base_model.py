"""The base class of every generated model."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any

import pydantic


class BaseModel(pydantic.BaseModel):
    """A pydantic model that keeps unknown fields, accepts Python or wire names, and
    serialises back to the wire names."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        use_enum_values=True,
        # validators are built on first use: importing many models stays cheap
        defer_build=True,
    )

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready dict the API expects: wire names, unset fields left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_unset=True)


def discriminate(
    wire_name: str, attribute: str, tags: Mapping[Any, str]
) -> pydantic.Discriminator:
    """Route a union by one property; a value no variant claims parses as a plain dict,
    so a server that adds a new variant does not break older clients."""

    def pick(value: Any) -> str:
        found = (
            value.get(wire_name)
            if isinstance(value, dict)
            else getattr(value, attribute, None)
        )
        try:
            return tags.get(found, "")
        except TypeError:  # an unhashable value cannot be a tag
            return ""

    return pydantic.Discriminator(pick)


def one_of(*values: Any) -> pydantic.AfterValidator:
    """Accept exactly these values: for integers too big for `Literal` (beyond 64 bits)."""
    allowed = frozenset(values)

    def check(value: Any) -> Any:
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(map(str, values))}")
        return value

    return pydantic.AfterValidator(check)


_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date_if_date_only(value: Any) -> Any:
    if isinstance(value, str) and _DATE_ONLY.fullmatch(value):
        return datetime.date.fromisoformat(value)
    return value


date_or_datetime = pydantic.BeforeValidator(_date_if_date_only)
"""For `datetime | date`: a date stays a date (pydantic reads `2024-01-02` as a datetime too)."""
