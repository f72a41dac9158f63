"""BetaResponsesClientEventResponseCreate: Client event for creating a response over a
persistent WebSocket connection.
This payload uses the same top-level fields as `POST /v1/responses`, plus
WebSocket-only envelope metadata.

Notes:
- `stream` is implicit over WebSocket and should not be sent.
- `background` is not supported over WebSocket.
- `stream_id` is WebSocket-only and is not part of `POST /v1/responses`.
"""

from typing import Literal

from .beta_create_response import BetaCreateResponse

__all__ = ["BetaResponsesClientEventResponseCreate"]


class BetaResponsesClientEventResponseCreate(BetaCreateResponse):
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
from .beta_context_management_param import (  # noqa: E402
    BetaContextManagementParam as BetaContextManagementParam,
)
from .beta_conversation_param import (  # noqa: E402
    BetaConversationParam as BetaConversationParam,
)
from .beta_include_enum import BetaIncludeEnum as BetaIncludeEnum  # noqa: E402
from .beta_input_param import BetaInputParam as BetaInputParam  # noqa: E402
from .beta_metadata import BetaMetadata as BetaMetadata  # noqa: E402
from .beta_model_ids_responses import (  # noqa: E402
    BetaModelIdsResponses as BetaModelIdsResponses,
)
from .beta_moderation_param import (  # noqa: E402
    BetaModerationParam as BetaModerationParam,
)
from .beta_multi_agent_param import (  # noqa: E402
    BetaMultiAgentParam as BetaMultiAgentParam,
)
from .beta_prompt import BetaPrompt as BetaPrompt  # noqa: E402
from .beta_prompt_cache_options_param import (  # noqa: E402
    BetaPromptCacheOptionsParam as BetaPromptCacheOptionsParam,
)
from .beta_reasoning import BetaReasoning as BetaReasoning  # noqa: E402
from .beta_response_stream_options import (  # noqa: E402
    BetaResponseStreamOptions as BetaResponseStreamOptions,
)
from .beta_response_text_param import (  # noqa: E402
    BetaResponseTextParam as BetaResponseTextParam,
)
from .beta_service_tier_responses import (  # noqa: E402
    BetaServiceTierResponses as BetaServiceTierResponses,
)
from .beta_tool_choice_param import (  # noqa: E402
    BetaToolChoiceParam as BetaToolChoiceParam,
)
from .beta_tools_array import BetaToolsArray as BetaToolsArray  # noqa: E402
