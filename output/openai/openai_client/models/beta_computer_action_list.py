"""BetaComputerActionList: Flattened batched actions for `computer_use`. Each action
includes an
`type` discriminator and action-specific fields.
"""

from typing import TypeAlias

from .beta_computer_action import BetaComputerAction

__all__ = ["BetaComputerActionList"]

BetaComputerActionList: TypeAlias = list[BetaComputerAction]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""
