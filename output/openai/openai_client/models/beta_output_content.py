from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_output_text_content import BetaOutputTextContent
from .beta_reasoning_text_content import BetaReasoningTextContent
from .beta_refusal_content import BetaRefusalContent

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
