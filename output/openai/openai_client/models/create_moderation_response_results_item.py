from .._base_model import BaseModel
from .create_moderation_response_results_item_categories import (
    CreateModerationResponseResultsItemCategories,
)
from .create_moderation_response_results_item_category_applied_input_types import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypes,
)
from .create_moderation_response_results_item_category_scores import (
    CreateModerationResponseResultsItemCategoryScores,
)

__all__ = ["CreateModerationResponseResultsItem"]


class CreateModerationResponseResultsItem(BaseModel):
    flagged: bool
    """Whether any of the below categories are flagged."""

    categories: CreateModerationResponseResultsItemCategories
    """A list of the categories, and whether they are flagged or not."""

    category_scores: CreateModerationResponseResultsItemCategoryScores
    """A list of the categories along with their scores as predicted by model."""

    category_applied_input_types: (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes
    )
    """A list of the categories along with the input type(s) that the score applies to."""
