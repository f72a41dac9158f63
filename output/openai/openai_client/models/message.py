"""Message: A message to or from the model."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .computer_screenshot_content import ComputerScreenshotContent
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent
from .message_phase2 import MessagePhase2
from .message_role import MessageRole
from .message_status import MessageStatus
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent
from .summary_text_content import SummaryTextContent
from .text_content import TextContent

__all__ = ["Message"]


class Message(BaseModel):
    """A message to or from the model."""

    type: Literal["message"]
    """The type of the message. Always set to `message`."""

    id: str
    """The unique ID of the message."""

    status: MessageStatus
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated
    when items are returned via API.
    """

    role: MessageRole
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`,
    `critic`, `discriminator`, `developer`, or `tool`.
    """

    content: list[
        Annotated[
            Annotated[InputTextContent, pydantic.Tag("InputTextContent")]
            | Annotated[OutputTextContent, pydantic.Tag("OutputTextContent")]
            | Annotated[TextContent, pydantic.Tag("TextContent")]
            | Annotated[SummaryTextContent, pydantic.Tag("SummaryTextContent")]
            | Annotated[ReasoningTextContent, pydantic.Tag("ReasoningTextContent")]
            | Annotated[RefusalContent, pydantic.Tag("RefusalContent")]
            | Annotated[InputImageContent, pydantic.Tag("InputImageContent")]
            | Annotated[
                ComputerScreenshotContent, pydantic.Tag("ComputerScreenshotContent")
            ]
            | Annotated[InputFileContent, pydantic.Tag("InputFileContent")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "input_text": "InputTextContent",
                    "output_text": "OutputTextContent",
                    "text": "TextContent",
                    "summary_text": "SummaryTextContent",
                    "reasoning_text": "ReasoningTextContent",
                    "refusal": "RefusalContent",
                    "input_image": "InputImageContent",
                    "computer_screenshot": "ComputerScreenshotContent",
                    "input_file": "InputFileContent",
                },
            ),
        ]
    ]
    """The content of the message"""

    phase: MessagePhase2 | None = None
