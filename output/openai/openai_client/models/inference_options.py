"""InferenceOptions: Model and tool overrides applied when generating the assistant
response.
"""

from .._base_model import BaseModel
from .tool_choice import ToolChoice

__all__ = ["InferenceOptions"]


class InferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: ToolChoice | None

    model: str | None
