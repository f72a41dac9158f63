"""ModerationPolicyParam: The policy to apply to moderated response input and output."""

from .._base_model import BaseModel
from .moderation_config_param import ModerationConfigParam

__all__ = ["ModerationPolicyParam"]


class ModerationPolicyParam(BaseModel):
    """The policy to apply to moderated response input and output."""

    input: ModerationConfigParam | None = None

    output: ModerationConfigParam | None = None
