"""FileSearchRanker: The ranker to use for the file search. If not specified will use
the `auto` ranker.
"""

from typing import Literal, TypeAlias

__all__ = ["FileSearchRanker"]

FileSearchRanker: TypeAlias = Literal["auto", "default_2024_08_21"] | str
"""The ranker to use for the file search. If not specified will use the `auto` ranker."""
