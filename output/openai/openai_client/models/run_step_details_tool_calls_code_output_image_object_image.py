from .._base_model import BaseModel

__all__ = ["RunStepDetailsToolCallsCodeOutputImageObjectImage"]


class RunStepDetailsToolCallsCodeOutputImageObjectImage(BaseModel):
    file_id: str
    """The [file](https://api.openai.com/docs/api-reference/files) ID of the image."""
