"""BetaModeration: Moderation results or errors for the response input and output."""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_moderation_error_body import BetaModerationErrorBody
from .beta_moderation_result_body import BetaModerationResultBody

__all__ = ["BetaModeration"]


class BetaModeration(BaseModel):
    """Moderation results or errors for the response input and output."""

    input: Annotated[
        Annotated[BetaModerationResultBody, pydantic.Tag("BetaModerationResultBody")]
        | Annotated[BetaModerationErrorBody, pydantic.Tag("BetaModerationErrorBody")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "moderation_result": "BetaModerationResultBody",
                "error": "BetaModerationErrorBody",
            },
        ),
    ]
    """Moderation for the response input."""

    output: Annotated[
        Annotated[BetaModerationResultBody, pydantic.Tag("BetaModerationResultBody")]
        | Annotated[BetaModerationErrorBody, pydantic.Tag("BetaModerationErrorBody")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "moderation_result": "BetaModerationResultBody",
                "error": "BetaModerationErrorBody",
            },
        ),
    ]
    """Moderation for the response output."""
