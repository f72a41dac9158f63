"""ChatkitWorkflow: Workflow metadata and state returned for the session."""

from .._base_model import BaseModel
from .chatkit_workflow_tracing import ChatkitWorkflowTracing

__all__ = ["ChatkitWorkflow"]


class ChatkitWorkflow(BaseModel):
    """Workflow metadata and state returned for the session."""

    id: str
    """Identifier of the workflow backing the session."""

    version: str | None

    state_variables: dict[str, str | int | bool | float] | None

    tracing: ChatkitWorkflowTracing
    """Tracing settings applied to the workflow."""
