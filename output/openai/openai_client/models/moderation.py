"""Moderation: Moderation results or errors for the response input and output."""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .moderation_error_body import ModerationErrorBody
from .moderation_result_body import ModerationResultBody

__all__ = ["Moderation"]


class Moderation(BaseModel):
    """Moderation results or errors for the response input and output."""

    input: Annotated[
        Annotated[ModerationResultBody, pydantic.Tag("ModerationResultBody")]
        | Annotated[ModerationErrorBody, pydantic.Tag("ModerationErrorBody")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "moderation_result": "ModerationResultBody",
                "error": "ModerationErrorBody",
            },
        ),
    ]
    """Moderation for the response input."""

    output: Annotated[
        Annotated[ModerationResultBody, pydantic.Tag("ModerationResultBody")]
        | Annotated[ModerationErrorBody, pydantic.Tag("ModerationErrorBody")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "moderation_result": "ModerationResultBody",
                "error": "ModerationErrorBody",
            },
        ),
    ]
    """Moderation for the response output."""
