"""RunStepDetailsToolCallsFileSearchObjectFileSearch: For now, this is always going to
be an empty object.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RunStepDetailsToolCallsFileSearchObjectFileSearch"]


class RunStepDetailsToolCallsFileSearchObjectFileSearch(BaseModel):
    """For now, this is always going to be an empty object."""

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = None
    """The ranking options for the file search."""

    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = None
    """The results of the file search."""


# Imported last so that models referring to each other can load in any order.
from .run_step_details_tool_calls_file_search_ranking_options_object import (  # noqa: E402
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .run_step_details_tool_calls_file_search_result_object import (  # noqa: E402
    RunStepDetailsToolCallsFileSearchResultObject,
)
