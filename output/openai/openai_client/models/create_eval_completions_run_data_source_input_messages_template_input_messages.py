from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages"]


class CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages(BaseModel):
    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: list[EasyInputMessage | EvalItem]
    """A list of chat messages forming the prompt or context. May include variable
    references to the `item` namespace, ie {{item.name}}.
    """


# Imported last so that models referring to each other can load in any order.
from .easy_input_message import EasyInputMessage  # noqa: E402
from .eval_item import EvalItem  # noqa: E402
