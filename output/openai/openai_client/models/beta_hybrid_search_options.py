from .._base_model import BaseModel

__all__ = ["BetaHybridSearchOptions"]


class BetaHybridSearchOptions(BaseModel):
    embedding_weight: float
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: float
    """The weight of the text in the reciprocal ranking fusion."""
