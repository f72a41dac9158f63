"""EvalItemContent: Inputs to the model - can contain template strings. Supports text,
output text, input images, and input audio, either as a single item or an array of
items.
"""

from typing import TypeAlias

from .eval_item_content_item import EvalItemContentItem

__all__ = ["EvalItemContent"]

EvalItemContent: TypeAlias = EvalItemContentItem | list[EvalItemContentItem]
"""Inputs to the model - can contain template strings. Supports text, output text, input
images, and input audio, either as a single item or an array of items.
"""
