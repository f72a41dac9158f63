"""FineTuneMethod: The method used for fine-tuning."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["FineTuneMethod"]


class FineTuneMethod(BaseModel):
    """The method used for fine-tuning."""

    type: Literal["supervised", "dpo", "reinforcement"] | str
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: FineTuneSupervisedMethod | None = None
    """Configuration for the supervised fine-tuning method."""

    dpo: FineTuneDPOMethod | None = None
    """Configuration for the DPO fine-tuning method."""

    reinforcement: FineTuneReinforcementMethod | None = None
    """Configuration for the reinforcement fine-tuning method."""


# Imported last so that models referring to each other can load in any order.
from .fine_tune_dpo_method import FineTuneDPOMethod  # noqa: E402
from .fine_tune_reinforcement_method import FineTuneReinforcementMethod  # noqa: E402
from .fine_tune_supervised_method import FineTuneSupervisedMethod  # noqa: E402
