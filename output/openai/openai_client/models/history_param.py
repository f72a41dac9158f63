"""HistoryParam: Controls how much historical context is retained for the session."""

from .._base_model import BaseModel

__all__ = ["HistoryParam"]


class HistoryParam(BaseModel):
    """Controls how much historical context is retained for the session."""

    enabled: bool | None = None
    """Enables chat users to access previous ChatKit threads. Defaults to true."""

    recent_threads: int | None = None
    """Number of recent ChatKit threads users have access to. Defaults to unlimited when
    unset.
    """
