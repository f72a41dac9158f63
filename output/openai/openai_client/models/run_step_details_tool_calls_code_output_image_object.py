from typing import Literal

from .._base_model import BaseModel
from .run_step_details_tool_calls_code_output_image_object_image import (
    RunStepDetailsToolCallsCodeOutputImageObjectImage,
)

__all__ = ["RunStepDetailsToolCallsCodeOutputImageObject"]


class RunStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    type: Literal["image"]
    """Always `image`."""

    image: RunStepDetailsToolCallsCodeOutputImageObjectImage
