"""Entries of the generated `pyproject.toml` that depend on the IR, decided here in Python."""

from __future__ import annotations

from ..ir.model import Person
from .filters import toml_str


def author_table(person: Person) -> str:
    """One `authors` entry: a TOML inline table of the name and the email the person has."""
    keys = [f"{key} = {toml_str(value)}" for key, value in (("name", person.name), ("email", person.email)) if value]
    return "{ " + ", ".join(keys) + " }"
