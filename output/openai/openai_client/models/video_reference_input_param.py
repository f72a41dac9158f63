"""VideoReferenceInputParam: Reference to the completed video."""

from .._base_model import BaseModel

__all__ = ["VideoReferenceInputParam"]


class VideoReferenceInputParam(BaseModel):
    """Reference to the completed video."""

    id: str
    """The identifier of the completed video."""
