"""ChatkitWorkflow: Workflow metadata and state returned for the session."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ChatkitWorkflow"]


class ChatkitWorkflow(BaseModel):
    """Workflow metadata and state returned for the session."""

    id: str
    """Identifier of the workflow backing the session."""

    version: str | None

    state_variables: dict[str, str | int | bool | float] | None

    tracing: ChatkitWorkflowTracing
    """Tracing settings applied to the workflow."""


# Imported last so that models referring to each other can load in any order.
from .chatkit_workflow_tracing import ChatkitWorkflowTracing  # noqa: E402
