from .._base_model import BaseModel
from .public_project_residency import PublicProjectResidency

__all__ = ["ProjectCreateRequest"]


class ProjectCreateRequest(BaseModel):
    name: str
    """The friendly name of the project, this name appears in reports."""

    residency: PublicProjectResidency | None = None
    """Create the project with the specified residency configuration. Your organization
    must have access to the requested residency configuration in order to use it. See
    [data residency
    controls](https://api.openai.com/docs/guides/your-data#data-residency-controls)
    to review the functionality and limitations of setting this field.
    """

    external_key_id: str | None = None
    """External key ID to associate with the project."""
