"""CostsResult: The aggregated costs details of the specific time bucket."""

from typing import Literal

from .._base_model import BaseModel
from .costs_result_amount import CostsResultAmount

__all__ = ["CostsResult"]


class CostsResult(BaseModel):
    """The aggregated costs details of the specific time bucket."""

    object: Literal["organization.costs.result"]

    amount: CostsResultAmount | None = None
    """The monetary value in its associated currency."""

    line_item: str | None = None

    project_id: str | None = None

    api_key_id: str | None = None

    quantity: float | None = None

    quantity_unit: (
        str
        | Literal[
            "tokens",
            "1000_tokens",
            "duration_seconds",
            "duration_minutes",
            "duration_hours",
            "gibibyte_hours",
            "images",
            "characters",
        ]
        | None
    ) = None
    """The unit of the `quantity` value. If no single supported unit applies to the
    result, this field is `null`.
    """
