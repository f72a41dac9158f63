from .._base_model import BaseModel

__all__ = ["BetaResponsesWebSocketStreamEvent"]


class BetaResponsesWebSocketStreamEvent(BaseModel):
    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
