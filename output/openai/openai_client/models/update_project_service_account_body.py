"""UpdateProjectServiceAccountBody: Parameters for updating a project service account."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UpdateProjectServiceAccountBody"]


class UpdateProjectServiceAccountBody(BaseModel):
    """Parameters for updating a project service account."""

    name: str | None = None
    """The updated service account name."""

    role: Literal["member", "owner"] | str | None = None
    """The updated service account role."""
