from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

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
