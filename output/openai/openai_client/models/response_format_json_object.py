"""ResponseFormatJsonObject: JSON object response format. An older method of generating
JSON responses.
Using `json_schema` is recommended for models that support it. Note that the
model will not generate JSON without a system or user message instructing it
to do so.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseFormatJsonObject"]


class ResponseFormatJsonObject(BaseModel):
    """JSON object response format. An older method of generating JSON responses.
    Using `json_schema` is recommended for models that support it. Note that the
    model will not generate JSON without a system or user message instructing it
    to do so.
    """

    type: Literal["json_object"]
    """The type of response format being defined. Always `json_object`."""
