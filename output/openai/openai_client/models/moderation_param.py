"""ModerationParam: Configuration for running moderation on the input and output of this
response.
"""

from .._base_model import BaseModel
from .moderation_policy_param import ModerationPolicyParam

__all__ = ["ModerationParam"]


class ModerationParam(BaseModel):
    """Configuration for running moderation on the input and output of this response."""

    model: str
    """The moderation model to use for moderated completions, e.g.
    'omni-moderation-latest'.
    """

    policy: ModerationPolicyParam | None = None
