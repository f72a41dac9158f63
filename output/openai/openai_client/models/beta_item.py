"""BetaItem: Content item used to generate a response."""

from typing import TypeAlias

from .beta_additional_tools_item_param import BetaAdditionalToolsItemParam
from .beta_agent_message_item_param import BetaAgentMessageItemParam
from .beta_apply_patch_tool_call_item_param import BetaApplyPatchToolCallItemParam
from .beta_apply_patch_tool_call_output_item_param import (
    BetaApplyPatchToolCallOutputItemParam,
)
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
from .beta_compaction_summary_item_param import BetaCompactionSummaryItemParam
from .beta_computer_call_output_item_param import BetaComputerCallOutputItemParam
from .beta_computer_tool_call import BetaComputerToolCall
from .beta_custom_tool_call import BetaCustomToolCall
from .beta_custom_tool_call_output import BetaCustomToolCallOutput
from .beta_file_search_tool_call import BetaFileSearchToolCall
from .beta_function_call_output_item_param import BetaFunctionCallOutputItemParam
from .beta_function_shell_call_item_param import BetaFunctionShellCallItemParam
from .beta_function_shell_call_output_item_param import (
    BetaFunctionShellCallOutputItemParam,
)
from .beta_function_tool_call import BetaFunctionToolCall
from .beta_image_gen_tool_call import BetaImageGenToolCall
from .beta_input_message import BetaInputMessage
from .beta_local_shell_tool_call import BetaLocalShellToolCall
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
from .beta_mcp_approval_request import BetaMCPApprovalRequest
from .beta_mcp_approval_response import BetaMCPApprovalResponse
from .beta_mcp_list_tools import BetaMCPListTools
from .beta_mcp_tool_call import BetaMCPToolCall
from .beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
from .beta_multi_agent_call_output_item_param import BetaMultiAgentCallOutputItemParam
from .beta_output_message import BetaOutputMessage
from .beta_reasoning_item import BetaReasoningItem
from .beta_tool_search_call_item_param import BetaToolSearchCallItemParam
from .beta_tool_search_output_item_param import BetaToolSearchOutputItemParam
from .beta_web_search_tool_call import BetaWebSearchToolCall

__all__ = ["BetaItem"]

BetaItem: TypeAlias = (
    BetaInputMessage
    | BetaOutputMessage
    | BetaFileSearchToolCall
    | BetaComputerToolCall
    | BetaComputerCallOutputItemParam
    | BetaWebSearchToolCall
    | BetaFunctionToolCall
    | BetaFunctionCallOutputItemParam
    | BetaAgentMessageItemParam
    | BetaMultiAgentCallItemParam
    | BetaMultiAgentCallOutputItemParam
    | BetaToolSearchCallItemParam
    | BetaToolSearchOutputItemParam
    | BetaAdditionalToolsItemParam
    | BetaReasoningItem
    | BetaCompactionSummaryItemParam
    | BetaImageGenToolCall
    | BetaCodeInterpreterToolCall
    | BetaLocalShellToolCall
    | BetaLocalShellToolCallOutput
    | BetaFunctionShellCallItemParam
    | BetaFunctionShellCallOutputItemParam
    | BetaApplyPatchToolCallItemParam
    | BetaApplyPatchToolCallOutputItemParam
    | BetaMCPListTools
    | BetaMCPApprovalRequest
    | BetaMCPApprovalResponse
    | BetaMCPToolCall
    | BetaCustomToolCallOutput
    | BetaCustomToolCall
)
"""Content item used to generate a response."""
