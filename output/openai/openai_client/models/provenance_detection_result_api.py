"""ProvenanceDetectionResultApi."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ProvenanceDetectionResultApi"]

ProvenanceDetectionResultApi: TypeAlias = Literal["detected", "not_detected"] | str
"""ProvenanceDetectionResultApi"""
