"""WorkflowParam: Workflow reference and overrides applied to the chat session."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["WorkflowParam"]


class WorkflowParam(BaseModel):
    """Workflow reference and overrides applied to the chat session."""

    id: str
    """Identifier for the workflow invoked by the session."""

    version: str | None = None
    """Specific workflow version to run. Defaults to the latest deployed version."""

    state_variables: dict[str, str | int | bool | float] | None = None
    """State variables forwarded to the workflow. Keys may be up to 64 characters,
    values must be primitive types, and the map defaults to an empty object.
    """

    tracing: WorkflowTracingParam | None = None
    """Optional tracing overrides for the workflow invocation. When omitted, tracing is
    enabled by default.
    """


# Imported last so that models referring to each other can load in any order.
from .workflow_tracing_param import WorkflowTracingParam  # noqa: E402
