"""Item: Content item used to generate a response."""

from typing import TypeAlias

from .additional_tools_item_param import AdditionalToolsItemParam
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_summary_item_param import CompactionSummaryItemParam
from .computer_call_output_item_param import ComputerCallOutputItemParam
from .computer_tool_call import ComputerToolCall
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output import CustomToolCallOutput
from .file_search_tool_call import FileSearchToolCall
from .function_call_output_item_param import FunctionCallOutputItemParam
from .function_shell_call_item_param import FunctionShellCallItemParam
from .function_shell_call_output_item_param import FunctionShellCallOutputItemParam
from .function_tool_call import FunctionToolCall
from .image_gen_tool_call import ImageGenToolCall
from .input_message import InputMessage
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response import MCPApprovalResponse
from .mcp_list_tools import MCPListTools
from .mcp_tool_call import MCPToolCall
from .output_message import OutputMessage
from .reasoning_item import ReasoningItem
from .tool_search_call_item_param import ToolSearchCallItemParam
from .tool_search_output_item_param import ToolSearchOutputItemParam
from .web_search_tool_call import WebSearchToolCall

__all__ = ["Item"]

Item: TypeAlias = (
    InputMessage
    | OutputMessage
    | FileSearchToolCall
    | ComputerToolCall
    | ComputerCallOutputItemParam
    | WebSearchToolCall
    | FunctionToolCall
    | FunctionCallOutputItemParam
    | ToolSearchCallItemParam
    | ToolSearchOutputItemParam
    | AdditionalToolsItemParam
    | ReasoningItem
    | CompactionSummaryItemParam
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCallItemParam
    | FunctionShellCallOutputItemParam
    | ApplyPatchToolCallItemParam
    | ApplyPatchToolCallOutputItemParam
    | MCPListTools
    | MCPApprovalRequest
    | MCPApprovalResponse
    | MCPToolCall
    | CustomToolCallOutput
    | CustomToolCall
)
"""Content item used to generate a response."""
