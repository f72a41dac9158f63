"""ResponseStreamEvent: Event emitted while a response is streamed."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .response_audio_delta_event import ResponseAudioDeltaEvent
from .response_audio_done_event import ResponseAudioDoneEvent
from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from .response_code_interpreter_call_code_delta_event import (
    ResponseCodeInterpreterCallCodeDeltaEvent,
)
from .response_code_interpreter_call_code_done_event import (
    ResponseCodeInterpreterCallCodeDoneEvent,
)
from .response_code_interpreter_call_completed_event import (
    ResponseCodeInterpreterCallCompletedEvent,
)
from .response_code_interpreter_call_in_progress_event import (
    ResponseCodeInterpreterCallInProgressEvent,
)
from .response_code_interpreter_call_interpreting_event import (
    ResponseCodeInterpreterCallInterpretingEvent,
)
from .response_completed_event import ResponseCompletedEvent
from .response_content_part_added_event import ResponseContentPartAddedEvent
from .response_content_part_done_event import ResponseContentPartDoneEvent
from .response_created_event import ResponseCreatedEvent
from .response_custom_tool_call_input_delta_event import (
    ResponseCustomToolCallInputDeltaEvent,
)
from .response_custom_tool_call_input_done_event import (
    ResponseCustomToolCallInputDoneEvent,
)
from .response_error_event import ResponseErrorEvent
from .response_failed_event import ResponseFailedEvent
from .response_file_search_call_completed_event import (
    ResponseFileSearchCallCompletedEvent,
)
from .response_file_search_call_in_progress_event import (
    ResponseFileSearchCallInProgressEvent,
)
from .response_file_search_call_searching_event import (
    ResponseFileSearchCallSearchingEvent,
)
from .response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent,
)
from .response_function_call_arguments_done_event import (
    ResponseFunctionCallArgumentsDoneEvent,
)
from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from .response_image_gen_call_generating_event import (
    ResponseImageGenCallGeneratingEvent,
)
from .response_image_gen_call_in_progress_event import (
    ResponseImageGenCallInProgressEvent,
)
from .response_image_gen_call_partial_image_event import (
    ResponseImageGenCallPartialImageEvent,
)
from .response_in_progress_event import ResponseInProgressEvent
from .response_incomplete_event import ResponseIncompleteEvent
from .response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent
from .response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent
from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent
from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
from .response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent
from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
from .response_mcp_list_tools_in_progress_event import (
    ResponseMCPListToolsInProgressEvent,
)
from .response_output_item_added_event import ResponseOutputItemAddedEvent
from .response_output_item_done_event import ResponseOutputItemDoneEvent
from .response_output_text_annotation_added_event import (
    ResponseOutputTextAnnotationAddedEvent,
)
from .response_queued_event import ResponseQueuedEvent
from .response_reasoning_summary_part_added_event import (
    ResponseReasoningSummaryPartAddedEvent,
)
from .response_reasoning_summary_part_done_event import (
    ResponseReasoningSummaryPartDoneEvent,
)
from .response_reasoning_summary_text_delta_event import (
    ResponseReasoningSummaryTextDeltaEvent,
)
from .response_reasoning_summary_text_done_event import (
    ResponseReasoningSummaryTextDoneEvent,
)
from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from .response_refusal_delta_event import ResponseRefusalDeltaEvent
from .response_refusal_done_event import ResponseRefusalDoneEvent
from .response_shell_call_command_added_streaming_event import (
    ResponseShellCallCommandAddedStreamingEvent,
)
from .response_shell_call_command_delta_streaming_event import (
    ResponseShellCallCommandDeltaStreamingEvent,
)
from .response_shell_call_command_done_streaming_event import (
    ResponseShellCallCommandDoneStreamingEvent,
)
from .response_shell_call_output_content_delta_streaming_event import (
    ResponseShellCallOutputContentDeltaStreamingEvent,
)
from .response_shell_call_output_content_done_streaming_event import (
    ResponseShellCallOutputContentDoneStreamingEvent,
)
from .response_text_delta_event import ResponseTextDeltaEvent
from .response_text_done_event import ResponseTextDoneEvent
from .response_web_search_call_completed_event import (
    ResponseWebSearchCallCompletedEvent,
)
from .response_web_search_call_in_progress_event import (
    ResponseWebSearchCallInProgressEvent,
)
from .response_web_search_call_searching_event import (
    ResponseWebSearchCallSearchingEvent,
)

__all__ = ["ResponseStreamEvent"]

ResponseStreamEvent: TypeAlias = Annotated[
    Annotated[ResponseAudioDeltaEvent, pydantic.Tag("ResponseAudioDeltaEvent")]
    | Annotated[ResponseAudioDoneEvent, pydantic.Tag("ResponseAudioDoneEvent")]
    | Annotated[
        ResponseAudioTranscriptDeltaEvent,
        pydantic.Tag("ResponseAudioTranscriptDeltaEvent"),
    ]
    | Annotated[
        ResponseAudioTranscriptDoneEvent,
        pydantic.Tag("ResponseAudioTranscriptDoneEvent"),
    ]
    | Annotated[
        ResponseCodeInterpreterCallCodeDeltaEvent,
        pydantic.Tag("ResponseCodeInterpreterCallCodeDeltaEvent"),
    ]
    | Annotated[
        ResponseCodeInterpreterCallCodeDoneEvent,
        pydantic.Tag("ResponseCodeInterpreterCallCodeDoneEvent"),
    ]
    | Annotated[
        ResponseCodeInterpreterCallCompletedEvent,
        pydantic.Tag("ResponseCodeInterpreterCallCompletedEvent"),
    ]
    | Annotated[
        ResponseCodeInterpreterCallInProgressEvent,
        pydantic.Tag("ResponseCodeInterpreterCallInProgressEvent"),
    ]
    | Annotated[
        ResponseCodeInterpreterCallInterpretingEvent,
        pydantic.Tag("ResponseCodeInterpreterCallInterpretingEvent"),
    ]
    | Annotated[ResponseCompletedEvent, pydantic.Tag("ResponseCompletedEvent")]
    | Annotated[
        ResponseContentPartAddedEvent, pydantic.Tag("ResponseContentPartAddedEvent")
    ]
    | Annotated[
        ResponseContentPartDoneEvent, pydantic.Tag("ResponseContentPartDoneEvent")
    ]
    | Annotated[ResponseCreatedEvent, pydantic.Tag("ResponseCreatedEvent")]
    | Annotated[ResponseErrorEvent, pydantic.Tag("ResponseErrorEvent")]
    | Annotated[
        ResponseFileSearchCallCompletedEvent,
        pydantic.Tag("ResponseFileSearchCallCompletedEvent"),
    ]
    | Annotated[
        ResponseFileSearchCallInProgressEvent,
        pydantic.Tag("ResponseFileSearchCallInProgressEvent"),
    ]
    | Annotated[
        ResponseFileSearchCallSearchingEvent,
        pydantic.Tag("ResponseFileSearchCallSearchingEvent"),
    ]
    | Annotated[
        ResponseFunctionCallArgumentsDeltaEvent,
        pydantic.Tag("ResponseFunctionCallArgumentsDeltaEvent"),
    ]
    | Annotated[
        ResponseFunctionCallArgumentsDoneEvent,
        pydantic.Tag("ResponseFunctionCallArgumentsDoneEvent"),
    ]
    | Annotated[
        ResponseShellCallCommandAddedStreamingEvent,
        pydantic.Tag("ResponseShellCallCommandAddedStreamingEvent"),
    ]
    | Annotated[
        ResponseShellCallCommandDeltaStreamingEvent,
        pydantic.Tag("ResponseShellCallCommandDeltaStreamingEvent"),
    ]
    | Annotated[
        ResponseShellCallCommandDoneStreamingEvent,
        pydantic.Tag("ResponseShellCallCommandDoneStreamingEvent"),
    ]
    | Annotated[
        ResponseShellCallOutputContentDeltaStreamingEvent,
        pydantic.Tag("ResponseShellCallOutputContentDeltaStreamingEvent"),
    ]
    | Annotated[
        ResponseShellCallOutputContentDoneStreamingEvent,
        pydantic.Tag("ResponseShellCallOutputContentDoneStreamingEvent"),
    ]
    | Annotated[ResponseInProgressEvent, pydantic.Tag("ResponseInProgressEvent")]
    | Annotated[ResponseFailedEvent, pydantic.Tag("ResponseFailedEvent")]
    | Annotated[ResponseIncompleteEvent, pydantic.Tag("ResponseIncompleteEvent")]
    | Annotated[
        ResponseOutputItemAddedEvent, pydantic.Tag("ResponseOutputItemAddedEvent")
    ]
    | Annotated[
        ResponseOutputItemDoneEvent, pydantic.Tag("ResponseOutputItemDoneEvent")
    ]
    | Annotated[
        ResponseReasoningSummaryPartAddedEvent,
        pydantic.Tag("ResponseReasoningSummaryPartAddedEvent"),
    ]
    | Annotated[
        ResponseReasoningSummaryPartDoneEvent,
        pydantic.Tag("ResponseReasoningSummaryPartDoneEvent"),
    ]
    | Annotated[
        ResponseReasoningSummaryTextDeltaEvent,
        pydantic.Tag("ResponseReasoningSummaryTextDeltaEvent"),
    ]
    | Annotated[
        ResponseReasoningSummaryTextDoneEvent,
        pydantic.Tag("ResponseReasoningSummaryTextDoneEvent"),
    ]
    | Annotated[
        ResponseReasoningTextDeltaEvent, pydantic.Tag("ResponseReasoningTextDeltaEvent")
    ]
    | Annotated[
        ResponseReasoningTextDoneEvent, pydantic.Tag("ResponseReasoningTextDoneEvent")
    ]
    | Annotated[ResponseRefusalDeltaEvent, pydantic.Tag("ResponseRefusalDeltaEvent")]
    | Annotated[ResponseRefusalDoneEvent, pydantic.Tag("ResponseRefusalDoneEvent")]
    | Annotated[ResponseTextDeltaEvent, pydantic.Tag("ResponseTextDeltaEvent")]
    | Annotated[ResponseTextDoneEvent, pydantic.Tag("ResponseTextDoneEvent")]
    | Annotated[
        ResponseWebSearchCallCompletedEvent,
        pydantic.Tag("ResponseWebSearchCallCompletedEvent"),
    ]
    | Annotated[
        ResponseWebSearchCallInProgressEvent,
        pydantic.Tag("ResponseWebSearchCallInProgressEvent"),
    ]
    | Annotated[
        ResponseWebSearchCallSearchingEvent,
        pydantic.Tag("ResponseWebSearchCallSearchingEvent"),
    ]
    | Annotated[
        ResponseImageGenCallCompletedEvent,
        pydantic.Tag("ResponseImageGenCallCompletedEvent"),
    ]
    | Annotated[
        ResponseImageGenCallGeneratingEvent,
        pydantic.Tag("ResponseImageGenCallGeneratingEvent"),
    ]
    | Annotated[
        ResponseImageGenCallInProgressEvent,
        pydantic.Tag("ResponseImageGenCallInProgressEvent"),
    ]
    | Annotated[
        ResponseImageGenCallPartialImageEvent,
        pydantic.Tag("ResponseImageGenCallPartialImageEvent"),
    ]
    | Annotated[
        ResponseMCPCallArgumentsDeltaEvent,
        pydantic.Tag("ResponseMCPCallArgumentsDeltaEvent"),
    ]
    | Annotated[
        ResponseMCPCallArgumentsDoneEvent,
        pydantic.Tag("ResponseMCPCallArgumentsDoneEvent"),
    ]
    | Annotated[
        ResponseMCPCallCompletedEvent, pydantic.Tag("ResponseMCPCallCompletedEvent")
    ]
    | Annotated[ResponseMCPCallFailedEvent, pydantic.Tag("ResponseMCPCallFailedEvent")]
    | Annotated[
        ResponseMCPCallInProgressEvent, pydantic.Tag("ResponseMCPCallInProgressEvent")
    ]
    | Annotated[
        ResponseMCPListToolsCompletedEvent,
        pydantic.Tag("ResponseMCPListToolsCompletedEvent"),
    ]
    | Annotated[
        ResponseMCPListToolsFailedEvent, pydantic.Tag("ResponseMCPListToolsFailedEvent")
    ]
    | Annotated[
        ResponseMCPListToolsInProgressEvent,
        pydantic.Tag("ResponseMCPListToolsInProgressEvent"),
    ]
    | Annotated[
        ResponseOutputTextAnnotationAddedEvent,
        pydantic.Tag("ResponseOutputTextAnnotationAddedEvent"),
    ]
    | Annotated[ResponseQueuedEvent, pydantic.Tag("ResponseQueuedEvent")]
    | Annotated[
        ResponseCustomToolCallInputDeltaEvent,
        pydantic.Tag("ResponseCustomToolCallInputDeltaEvent"),
    ]
    | Annotated[
        ResponseCustomToolCallInputDoneEvent,
        pydantic.Tag("ResponseCustomToolCallInputDoneEvent"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "response.audio.delta": "ResponseAudioDeltaEvent",
            "response.audio.done": "ResponseAudioDoneEvent",
            "response.audio.transcript.delta": "ResponseAudioTranscriptDeltaEvent",
            "response.audio.transcript.done": "ResponseAudioTranscriptDoneEvent",
            "response.code_interpreter_call_code.delta": "ResponseCodeInterpreterCallCodeDeltaEvent",
            "response.code_interpreter_call_code.done": "ResponseCodeInterpreterCallCodeDoneEvent",
            "response.code_interpreter_call.completed": "ResponseCodeInterpreterCallCompletedEvent",
            "response.code_interpreter_call.in_progress": "ResponseCodeInterpreterCallInProgressEvent",
            "response.code_interpreter_call.interpreting": "ResponseCodeInterpreterCallInterpretingEvent",
            "response.completed": "ResponseCompletedEvent",
            "response.content_part.added": "ResponseContentPartAddedEvent",
            "response.content_part.done": "ResponseContentPartDoneEvent",
            "response.created": "ResponseCreatedEvent",
            "error": "ResponseErrorEvent",
            "response.file_search_call.completed": "ResponseFileSearchCallCompletedEvent",
            "response.file_search_call.in_progress": "ResponseFileSearchCallInProgressEvent",
            "response.file_search_call.searching": "ResponseFileSearchCallSearchingEvent",
            "response.function_call_arguments.delta": "ResponseFunctionCallArgumentsDeltaEvent",
            "response.function_call_arguments.done": "ResponseFunctionCallArgumentsDoneEvent",
            "response.shell_call_command.added": "ResponseShellCallCommandAddedStreamingEvent",
            "response.shell_call_command.delta": "ResponseShellCallCommandDeltaStreamingEvent",
            "response.shell_call_command.done": "ResponseShellCallCommandDoneStreamingEvent",
            "response.shell_call_output_content.delta": "ResponseShellCallOutputContentDeltaStreamingEvent",
            "response.shell_call_output_content.done": "ResponseShellCallOutputContentDoneStreamingEvent",
            "response.in_progress": "ResponseInProgressEvent",
            "response.failed": "ResponseFailedEvent",
            "response.incomplete": "ResponseIncompleteEvent",
            "response.output_item.added": "ResponseOutputItemAddedEvent",
            "response.output_item.done": "ResponseOutputItemDoneEvent",
            "response.reasoning_summary_part.added": "ResponseReasoningSummaryPartAddedEvent",
            "response.reasoning_summary_part.done": "ResponseReasoningSummaryPartDoneEvent",
            "response.reasoning_summary_text.delta": "ResponseReasoningSummaryTextDeltaEvent",
            "response.reasoning_summary_text.done": "ResponseReasoningSummaryTextDoneEvent",
            "response.reasoning_text.delta": "ResponseReasoningTextDeltaEvent",
            "response.reasoning_text.done": "ResponseReasoningTextDoneEvent",
            "response.refusal.delta": "ResponseRefusalDeltaEvent",
            "response.refusal.done": "ResponseRefusalDoneEvent",
            "response.output_text.delta": "ResponseTextDeltaEvent",
            "response.output_text.done": "ResponseTextDoneEvent",
            "response.web_search_call.completed": "ResponseWebSearchCallCompletedEvent",
            "response.web_search_call.in_progress": "ResponseWebSearchCallInProgressEvent",
            "response.web_search_call.searching": "ResponseWebSearchCallSearchingEvent",
            "response.image_generation_call.completed": "ResponseImageGenCallCompletedEvent",
            "response.image_generation_call.generating": "ResponseImageGenCallGeneratingEvent",
            "response.image_generation_call.in_progress": "ResponseImageGenCallInProgressEvent",
            "response.image_generation_call.partial_image": "ResponseImageGenCallPartialImageEvent",
            "response.mcp_call_arguments.delta": "ResponseMCPCallArgumentsDeltaEvent",
            "response.mcp_call_arguments.done": "ResponseMCPCallArgumentsDoneEvent",
            "response.mcp_call.completed": "ResponseMCPCallCompletedEvent",
            "response.mcp_call.failed": "ResponseMCPCallFailedEvent",
            "response.mcp_call.in_progress": "ResponseMCPCallInProgressEvent",
            "response.mcp_list_tools.completed": "ResponseMCPListToolsCompletedEvent",
            "response.mcp_list_tools.failed": "ResponseMCPListToolsFailedEvent",
            "response.mcp_list_tools.in_progress": "ResponseMCPListToolsInProgressEvent",
            "response.output_text.annotation.added": "ResponseOutputTextAnnotationAddedEvent",
            "response.queued": "ResponseQueuedEvent",
            "response.custom_tool_call_input.delta": "ResponseCustomToolCallInputDeltaEvent",
            "response.custom_tool_call_input.done": "ResponseCustomToolCallInputDoneEvent",
        },
    ),
]
"""Event emitted while a response is streamed."""
