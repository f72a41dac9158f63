"""ChatCompletionRequestAssistantMessageAudioVariant1: Data about a previous audio
response from the model.
[Learn more](https://api.openai.com/docs/guides/audio).
"""

from .._base_model import BaseModel

__all__ = ["ChatCompletionRequestAssistantMessageAudioVariant1"]


class ChatCompletionRequestAssistantMessageAudioVariant1(BaseModel):
    """Data about a previous audio response from the model.
    [Learn more](https://api.openai.com/docs/guides/audio).
    """

    id: str
    """Unique identifier for a previous audio response from the model."""
