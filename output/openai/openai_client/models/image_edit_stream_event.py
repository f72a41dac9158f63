"""ImageEditStreamEvent."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any
from .image_edit_partial_image_event import ImageEditPartialImageEvent
from .image_edit_completed_event import ImageEditCompletedEvent
from typing_extensions import TypeAlias

__all__ = ["ImageEditStreamEvent"]

ImageEditStreamEvent: TypeAlias = Annotated[
    Annotated[ImageEditPartialImageEvent, pydantic.Tag("ImageEditPartialImageEvent")]
    | Annotated[ImageEditCompletedEvent, pydantic.Tag("ImageEditCompletedEvent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "image_edit.partial_image": "ImageEditPartialImageEvent",
            "image_edit.completed": "ImageEditCompletedEvent",
        },
    ),
]
"""ImageEditStreamEvent"""
