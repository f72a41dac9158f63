"""ChunkingStrategyRequestParam: The chunking strategy used to chunk the file(s). If not
set, will use the `auto` strategy.
"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam

__all__ = ["ChunkingStrategyRequestParam"]

ChunkingStrategyRequestParam: TypeAlias = Annotated[
    Annotated[
        AutoChunkingStrategyRequestParam,
        pydantic.Tag("AutoChunkingStrategyRequestParam"),
    ]
    | Annotated[
        StaticChunkingStrategyRequestParam,
        pydantic.Tag("StaticChunkingStrategyRequestParam"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "auto": "AutoChunkingStrategyRequestParam",
            "static": "StaticChunkingStrategyRequestParam",
        },
    ),
]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto`
strategy.
"""
