"""BetaInputMessageContentList: A list of one or many input items to the model, containing different content
types.
"""

from __future__ import annotations

from .beta_input_content import BetaInputContent
from typing_extensions import TypeAlias

__all__ = ["BetaInputMessageContentList"]

BetaInputMessageContentList: TypeAlias = list[BetaInputContent]
"""A list of one or many input items to the model, containing different content
types.
"""
