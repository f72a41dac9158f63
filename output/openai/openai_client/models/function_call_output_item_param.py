"""FunctionCallOutputItemParam: The output of a function tool call."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .function_call_item_status import FunctionCallItemStatus
from .input_file_content_param import InputFileContentParam
from .input_image_content_param_auto_param import InputImageContentParamAutoParam
from .input_text_content_param import InputTextContentParam
from .tool_call_caller_param import ToolCallCallerParam

__all__ = ["FunctionCallOutputItemParam"]


class FunctionCallOutputItemParam(BaseModel):
    """The output of a function tool call."""

    id: str | None = None

    call_id: str | None = None

    type: Literal["function_call_output"]
    """The type of the function tool call output. Always `function_call_output`."""

    output: (
        str
        | list[
            Annotated[
                Annotated[InputTextContentParam, pydantic.Tag("InputTextContentParam")]
                | Annotated[
                    InputImageContentParamAutoParam,
                    pydantic.Tag("InputImageContentParamAutoParam"),
                ]
                | Annotated[
                    InputFileContentParam, pydantic.Tag("InputFileContentParam")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "input_text": "InputTextContentParam",
                        "input_image": "InputImageContentParamAutoParam",
                        "input_file": "InputFileContentParam",
                    },
                ),
            ]
        ]
    )
    """Text, image, or file output of the function tool call."""

    name: str | None = None

    namespace: str | None = None

    caller: ToolCallCallerParam | None = None

    status: FunctionCallItemStatus | None = None
