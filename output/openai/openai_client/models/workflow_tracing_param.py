"""WorkflowTracingParam: Controls diagnostic tracing during the session."""

from .._base_model import BaseModel

__all__ = ["WorkflowTracingParam"]


class WorkflowTracingParam(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool | None = None
    """Whether tracing is enabled during the session. Defaults to true."""
