"""BetaModerationParam: Configuration for running moderation on the input and output of
this response.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["BetaModerationParam"]


class BetaModerationParam(BaseModel):
    """Configuration for running moderation on the input and output of this response."""

    model: str
    """The moderation model to use for moderated completions, e.g.
    'omni-moderation-latest'.
    """

    policy: BetaModerationPolicyParam | None = None


# Imported last so that models referring to each other can load in any order.
from .beta_moderation_policy_param import BetaModerationPolicyParam  # noqa: E402
