"""BetaCodeInterpreterToolCall: A tool call to run code."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_agent_tag import BetaAgentTag
from .beta_code_interpreter_output_image import BetaCodeInterpreterOutputImage
from .beta_code_interpreter_output_logs import BetaCodeInterpreterOutputLogs

__all__ = ["BetaCodeInterpreterToolCall"]


class BetaCodeInterpreterToolCall(BaseModel):
    """A tool call to run code."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["code_interpreter_call"]
    """The type of the code interpreter tool call. Always `code_interpreter_call`."""

    id: str
    """The unique ID of the code interpreter tool call."""

    status: (
        Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
        | str
    )
    """The status of the code interpreter tool call. Valid values are `in_progress`,
    `completed`, `incomplete`, `interpreting`, and `failed`.
    """

    container_id: str
    """The ID of the container used to run the code."""

    code: str | None

    outputs: (
        list[
            Annotated[
                Annotated[
                    BetaCodeInterpreterOutputLogs,
                    pydantic.Tag("BetaCodeInterpreterOutputLogs"),
                ]
                | Annotated[
                    BetaCodeInterpreterOutputImage,
                    pydantic.Tag("BetaCodeInterpreterOutputImage"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "logs": "BetaCodeInterpreterOutputLogs",
                        "image": "BetaCodeInterpreterOutputImage",
                    },
                ),
            ]
        ]
        | None
    )
