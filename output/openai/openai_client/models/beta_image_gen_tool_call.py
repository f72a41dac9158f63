"""BetaImageGenToolCall: An image generation request made by the model."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaImageGenToolCall"]


class BetaImageGenToolCall(BaseModel):
    """An image generation request made by the model."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["image_generation_call"]
    """The type of the image generation call. Always `image_generation_call`."""

    id: str
    """The unique ID of the image generation call."""

    status: Literal["in_progress", "completed", "generating", "failed"] | str
    """The status of the image generation call."""

    result: str | None
