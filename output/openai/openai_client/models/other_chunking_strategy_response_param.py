"""OtherChunkingStrategyResponseParam: This is returned when the chunking strategy is
unknown. Typically, this is because the file was indexed before the
`chunking_strategy` concept was introduced in the API.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["OtherChunkingStrategyResponseParam"]


class OtherChunkingStrategyResponseParam(BaseModel):
    """This is returned when the chunking strategy is unknown. Typically, this is
    because the file was indexed before the `chunking_strategy` concept was
    introduced in the API.
    """

    type: Literal["other"]
    """Always `other`."""
