from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .costs_result import CostsResult
from .usage_audio_speeches_result import UsageAudioSpeechesResult
from .usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
from .usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult
from .usage_completions_result import UsageCompletionsResult
from .usage_embeddings_result import UsageEmbeddingsResult
from .usage_file_search_calls_result import UsageFileSearchCallsResult
from .usage_images_result import UsageImagesResult
from .usage_moderations_result import UsageModerationsResult
from .usage_vector_stores_result import UsageVectorStoresResult
from .usage_web_search_calls_result import UsageWebSearchCallsResult

__all__ = ["UsageTimeBucket"]


class UsageTimeBucket(BaseModel):
    object: Literal["bucket"]

    start_time: int

    end_time: int

    results: list[
        Annotated[
            Annotated[UsageCompletionsResult, pydantic.Tag("UsageCompletionsResult")]
            | Annotated[UsageEmbeddingsResult, pydantic.Tag("UsageEmbeddingsResult")]
            | Annotated[UsageModerationsResult, pydantic.Tag("UsageModerationsResult")]
            | Annotated[UsageImagesResult, pydantic.Tag("UsageImagesResult")]
            | Annotated[
                UsageAudioSpeechesResult, pydantic.Tag("UsageAudioSpeechesResult")
            ]
            | Annotated[
                UsageAudioTranscriptionsResult,
                pydantic.Tag("UsageAudioTranscriptionsResult"),
            ]
            | Annotated[
                UsageVectorStoresResult, pydantic.Tag("UsageVectorStoresResult")
            ]
            | Annotated[
                UsageCodeInterpreterSessionsResult,
                pydantic.Tag("UsageCodeInterpreterSessionsResult"),
            ]
            | Annotated[
                UsageFileSearchCallsResult, pydantic.Tag("UsageFileSearchCallsResult")
            ]
            | Annotated[
                UsageWebSearchCallsResult, pydantic.Tag("UsageWebSearchCallsResult")
            ]
            | Annotated[CostsResult, pydantic.Tag("CostsResult")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "object",
                "object",
                {
                    "organization.usage.completions.result": "UsageCompletionsResult",
                    "organization.usage.embeddings.result": "UsageEmbeddingsResult",
                    "organization.usage.moderations.result": "UsageModerationsResult",
                    "organization.usage.images.result": "UsageImagesResult",
                    "organization.usage.audio_speeches.result": "UsageAudioSpeechesResult",
                    "organization.usage.audio_transcriptions.result": "UsageAudioTranscriptionsResult",
                    "organization.usage.vector_stores.result": "UsageVectorStoresResult",
                    "organization.usage.code_interpreter_sessions.result": "UsageCodeInterpreterSessionsResult",
                    "organization.usage.file_searches.result": "UsageFileSearchCallsResult",
                    "organization.usage.web_searches.result": "UsageWebSearchCallsResult",
                    "organization.costs.result": "CostsResult",
                },
            ),
        ]
    ]
