"""BetaModerationParam: Configuration for running moderation on the input and output of
this response.
"""

from .._base_model import BaseModel
from .beta_moderation_policy_param import BetaModerationPolicyParam

__all__ = ["BetaModerationParam"]


class BetaModerationParam(BaseModel):
    """Configuration for running moderation on the input and output of this response."""

    model: str
    """The moderation model to use for moderated completions, e.g.
    'omni-moderation-latest'.
    """

    policy: BetaModerationPolicyParam | None = None
