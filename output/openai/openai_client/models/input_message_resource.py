from .input_message import InputMessage

__all__ = ["InputMessageResource"]


class InputMessageResource(InputMessage):
    id: str
    """The unique ID of the message input."""


# Imported last so that models referring to each other can load in any order.
from .input_content import InputContent as InputContent  # noqa: E402
