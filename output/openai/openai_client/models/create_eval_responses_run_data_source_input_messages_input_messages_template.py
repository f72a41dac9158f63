from typing import Literal

from .._base_model import BaseModel
from .create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message import (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
)
from .eval_item import EvalItem

__all__ = ["CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate"]


class CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate(BaseModel):
    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: list[
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage
        | EvalItem
    ]
    """A list of chat messages forming the prompt or context. May include variable
    references to the `item` namespace, ie {{item.name}}.
    """
