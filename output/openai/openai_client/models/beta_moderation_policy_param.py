"""BetaModerationPolicyParam: The policy to apply to moderated response input and
output.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["BetaModerationPolicyParam"]


class BetaModerationPolicyParam(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: BetaModerationConfigParam | None = None

    output: BetaModerationConfigParam | None = None


# Imported last so that models referring to each other can load in any order.
from .beta_moderation_config_param import BetaModerationConfigParam  # noqa: E402
