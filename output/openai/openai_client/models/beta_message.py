"""BetaMessage: A message to or from the model."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_agent_tag import BetaAgentTag
from .beta_computer_screenshot_content import BetaComputerScreenshotContent
from .beta_encrypted_content import BetaEncryptedContent
from .beta_input_file_content import BetaInputFileContent
from .beta_input_image_content import BetaInputImageContent
from .beta_input_text_content import BetaInputTextContent
from .beta_message_phase2 import BetaMessagePhase2
from .beta_message_role import BetaMessageRole
from .beta_message_status import BetaMessageStatus
from .beta_output_text_content import BetaOutputTextContent
from .beta_reasoning_text_content import BetaReasoningTextContent
from .beta_refusal_content import BetaRefusalContent
from .beta_summary_text_content import BetaSummaryTextContent
from .beta_text_content import BetaTextContent

__all__ = ["BetaMessage"]


class BetaMessage(BaseModel):
    """A message to or from the model."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["message"]
    """The type of the message. Always set to `message`."""

    id: str
    """The unique ID of the message."""

    status: BetaMessageStatus
    """The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated
    when items are returned via API.
    """

    role: BetaMessageRole
    """The role of the message. One of `unknown`, `user`, `assistant`, `system`,
    `critic`, `discriminator`, `developer`, or `tool`.
    """

    content: list[
        Annotated[
            Annotated[BetaInputTextContent, pydantic.Tag("BetaInputTextContent")]
            | Annotated[BetaOutputTextContent, pydantic.Tag("BetaOutputTextContent")]
            | Annotated[BetaTextContent, pydantic.Tag("BetaTextContent")]
            | Annotated[BetaSummaryTextContent, pydantic.Tag("BetaSummaryTextContent")]
            | Annotated[
                BetaReasoningTextContent, pydantic.Tag("BetaReasoningTextContent")
            ]
            | Annotated[BetaRefusalContent, pydantic.Tag("BetaRefusalContent")]
            | Annotated[BetaInputImageContent, pydantic.Tag("BetaInputImageContent")]
            | Annotated[
                BetaComputerScreenshotContent,
                pydantic.Tag("BetaComputerScreenshotContent"),
            ]
            | Annotated[BetaInputFileContent, pydantic.Tag("BetaInputFileContent")]
            | Annotated[BetaEncryptedContent, pydantic.Tag("BetaEncryptedContent")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "input_text": "BetaInputTextContent",
                    "output_text": "BetaOutputTextContent",
                    "text": "BetaTextContent",
                    "summary_text": "BetaSummaryTextContent",
                    "reasoning_text": "BetaReasoningTextContent",
                    "refusal": "BetaRefusalContent",
                    "input_image": "BetaInputImageContent",
                    "computer_screenshot": "BetaComputerScreenshotContent",
                    "input_file": "BetaInputFileContent",
                    "encrypted_content": "BetaEncryptedContent",
                },
            ),
        ]
    ]
    """The content of the message"""

    phase: BetaMessagePhase2 | None = None
