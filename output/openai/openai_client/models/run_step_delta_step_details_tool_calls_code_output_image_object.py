from typing import Literal

from .._base_model import BaseModel
from .run_step_delta_step_details_tool_calls_code_output_image_object_image import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
)

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeOutputImageObject"]


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    index: int
    """The index of the output in the outputs array."""

    type: Literal["image"]
    """Always `image`."""

    image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | None = None
