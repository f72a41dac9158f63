from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .realtime_turn_detection_realtime_turn_detection_semantic_vad import (
    RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD,
)
from .realtime_turn_detection_realtime_turn_detection_server_vad import (
    RealtimeTurnDetectionRealtimeTurnDetectionServerVAD,
)

__all__ = ["RealtimeTurnDetection"]

RealtimeTurnDetection: TypeAlias = (
    Annotated[
        Annotated[
            RealtimeTurnDetectionRealtimeTurnDetectionServerVAD,
            pydantic.Tag("RealtimeTurnDetectionRealtimeTurnDetectionServerVAD"),
        ]
        | Annotated[
            RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD,
            pydantic.Tag("RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "server_vad": "RealtimeTurnDetectionRealtimeTurnDetectionServerVAD",
                "semantic_vad": "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD",
            },
        ),
    ]
    | None
)
