"""ProjectDataRetention: Represents a project's data retention control setting."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectDataRetention"]


class ProjectDataRetention(BaseModel):
    """Represents a project's data retention control setting."""

    object: Literal["project.data_retention"]
    """The object type, which is always `project.data_retention`."""

    type: (
        Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
        | str
    )
    """The configured project data retention type."""
