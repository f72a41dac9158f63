"""UpdateProjectDataRetentionBody: Parameters for updating project data retention
controls.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UpdateProjectDataRetentionBody"]


class UpdateProjectDataRetentionBody(BaseModel):
    """Parameters for updating project data retention controls."""

    retention_type: (
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
    """The desired project data retention type."""
