"""CreateModerationResponse: Represents if a given text input is potentially harmful."""

from .._base_model import BaseModel
from .create_moderation_response_results_item import CreateModerationResponseResultsItem

__all__ = ["CreateModerationResponse"]


class CreateModerationResponse(BaseModel):
    """Represents if a given text input is potentially harmful."""

    id: str
    """The unique identifier for the moderation request."""

    model: str
    """The model used to generate the moderation results."""

    results: list[CreateModerationResponseResultsItem]
    """A list of moderation objects."""
