"""AssistantsNamedToolChoice: Specifies a tool the model should use. Use to force the
model to call a specific tool.
"""

from typing import Literal

from .._base_model import BaseModel
from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction

__all__ = ["AssistantsNamedToolChoice"]


class AssistantsNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific
    tool.
    """

    type: Literal["function", "code_interpreter", "file_search"] | str
    """The type of the tool. If type is `function`, the function name must be set"""

    function: AssistantsNamedToolChoiceFunction | None = None
