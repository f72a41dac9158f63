from .._base_model import BaseModel

__all__ = ["ChatCompletionRequestMessageContentPartFileFile"]


class ChatCompletionRequestMessageContentPartFileFile(BaseModel):
    filename: str | None = None
    """The name of the file, used when passing the file to the model as a
    string.
    """

    file_data: str | None = None
    """The base64 encoded file data, used when passing the file to the model
    as a string.
    """

    file_id: str | None = None
    """The ID of an uploaded file to use as input."""
