from typing import Literal, TypeAlias

__all__ = ["VoiceIdsShared"]

VoiceIdsShared: TypeAlias = (
    str
    | Literal[
        "alloy",
        "ash",
        "ballad",
        "coral",
        "echo",
        "sage",
        "shimmer",
        "verse",
        "marin",
        "cedar",
    ]
)
