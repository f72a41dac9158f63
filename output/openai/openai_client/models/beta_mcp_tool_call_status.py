from typing import Literal, TypeAlias

__all__ = ["BetaMCPToolCallStatus"]

BetaMCPToolCallStatus: TypeAlias = (
    Literal["in_progress", "completed", "incomplete", "calling", "failed"] | str
)
