"""RunStepDetailsToolCallsFileSearchObjectFileSearch: For now, this is always going to
be an empty object.
"""

from .._base_model import BaseModel
from .run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .run_step_details_tool_calls_file_search_result_object import (
    RunStepDetailsToolCallsFileSearchResultObject,
)

__all__ = ["RunStepDetailsToolCallsFileSearchObjectFileSearch"]


class RunStepDetailsToolCallsFileSearchObjectFileSearch(BaseModel):
    """For now, this is always going to be an empty object."""

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = None
    """The ranking options for the file search."""

    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = None
    """The results of the file search."""
