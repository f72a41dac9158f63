"""AttachmentType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["AttachmentType"]

AttachmentType: TypeAlias = Literal["image", "file"] | str
"""AttachmentType"""
