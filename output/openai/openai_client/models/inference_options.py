"""InferenceOptions: Model and tool overrides applied when generating the assistant
response.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["InferenceOptions"]


class InferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: ToolChoice | None

    model: str | None


# Imported last so that models referring to each other can load in any order.
from .tool_choice import ToolChoice  # noqa: E402
