"""BetaModerationPolicyParam: The policy to apply to moderated response input and
output.
"""

from .._base_model import BaseModel
from .beta_moderation_config_param import BetaModerationConfigParam

__all__ = ["BetaModerationPolicyParam"]


class BetaModerationPolicyParam(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: BetaModerationConfigParam | None = None

    output: BetaModerationConfigParam | None = None
