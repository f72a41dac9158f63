"""ModerationParam: Configuration for running moderation on the input and output of this
response.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ModerationParam"]


class ModerationParam(BaseModel):
    """Configuration for running moderation on the input and output of this response."""

    model: str
    """The moderation model to use for moderated completions, e.g.
    'omni-moderation-latest'.
    """

    policy: ModerationPolicyParam | None = None


# Imported last so that models referring to each other can load in any order.
from .moderation_policy_param import ModerationPolicyParam  # noqa: E402
