"""ProvenanceCheckObject."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ProvenanceCheckObject"]

ProvenanceCheckObject: TypeAlias = Literal["content_provenance_check"]
"""ProvenanceCheckObject"""
