from .._base_model import BaseModel

__all__ = ["VideoCharacterResource"]


class VideoCharacterResource(BaseModel):
    id: str | None

    name: str | None

    created_at: int
    """Unix timestamp (in seconds) when the character was created."""
