from typing import TypeAlias

from .compaction_trigger_item_param import CompactionTriggerItemParam
from .easy_input_message import EasyInputMessage
from .item import Item
from .item_reference_param import ItemReferenceParam
from .program_item_param import ProgramItemParam
from .program_output_item_param import ProgramOutputItemParam

__all__ = ["InputItem"]

InputItem: TypeAlias = (
    EasyInputMessage
    | Item
    | CompactionTriggerItemParam
    | ItemReferenceParam
    | ProgramItemParam
    | ProgramOutputItemParam
)
