"""UsageCompletionsResult: The aggregated completions usage details of the specific time
bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageCompletionsResult"]


class UsageCompletionsResult(BaseModel):
    """The aggregated completions usage details of the specific time bucket."""

    object: Literal["organization.usage.completions.result"]

    input_tokens: int
    """The aggregated number of input tokens used, including cached and cache-write
    tokens. This includes text, audio, and image tokens. For customers subscribed to
    Scale Tier, this includes Scale Tier tokens.
    """

    input_cached_tokens: int | None = None
    """The aggregated number of cached input tokens used across text, audio, and image
    inputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    """

    input_cache_write_tokens: int | None = None
    """The aggregated number of input tokens written to the cache."""

    input_uncached_tokens: int | None = None
    """The aggregated number of uncached input tokens used across text, audio, and image
    inputs, excluding cache-write tokens.
    """

    output_tokens: int
    """The aggregated number of output tokens used across text, audio, and image
    outputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens.
    """

    input_text_tokens: int | None = None
    """The aggregated number of uncached text input tokens used, excluding cache-write
    tokens.
    """

    output_text_tokens: int | None = None
    """The aggregated number of text output tokens used."""

    input_cached_text_tokens: int | None = None
    """The aggregated number of cached text input tokens used."""

    input_audio_tokens: int | None = None
    """The aggregated number of uncached audio input tokens used."""

    input_cached_audio_tokens: int | None = None
    """The aggregated number of cached audio input tokens used."""

    output_audio_tokens: int | None = None
    """The aggregated number of audio output tokens used."""

    input_image_tokens: int | None = None
    """The aggregated number of uncached image input tokens used."""

    input_cached_image_tokens: int | None = None
    """The aggregated number of cached image input tokens used."""

    output_image_tokens: int | None = None
    """The aggregated number of image output tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None

    batch: bool | None = None

    service_tier: str | None = None
