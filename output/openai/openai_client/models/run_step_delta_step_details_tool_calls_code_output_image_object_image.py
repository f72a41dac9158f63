from .._base_model import BaseModel

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage"]


class RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage(BaseModel):
    file_id: str | None = None
    """The [file](https://api.openai.com/docs/api-reference/files) ID of the image."""
