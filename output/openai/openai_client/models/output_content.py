"""OutputContent."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any
from .output_text_content import OutputTextContent
from .refusal_content import RefusalContent
from .reasoning_text_content import ReasoningTextContent
from typing_extensions import TypeAlias

__all__ = ["OutputContent"]

OutputContent: TypeAlias = Annotated[
    Annotated[OutputTextContent, pydantic.Tag("OutputTextContent")]
    | Annotated[RefusalContent, pydantic.Tag("RefusalContent")]
    | Annotated[ReasoningTextContent, pydantic.Tag("ReasoningTextContent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "output_text": "OutputTextContent",
            "refusal": "RefusalContent",
            "reasoning_text": "ReasoningTextContent",
        },
    ),
]
"""OutputContent"""
