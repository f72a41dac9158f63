"""Evals operations: Manage and run evals in the OpenAI platform."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.create_eval_completions_run_data_source import (
    CreateEvalCompletionsRunDataSource,
)
from ..models.create_eval_custom_data_source_config import (
    CreateEvalCustomDataSourceConfig,
)
from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader
from ..models.create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig
from ..models.create_eval_request import CreateEvalRequest
from ..models.create_eval_responses_run_data_source import (
    CreateEvalResponsesRunDataSource,
)
from ..models.create_eval_run_request import CreateEvalRunRequest
from ..models.create_eval_stored_completions_data_source_config import (
    CreateEvalStoredCompletionsDataSourceConfig,
)
from ..models.delete_eval_response import DeleteEvalResponse
from ..models.delete_eval_run_response import DeleteEvalRunResponse
from ..models.error import Error
from ..models.error_response import ErrorResponse
from ..models.eval import Eval
from ..models.eval_grader_python import EvalGraderPython
from ..models.eval_grader_score_model import EvalGraderScoreModel
from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
from ..models.eval_list import EvalList
from ..models.eval_run import EvalRun
from ..models.eval_run_list import EvalRunList
from ..models.eval_run_output_item import EvalRunOutputItem
from ..models.eval_run_output_item_list import EvalRunOutputItemList
from ..models.grader_string_check import GraderStringCheck
from ..models.metadata import Metadata
from ..models.update_eval_request import UpdateEvalRequest

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["EvalsApi", "AsyncEvalsApi"]

_LIST_EVALS = _Endpoint(
    method="GET",
    path="/evals",
    operation_id="listEvals",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": EvalList,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("after", "after", "query"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("order_by", "order_by", "query"),
    ),
    body_mode="none",
)
_LIST_EVALS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_EVAL = _Endpoint(
    method="POST",
    path="/evals",
    operation_id="createEval",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "201": Eval,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("name", "name", "field"),
        ("metadata", "metadata", "field"),
        ("data_source_config", "data_source_config", "field"),
        ("testing_criteria", "testing_criteria", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_EVAL = _Endpoint(
    method="GET",
    path="/evals/{eval_id}",
    operation_id="getEval",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Eval,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("eval_id", "eval_id", "path"),),
    body_mode="none",
)

_UPDATE_EVAL = _Endpoint(
    method="POST",
    path="/evals/{eval_id}",
    operation_id="updateEval",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Eval,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("name", "name", "field"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_EVAL = _Endpoint(
    method="DELETE",
    path="/evals/{eval_id}",
    operation_id="deleteEval",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteEvalResponse,
        "404": Error,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("eval_id", "eval_id", "path"),),
    body_mode="none",
)

_GET_EVAL_RUNS = _Endpoint(
    method="GET",
    path="/evals/{eval_id}/runs",
    operation_id="getEvalRuns",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": EvalRunList,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("after", "after", "query"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("status", "status", "query"),
    ),
    body_mode="none",
)
_GET_EVAL_RUNS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_EVAL_RUN = _Endpoint(
    method="POST",
    path="/evals/{eval_id}/runs",
    operation_id="createEvalRun",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "201": EvalRun,
        "400": Error,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("name", "name", "field"),
        ("metadata", "metadata", "field"),
        ("data_source", "data_source", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_GET_EVAL_RUN = _Endpoint(
    method="GET",
    path="/evals/{eval_id}/runs/{run_id}",
    operation_id="getEvalRun",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": EvalRun,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("run_id", "run_id", "path"),
    ),
    body_mode="none",
)

_CANCEL_EVAL_RUN = _Endpoint(
    method="POST",
    path="/evals/{eval_id}/runs/{run_id}",
    operation_id="cancelEvalRun",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": EvalRun,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("run_id", "run_id", "path"),
    ),
    body_mode="none",
)

_DELETE_EVAL_RUN = _Endpoint(
    method="DELETE",
    path="/evals/{eval_id}/runs/{run_id}",
    operation_id="deleteEvalRun",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteEvalRunResponse,
        "404": Error,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("run_id", "run_id", "path"),
    ),
    body_mode="none",
)

_GET_EVAL_RUN_OUTPUT_ITEMS = _Endpoint(
    method="GET",
    path="/evals/{eval_id}/runs/{run_id}/output_items",
    operation_id="getEvalRunOutputItems",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": EvalRunOutputItemList,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("run_id", "run_id", "path"),
        ("after", "after", "query"),
        ("limit", "limit", "query"),
        ("status", "status", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_GET_EVAL_RUN_OUTPUT_ITEMS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_GET_EVAL_RUN_OUTPUT_ITEM = _Endpoint(
    method="GET",
    path="/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
    operation_id="getEvalRunOutputItem",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": EvalRunOutputItem,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("eval_id", "eval_id", "path"),
        ("run_id", "run_id", "path"),
        ("output_item_id", "output_item_id", "path"),
    ),
    body_mode="none",
)


class EvalsApi:
    """Evals operations: Manage and run evals in the OpenAI platform.

    Reach it as `client.evals`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_evals(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalList:
        """List evaluations for a project.

        Args:
            after: Identifier for the last eval from the previous pagination request.
            limit: Number of evals to retrieve.
            order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
            order_by: Evals can be ordered by creation time or last updated time. Use `created_at` for creation time or `updated_at` for last updated time.
        """
        _response: ApiResponse[EvalList] = self._client._request(_LIST_EVALS, locals())
        return _response.data

    def list_evals_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalList]:
        """Like `list_evals`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_EVALS, locals())

    def list_evals_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[Eval]:
        """Like `list_evals`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_EVALS, locals(), _LIST_EVALS_PAGES)

    @overload
    def create_eval(
        self,
        *,
        body: CreateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    @overload
    def create_eval(
        self,
        *,
        data_source_config: Annotated[
            Annotated[
                CreateEvalCustomDataSourceConfig,
                pydantic.Tag("CreateEvalCustomDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalLogsDataSourceConfig,
                pydantic.Tag("CreateEvalLogsDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalStoredCompletionsDataSourceConfig,
                pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "custom": "CreateEvalCustomDataSourceConfig",
                    "logs": "CreateEvalLogsDataSourceConfig",
                    "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                },
            ),
        ],
        testing_criteria: list[
            Annotated[
                Annotated[
                    CreateEvalLabelModelGrader,
                    pydantic.Tag("CreateEvalLabelModelGrader"),
                ]
                | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[
                    EvalGraderTextSimilarity, pydantic.Tag("EvalGraderTextSimilarity")
                ]
                | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                | Annotated[EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "label_model": "CreateEvalLabelModelGrader",
                        "string_check": "GraderStringCheck",
                        "text_similarity": "EvalGraderTextSimilarity",
                        "python": "EvalGraderPython",
                        "score_model": "EvalGraderScoreModel",
                    },
                ),
            ]
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    def create_eval(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source_config: (
            Annotated[
                Annotated[
                    CreateEvalCustomDataSourceConfig,
                    pydantic.Tag("CreateEvalCustomDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalLogsDataSourceConfig,
                    pydantic.Tag("CreateEvalLogsDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalStoredCompletionsDataSourceConfig,
                    pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "custom": "CreateEvalCustomDataSourceConfig",
                        "logs": "CreateEvalLogsDataSourceConfig",
                        "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        testing_criteria: (
            list[
                Annotated[
                    Annotated[
                        CreateEvalLabelModelGrader,
                        pydantic.Tag("CreateEvalLabelModelGrader"),
                    ]
                    | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                    | Annotated[
                        EvalGraderTextSimilarity,
                        pydantic.Tag("EvalGraderTextSimilarity"),
                    ]
                    | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                    | Annotated[
                        EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "label_model": "CreateEvalLabelModelGrader",
                            "string_check": "GraderStringCheck",
                            "text_similarity": "EvalGraderTextSimilarity",
                            "python": "EvalGraderPython",
                            "score_model": "EvalGraderScoreModel",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval:
        """Create the structure of an evaluation that can be used to test a model's
        performance.
        An evaluation is a set of testing criteria and the config for a data source,
        which dictates the schema of the data used in the evaluation. After creating
        an evaluation, you can run it on different models and model parameters. We
        support several types of graders and datasources.
        For more information, see the [Evals guide](/docs/guides/evals).

        Args:
            name: The name of the evaluation.
            data_source_config: The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
            testing_criteria: A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`).
        """
        _response: ApiResponse[Eval] = self._client._request(_CREATE_EVAL, locals())
        return _response.data

    @overload
    def create_eval_with_http_info(
        self,
        *,
        body: CreateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    @overload
    def create_eval_with_http_info(
        self,
        *,
        data_source_config: Annotated[
            Annotated[
                CreateEvalCustomDataSourceConfig,
                pydantic.Tag("CreateEvalCustomDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalLogsDataSourceConfig,
                pydantic.Tag("CreateEvalLogsDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalStoredCompletionsDataSourceConfig,
                pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "custom": "CreateEvalCustomDataSourceConfig",
                    "logs": "CreateEvalLogsDataSourceConfig",
                    "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                },
            ),
        ],
        testing_criteria: list[
            Annotated[
                Annotated[
                    CreateEvalLabelModelGrader,
                    pydantic.Tag("CreateEvalLabelModelGrader"),
                ]
                | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[
                    EvalGraderTextSimilarity, pydantic.Tag("EvalGraderTextSimilarity")
                ]
                | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                | Annotated[EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "label_model": "CreateEvalLabelModelGrader",
                        "string_check": "GraderStringCheck",
                        "text_similarity": "EvalGraderTextSimilarity",
                        "python": "EvalGraderPython",
                        "score_model": "EvalGraderScoreModel",
                    },
                ),
            ]
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    def create_eval_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source_config: (
            Annotated[
                Annotated[
                    CreateEvalCustomDataSourceConfig,
                    pydantic.Tag("CreateEvalCustomDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalLogsDataSourceConfig,
                    pydantic.Tag("CreateEvalLogsDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalStoredCompletionsDataSourceConfig,
                    pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "custom": "CreateEvalCustomDataSourceConfig",
                        "logs": "CreateEvalLogsDataSourceConfig",
                        "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        testing_criteria: (
            list[
                Annotated[
                    Annotated[
                        CreateEvalLabelModelGrader,
                        pydantic.Tag("CreateEvalLabelModelGrader"),
                    ]
                    | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                    | Annotated[
                        EvalGraderTextSimilarity,
                        pydantic.Tag("EvalGraderTextSimilarity"),
                    ]
                    | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                    | Annotated[
                        EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "label_model": "CreateEvalLabelModelGrader",
                            "string_check": "GraderStringCheck",
                            "text_similarity": "EvalGraderTextSimilarity",
                            "python": "EvalGraderPython",
                            "score_model": "EvalGraderScoreModel",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]:
        """Like `create_eval`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_EVAL, locals())

    def get_eval(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval:
        """Get an evaluation by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve.
        """
        _response: ApiResponse[Eval] = self._client._request(_GET_EVAL, locals())
        return _response.data

    def get_eval_with_http_info(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]:
        """Like `get_eval`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_EVAL, locals())

    @overload
    def update_eval(
        self,
        eval_id: str,
        *,
        body: UpdateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    @overload
    def update_eval(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    def update_eval(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval:
        """Update certain properties of an evaluation.

        Args:
            eval_id: The ID of the evaluation to update.
            name: Rename the evaluation.
        """
        _response: ApiResponse[Eval] = self._client._request(_UPDATE_EVAL, locals())
        return _response.data

    @overload
    def update_eval_with_http_info(
        self,
        eval_id: str,
        *,
        body: UpdateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    @overload
    def update_eval_with_http_info(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    def update_eval_with_http_info(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]:
        """Like `update_eval`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_UPDATE_EVAL, locals())

    def delete_eval(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteEvalResponse:
        """Delete an evaluation.

        Args:
            eval_id: The ID of the evaluation to delete.
        """
        _response: ApiResponse[DeleteEvalResponse] = self._client._request(
            _DELETE_EVAL, locals()
        )
        return _response.data

    def delete_eval_with_http_info(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteEvalResponse]:
        """Like `delete_eval`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_EVAL, locals())

    def get_eval_runs(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRunList:
        """Get a list of runs for an evaluation.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            after: Identifier for the last run from the previous pagination request.
            limit: Number of runs to retrieve.
            order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
            status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.
        """
        _response: ApiResponse[EvalRunList] = self._client._request(
            _GET_EVAL_RUNS, locals()
        )
        return _response.data

    def get_eval_runs_with_http_info(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRunList]:
        """Like `get_eval_runs`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_EVAL_RUNS, locals())

    def get_eval_runs_iter(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[EvalRun]:
        """Like `get_eval_runs`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _GET_EVAL_RUNS, locals(), _GET_EVAL_RUNS_PAGES)

    @overload
    def create_eval_run(
        self,
        eval_id: str,
        *,
        body: CreateEvalRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun: ...

    @overload
    def create_eval_run(
        self,
        eval_id: str,
        *,
        data_source: Annotated[
            Annotated[
                CreateEvalJsonlRunDataSource,
                pydantic.Tag("CreateEvalJsonlRunDataSource"),
            ]
            | Annotated[
                CreateEvalCompletionsRunDataSource,
                pydantic.Tag("CreateEvalCompletionsRunDataSource"),
            ]
            | Annotated[
                CreateEvalResponsesRunDataSource,
                pydantic.Tag("CreateEvalResponsesRunDataSource"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "jsonl": "CreateEvalJsonlRunDataSource",
                    "completions": "CreateEvalCompletionsRunDataSource",
                    "responses": "CreateEvalResponsesRunDataSource",
                },
            ),
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun: ...

    def create_eval_run(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source: (
            Annotated[
                Annotated[
                    CreateEvalJsonlRunDataSource,
                    pydantic.Tag("CreateEvalJsonlRunDataSource"),
                ]
                | Annotated[
                    CreateEvalCompletionsRunDataSource,
                    pydantic.Tag("CreateEvalCompletionsRunDataSource"),
                ]
                | Annotated[
                    CreateEvalResponsesRunDataSource,
                    pydantic.Tag("CreateEvalResponsesRunDataSource"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "jsonl": "CreateEvalJsonlRunDataSource",
                        "completions": "CreateEvalCompletionsRunDataSource",
                        "responses": "CreateEvalResponsesRunDataSource",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun:
        """Kicks off a new run for a given evaluation, specifying the data source, and
        what model configuration to use to test. The datasource will be validated
        against the schema specified in the config of the evaluation.

        Args:
            eval_id: The ID of the evaluation to create a run for.
            name: The name of the run.
            data_source: Details about the run's data source.
        """
        _response: ApiResponse[EvalRun] = self._client._request(
            _CREATE_EVAL_RUN, locals()
        )
        return _response.data

    @overload
    def create_eval_run_with_http_info(
        self,
        eval_id: str,
        *,
        body: CreateEvalRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]: ...

    @overload
    def create_eval_run_with_http_info(
        self,
        eval_id: str,
        *,
        data_source: Annotated[
            Annotated[
                CreateEvalJsonlRunDataSource,
                pydantic.Tag("CreateEvalJsonlRunDataSource"),
            ]
            | Annotated[
                CreateEvalCompletionsRunDataSource,
                pydantic.Tag("CreateEvalCompletionsRunDataSource"),
            ]
            | Annotated[
                CreateEvalResponsesRunDataSource,
                pydantic.Tag("CreateEvalResponsesRunDataSource"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "jsonl": "CreateEvalJsonlRunDataSource",
                    "completions": "CreateEvalCompletionsRunDataSource",
                    "responses": "CreateEvalResponsesRunDataSource",
                },
            ),
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]: ...

    def create_eval_run_with_http_info(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source: (
            Annotated[
                Annotated[
                    CreateEvalJsonlRunDataSource,
                    pydantic.Tag("CreateEvalJsonlRunDataSource"),
                ]
                | Annotated[
                    CreateEvalCompletionsRunDataSource,
                    pydantic.Tag("CreateEvalCompletionsRunDataSource"),
                ]
                | Annotated[
                    CreateEvalResponsesRunDataSource,
                    pydantic.Tag("CreateEvalResponsesRunDataSource"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "jsonl": "CreateEvalJsonlRunDataSource",
                        "completions": "CreateEvalCompletionsRunDataSource",
                        "responses": "CreateEvalResponsesRunDataSource",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like `create_eval_run`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_EVAL_RUN, locals())

    def get_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun:
        """Get an evaluation run by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.
        """
        _response: ApiResponse[EvalRun] = self._client._request(_GET_EVAL_RUN, locals())
        return _response.data

    def get_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like `get_eval_run`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_EVAL_RUN, locals())

    def cancel_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun:
        """Cancel an ongoing evaluation run.

        Args:
            eval_id: The ID of the evaluation whose run you want to cancel.
            run_id: The ID of the run to cancel.
        """
        _response: ApiResponse[EvalRun] = self._client._request(
            _CANCEL_EVAL_RUN, locals()
        )
        return _response.data

    def cancel_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like `cancel_eval_run`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CANCEL_EVAL_RUN, locals())

    def delete_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run.

        Args:
            eval_id: The ID of the evaluation to delete the run from.
            run_id: The ID of the run to delete.
        """
        _response: ApiResponse[DeleteEvalRunResponse] = self._client._request(
            _DELETE_EVAL_RUN, locals()
        )
        return _response.data

    def delete_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteEvalRunResponse]:
        """Like `delete_eval_run`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_EVAL_RUN, locals())

    def get_eval_run_output_items(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRunOutputItemList:
        """Get a list of output items for an evaluation run.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve output items for.
            after: Identifier for the last output item from the previous pagination request.
            limit: Number of output items to retrieve.
            status: Filter output items by status. Use `failed` to filter by failed output items or `pass` to filter by passed output items.
            order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """
        _response: ApiResponse[EvalRunOutputItemList] = self._client._request(
            _GET_EVAL_RUN_OUTPUT_ITEMS, locals()
        )
        return _response.data

    def get_eval_run_output_items_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRunOutputItemList]:
        """Like `get_eval_run_output_items`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_GET_EVAL_RUN_OUTPUT_ITEMS, locals())

    def get_eval_run_output_items_iter(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[EvalRunOutputItem]:
        """Like `get_eval_run_output_items`, but `for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _GET_EVAL_RUN_OUTPUT_ITEMS,
            locals(),
            _GET_EVAL_RUN_OUTPUT_ITEMS_PAGES,
        )

    def get_eval_run_output_item(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRunOutputItem:
        """Get an evaluation run output item by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.
            output_item_id: The ID of the output item to retrieve.
        """
        _response: ApiResponse[EvalRunOutputItem] = self._client._request(
            _GET_EVAL_RUN_OUTPUT_ITEM, locals()
        )
        return _response.data

    def get_eval_run_output_item_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRunOutputItem]:
        """Like `get_eval_run_output_item`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_GET_EVAL_RUN_OUTPUT_ITEM, locals())


class AsyncEvalsApi:
    """Evals operations (async): Manage and run evals in the OpenAI platform.

    Reach it as `client.evals`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_evals(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalList:
        """List evaluations for a project.

        Args:
            after: Identifier for the last eval from the previous pagination request.
            limit: Number of evals to retrieve.
            order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
            order_by: Evals can be ordered by creation time or last updated time. Use `created_at` for creation time or `updated_at` for last updated time.
        """
        _response: ApiResponse[EvalList] = await self._client._request(
            _LIST_EVALS, locals()
        )
        return _response.data

    async def list_evals_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalList]:
        """Like `list_evals`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_EVALS, locals())

    def list_evals_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[Eval]:
        """Like `list_evals`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_EVALS, locals(), _LIST_EVALS_PAGES)

    @overload
    async def create_eval(
        self,
        *,
        body: CreateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    @overload
    async def create_eval(
        self,
        *,
        data_source_config: Annotated[
            Annotated[
                CreateEvalCustomDataSourceConfig,
                pydantic.Tag("CreateEvalCustomDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalLogsDataSourceConfig,
                pydantic.Tag("CreateEvalLogsDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalStoredCompletionsDataSourceConfig,
                pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "custom": "CreateEvalCustomDataSourceConfig",
                    "logs": "CreateEvalLogsDataSourceConfig",
                    "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                },
            ),
        ],
        testing_criteria: list[
            Annotated[
                Annotated[
                    CreateEvalLabelModelGrader,
                    pydantic.Tag("CreateEvalLabelModelGrader"),
                ]
                | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[
                    EvalGraderTextSimilarity, pydantic.Tag("EvalGraderTextSimilarity")
                ]
                | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                | Annotated[EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "label_model": "CreateEvalLabelModelGrader",
                        "string_check": "GraderStringCheck",
                        "text_similarity": "EvalGraderTextSimilarity",
                        "python": "EvalGraderPython",
                        "score_model": "EvalGraderScoreModel",
                    },
                ),
            ]
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    async def create_eval(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source_config: (
            Annotated[
                Annotated[
                    CreateEvalCustomDataSourceConfig,
                    pydantic.Tag("CreateEvalCustomDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalLogsDataSourceConfig,
                    pydantic.Tag("CreateEvalLogsDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalStoredCompletionsDataSourceConfig,
                    pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "custom": "CreateEvalCustomDataSourceConfig",
                        "logs": "CreateEvalLogsDataSourceConfig",
                        "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        testing_criteria: (
            list[
                Annotated[
                    Annotated[
                        CreateEvalLabelModelGrader,
                        pydantic.Tag("CreateEvalLabelModelGrader"),
                    ]
                    | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                    | Annotated[
                        EvalGraderTextSimilarity,
                        pydantic.Tag("EvalGraderTextSimilarity"),
                    ]
                    | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                    | Annotated[
                        EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "label_model": "CreateEvalLabelModelGrader",
                            "string_check": "GraderStringCheck",
                            "text_similarity": "EvalGraderTextSimilarity",
                            "python": "EvalGraderPython",
                            "score_model": "EvalGraderScoreModel",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval:
        """Create the structure of an evaluation that can be used to test a model's
        performance.
        An evaluation is a set of testing criteria and the config for a data source,
        which dictates the schema of the data used in the evaluation. After creating
        an evaluation, you can run it on different models and model parameters. We
        support several types of graders and datasources.
        For more information, see the [Evals guide](/docs/guides/evals).

        Args:
            name: The name of the evaluation.
            data_source_config: The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
            testing_criteria: A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`).
        """
        _response: ApiResponse[Eval] = await self._client._request(
            _CREATE_EVAL, locals()
        )
        return _response.data

    @overload
    async def create_eval_with_http_info(
        self,
        *,
        body: CreateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    @overload
    async def create_eval_with_http_info(
        self,
        *,
        data_source_config: Annotated[
            Annotated[
                CreateEvalCustomDataSourceConfig,
                pydantic.Tag("CreateEvalCustomDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalLogsDataSourceConfig,
                pydantic.Tag("CreateEvalLogsDataSourceConfig"),
            ]
            | Annotated[
                CreateEvalStoredCompletionsDataSourceConfig,
                pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "custom": "CreateEvalCustomDataSourceConfig",
                    "logs": "CreateEvalLogsDataSourceConfig",
                    "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                },
            ),
        ],
        testing_criteria: list[
            Annotated[
                Annotated[
                    CreateEvalLabelModelGrader,
                    pydantic.Tag("CreateEvalLabelModelGrader"),
                ]
                | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[
                    EvalGraderTextSimilarity, pydantic.Tag("EvalGraderTextSimilarity")
                ]
                | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                | Annotated[EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "label_model": "CreateEvalLabelModelGrader",
                        "string_check": "GraderStringCheck",
                        "text_similarity": "EvalGraderTextSimilarity",
                        "python": "EvalGraderPython",
                        "score_model": "EvalGraderScoreModel",
                    },
                ),
            ]
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    async def create_eval_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source_config: (
            Annotated[
                Annotated[
                    CreateEvalCustomDataSourceConfig,
                    pydantic.Tag("CreateEvalCustomDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalLogsDataSourceConfig,
                    pydantic.Tag("CreateEvalLogsDataSourceConfig"),
                ]
                | Annotated[
                    CreateEvalStoredCompletionsDataSourceConfig,
                    pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "custom": "CreateEvalCustomDataSourceConfig",
                        "logs": "CreateEvalLogsDataSourceConfig",
                        "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        testing_criteria: (
            list[
                Annotated[
                    Annotated[
                        CreateEvalLabelModelGrader,
                        pydantic.Tag("CreateEvalLabelModelGrader"),
                    ]
                    | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                    | Annotated[
                        EvalGraderTextSimilarity,
                        pydantic.Tag("EvalGraderTextSimilarity"),
                    ]
                    | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
                    | Annotated[
                        EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")
                    ]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "label_model": "CreateEvalLabelModelGrader",
                            "string_check": "GraderStringCheck",
                            "text_similarity": "EvalGraderTextSimilarity",
                            "python": "EvalGraderPython",
                            "score_model": "EvalGraderScoreModel",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]:
        """Like `create_eval`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_EVAL, locals())

    async def get_eval(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval:
        """Get an evaluation by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve.
        """
        _response: ApiResponse[Eval] = await self._client._request(_GET_EVAL, locals())
        return _response.data

    async def get_eval_with_http_info(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]:
        """Like `get_eval`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_EVAL, locals())

    @overload
    async def update_eval(
        self,
        eval_id: str,
        *,
        body: UpdateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    @overload
    async def update_eval(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval: ...

    async def update_eval(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Eval:
        """Update certain properties of an evaluation.

        Args:
            eval_id: The ID of the evaluation to update.
            name: Rename the evaluation.
        """
        _response: ApiResponse[Eval] = await self._client._request(
            _UPDATE_EVAL, locals()
        )
        return _response.data

    @overload
    async def update_eval_with_http_info(
        self,
        eval_id: str,
        *,
        body: UpdateEvalRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    @overload
    async def update_eval_with_http_info(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]: ...

    async def update_eval_with_http_info(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateEvalRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Eval]:
        """Like `update_eval`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_UPDATE_EVAL, locals())

    async def delete_eval(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteEvalResponse:
        """Delete an evaluation.

        Args:
            eval_id: The ID of the evaluation to delete.
        """
        _response: ApiResponse[DeleteEvalResponse] = await self._client._request(
            _DELETE_EVAL, locals()
        )
        return _response.data

    async def delete_eval_with_http_info(
        self,
        eval_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteEvalResponse]:
        """Like `delete_eval`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_EVAL, locals())

    async def get_eval_runs(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRunList:
        """Get a list of runs for an evaluation.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            after: Identifier for the last run from the previous pagination request.
            limit: Number of runs to retrieve.
            order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
            status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.
        """
        _response: ApiResponse[EvalRunList] = await self._client._request(
            _GET_EVAL_RUNS, locals()
        )
        return _response.data

    async def get_eval_runs_with_http_info(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRunList]:
        """Like `get_eval_runs`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_EVAL_RUNS, locals())

    def get_eval_runs_iter(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        status: (
            Literal["queued", "in_progress", "completed", "canceled", "failed"]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[EvalRun]:
        """Like `get_eval_runs`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _GET_EVAL_RUNS, locals(), _GET_EVAL_RUNS_PAGES
        )

    @overload
    async def create_eval_run(
        self,
        eval_id: str,
        *,
        body: CreateEvalRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun: ...

    @overload
    async def create_eval_run(
        self,
        eval_id: str,
        *,
        data_source: Annotated[
            Annotated[
                CreateEvalJsonlRunDataSource,
                pydantic.Tag("CreateEvalJsonlRunDataSource"),
            ]
            | Annotated[
                CreateEvalCompletionsRunDataSource,
                pydantic.Tag("CreateEvalCompletionsRunDataSource"),
            ]
            | Annotated[
                CreateEvalResponsesRunDataSource,
                pydantic.Tag("CreateEvalResponsesRunDataSource"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "jsonl": "CreateEvalJsonlRunDataSource",
                    "completions": "CreateEvalCompletionsRunDataSource",
                    "responses": "CreateEvalResponsesRunDataSource",
                },
            ),
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun: ...

    async def create_eval_run(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source: (
            Annotated[
                Annotated[
                    CreateEvalJsonlRunDataSource,
                    pydantic.Tag("CreateEvalJsonlRunDataSource"),
                ]
                | Annotated[
                    CreateEvalCompletionsRunDataSource,
                    pydantic.Tag("CreateEvalCompletionsRunDataSource"),
                ]
                | Annotated[
                    CreateEvalResponsesRunDataSource,
                    pydantic.Tag("CreateEvalResponsesRunDataSource"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "jsonl": "CreateEvalJsonlRunDataSource",
                        "completions": "CreateEvalCompletionsRunDataSource",
                        "responses": "CreateEvalResponsesRunDataSource",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun:
        """Kicks off a new run for a given evaluation, specifying the data source, and
        what model configuration to use to test. The datasource will be validated
        against the schema specified in the config of the evaluation.

        Args:
            eval_id: The ID of the evaluation to create a run for.
            name: The name of the run.
            data_source: Details about the run's data source.
        """
        _response: ApiResponse[EvalRun] = await self._client._request(
            _CREATE_EVAL_RUN, locals()
        )
        return _response.data

    @overload
    async def create_eval_run_with_http_info(
        self,
        eval_id: str,
        *,
        body: CreateEvalRunRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]: ...

    @overload
    async def create_eval_run_with_http_info(
        self,
        eval_id: str,
        *,
        data_source: Annotated[
            Annotated[
                CreateEvalJsonlRunDataSource,
                pydantic.Tag("CreateEvalJsonlRunDataSource"),
            ]
            | Annotated[
                CreateEvalCompletionsRunDataSource,
                pydantic.Tag("CreateEvalCompletionsRunDataSource"),
            ]
            | Annotated[
                CreateEvalResponsesRunDataSource,
                pydantic.Tag("CreateEvalResponsesRunDataSource"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "jsonl": "CreateEvalJsonlRunDataSource",
                    "completions": "CreateEvalCompletionsRunDataSource",
                    "responses": "CreateEvalResponsesRunDataSource",
                },
            ),
        ],
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]: ...

    async def create_eval_run_with_http_info(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source: (
            Annotated[
                Annotated[
                    CreateEvalJsonlRunDataSource,
                    pydantic.Tag("CreateEvalJsonlRunDataSource"),
                ]
                | Annotated[
                    CreateEvalCompletionsRunDataSource,
                    pydantic.Tag("CreateEvalCompletionsRunDataSource"),
                ]
                | Annotated[
                    CreateEvalResponsesRunDataSource,
                    pydantic.Tag("CreateEvalResponsesRunDataSource"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "jsonl": "CreateEvalJsonlRunDataSource",
                        "completions": "CreateEvalCompletionsRunDataSource",
                        "responses": "CreateEvalResponsesRunDataSource",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateEvalRunRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like `create_eval_run`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_EVAL_RUN, locals())

    async def get_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun:
        """Get an evaluation run by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.
        """
        _response: ApiResponse[EvalRun] = await self._client._request(
            _GET_EVAL_RUN, locals()
        )
        return _response.data

    async def get_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like `get_eval_run`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_EVAL_RUN, locals())

    async def cancel_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRun:
        """Cancel an ongoing evaluation run.

        Args:
            eval_id: The ID of the evaluation whose run you want to cancel.
            run_id: The ID of the run to cancel.
        """
        _response: ApiResponse[EvalRun] = await self._client._request(
            _CANCEL_EVAL_RUN, locals()
        )
        return _response.data

    async def cancel_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRun]:
        """Like `cancel_eval_run`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CANCEL_EVAL_RUN, locals())

    async def delete_eval_run(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run.

        Args:
            eval_id: The ID of the evaluation to delete the run from.
            run_id: The ID of the run to delete.
        """
        _response: ApiResponse[DeleteEvalRunResponse] = await self._client._request(
            _DELETE_EVAL_RUN, locals()
        )
        return _response.data

    async def delete_eval_run_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteEvalRunResponse]:
        """Like `delete_eval_run`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_EVAL_RUN, locals())

    async def get_eval_run_output_items(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRunOutputItemList:
        """Get a list of output items for an evaluation run.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve output items for.
            after: Identifier for the last output item from the previous pagination request.
            limit: Number of output items to retrieve.
            status: Filter output items by status. Use `failed` to filter by failed output items or `pass` to filter by passed output items.
            order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """
        _response: ApiResponse[EvalRunOutputItemList] = await self._client._request(
            _GET_EVAL_RUN_OUTPUT_ITEMS, locals()
        )
        return _response.data

    async def get_eval_run_output_items_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRunOutputItemList]:
        """Like `get_eval_run_output_items`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_GET_EVAL_RUN_OUTPUT_ITEMS, locals())

    def get_eval_run_output_items_iter(
        self,
        eval_id: str,
        run_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[EvalRunOutputItem]:
        """Like `get_eval_run_output_items`, but `async for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _GET_EVAL_RUN_OUTPUT_ITEMS,
            locals(),
            _GET_EVAL_RUN_OUTPUT_ITEMS_PAGES,
        )

    async def get_eval_run_output_item(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> EvalRunOutputItem:
        """Get an evaluation run output item by ID.

        Args:
            eval_id: The ID of the evaluation to retrieve runs for.
            run_id: The ID of the run to retrieve.
            output_item_id: The ID of the output item to retrieve.
        """
        _response: ApiResponse[EvalRunOutputItem] = await self._client._request(
            _GET_EVAL_RUN_OUTPUT_ITEM, locals()
        )
        return _response.data

    async def get_eval_run_output_item_with_http_info(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[EvalRunOutputItem]:
        """Like `get_eval_run_output_item`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_GET_EVAL_RUN_OUTPUT_ITEM, locals())
