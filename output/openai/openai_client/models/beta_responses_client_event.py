"""BetaResponsesClientEvent: Client events accepted by the Responses WebSocket server."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_response_inject_event import BetaResponseInjectEvent
from .beta_responses_client_event_response_create import (
    BetaResponsesClientEventResponseCreate,
)

__all__ = ["BetaResponsesClientEvent"]

BetaResponsesClientEvent: TypeAlias = Annotated[
    Annotated[
        BetaResponsesClientEventResponseCreate,
        pydantic.Tag("BetaResponsesClientEventResponseCreate"),
    ]
    | Annotated[BetaResponseInjectEvent, pydantic.Tag("BetaResponseInjectEvent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "response.create": "BetaResponsesClientEventResponseCreate",
            "response.inject": "BetaResponseInjectEvent",
        },
    ),
]
"""Client events accepted by the Responses WebSocket server."""
