"""CodeInterpreterToolCall: A tool call to run code."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .code_interpreter_output_image import CodeInterpreterOutputImage
from .code_interpreter_output_logs import CodeInterpreterOutputLogs

__all__ = ["CodeInterpreterToolCall"]


class CodeInterpreterToolCall(BaseModel):
    """A tool call to run code."""

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
                    CodeInterpreterOutputLogs, pydantic.Tag("CodeInterpreterOutputLogs")
                ]
                | Annotated[
                    CodeInterpreterOutputImage,
                    pydantic.Tag("CodeInterpreterOutputImage"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "logs": "CodeInterpreterOutputLogs",
                        "image": "CodeInterpreterOutputImage",
                    },
                ),
            ]
        ]
        | None
    )
