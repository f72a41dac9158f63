"""ModerationPolicyParam: The policy to apply to moderated response input and output."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ModerationPolicyParam"]


class ModerationPolicyParam(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfigParam | None = None

    output: ModerationConfigParam | None = None


# Imported last so that models referring to each other can load in any order.
from .moderation_config_param import ModerationConfigParam  # noqa: E402
