"""BetaShellCallOutputDelta: A delta of stdout/stderr emitted while a shell call was
running.
"""

from .._base_model import BaseModel

__all__ = ["BetaShellCallOutputDelta"]


class BetaShellCallOutputDelta(BaseModel):
    """A delta of stdout/stderr emitted while a shell call was running."""

    stdout: str | None = None
    """The stdout delta that was emitted."""

    stderr: str | None = None
    """The stderr delta that was emitted."""
