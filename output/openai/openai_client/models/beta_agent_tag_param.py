"""BetaAgentTagParam: The agent that produced this item."""

from .._base_model import BaseModel

__all__ = ["BetaAgentTagParam"]


class BetaAgentTagParam(BaseModel):
    """The agent that produced this item."""

    agent_name: str
    """The canonical name of the agent that produced this item."""
