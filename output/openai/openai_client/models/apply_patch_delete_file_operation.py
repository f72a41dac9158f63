"""ApplyPatchDeleteFileOperation: Instruction describing how to delete a file via the
apply_patch tool.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ApplyPatchDeleteFileOperation"]


class ApplyPatchDeleteFileOperation(BaseModel):
    """Instruction describing how to delete a file via the apply_patch tool."""

    type: Literal["delete_file"]
    """Delete the specified file."""

    path: str
    """Path of the file to delete."""
