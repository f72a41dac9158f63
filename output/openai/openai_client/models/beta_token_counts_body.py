from .._base_model import BaseModel
from .beta_conversation_param import BetaConversationParam
from .beta_input_item import BetaInputItem
from .beta_personality_enum import BetaPersonalityEnum
from .beta_reasoning import BetaReasoning
from .beta_response_text_param import BetaResponseTextParam
from .beta_tool import BetaTool
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_truncation_enum import BetaTruncationEnum

__all__ = ["BetaTokenCountsBody"]


class BetaTokenCountsBody(BaseModel):
    model: str | None = None

    input: str | list[BetaInputItem] | None = None

    previous_response_id: str | None = None

    tools: list[BetaTool] | None = None

    text: BetaResponseTextParam | None = None

    reasoning: BetaReasoning | None = None

    truncation: BetaTruncationEnum | None = None
    """The truncation strategy to use for the model response. - `auto`: If the input to
    this Response exceeds the model's context window size, the model will truncate
    the response to fit the context window by dropping items from the beginning of
    the conversation. - `disabled` (default): If the input size will exceed the
    context window size for a model, the request will fail with a 400 error.

    .. deprecated:: deprecated by the API.
    """

    instructions: str | None = None

    personality: BetaPersonalityEnum | None = None
    """A model-owned style preset to apply to this request. Omit this parameter to use
    the model's default style. Supported values may expand over time. Values must be
    at most 64 characters.
    """

    conversation: BetaConversationParam | None = None

    tool_choice: BetaToolChoiceParam | None = None

    parallel_tool_calls: bool | None = None
