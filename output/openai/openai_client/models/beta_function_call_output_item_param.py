"""BetaFunctionCallOutputItemParam: The output of a function tool call."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_function_call_item_status import BetaFunctionCallItemStatus
from .beta_input_file_content_param import BetaInputFileContentParam
from .beta_input_image_content_param_auto_param import (
    BetaInputImageContentParamAutoParam,
)
from .beta_input_text_content_param import BetaInputTextContentParam
from .beta_tool_call_caller_param import BetaToolCallCallerParam

__all__ = ["BetaFunctionCallOutputItemParam"]


class BetaFunctionCallOutputItemParam(BaseModel):
    """The output of a function tool call."""

    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str | None = None

    type: Literal["function_call_output"]
    """The type of the function tool call output. Always `function_call_output`."""

    output: (
        str
        | list[
            Annotated[
                Annotated[
                    BetaInputTextContentParam, pydantic.Tag("BetaInputTextContentParam")
                ]
                | Annotated[
                    BetaInputImageContentParamAutoParam,
                    pydantic.Tag("BetaInputImageContentParamAutoParam"),
                ]
                | Annotated[
                    BetaInputFileContentParam, pydantic.Tag("BetaInputFileContentParam")
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "input_text": "BetaInputTextContentParam",
                        "input_image": "BetaInputImageContentParamAutoParam",
                        "input_file": "BetaInputFileContentParam",
                    },
                ),
            ]
        ]
    )
    """Text, image, or file output of the function tool call."""

    name: str | None = None

    namespace: str | None = None

    caller: BetaToolCallCallerParam | None = None

    status: BetaFunctionCallItemStatus | None = None
