"""ChatkitWorkflowTracing: Controls diagnostic tracing during the session."""

from .._base_model import BaseModel

__all__ = ["ChatkitWorkflowTracing"]


class ChatkitWorkflowTracing(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Indicates whether tracing is enabled."""
