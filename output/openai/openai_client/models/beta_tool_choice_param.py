"""BetaToolChoiceParam: How the model should select which tool (or tools) to use when
generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""

from typing import TypeAlias

from .beta_specific_apply_patch_param import BetaSpecificApplyPatchParam
from .beta_specific_function_shell_param import BetaSpecificFunctionShellParam
from .beta_specific_programmatic_tool_calling_param import (
    BetaSpecificProgrammaticToolCallingParam,
)
from .beta_tool_choice_allowed import BetaToolChoiceAllowed
from .beta_tool_choice_custom import BetaToolChoiceCustom
from .beta_tool_choice_function import BetaToolChoiceFunction
from .beta_tool_choice_mcp import BetaToolChoiceMCP
from .beta_tool_choice_options import BetaToolChoiceOptions
from .beta_tool_choice_types import BetaToolChoiceTypes

__all__ = ["BetaToolChoiceParam"]

BetaToolChoiceParam: TypeAlias = (
    BetaToolChoiceOptions
    | BetaToolChoiceAllowed
    | BetaToolChoiceTypes
    | BetaToolChoiceFunction
    | BetaToolChoiceMCP
    | BetaToolChoiceCustom
    | BetaSpecificProgrammaticToolCallingParam
    | BetaSpecificApplyPatchParam
    | BetaSpecificFunctionShellParam
)
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call.
"""
