from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .image_edit_completed_event import ImageEditCompletedEvent
from .image_edit_partial_image_event import ImageEditPartialImageEvent

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
