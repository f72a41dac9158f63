"""EvalItemContentText: A text input to the model."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["EvalItemContentText"]

EvalItemContentText: TypeAlias = str
"""A text input to the model."""
