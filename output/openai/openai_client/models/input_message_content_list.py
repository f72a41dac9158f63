"""InputMessageContentList: A list of one or many input items to the model, containing
different content
types.
"""

from typing import TypeAlias

from .input_content import InputContent

__all__ = ["InputMessageContentList"]

InputMessageContentList: TypeAlias = list[InputContent]
"""A list of one or many input items to the model, containing different content
types.
"""
