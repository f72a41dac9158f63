"""BetaInputMessageContentList: A list of one or many input items to the model,
containing different content
types.
"""

from typing import TypeAlias

from .beta_input_content import BetaInputContent

__all__ = ["BetaInputMessageContentList"]

BetaInputMessageContentList: TypeAlias = list[BetaInputContent]
"""A list of one or many input items to the model, containing different content
types.
"""
