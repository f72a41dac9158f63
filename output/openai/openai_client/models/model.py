"""Model: Describes an OpenAI model offering that can be used with the API."""

from datetime import date
from typing import Literal

from .._base_model import BaseModel

__all__ = ["Model"]


class Model(BaseModel):
    """Describes an OpenAI model offering that can be used with the API."""

    id: str
    """The model identifier, which can be referenced in the API endpoints."""

    created: int
    """The Unix timestamp (in seconds) when the model was created."""

    object: Literal["model"]
    """The object type, which is always "model"."""

    owned_by: str
    """The organization that owns the model."""

    shutdown_date: date | None = None
    """The date when the model will shut down, or null if not announced."""
