"""BetaApplyPatchUpdateFileOperation: Instruction describing how to update a file via
the apply_patch tool.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaApplyPatchUpdateFileOperation"]


class BetaApplyPatchUpdateFileOperation(BaseModel):
    """Instruction describing how to update a file via the apply_patch tool."""

    type: Literal["update_file"]
    """Update an existing file with the provided diff."""

    path: str
    """Path of the file to update."""

    diff: str
    """Diff to apply."""
