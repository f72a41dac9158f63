"""ComputerActionList: Flattened batched actions for `computer_use`. Each action
includes an
`type` discriminator and action-specific fields.
"""

from typing import TypeAlias

from .computer_action import ComputerAction

__all__ = ["ComputerActionList"]

ComputerActionList: TypeAlias = list[ComputerAction]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""
