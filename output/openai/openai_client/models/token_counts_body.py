from .._base_model import BaseModel
from .conversation_param import ConversationParam
from .input_item import InputItem
from .personality_enum import PersonalityEnum
from .reasoning import Reasoning
from .response_text_param import ResponseTextParam
from .tool import Tool
from .tool_choice_param import ToolChoiceParam
from .truncation_enum import TruncationEnum

__all__ = ["TokenCountsBody"]


class TokenCountsBody(BaseModel):
    model: str | None = None

    input: str | list[InputItem] | None = None

    previous_response_id: str | None = None

    tools: list[Tool] | None = None

    text: ResponseTextParam | None = None

    reasoning: Reasoning | None = None

    truncation: TruncationEnum | None = None
    """The truncation strategy to use for the model response. - `auto`: If the input to
    this Response exceeds the model's context window size, the model will truncate
    the response to fit the context window by dropping items from the beginning of
    the conversation. - `disabled` (default): If the input size will exceed the
    context window size for a model, the request will fail with a 400 error.

    .. deprecated:: deprecated by the API.
    """

    instructions: str | None = None

    personality: PersonalityEnum | None = None
    """A model-owned style preset to apply to this request. Omit this parameter to use
    the model's default style. Supported values may expand over time. Values must be
    at most 64 characters.
    """

    conversation: ConversationParam | None = None

    tool_choice: ToolChoiceParam | None = None

    parallel_tool_calls: bool | None = None
