from typing import Literal, TypeAlias

__all__ = ["BetaMessageRole"]

BetaMessageRole: TypeAlias = (
    Literal[
        "unknown",
        "user",
        "assistant",
        "system",
        "critic",
        "discriminator",
        "developer",
        "tool",
    ]
    | str
)
