from typing import Literal

from .._base_model import BaseModel
from .create_completion_response_choices_item_logprobs_variant1 import (
    CreateCompletionResponseChoicesItemLogprobsVariant1,
)

__all__ = ["CreateCompletionResponseChoicesItem"]


class CreateCompletionResponseChoicesItem(BaseModel):
    finish_reason: Literal["stop", "length", "content_filter"] | str
    """The reason the model stopped generating tokens. This will be `stop` if the model
    hit a natural stop point or a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    or `content_filter` if content was omitted due to a flag from our content
    filters.
    """

    index: int

    logprobs: CreateCompletionResponseChoicesItemLogprobsVariant1 | None

    text: str
