"""TranscriptionInclude."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["TranscriptionInclude"]

TranscriptionInclude: TypeAlias = Literal["logprobs"]
"""TranscriptionInclude"""
