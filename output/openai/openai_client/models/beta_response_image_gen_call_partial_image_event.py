"""BetaResponseImageGenCallPartialImageEvent: Emitted when a partial image is available
during image generation streaming.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseImageGenCallPartialImageEvent"]


class BetaResponseImageGenCallPartialImageEvent(BaseModel):
    """Emitted when a partial image is available during image generation streaming."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.image_generation_call.partial_image"]
    """The type of the event. Always 'response.image_generation_call.partial_image'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the image generation item being processed."""

    sequence_number: int
    """The sequence number of the image generation item being processed."""

    partial_image_index: int
    """0-based index for the partial image (backend is 1-based, but this is 0-based for
    the user).
    """

    partial_image_b64: str
    """Base64-encoded partial image data, suitable for rendering as an image."""

    size: str | None = None
    """The image size that was used."""

    quality: str | None = None
    """The image quality that was used."""

    background: str | None = None
    """The background setting that was used."""

    output_format: str | None = None
    """The output format that was used."""
