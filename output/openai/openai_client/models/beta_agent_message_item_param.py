"""BetaAgentMessageItemParam: A message routed between agents."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_encrypted_content_param import BetaEncryptedContentParam
from .beta_input_image_content_param_auto_param import (
    BetaInputImageContentParamAutoParam,
)
from .beta_input_text_content_param import BetaInputTextContentParam

__all__ = ["BetaAgentMessageItemParam"]


class BetaAgentMessageItemParam(BaseModel):
    """A message routed between agents."""

    agent: BetaAgentTagParam | None = None

    id: str | None = None

    type: Literal["agent_message"]
    """The item type. Always `agent_message`."""

    author: str
    """The sending agent identity."""

    recipient: str
    """The destination agent identity."""

    content: list[
        Annotated[
            Annotated[
                BetaInputTextContentParam, pydantic.Tag("BetaInputTextContentParam")
            ]
            | Annotated[
                BetaInputImageContentParamAutoParam,
                pydantic.Tag("BetaInputImageContentParamAutoParam"),
            ]
            | Annotated[
                BetaEncryptedContentParam, pydantic.Tag("BetaEncryptedContentParam")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "input_text": "BetaInputTextContentParam",
                    "input_image": "BetaInputImageContentParamAutoParam",
                    "encrypted_content": "BetaEncryptedContentParam",
                },
            ),
        ]
    ]
    """Plaintext, image, or encrypted content sent between agents."""
