from .._base_model import BaseModel

__all__ = ["BetaAgentTag"]


class BetaAgentTag(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""
