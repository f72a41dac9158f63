"""ShellCallOutputDelta: A delta of stdout/stderr emitted while a shell call was
running.
"""

from .._base_model import BaseModel

__all__ = ["ShellCallOutputDelta"]


class ShellCallOutputDelta(BaseModel):
    """A delta of stdout/stderr emitted while a shell call was running."""

    stdout: str | None = None
    """The stdout delta that was emitted."""

    stderr: str | None = None
    """The stderr delta that was emitted."""
