"""ResponseOutputItemDoneEvent: Emitted when an output item is marked done."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseOutputItemDoneEvent"]


class ResponseOutputItemDoneEvent(BaseModel):
    """Emitted when an output item is marked done."""

    type: Literal["response.output_item.done"]
    """The type of the event. Always `response.output_item.done`."""

    output_index: int
    """The index of the output item that was marked done."""

    sequence_number: int
    """The sequence number of this event."""

    item: OutputItem
    """The output item that was marked done."""


# Imported last so that models referring to each other can load in any order.
from .output_item import OutputItem  # noqa: E402
