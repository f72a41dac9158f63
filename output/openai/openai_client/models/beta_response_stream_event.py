"""BetaResponseStreamEvent: Event emitted while a response is streamed."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_response_audio_delta_event import BetaResponseAudioDeltaEvent
from .beta_response_audio_done_event import BetaResponseAudioDoneEvent
from .beta_response_audio_transcript_delta_event import (
    BetaResponseAudioTranscriptDeltaEvent,
)
from .beta_response_audio_transcript_done_event import (
    BetaResponseAudioTranscriptDoneEvent,
)
from .beta_response_code_interpreter_call_code_delta_event import (
    BetaResponseCodeInterpreterCallCodeDeltaEvent,
)
from .beta_response_code_interpreter_call_code_done_event import (
    BetaResponseCodeInterpreterCallCodeDoneEvent,
)
from .beta_response_code_interpreter_call_completed_event import (
    BetaResponseCodeInterpreterCallCompletedEvent,
)
from .beta_response_code_interpreter_call_in_progress_event import (
    BetaResponseCodeInterpreterCallInProgressEvent,
)
from .beta_response_code_interpreter_call_interpreting_event import (
    BetaResponseCodeInterpreterCallInterpretingEvent,
)
from .beta_response_completed_event import BetaResponseCompletedEvent
from .beta_response_content_part_added_event import BetaResponseContentPartAddedEvent
from .beta_response_content_part_done_event import BetaResponseContentPartDoneEvent
from .beta_response_created_event import BetaResponseCreatedEvent
from .beta_response_custom_tool_call_input_delta_event import (
    BetaResponseCustomToolCallInputDeltaEvent,
)
from .beta_response_custom_tool_call_input_done_event import (
    BetaResponseCustomToolCallInputDoneEvent,
)
from .beta_response_error_event import BetaResponseErrorEvent
from .beta_response_failed_event import BetaResponseFailedEvent
from .beta_response_file_search_call_completed_event import (
    BetaResponseFileSearchCallCompletedEvent,
)
from .beta_response_file_search_call_in_progress_event import (
    BetaResponseFileSearchCallInProgressEvent,
)
from .beta_response_file_search_call_searching_event import (
    BetaResponseFileSearchCallSearchingEvent,
)
from .beta_response_function_call_arguments_delta_event import (
    BetaResponseFunctionCallArgumentsDeltaEvent,
)
from .beta_response_function_call_arguments_done_event import (
    BetaResponseFunctionCallArgumentsDoneEvent,
)
from .beta_response_image_gen_call_completed_event import (
    BetaResponseImageGenCallCompletedEvent,
)
from .beta_response_image_gen_call_generating_event import (
    BetaResponseImageGenCallGeneratingEvent,
)
from .beta_response_image_gen_call_in_progress_event import (
    BetaResponseImageGenCallInProgressEvent,
)
from .beta_response_image_gen_call_partial_image_event import (
    BetaResponseImageGenCallPartialImageEvent,
)
from .beta_response_in_progress_event import BetaResponseInProgressEvent
from .beta_response_incomplete_event import BetaResponseIncompleteEvent
from .beta_response_mcp_call_arguments_delta_event import (
    BetaResponseMCPCallArgumentsDeltaEvent,
)
from .beta_response_mcp_call_arguments_done_event import (
    BetaResponseMCPCallArgumentsDoneEvent,
)
from .beta_response_mcp_call_completed_event import BetaResponseMCPCallCompletedEvent
from .beta_response_mcp_call_failed_event import BetaResponseMCPCallFailedEvent
from .beta_response_mcp_call_in_progress_event import BetaResponseMCPCallInProgressEvent
from .beta_response_mcp_list_tools_completed_event import (
    BetaResponseMCPListToolsCompletedEvent,
)
from .beta_response_mcp_list_tools_failed_event import (
    BetaResponseMCPListToolsFailedEvent,
)
from .beta_response_mcp_list_tools_in_progress_event import (
    BetaResponseMCPListToolsInProgressEvent,
)
from .beta_response_output_item_added_event import BetaResponseOutputItemAddedEvent
from .beta_response_output_item_done_event import BetaResponseOutputItemDoneEvent
from .beta_response_output_text_annotation_added_event import (
    BetaResponseOutputTextAnnotationAddedEvent,
)
from .beta_response_queued_event import BetaResponseQueuedEvent
from .beta_response_reasoning_summary_part_added_event import (
    BetaResponseReasoningSummaryPartAddedEvent,
)
from .beta_response_reasoning_summary_part_done_event import (
    BetaResponseReasoningSummaryPartDoneEvent,
)
from .beta_response_reasoning_summary_text_delta_event import (
    BetaResponseReasoningSummaryTextDeltaEvent,
)
from .beta_response_reasoning_summary_text_done_event import (
    BetaResponseReasoningSummaryTextDoneEvent,
)
from .beta_response_reasoning_text_delta_event import (
    BetaResponseReasoningTextDeltaEvent,
)
from .beta_response_reasoning_text_done_event import BetaResponseReasoningTextDoneEvent
from .beta_response_refusal_delta_event import BetaResponseRefusalDeltaEvent
from .beta_response_refusal_done_event import BetaResponseRefusalDoneEvent
from .beta_response_shell_call_command_added_streaming_event import (
    BetaResponseShellCallCommandAddedStreamingEvent,
)
from .beta_response_shell_call_command_delta_streaming_event import (
    BetaResponseShellCallCommandDeltaStreamingEvent,
)
from .beta_response_shell_call_command_done_streaming_event import (
    BetaResponseShellCallCommandDoneStreamingEvent,
)
from .beta_response_shell_call_output_content_delta_streaming_event import (
    BetaResponseShellCallOutputContentDeltaStreamingEvent,
)
from .beta_response_shell_call_output_content_done_streaming_event import (
    BetaResponseShellCallOutputContentDoneStreamingEvent,
)
from .beta_response_text_delta_event import BetaResponseTextDeltaEvent
from .beta_response_text_done_event import BetaResponseTextDoneEvent
from .beta_response_web_search_call_completed_event import (
    BetaResponseWebSearchCallCompletedEvent,
)
from .beta_response_web_search_call_in_progress_event import (
    BetaResponseWebSearchCallInProgressEvent,
)
from .beta_response_web_search_call_searching_event import (
    BetaResponseWebSearchCallSearchingEvent,
)

__all__ = ["BetaResponseStreamEvent"]

BetaResponseStreamEvent: TypeAlias = Annotated[
    Annotated[BetaResponseAudioDeltaEvent, pydantic.Tag("BetaResponseAudioDeltaEvent")]
    | Annotated[BetaResponseAudioDoneEvent, pydantic.Tag("BetaResponseAudioDoneEvent")]
    | Annotated[
        BetaResponseAudioTranscriptDeltaEvent,
        pydantic.Tag("BetaResponseAudioTranscriptDeltaEvent"),
    ]
    | Annotated[
        BetaResponseAudioTranscriptDoneEvent,
        pydantic.Tag("BetaResponseAudioTranscriptDoneEvent"),
    ]
    | Annotated[
        BetaResponseCodeInterpreterCallCodeDeltaEvent,
        pydantic.Tag("BetaResponseCodeInterpreterCallCodeDeltaEvent"),
    ]
    | Annotated[
        BetaResponseCodeInterpreterCallCodeDoneEvent,
        pydantic.Tag("BetaResponseCodeInterpreterCallCodeDoneEvent"),
    ]
    | Annotated[
        BetaResponseCodeInterpreterCallCompletedEvent,
        pydantic.Tag("BetaResponseCodeInterpreterCallCompletedEvent"),
    ]
    | Annotated[
        BetaResponseCodeInterpreterCallInProgressEvent,
        pydantic.Tag("BetaResponseCodeInterpreterCallInProgressEvent"),
    ]
    | Annotated[
        BetaResponseCodeInterpreterCallInterpretingEvent,
        pydantic.Tag("BetaResponseCodeInterpreterCallInterpretingEvent"),
    ]
    | Annotated[BetaResponseCompletedEvent, pydantic.Tag("BetaResponseCompletedEvent")]
    | Annotated[
        BetaResponseContentPartAddedEvent,
        pydantic.Tag("BetaResponseContentPartAddedEvent"),
    ]
    | Annotated[
        BetaResponseContentPartDoneEvent,
        pydantic.Tag("BetaResponseContentPartDoneEvent"),
    ]
    | Annotated[BetaResponseCreatedEvent, pydantic.Tag("BetaResponseCreatedEvent")]
    | Annotated[BetaResponseErrorEvent, pydantic.Tag("BetaResponseErrorEvent")]
    | Annotated[
        BetaResponseFileSearchCallCompletedEvent,
        pydantic.Tag("BetaResponseFileSearchCallCompletedEvent"),
    ]
    | Annotated[
        BetaResponseFileSearchCallInProgressEvent,
        pydantic.Tag("BetaResponseFileSearchCallInProgressEvent"),
    ]
    | Annotated[
        BetaResponseFileSearchCallSearchingEvent,
        pydantic.Tag("BetaResponseFileSearchCallSearchingEvent"),
    ]
    | Annotated[
        BetaResponseFunctionCallArgumentsDeltaEvent,
        pydantic.Tag("BetaResponseFunctionCallArgumentsDeltaEvent"),
    ]
    | Annotated[
        BetaResponseFunctionCallArgumentsDoneEvent,
        pydantic.Tag("BetaResponseFunctionCallArgumentsDoneEvent"),
    ]
    | Annotated[
        BetaResponseShellCallCommandAddedStreamingEvent,
        pydantic.Tag("BetaResponseShellCallCommandAddedStreamingEvent"),
    ]
    | Annotated[
        BetaResponseShellCallCommandDeltaStreamingEvent,
        pydantic.Tag("BetaResponseShellCallCommandDeltaStreamingEvent"),
    ]
    | Annotated[
        BetaResponseShellCallCommandDoneStreamingEvent,
        pydantic.Tag("BetaResponseShellCallCommandDoneStreamingEvent"),
    ]
    | Annotated[
        BetaResponseShellCallOutputContentDeltaStreamingEvent,
        pydantic.Tag("BetaResponseShellCallOutputContentDeltaStreamingEvent"),
    ]
    | Annotated[
        BetaResponseShellCallOutputContentDoneStreamingEvent,
        pydantic.Tag("BetaResponseShellCallOutputContentDoneStreamingEvent"),
    ]
    | Annotated[
        BetaResponseInProgressEvent, pydantic.Tag("BetaResponseInProgressEvent")
    ]
    | Annotated[BetaResponseFailedEvent, pydantic.Tag("BetaResponseFailedEvent")]
    | Annotated[
        BetaResponseIncompleteEvent, pydantic.Tag("BetaResponseIncompleteEvent")
    ]
    | Annotated[
        BetaResponseOutputItemAddedEvent,
        pydantic.Tag("BetaResponseOutputItemAddedEvent"),
    ]
    | Annotated[
        BetaResponseOutputItemDoneEvent, pydantic.Tag("BetaResponseOutputItemDoneEvent")
    ]
    | Annotated[
        BetaResponseReasoningSummaryPartAddedEvent,
        pydantic.Tag("BetaResponseReasoningSummaryPartAddedEvent"),
    ]
    | Annotated[
        BetaResponseReasoningSummaryPartDoneEvent,
        pydantic.Tag("BetaResponseReasoningSummaryPartDoneEvent"),
    ]
    | Annotated[
        BetaResponseReasoningSummaryTextDeltaEvent,
        pydantic.Tag("BetaResponseReasoningSummaryTextDeltaEvent"),
    ]
    | Annotated[
        BetaResponseReasoningSummaryTextDoneEvent,
        pydantic.Tag("BetaResponseReasoningSummaryTextDoneEvent"),
    ]
    | Annotated[
        BetaResponseReasoningTextDeltaEvent,
        pydantic.Tag("BetaResponseReasoningTextDeltaEvent"),
    ]
    | Annotated[
        BetaResponseReasoningTextDoneEvent,
        pydantic.Tag("BetaResponseReasoningTextDoneEvent"),
    ]
    | Annotated[
        BetaResponseRefusalDeltaEvent, pydantic.Tag("BetaResponseRefusalDeltaEvent")
    ]
    | Annotated[
        BetaResponseRefusalDoneEvent, pydantic.Tag("BetaResponseRefusalDoneEvent")
    ]
    | Annotated[BetaResponseTextDeltaEvent, pydantic.Tag("BetaResponseTextDeltaEvent")]
    | Annotated[BetaResponseTextDoneEvent, pydantic.Tag("BetaResponseTextDoneEvent")]
    | Annotated[
        BetaResponseWebSearchCallCompletedEvent,
        pydantic.Tag("BetaResponseWebSearchCallCompletedEvent"),
    ]
    | Annotated[
        BetaResponseWebSearchCallInProgressEvent,
        pydantic.Tag("BetaResponseWebSearchCallInProgressEvent"),
    ]
    | Annotated[
        BetaResponseWebSearchCallSearchingEvent,
        pydantic.Tag("BetaResponseWebSearchCallSearchingEvent"),
    ]
    | Annotated[
        BetaResponseImageGenCallCompletedEvent,
        pydantic.Tag("BetaResponseImageGenCallCompletedEvent"),
    ]
    | Annotated[
        BetaResponseImageGenCallGeneratingEvent,
        pydantic.Tag("BetaResponseImageGenCallGeneratingEvent"),
    ]
    | Annotated[
        BetaResponseImageGenCallInProgressEvent,
        pydantic.Tag("BetaResponseImageGenCallInProgressEvent"),
    ]
    | Annotated[
        BetaResponseImageGenCallPartialImageEvent,
        pydantic.Tag("BetaResponseImageGenCallPartialImageEvent"),
    ]
    | Annotated[
        BetaResponseMCPCallArgumentsDeltaEvent,
        pydantic.Tag("BetaResponseMCPCallArgumentsDeltaEvent"),
    ]
    | Annotated[
        BetaResponseMCPCallArgumentsDoneEvent,
        pydantic.Tag("BetaResponseMCPCallArgumentsDoneEvent"),
    ]
    | Annotated[
        BetaResponseMCPCallCompletedEvent,
        pydantic.Tag("BetaResponseMCPCallCompletedEvent"),
    ]
    | Annotated[
        BetaResponseMCPCallFailedEvent, pydantic.Tag("BetaResponseMCPCallFailedEvent")
    ]
    | Annotated[
        BetaResponseMCPCallInProgressEvent,
        pydantic.Tag("BetaResponseMCPCallInProgressEvent"),
    ]
    | Annotated[
        BetaResponseMCPListToolsCompletedEvent,
        pydantic.Tag("BetaResponseMCPListToolsCompletedEvent"),
    ]
    | Annotated[
        BetaResponseMCPListToolsFailedEvent,
        pydantic.Tag("BetaResponseMCPListToolsFailedEvent"),
    ]
    | Annotated[
        BetaResponseMCPListToolsInProgressEvent,
        pydantic.Tag("BetaResponseMCPListToolsInProgressEvent"),
    ]
    | Annotated[
        BetaResponseOutputTextAnnotationAddedEvent,
        pydantic.Tag("BetaResponseOutputTextAnnotationAddedEvent"),
    ]
    | Annotated[BetaResponseQueuedEvent, pydantic.Tag("BetaResponseQueuedEvent")]
    | Annotated[
        BetaResponseCustomToolCallInputDeltaEvent,
        pydantic.Tag("BetaResponseCustomToolCallInputDeltaEvent"),
    ]
    | Annotated[
        BetaResponseCustomToolCallInputDoneEvent,
        pydantic.Tag("BetaResponseCustomToolCallInputDoneEvent"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "response.audio.delta": "BetaResponseAudioDeltaEvent",
            "response.audio.done": "BetaResponseAudioDoneEvent",
            "response.audio.transcript.delta": "BetaResponseAudioTranscriptDeltaEvent",
            "response.audio.transcript.done": "BetaResponseAudioTranscriptDoneEvent",
            "response.code_interpreter_call_code.delta": "BetaResponseCodeInterpreterCallCodeDeltaEvent",
            "response.code_interpreter_call_code.done": "BetaResponseCodeInterpreterCallCodeDoneEvent",
            "response.code_interpreter_call.completed": "BetaResponseCodeInterpreterCallCompletedEvent",
            "response.code_interpreter_call.in_progress": "BetaResponseCodeInterpreterCallInProgressEvent",
            "response.code_interpreter_call.interpreting": "BetaResponseCodeInterpreterCallInterpretingEvent",
            "response.completed": "BetaResponseCompletedEvent",
            "response.content_part.added": "BetaResponseContentPartAddedEvent",
            "response.content_part.done": "BetaResponseContentPartDoneEvent",
            "response.created": "BetaResponseCreatedEvent",
            "error": "BetaResponseErrorEvent",
            "response.file_search_call.completed": "BetaResponseFileSearchCallCompletedEvent",
            "response.file_search_call.in_progress": "BetaResponseFileSearchCallInProgressEvent",
            "response.file_search_call.searching": "BetaResponseFileSearchCallSearchingEvent",
            "response.function_call_arguments.delta": "BetaResponseFunctionCallArgumentsDeltaEvent",
            "response.function_call_arguments.done": "BetaResponseFunctionCallArgumentsDoneEvent",
            "response.shell_call_command.added": "BetaResponseShellCallCommandAddedStreamingEvent",
            "response.shell_call_command.delta": "BetaResponseShellCallCommandDeltaStreamingEvent",
            "response.shell_call_command.done": "BetaResponseShellCallCommandDoneStreamingEvent",
            "response.shell_call_output_content.delta": "BetaResponseShellCallOutputContentDeltaStreamingEvent",
            "response.shell_call_output_content.done": "BetaResponseShellCallOutputContentDoneStreamingEvent",
            "response.in_progress": "BetaResponseInProgressEvent",
            "response.failed": "BetaResponseFailedEvent",
            "response.incomplete": "BetaResponseIncompleteEvent",
            "response.output_item.added": "BetaResponseOutputItemAddedEvent",
            "response.output_item.done": "BetaResponseOutputItemDoneEvent",
            "response.reasoning_summary_part.added": "BetaResponseReasoningSummaryPartAddedEvent",
            "response.reasoning_summary_part.done": "BetaResponseReasoningSummaryPartDoneEvent",
            "response.reasoning_summary_text.delta": "BetaResponseReasoningSummaryTextDeltaEvent",
            "response.reasoning_summary_text.done": "BetaResponseReasoningSummaryTextDoneEvent",
            "response.reasoning_text.delta": "BetaResponseReasoningTextDeltaEvent",
            "response.reasoning_text.done": "BetaResponseReasoningTextDoneEvent",
            "response.refusal.delta": "BetaResponseRefusalDeltaEvent",
            "response.refusal.done": "BetaResponseRefusalDoneEvent",
            "response.output_text.delta": "BetaResponseTextDeltaEvent",
            "response.output_text.done": "BetaResponseTextDoneEvent",
            "response.web_search_call.completed": "BetaResponseWebSearchCallCompletedEvent",
            "response.web_search_call.in_progress": "BetaResponseWebSearchCallInProgressEvent",
            "response.web_search_call.searching": "BetaResponseWebSearchCallSearchingEvent",
            "response.image_generation_call.completed": "BetaResponseImageGenCallCompletedEvent",
            "response.image_generation_call.generating": "BetaResponseImageGenCallGeneratingEvent",
            "response.image_generation_call.in_progress": "BetaResponseImageGenCallInProgressEvent",
            "response.image_generation_call.partial_image": "BetaResponseImageGenCallPartialImageEvent",
            "response.mcp_call_arguments.delta": "BetaResponseMCPCallArgumentsDeltaEvent",
            "response.mcp_call_arguments.done": "BetaResponseMCPCallArgumentsDoneEvent",
            "response.mcp_call.completed": "BetaResponseMCPCallCompletedEvent",
            "response.mcp_call.failed": "BetaResponseMCPCallFailedEvent",
            "response.mcp_call.in_progress": "BetaResponseMCPCallInProgressEvent",
            "response.mcp_list_tools.completed": "BetaResponseMCPListToolsCompletedEvent",
            "response.mcp_list_tools.failed": "BetaResponseMCPListToolsFailedEvent",
            "response.mcp_list_tools.in_progress": "BetaResponseMCPListToolsInProgressEvent",
            "response.output_text.annotation.added": "BetaResponseOutputTextAnnotationAddedEvent",
            "response.queued": "BetaResponseQueuedEvent",
            "response.custom_tool_call_input.delta": "BetaResponseCustomToolCallInputDeltaEvent",
            "response.custom_tool_call_input.done": "BetaResponseCustomToolCallInputDoneEvent",
        },
    ),
]
"""Event emitted while a response is streamed."""
