"""FunctionAndCustomToolCallOutput."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any
from .input_text_content import InputTextContent
from .input_image_content import InputImageContent
from .input_file_content import InputFileContent
from typing_extensions import TypeAlias

__all__ = ["FunctionAndCustomToolCallOutput"]

FunctionAndCustomToolCallOutput: TypeAlias = Annotated[
    Annotated[InputTextContent, pydantic.Tag("InputTextContent")]
    | Annotated[InputImageContent, pydantic.Tag("InputImageContent")]
    | Annotated[InputFileContent, pydantic.Tag("InputFileContent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "input_text": "InputTextContent",
            "input_image": "InputImageContent",
            "input_file": "InputFileContent",
        },
    ),
]
"""FunctionAndCustomToolCallOutput"""
