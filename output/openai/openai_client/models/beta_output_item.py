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
from .beta_custom_tool_call_output_resource import BetaCustomToolCallOutputResource
from .beta_file_search_tool_call import BetaFileSearchToolCall
from .beta_function_shell_call import BetaFunctionShellCall
from .beta_function_shell_call_output import BetaFunctionShellCallOutput
from .beta_function_tool_call import BetaFunctionToolCall
from .beta_function_tool_call_output_resource import BetaFunctionToolCallOutputResource
from .beta_image_gen_tool_call import BetaImageGenToolCall
from .beta_local_shell_tool_call import BetaLocalShellToolCall
from .beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
from .beta_mcp_approval_request import BetaMCPApprovalRequest
from .beta_mcp_approval_response_resource import BetaMCPApprovalResponseResource
from .beta_mcp_list_tools import BetaMCPListTools
from .beta_mcp_tool_call import BetaMCPToolCall
from .beta_multi_agent_call import BetaMultiAgentCall
from .beta_multi_agent_call_output import BetaMultiAgentCallOutput
from .beta_output_message import BetaOutputMessage
from .beta_program import BetaProgram
from .beta_program_output import BetaProgramOutput
from .beta_reasoning_item import BetaReasoningItem
from .beta_tool_search_call import BetaToolSearchCall
from .beta_tool_search_output import BetaToolSearchOutput
from .beta_web_search_tool_call import BetaWebSearchToolCall

__all__ = ["BetaOutputItem"]

BetaOutputItem: TypeAlias = Annotated[
    Annotated[BetaOutputMessage, pydantic.Tag("BetaOutputMessage")]
    | Annotated[BetaFileSearchToolCall, pydantic.Tag("BetaFileSearchToolCall")]
    | Annotated[BetaFunctionToolCall, pydantic.Tag("BetaFunctionToolCall")]
    | Annotated[
        BetaFunctionToolCallOutputResource,
        pydantic.Tag("BetaFunctionToolCallOutputResource"),
    ]
    | Annotated[BetaAgentMessage, pydantic.Tag("BetaAgentMessage")]
    | Annotated[BetaMultiAgentCall, pydantic.Tag("BetaMultiAgentCall")]
    | Annotated[BetaMultiAgentCallOutput, pydantic.Tag("BetaMultiAgentCallOutput")]
    | Annotated[BetaWebSearchToolCall, pydantic.Tag("BetaWebSearchToolCall")]
    | Annotated[BetaComputerToolCall, pydantic.Tag("BetaComputerToolCall")]
    | Annotated[
        BetaComputerToolCallOutputResource,
        pydantic.Tag("BetaComputerToolCallOutputResource"),
    ]
    | Annotated[BetaReasoningItem, pydantic.Tag("BetaReasoningItem")]
    | Annotated[BetaProgram, pydantic.Tag("BetaProgram")]
    | Annotated[BetaProgramOutput, pydantic.Tag("BetaProgramOutput")]
    | Annotated[BetaToolSearchCall, pydantic.Tag("BetaToolSearchCall")]
    | Annotated[BetaToolSearchOutput, pydantic.Tag("BetaToolSearchOutput")]
    | Annotated[BetaAdditionalTools, pydantic.Tag("BetaAdditionalTools")]
    | Annotated[BetaCompactionBody, pydantic.Tag("BetaCompactionBody")]
    | Annotated[BetaImageGenToolCall, pydantic.Tag("BetaImageGenToolCall")]
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
    | Annotated[BetaMCPToolCall, pydantic.Tag("BetaMCPToolCall")]
    | Annotated[BetaMCPListTools, pydantic.Tag("BetaMCPListTools")]
    | Annotated[BetaMCPApprovalRequest, pydantic.Tag("BetaMCPApprovalRequest")]
    | Annotated[
        BetaMCPApprovalResponseResource, pydantic.Tag("BetaMCPApprovalResponseResource")
    ]
    | Annotated[BetaCustomToolCall, pydantic.Tag("BetaCustomToolCall")]
    | Annotated[
        BetaCustomToolCallOutputResource,
        pydantic.Tag("BetaCustomToolCallOutputResource"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "message": "BetaOutputMessage",
            "file_search_call": "BetaFileSearchToolCall",
            "function_call": "BetaFunctionToolCall",
            "function_call_output": "BetaFunctionToolCallOutputResource",
            "agent_message": "BetaAgentMessage",
            "multi_agent_call": "BetaMultiAgentCall",
            "multi_agent_call_output": "BetaMultiAgentCallOutput",
            "web_search_call": "BetaWebSearchToolCall",
            "computer_call": "BetaComputerToolCall",
            "computer_call_output": "BetaComputerToolCallOutputResource",
            "reasoning": "BetaReasoningItem",
            "program": "BetaProgram",
            "program_output": "BetaProgramOutput",
            "tool_search_call": "BetaToolSearchCall",
            "tool_search_output": "BetaToolSearchOutput",
            "additional_tools": "BetaAdditionalTools",
            "compaction": "BetaCompactionBody",
            "image_generation_call": "BetaImageGenToolCall",
            "code_interpreter_call": "BetaCodeInterpreterToolCall",
            "local_shell_call": "BetaLocalShellToolCall",
            "local_shell_call_output": "BetaLocalShellToolCallOutput",
            "shell_call": "BetaFunctionShellCall",
            "shell_call_output": "BetaFunctionShellCallOutput",
            "apply_patch_call": "BetaApplyPatchToolCall",
            "apply_patch_call_output": "BetaApplyPatchToolCallOutput",
            "mcp_call": "BetaMCPToolCall",
            "mcp_list_tools": "BetaMCPListTools",
            "mcp_approval_request": "BetaMCPApprovalRequest",
            "mcp_approval_response": "BetaMCPApprovalResponseResource",
            "custom_tool_call": "BetaCustomToolCall",
            "custom_tool_call_output": "BetaCustomToolCallOutputResource",
        },
    ),
]
