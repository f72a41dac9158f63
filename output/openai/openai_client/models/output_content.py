from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent

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
