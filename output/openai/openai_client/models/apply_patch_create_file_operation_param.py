"""ApplyPatchCreateFileOperationParam: Instruction for creating a new file via the
apply_patch tool.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ApplyPatchCreateFileOperationParam"]


class ApplyPatchCreateFileOperationParam(BaseModel):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Literal["create_file"]
    """The operation type. Always `create_file`."""

    path: str
    """Path of the file to create relative to the workspace root."""

    diff: str
    """Unified diff content to apply when creating the file."""
