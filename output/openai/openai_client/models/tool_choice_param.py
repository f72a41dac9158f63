"""ToolChoiceParam: How the model should select which tool (or tools) to use when
generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""

from typing import TypeAlias

from .specific_apply_patch_param import SpecificApplyPatchParam
from .specific_function_shell_param import SpecificFunctionShellParam
from .specific_programmatic_tool_calling_param import (
    SpecificProgrammaticToolCallingParam,
)
from .tool_choice_allowed import ToolChoiceAllowed
from .tool_choice_custom import ToolChoiceCustom
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMCP
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_types import ToolChoiceTypes

__all__ = ["ToolChoiceParam"]

ToolChoiceParam: TypeAlias = (
    ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMCP
    | ToolChoiceCustom
    | SpecificProgrammaticToolCallingParam
    | SpecificApplyPatchParam
    | SpecificFunctionShellParam
)
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""
