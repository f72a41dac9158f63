"""AuditLogOrganizationUpdatedChangesRequested: The payload used to update the
organization settings.
"""

from .._base_model import BaseModel

__all__ = ["AuditLogOrganizationUpdatedChangesRequested"]


class AuditLogOrganizationUpdatedChangesRequested(BaseModel):
    """The payload used to update the organization settings."""

    title: str | None = None
    """The organization title."""

    description: str | None = None
    """The organization description."""

    name: str | None = None
    """The organization name."""

    threads_ui_visibility: str | None = None
    """Visibility of the threads page which shows messages created with the Assistants
    API and Playground. One of `ANY_ROLE`, `OWNERS`, or `NONE`.
    """

    usage_dashboard_visibility: str | None = None
    """Visibility of the usage dashboard which shows activity and costs for your
    organization. One of `ANY_ROLE` or `OWNERS`.
    """

    api_call_logging: str | None = None
    """How your organization logs data from supported API calls. One of `disabled`,
    `enabled_per_call`, `enabled_for_all_projects`, or
    `enabled_for_selected_projects`
    """

    api_call_logging_project_ids: str | None = None
    """The list of project ids if api_call_logging is set to
    `enabled_for_selected_projects`
    """
