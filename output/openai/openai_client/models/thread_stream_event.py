"""ThreadStreamEvent."""

from __future__ import annotations

from .thread_stream_event_variant1 import ThreadStreamEventVariant1
from typing_extensions import TypeAlias

__all__ = ["ThreadStreamEvent"]

ThreadStreamEvent: TypeAlias = ThreadStreamEventVariant1
"""ThreadStreamEvent"""
