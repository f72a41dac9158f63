"""WorkflowParam: Workflow reference and overrides applied to the chat session."""

from .._base_model import BaseModel
from .workflow_tracing_param import WorkflowTracingParam

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
