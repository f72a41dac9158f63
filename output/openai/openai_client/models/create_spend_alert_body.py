"""CreateSpendAlertBody: Parameters for creating or updating a spend alert."""

from typing import Literal

from .._base_model import BaseModel
from .spend_alert_notification_channel import SpendAlertNotificationChannel

__all__ = ["CreateSpendAlertBody"]


class CreateSpendAlertBody(BaseModel):
    """Parameters for creating or updating a spend alert."""

    threshold_amount: int
    """The alert threshold amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold."""

    notification_channel: SpendAlertNotificationChannel
    """Email notification settings for a spend alert."""
