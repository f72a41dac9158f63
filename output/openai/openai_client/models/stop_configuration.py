"""StopConfiguration: Not supported with latest reasoning models `o3` and `o4-mini`.

Up to 4 sequences where the API will stop generating further tokens. The
returned text will not contain the stop sequence.
"""

from typing import TypeAlias

__all__ = ["StopConfiguration"]

StopConfiguration: TypeAlias = str | None | list[str]
"""Not supported with latest reasoning models `o3` and `o4-mini`.

Up to 4 sequences where the API will stop generating further tokens. The
returned text will not contain the stop sequence.
"""
