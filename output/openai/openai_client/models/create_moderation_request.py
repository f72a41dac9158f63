from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .create_moderation_request_input_variant3_item_variant1 import (
    CreateModerationRequestInputVariant3ItemVariant1,
)
from .create_moderation_request_input_variant3_item_variant2 import (
    CreateModerationRequestInputVariant3ItemVariant2,
)

__all__ = ["CreateModerationRequest"]


class CreateModerationRequest(BaseModel):
    input: (
        str
        | list[str]
        | list[
            Annotated[
                Annotated[
                    CreateModerationRequestInputVariant3ItemVariant1,
                    pydantic.Tag("CreateModerationRequestInputVariant3ItemVariant1"),
                ]
                | Annotated[
                    CreateModerationRequestInputVariant3ItemVariant2,
                    pydantic.Tag("CreateModerationRequestInputVariant3ItemVariant2"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "image_url": "CreateModerationRequestInputVariant3ItemVariant1",
                        "text": "CreateModerationRequestInputVariant3ItemVariant2",
                    },
                ),
            ]
        ]
    )
    """Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models.
    """

    model: (
        str
        | Literal[
            "omni-moderation-latest",
            "omni-moderation-2024-09-26",
            "text-moderation-latest",
            "text-moderation-stable",
        ]
        | None
    ) = None
    """The content moderation model you would like to use. Learn more in
    [the moderation guide](https://api.openai.com/docs/guides/moderation), and learn
    about
    available models [here](https://api.openai.com/docs/models#moderation).
    """
