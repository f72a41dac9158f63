from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .image_gen_completed_event import ImageGenCompletedEvent
from .image_gen_partial_image_event import ImageGenPartialImageEvent

__all__ = ["ImageGenStreamEvent"]

ImageGenStreamEvent: TypeAlias = Annotated[
    Annotated[ImageGenPartialImageEvent, pydantic.Tag("ImageGenPartialImageEvent")]
    | Annotated[ImageGenCompletedEvent, pydantic.Tag("ImageGenCompletedEvent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "image_generation.partial_image": "ImageGenPartialImageEvent",
            "image_generation.completed": "ImageGenCompletedEvent",
        },
    ),
]
