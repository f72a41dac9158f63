from __future__ import annotations

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .costs_result import CostsResult  # noqa: E402
from .usage_audio_speeches_result import UsageAudioSpeechesResult  # noqa: E402
from .usage_audio_transcriptions_result import (  # noqa: E402
    UsageAudioTranscriptionsResult,
)
from .usage_code_interpreter_sessions_result import (  # noqa: E402
    UsageCodeInterpreterSessionsResult,
)
from .usage_completions_result import UsageCompletionsResult  # noqa: E402
from .usage_embeddings_result import UsageEmbeddingsResult  # noqa: E402
from .usage_file_search_calls_result import UsageFileSearchCallsResult  # noqa: E402
from .usage_images_result import UsageImagesResult  # noqa: E402
from .usage_moderations_result import UsageModerationsResult  # noqa: E402
from .usage_vector_stores_result import UsageVectorStoresResult  # noqa: E402
from .usage_web_search_calls_result import UsageWebSearchCallsResult  # noqa: E402
