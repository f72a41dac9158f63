"""BetaItemField: An item representing a message, tool call, tool output, reasoning, or
other response element.
"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_additional_tools import BetaAdditionalTools
from .beta_agent_message import BetaAgentMessage
from .beta_apply_patch_tool_call import BetaApplyPatchToolCall
from .beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
from .beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
from .beta_compaction_body import BetaCompactionBody
from .beta_computer_tool_call import BetaComputerToolCall
from .beta_computer_tool_call_output_resource import BetaComputerToolCallOutputResource
from .beta_custom_tool_call import BetaCustomToolCall
from .beta_custom_tool_call_output import BetaCustomToolCallOutput
from .beta_file_search_tool_call import BetaFileSearchToolCall
from .beta_function_shell_call import BetaFunctionShellCall
from .beta_function_shell_call_output import BetaFunctionShellCallOutput
from .beta_function_tool_call import BetaFunctionToolCall
from .beta_function_tool_call_output import BetaFunctionToolCallOutput
from .beta_image_gen_tool_call import BetaImageGenToolCall
from .beta_local_shell_tool_call import BetaLocalShellToolCall
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
from .beta_mcp_approval_request import BetaMCPApprovalRequest
from .beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource
from .beta_mcp_list_tools import BetaMCPListTools
from .beta_mcp_tool_call import BetaMCPToolCall
from .beta_message import BetaMessage
from .beta_multi_agent_call import BetaMultiAgentCall
from .beta_multi_agent_call_output import BetaMultiAgentCallOutput
from .beta_program import BetaProgram
from .beta_program_output import BetaProgramOutput
from .beta_reasoning_item import BetaReasoningItem
from .beta_tool_search_call import BetaToolSearchCall
from .beta_tool_search_output import BetaToolSearchOutput
from .beta_web_search_tool_call import BetaWebSearchToolCall

__all__ = ["BetaItemField"]

BetaItemField: TypeAlias = Annotated[
    Annotated[BetaMessage, pydantic.Tag("BetaMessage")]
    | Annotated[BetaProgram, pydantic.Tag("BetaProgram")]
    | Annotated[BetaProgramOutput, pydantic.Tag("BetaProgramOutput")]
    | Annotated[BetaFunctionToolCall, pydantic.Tag("BetaFunctionToolCall")]
    | Annotated[BetaMultiAgentCall, pydantic.Tag("BetaMultiAgentCall")]
    | Annotated[BetaMultiAgentCallOutput, pydantic.Tag("BetaMultiAgentCallOutput")]
    | Annotated[BetaToolSearchCall, pydantic.Tag("BetaToolSearchCall")]
    | Annotated[BetaToolSearchOutput, pydantic.Tag("BetaToolSearchOutput")]
    | Annotated[BetaAdditionalTools, pydantic.Tag("BetaAdditionalTools")]
    | Annotated[BetaAgentMessage, pydantic.Tag("BetaAgentMessage")]
    | Annotated[BetaFunctionToolCallOutput, pydantic.Tag("BetaFunctionToolCallOutput")]
    | Annotated[BetaFileSearchToolCall, pydantic.Tag("BetaFileSearchToolCall")]
    | Annotated[BetaWebSearchToolCall, pydantic.Tag("BetaWebSearchToolCall")]
    | Annotated[BetaImageGenToolCall, pydantic.Tag("BetaImageGenToolCall")]
    | Annotated[BetaComputerToolCall, pydantic.Tag("BetaComputerToolCall")]
    | Annotated[
        BetaComputerToolCallOutputResource,
        pydantic.Tag("BetaComputerToolCallOutputResource"),
    ]
    | Annotated[BetaReasoningItem, pydantic.Tag("BetaReasoningItem")]
    | Annotated[BetaCompactionBody, pydantic.Tag("BetaCompactionBody")]
    | Annotated[
        BetaCodeInterpreterToolCall, pydantic.Tag("BetaCodeInterpreterToolCall")
    ]
    | Annotated[BetaLocalShellToolCall, pydantic.Tag("BetaLocalShellToolCall")]
    | Annotated[
        BetaLocalShellToolCallOutput, pydantic.Tag("BetaLocalShellToolCallOutput")
    ]
    | Annotated[BetaFunctionShellCall, pydantic.Tag("BetaFunctionShellCall")]
    | Annotated[
        BetaFunctionShellCallOutput, pydantic.Tag("BetaFunctionShellCallOutput")
    ]
    | Annotated[BetaApplyPatchToolCall, pydantic.Tag("BetaApplyPatchToolCall")]
    | Annotated[
        BetaApplyPatchToolCallOutput, pydantic.Tag("BetaApplyPatchToolCallOutput")
    ]
    | Annotated[BetaMCPListTools, pydantic.Tag("BetaMCPListTools")]
    | Annotated[BetaMCPApprovalRequest, pydantic.Tag("BetaMCPApprovalRequest")]
    | Annotated[
        BetaMCPApprovalResponseResource, pydantic.Tag("BetaMCPApprovalResponseResource")
    ]
    | Annotated[BetaMCPToolCall, pydantic.Tag("BetaMCPToolCall")]
    | Annotated[BetaCustomToolCall, pydantic.Tag("BetaCustomToolCall")]
    | Annotated[BetaCustomToolCallOutput, pydantic.Tag("BetaCustomToolCallOutput")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "message": "BetaMessage",
            "program": "BetaProgram",
            "program_output": "BetaProgramOutput",
            "function_call": "BetaFunctionToolCall",
            "multi_agent_call": "BetaMultiAgentCall",
            "multi_agent_call_output": "BetaMultiAgentCallOutput",
            "tool_search_call": "BetaToolSearchCall",
            "tool_search_output": "BetaToolSearchOutput",
            "additional_tools": "BetaAdditionalTools",
            "agent_message": "BetaAgentMessage",
            "function_call_output": "BetaFunctionToolCallOutput",
            "file_search_call": "BetaFileSearchToolCall",
            "web_search_call": "BetaWebSearchToolCall",
            "image_generation_call": "BetaImageGenToolCall",
            "computer_call": "BetaComputerToolCall",
            "computer_call_output": "BetaComputerToolCallOutputResource",
            "reasoning": "BetaReasoningItem",
            "compaction": "BetaCompactionBody",
            "code_interpreter_call": "BetaCodeInterpreterToolCall",
            "local_shell_call": "BetaLocalShellToolCall",
            "local_shell_call_output": "BetaLocalShellToolCallOutput",
            "shell_call": "BetaFunctionShellCall",
            "shell_call_output": "BetaFunctionShellCallOutput",
            "apply_patch_call": "BetaApplyPatchToolCall",
            "apply_patch_call_output": "BetaApplyPatchToolCallOutput",
            "mcp_list_tools": "BetaMCPListTools",
            "mcp_approval_request": "BetaMCPApprovalRequest",
            "mcp_approval_response": "BetaMCPApprovalResponseResource",
            "mcp_call": "BetaMCPToolCall",
            "custom_tool_call": "BetaCustomToolCall",
            "custom_tool_call_output": "BetaCustomToolCallOutput",
        },
    ),
]
"""An item representing a message, tool call, tool output, reasoning, or other response
element.
"""
