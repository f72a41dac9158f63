"""ApplyPatchDeleteFileOperationParam: Instruction for deleting an existing file via the
apply_patch tool.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ApplyPatchDeleteFileOperationParam"]


class ApplyPatchDeleteFileOperationParam(BaseModel):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Literal["delete_file"]
    """The operation type. Always `delete_file`."""

    path: str
    """Path of the file to delete relative to the workspace root."""
