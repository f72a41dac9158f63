"""EvalRunOutputItem: A schema representing an evaluation run output item."""

from typing import Any, Literal

from .._base_model import BaseModel
from .eval_run_output_item_result import EvalRunOutputItemResult
from .eval_run_output_item_sample import EvalRunOutputItemSample

__all__ = ["EvalRunOutputItem"]


class EvalRunOutputItem(BaseModel):
    """A schema representing an evaluation run output item."""

    object: Literal["eval.run.output_item"]
    """The type of the object. Always "eval.run.output_item"."""

    id: str
    """Unique identifier for the evaluation run output item."""

    run_id: str
    """The identifier of the evaluation run associated with this output item."""

    eval_id: str
    """The identifier of the evaluation group."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    status: str
    """The status of the evaluation run."""

    datasource_item_id: int
    """The identifier for the data source item."""

    datasource_item: dict[str, Any]
    """Details of the input data source item."""

    results: list[EvalRunOutputItemResult]
    """A list of grader results for this output item."""

    sample: EvalRunOutputItemSample
    """A sample containing the input and output of the evaluation run."""
