"""CreateVideoRemixBody: Parameters for remixing an existing generated video."""

from .._base_model import BaseModel

__all__ = ["CreateVideoRemixBody"]


class CreateVideoRemixBody(BaseModel):
    """Parameters for remixing an existing generated video."""

    prompt: str
    """Updated text prompt that directs the remix generation."""
