from .._base_model import BaseModel

__all__ = [
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage"
]


class CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage(
    BaseModel
):
    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""
