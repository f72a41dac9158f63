"""Metadata."""

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = ["Metadata"]

Metadata: TypeAlias = dict[str, str] | None
"""Metadata"""
