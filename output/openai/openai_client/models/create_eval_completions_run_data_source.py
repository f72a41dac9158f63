"""CreateEvalCompletionsRunDataSource: A CompletionsRunDataSource object describing a
model sampling configuration.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .create_eval_completions_run_data_source_input_messages_item_reference_input_messages import (
    CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
)
from .create_eval_completions_run_data_source_input_messages_template_input_messages import (
    CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages,
)
from .create_eval_completions_run_data_source_sampling_params import (
    CreateEvalCompletionsRunDataSourceSamplingParams,
)
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource
from .eval_stored_completions_source import EvalStoredCompletionsSource

__all__ = ["CreateEvalCompletionsRunDataSource"]


class CreateEvalCompletionsRunDataSource(BaseModel):
    """A CompletionsRunDataSource object describing a model sampling configuration."""

    type: Literal["completions"]
    """The type of run data source. Always `completions`."""

    input_messages: (
        Annotated[
            Annotated[
                CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages,
                pydantic.Tag(
                    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages"
                ),
            ]
            | Annotated[
                CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
                pydantic.Tag(
                    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages"
                ),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "template": "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages",
                    "item_reference": "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages",
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

    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | None = None

    model: str | None = None
    """The name of the model to use for generating completions (e.g. "o3-mini")."""

    source: Annotated[
        Annotated[
            EvalJsonlFileContentSource, pydantic.Tag("EvalJsonlFileContentSource")
        ]
        | Annotated[EvalJsonlFileIdSource, pydantic.Tag("EvalJsonlFileIdSource")]
        | Annotated[
            EvalStoredCompletionsSource, pydantic.Tag("EvalStoredCompletionsSource")
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "file_content": "EvalJsonlFileContentSource",
                "file_id": "EvalJsonlFileIdSource",
                "stored_completions": "EvalStoredCompletionsSource",
            },
        ),
    ]
    """Determines what populates the `item` namespace in this run's data source."""
