from .._base_model import BaseModel

__all__ = ["CreateCompletionResponseChoicesItemLogprobsVariant1"]


class CreateCompletionResponseChoicesItemLogprobsVariant1(BaseModel):
    text_offset: list[int] | None = None

    token_logprobs: list[float] | None = None

    tokens: list[str] | None = None

    top_logprobs: list[dict[str, float]] | None = None
