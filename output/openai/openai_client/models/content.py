"""Content: Multi-modal input and output contents."""

from typing import TypeAlias

from .input_content import InputContent
from .output_content import OutputContent

__all__ = ["Content"]

Content: TypeAlias = InputContent | OutputContent
"""Multi-modal input and output contents."""
