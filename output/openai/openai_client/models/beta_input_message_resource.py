from .beta_input_message import BetaInputMessage

__all__ = ["BetaInputMessageResource"]


class BetaInputMessageResource(BetaInputMessage):
    id: str
    """The unique ID of the message input."""


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_input_content import BetaInputContent as BetaInputContent  # noqa: E402
