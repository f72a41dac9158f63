"""ApplyPatchUpdateFileOperationParam: Instruction for updating an existing file via the
apply_patch tool.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ApplyPatchUpdateFileOperationParam"]


class ApplyPatchUpdateFileOperationParam(BaseModel):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Literal["update_file"]
    """The operation type. Always `update_file`."""

    path: str
    """Path of the file to update relative to the workspace root."""

    diff: str
    """Unified diff content to apply to the existing file."""
