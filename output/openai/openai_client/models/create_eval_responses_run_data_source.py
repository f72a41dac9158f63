"""CreateEvalResponsesRunDataSource: A ResponsesRunDataSource object describing a model
sampling configuration.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .create_eval_responses_run_data_source_input_messages_input_messages_item_reference import (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
)
from .create_eval_responses_run_data_source_input_messages_input_messages_template import (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
)
from .create_eval_responses_run_data_source_sampling_params import (
    CreateEvalResponsesRunDataSourceSamplingParams,
)
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource
from .eval_responses_source import EvalResponsesSource

__all__ = ["CreateEvalResponsesRunDataSource"]


class CreateEvalResponsesRunDataSource(BaseModel):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`."""

    input_messages: (
        Annotated[
            Annotated[
                CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
                pydantic.Tag(
                    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate"
                ),
            ]
            | Annotated[
                CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
                pydantic.Tag(
                    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference"
                ),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "template": "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate",
                    "item_reference": "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference",
                },
            ),
        ]
        | None
    ) = None
    """Used when sampling from a model. Dictates the structure of the messages passed
    into the model. Can either be a reference to a prebuilt trajectory (ie,
    `item.input_trajectory`), or a template with variable references to the `item`
    namespace.
    """

    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | None = None

    model: str | None = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Annotated[
        Annotated[
            EvalJsonlFileContentSource, pydantic.Tag("EvalJsonlFileContentSource")
        ]
        | Annotated[EvalJsonlFileIdSource, pydantic.Tag("EvalJsonlFileIdSource")]
        | Annotated[EvalResponsesSource, pydantic.Tag("EvalResponsesSource")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "file_content": "EvalJsonlFileContentSource",
                "file_id": "EvalJsonlFileIdSource",
                "responses": "EvalResponsesSource",
            },
        ),
    ]
    """Determines what populates the `item` namespace in this run's data source."""
