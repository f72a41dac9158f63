"""BetaOutputContent."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any
from .beta_output_text_content import BetaOutputTextContent
from .beta_refusal_content import BetaRefusalContent
from .beta_reasoning_text_content import BetaReasoningTextContent
from typing_extensions import TypeAlias

__all__ = ["BetaOutputContent"]

BetaOutputContent: TypeAlias = Annotated[
    Annotated[BetaOutputTextContent, pydantic.Tag("BetaOutputTextContent")]
    | Annotated[BetaRefusalContent, pydantic.Tag("BetaRefusalContent")]
    | Annotated[BetaReasoningTextContent, pydantic.Tag("BetaReasoningTextContent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "output_text": "BetaOutputTextContent",
            "refusal": "BetaRefusalContent",
            "reasoning_text": "BetaReasoningTextContent",
        },
    ),
]
"""BetaOutputContent"""
