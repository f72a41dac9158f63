from typing import Literal

from .._base_model import BaseModel

__all__ = ["InviteProjectsItem"]


class InviteProjectsItem(BaseModel):
    id: str
    """Project's public ID"""

    role: Literal["member", "owner"] | str
    """Project membership role"""
