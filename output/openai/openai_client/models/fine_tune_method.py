"""FineTuneMethod: The method used for fine-tuning."""

from typing import Literal

from .._base_model import BaseModel
from .fine_tune_dpo_method import FineTuneDPOMethod
from .fine_tune_reinforcement_method import FineTuneReinforcementMethod
from .fine_tune_supervised_method import FineTuneSupervisedMethod

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
