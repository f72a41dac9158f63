"""ResponsesClientEventResponseCreate: Client event for creating a response over a
persistent WebSocket connection.
This payload uses the same top-level fields as `POST /v1/responses`, plus
WebSocket-only envelope metadata.

Notes:
- `stream` is implicit over WebSocket and should not be sent.
- `background` is not supported over WebSocket.
- `stream_id` is WebSocket-only and is not part of `POST /v1/responses`.
"""

from typing import Literal

from .create_response import CreateResponse

__all__ = ["ResponsesClientEventResponseCreate"]


class ResponsesClientEventResponseCreate(CreateResponse):
    """Client event for creating a response over a persistent WebSocket connection.
    This payload uses the same top-level fields as `POST /v1/responses`, plus
    WebSocket-only envelope metadata.

    Notes:
    - `stream` is implicit over WebSocket and should not be sent.
    - `background` is not supported over WebSocket.
    - `stream_id` is WebSocket-only and is not part of `POST /v1/responses`.
    """

    type: Literal["response.create"]
    """The type of the client event. Always `response.create`."""

    stream_id: str | None = None
    """The WebSocket lane for this response. Requests with the same
    `stream_id` are processed FIFO, and events for the response echo the
    same `stream_id`.

    `stream_id` controls routing; `previous_response_id` controls
    conversation lineage, so a new lane can fork from a response created
    on another lane.
    """


# Imported last so that models referring to each other can load in any order.
from .context_management_param import (  # noqa: E402
    ContextManagementParam as ContextManagementParam,
)
from .conversation_param import ConversationParam as ConversationParam  # noqa: E402
from .include_enum import IncludeEnum as IncludeEnum  # noqa: E402
from .input_param import InputParam as InputParam  # noqa: E402
from .metadata import Metadata as Metadata  # noqa: E402
from .model_ids_responses import ModelIdsResponses as ModelIdsResponses  # noqa: E402
from .moderation_param import ModerationParam as ModerationParam  # noqa: E402
from .prompt import Prompt as Prompt  # noqa: E402
from .prompt_cache_options_param import (  # noqa: E402
    PromptCacheOptionsParam as PromptCacheOptionsParam,
)
from .reasoning import Reasoning as Reasoning  # noqa: E402
from .response_stream_options import (  # noqa: E402
    ResponseStreamOptions as ResponseStreamOptions,
)
from .response_text_param import ResponseTextParam as ResponseTextParam  # noqa: E402
from .service_tier_responses import (  # noqa: E402
    ServiceTierResponses as ServiceTierResponses,
)
from .tool import Tool as Tool  # noqa: E402
from .tool_choice_param import ToolChoiceParam as ToolChoiceParam  # noqa: E402
