from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam

__all__ = ["BetaProgramItemParam"]


class BetaProgramItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str
    """The unique ID of this program item."""

    type: Literal["program"]
    """The item type. Always `program`."""

    call_id: str
    """The stable call ID of the program item."""

    code: str
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: str
    """Opaque program replay fingerprint that must be round-tripped."""
