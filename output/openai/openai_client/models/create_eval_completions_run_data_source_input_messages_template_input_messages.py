from typing import Literal

from .._base_model import BaseModel
from .easy_input_message import EasyInputMessage
from .eval_item import EvalItem

__all__ = ["CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages"]


class CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages(BaseModel):
    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: list[EasyInputMessage | EvalItem]
    """A list of chat messages forming the prompt or context. May include variable
    references to the `item` namespace, ie {{item.name}}.
    """
