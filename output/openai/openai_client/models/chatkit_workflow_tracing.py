"""ChatkitWorkflowTracing: Controls diagnostic tracing during the session."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ChatkitWorkflowTracing"]


class ChatkitWorkflowTracing(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Indicates whether tracing is enabled."""
