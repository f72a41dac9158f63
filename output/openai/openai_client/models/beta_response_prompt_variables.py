"""BetaResponsePromptVariables."""

from __future__ import annotations

from .beta_input_text_content import BetaInputTextContent
from .beta_input_image_content import BetaInputImageContent
from .beta_input_file_content import BetaInputFileContent
from typing_extensions import TypeAlias

__all__ = ["BetaResponsePromptVariables"]

BetaResponsePromptVariables: TypeAlias = (
    dict[str, str | BetaInputTextContent | BetaInputImageContent | BetaInputFileContent] | None
)
"""BetaResponsePromptVariables"""
