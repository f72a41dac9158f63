"""BetaContent: Multi-modal input and output contents."""

from typing import TypeAlias

from .beta_input_content import BetaInputContent
from .beta_output_content import BetaOutputContent

__all__ = ["BetaContent"]

BetaContent: TypeAlias = BetaInputContent | BetaOutputContent
"""Multi-modal input and output contents."""
