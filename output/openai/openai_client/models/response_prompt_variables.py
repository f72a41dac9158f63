"""ResponsePromptVariables."""

from __future__ import annotations

from .input_text_content import InputTextContent
from .input_image_content import InputImageContent
from .input_file_content import InputFileContent
from typing_extensions import TypeAlias

__all__ = ["ResponsePromptVariables"]

ResponsePromptVariables: TypeAlias = (
    dict[str, str | InputTextContent | InputImageContent | InputFileContent] | None
)
"""ResponsePromptVariables"""
