from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_input_file_content import BetaInputFileContent
from .beta_input_image_content import BetaInputImageContent
from .beta_input_text_content import BetaInputTextContent

__all__ = ["BetaFunctionAndCustomToolCallOutput"]

BetaFunctionAndCustomToolCallOutput: TypeAlias = Annotated[
    Annotated[BetaInputTextContent, pydantic.Tag("BetaInputTextContent")]
    | Annotated[BetaInputImageContent, pydantic.Tag("BetaInputImageContent")]
    | Annotated[BetaInputFileContent, pydantic.Tag("BetaInputFileContent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "input_text": "BetaInputTextContent",
            "input_image": "BetaInputImageContent",
            "input_file": "BetaInputFileContent",
        },
    ),
]
