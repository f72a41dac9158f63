"""BetaCodeInterpreterTool: A tool that runs Python code to help generate a response to
a prompt.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_auto_code_interpreter_tool_param import BetaAutoCodeInterpreterToolParam
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller

__all__ = ["BetaCodeInterpreterTool"]


class BetaCodeInterpreterTool(BaseModel):
    """A tool that runs Python code to help generate a response to a prompt."""

    type: Literal["code_interpreter"]
    """The type of the code interpreter tool. Always `code_interpreter`."""

    container: str | BetaAutoCodeInterpreterToolParam
    """The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting.
    """

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
