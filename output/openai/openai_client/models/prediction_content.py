"""PredictionContent: Static predicted output content, such as the content of a text
file that is
being regenerated.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["PredictionContent"]


class PredictionContent(BaseModel):
    """Static predicted output content, such as the content of a text file that is
    being regenerated.
    """

    type: Literal["content"]
    """The type of the predicted content you want to provide. This type is
    currently always `content`.
    """

    content: str | list[ChatCompletionRequestMessageContentPartText]
    """The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly.
    """
