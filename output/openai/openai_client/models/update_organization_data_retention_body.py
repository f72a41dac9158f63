"""UpdateOrganizationDataRetentionBody: Parameters for updating organization data
retention controls.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UpdateOrganizationDataRetentionBody"]


class UpdateOrganizationDataRetentionBody(BaseModel):
    """Parameters for updating organization data retention controls."""

    retention_type: (
        Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
        | str
    )
    """The desired organization data retention type."""
