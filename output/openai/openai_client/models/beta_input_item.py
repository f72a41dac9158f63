from typing import TypeAlias

from .beta_compaction_trigger_item_param import BetaCompactionTriggerItemParam
from .beta_easy_input_message import BetaEasyInputMessage
from .beta_item import BetaItem
from .beta_item_reference_param import BetaItemReferenceParam
from .beta_program_item_param import BetaProgramItemParam
from .beta_program_output_item_param import BetaProgramOutputItemParam

__all__ = ["BetaInputItem"]

BetaInputItem: TypeAlias = (
    BetaEasyInputMessage
    | BetaItem
    | BetaCompactionTriggerItemParam
    | BetaItemReferenceParam
    | BetaProgramItemParam
    | BetaProgramOutputItemParam
)
