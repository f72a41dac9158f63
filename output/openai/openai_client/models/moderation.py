"""Moderation: Moderation results or errors for the response input and output."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .moderation_error_body import ModerationErrorBody  # noqa: E402
from .moderation_result_body import ModerationResultBody  # noqa: E402
