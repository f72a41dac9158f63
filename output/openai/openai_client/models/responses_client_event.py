"""ResponsesClientEvent: Client events accepted by the Responses WebSocket server."""

from typing import TypeAlias

from .responses_client_event_response_create import ResponsesClientEventResponseCreate

__all__ = ["ResponsesClientEvent"]

ResponsesClientEvent: TypeAlias = ResponsesClientEventResponseCreate
"""Client events accepted by the Responses WebSocket server."""
