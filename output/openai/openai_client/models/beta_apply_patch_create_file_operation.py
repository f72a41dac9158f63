"""BetaApplyPatchCreateFileOperation: Instruction describing how to create a file via
the apply_patch tool.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaApplyPatchCreateFileOperation"]


class BetaApplyPatchCreateFileOperation(BaseModel):
    """Instruction describing how to create a file via the apply_patch tool."""

    type: Literal["create_file"]
    """Create a new file with the provided diff."""

    path: str
    """Path of the file to create."""

    diff: str
    """Diff to apply."""
