"""Fine-tuning operations: Manage fine-tuning jobs to tailor a model to your specific
training data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._serialize import Style as _Style
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.create_fine_tuning_checkpoint_permission_request import (
    CreateFineTuningCheckpointPermissionRequest,
)
from ..models.create_fine_tuning_job_request import CreateFineTuningJobRequest
from ..models.create_fine_tuning_job_request_hyperparameters import (
    CreateFineTuningJobRequestHyperparameters,
)
from ..models.create_fine_tuning_job_request_integrations_item import (
    CreateFineTuningJobRequestIntegrationsItem,
)
from ..models.delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse,
)
from ..models.fine_tune_method import FineTuneMethod
from ..models.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
from ..models.fine_tuning_job import FineTuningJob
from ..models.fine_tuning_job_checkpoint import FineTuningJobCheckpoint
from ..models.fine_tuning_job_event import FineTuningJobEvent
from ..models.grader_multi import GraderMulti
from ..models.grader_python import GraderPython
from ..models.grader_score_model import GraderScoreModel
from ..models.grader_string_check import GraderStringCheck
from ..models.grader_text_similarity import GraderTextSimilarity
from ..models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from ..models.list_fine_tuning_job_checkpoints_response import (
    ListFineTuningJobCheckpointsResponse,
)
from ..models.list_fine_tuning_job_events_response import (
    ListFineTuningJobEventsResponse,
)
from ..models.list_paginated_fine_tuning_jobs_response import (
    ListPaginatedFineTuningJobsResponse,
)
from ..models.metadata import Metadata
from ..models.run_grader_request import RunGraderRequest
from ..models.run_grader_response import RunGraderResponse
from ..models.validate_grader_request import ValidateGraderRequest
from ..models.validate_grader_response import ValidateGraderResponse

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["FineTuningApi", "AsyncFineTuningApi"]

_RUN_GRADER = _Endpoint(
    method="POST",
    path="/fine_tuning/alpha/graders/run",
    operation_id="runGrader",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RunGraderResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("grader", "grader", "field"),
        ("item", "item", "field"),
        ("model_sample", "model_sample", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_VALIDATE_GRADER = _Endpoint(
    method="POST",
    path="/fine_tuning/alpha/graders/validate",
    operation_id="validateGrader",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ValidateGraderResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("grader", "grader", "field"),),
    body_mode="fields",
    body_required=True,
)

_LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS = _Endpoint(
    method="GET",
    path="/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
    operation_id="listFineTuningCheckpointPermissions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListFineTuningCheckpointPermissionResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("fine_tuned_model_checkpoint", "fine_tuned_model_checkpoint", "path"),
        ("project_id", "project_id", "query"),
        ("after", "after", "query"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_FINE_TUNING_CHECKPOINT_PERMISSION = _Endpoint(
    method="POST",
    path="/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
    operation_id="createFineTuningCheckpointPermission",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ListFineTuningCheckpointPermissionResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("fine_tuned_model_checkpoint", "fine_tuned_model_checkpoint", "path"),
        ("project_ids", "project_ids", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_FINE_TUNING_CHECKPOINT_PERMISSION = _Endpoint(
    method="DELETE",
    path="/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
    operation_id="deleteFineTuningCheckpointPermission",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteFineTuningCheckpointPermissionResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("fine_tuned_model_checkpoint", "fine_tuned_model_checkpoint", "path"),
        ("permission_id", "permission_id", "path"),
    ),
    body_mode="none",
)

_CREATE_FINE_TUNING_JOB = _Endpoint(
    method="POST",
    path="/fine_tuning/jobs",
    operation_id="createFineTuningJob",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": FineTuningJob,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("training_file", "training_file", "field"),
        ("hyperparameters", "hyperparameters", "field"),
        ("suffix", "suffix", "field"),
        ("validation_file", "validation_file", "field"),
        ("integrations", "integrations", "field"),
        ("seed", "seed", "field"),
        ("method", "method", "field"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_LIST_PAGINATED_FINE_TUNING_JOBS = _Endpoint(
    method="GET",
    path="/fine_tuning/jobs",
    operation_id="listPaginatedFineTuningJobs",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListPaginatedFineTuningJobsResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("after", "after", "query"),
        ("limit", "limit", "query"),
        ("metadata", "metadata", "query"),
    ),
    styles={
        "metadata": _Style("deepObject", True, False, None),
    },
    body_mode="none",
)
_LIST_PAGINATED_FINE_TUNING_JOBS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor=None,
)

_RETRIEVE_FINE_TUNING_JOB = _Endpoint(
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}",
    operation_id="retrieveFineTuningJob",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": FineTuningJob,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("fine_tuning_job_id", "fine_tuning_job_id", "path"),),
    body_mode="none",
)

_CANCEL_FINE_TUNING_JOB = _Endpoint(
    method="POST",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
    operation_id="cancelFineTuningJob",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": FineTuningJob,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("fine_tuning_job_id", "fine_tuning_job_id", "path"),),
    body_mode="none",
)

_LIST_FINE_TUNING_JOB_CHECKPOINTS = _Endpoint(
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
    operation_id="listFineTuningJobCheckpoints",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListFineTuningJobCheckpointsResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("fine_tuning_job_id", "fine_tuning_job_id", "path"),
        ("after", "after", "query"),
        ("limit", "limit", "query"),
    ),
    body_mode="none",
)
_LIST_FINE_TUNING_JOB_CHECKPOINTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_LIST_FINE_TUNING_EVENTS = _Endpoint(
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/events",
    operation_id="listFineTuningEvents",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListFineTuningJobEventsResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("fine_tuning_job_id", "fine_tuning_job_id", "path"),
        ("after", "after", "query"),
        ("limit", "limit", "query"),
    ),
    body_mode="none",
)
_LIST_FINE_TUNING_EVENTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor=None,
)

_PAUSE_FINE_TUNING_JOB = _Endpoint(
    method="POST",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/pause",
    operation_id="pauseFineTuningJob",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": FineTuningJob,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("fine_tuning_job_id", "fine_tuning_job_id", "path"),),
    body_mode="none",
)

_RESUME_FINE_TUNING_JOB = _Endpoint(
    method="POST",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/resume",
    operation_id="resumeFineTuningJob",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": FineTuningJob,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("fine_tuning_job_id", "fine_tuning_job_id", "path"),),
    body_mode="none",
)


class FineTuningApi:
    """Fine-tuning operations: Manage fine-tuning jobs to tailor a model to your
    specific training data.

    Reach it as `client.fine_tuning`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def run_grader(
        self,
        *,
        body: RunGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunGraderResponse: ...

    @overload
    def run_grader(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        model_sample: str,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunGraderResponse: ...

    def run_grader(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        model_sample: str | NotGiven = NOT_GIVEN,
        body: RunGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunGraderResponse:
        """Run a grader.

        Args:
            grader: The grader used for the fine-tuning job.
            item: The dataset item provided to the grader. This will be used to populate the `item` namespace. See [the guide](https://api.openai.com/docs/guides/graders) for more details.
            model_sample: The model sample to be evaluated. This value will be used to populate the `sample` namespace. See [the guide](https://api.openai.com/docs/guides/graders) for more details. The `output_json` variable will be populated if the model sample is a valid JSON string.
        """
        _response: ApiResponse[RunGraderResponse] = self._client._request(
            _RUN_GRADER, locals()
        )
        return _response.data

    @overload
    def run_grader_with_http_info(
        self,
        *,
        body: RunGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunGraderResponse]: ...

    @overload
    def run_grader_with_http_info(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        model_sample: str,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunGraderResponse]: ...

    def run_grader_with_http_info(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        model_sample: str | NotGiven = NOT_GIVEN,
        body: RunGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunGraderResponse]:
        """Like `run_grader`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_RUN_GRADER, locals())

    @overload
    def validate_grader(
        self,
        *,
        body: ValidateGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ValidateGraderResponse: ...

    @overload
    def validate_grader(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ValidateGraderResponse: ...

    def validate_grader(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: ValidateGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ValidateGraderResponse:
        """Validate a grader.

        Args:
            grader: The grader used for the fine-tuning job.
        """
        _response: ApiResponse[ValidateGraderResponse] = self._client._request(
            _VALIDATE_GRADER, locals()
        )
        return _response.data

    @overload
    def validate_grader_with_http_info(
        self,
        *,
        body: ValidateGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ValidateGraderResponse]: ...

    @overload
    def validate_grader_with_http_info(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ValidateGraderResponse]: ...

    def validate_grader_with_http_info(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: ValidateGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ValidateGraderResponse]:
        """Like `validate_grader`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_VALIDATE_GRADER, locals())

    def list_fine_tuning_checkpoint_permissions(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a
        fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
            project_id: The ID of the project to get permissions for.
            after: Identifier for the last permission ID from the previous pagination request.
            limit: Number of permissions to retrieve.
            order: The order in which to retrieve permissions.
        """
        _response: ApiResponse[ListFineTuningCheckpointPermissionResponse] = (
            self._client._request(_LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS, locals())
        )
        return _response.data

    def list_fine_tuning_checkpoint_permissions_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like `list_fine_tuning_checkpoint_permissions`, but returns the status code
        and headers with the parsed body.
        """
        return self._client._request(_LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS, locals())

    def list_fine_tuning_checkpoint_permissions_iter(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[FineTuningCheckpointPermission]:
        """Like `list_fine_tuning_checkpoint_permissions`, but `for` goes over the items
        of every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS,
            locals(),
            _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS_PAGES,
        )

    @overload
    def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        body: CreateFineTuningCheckpointPermissionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse: ...

    @overload
    def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse: ...

    def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        body: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** Calling this endpoint requires an [admin API
        key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other
        projects in their organization.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.
            project_ids: The project identifiers to grant access to.
        """
        _response: ApiResponse[ListFineTuningCheckpointPermissionResponse] = (
            self._client._request(_CREATE_FINE_TUNING_CHECKPOINT_PERMISSION, locals())
        )
        return _response.data

    @overload
    def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        body: CreateFineTuningCheckpointPermissionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]: ...

    @overload
    def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]: ...

    def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        body: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like `create_fine_tuning_checkpoint_permission`, but returns the status code
        and headers with the parsed body.
        """
        return self._client._request(
            _CREATE_FINE_TUNING_CHECKPOINT_PERMISSION, locals()
        )

    def delete_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a
        fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.
            permission_id: The ID of the fine-tuned model checkpoint permission to delete.
        """
        _response: ApiResponse[DeleteFineTuningCheckpointPermissionResponse] = (
            self._client._request(_DELETE_FINE_TUNING_CHECKPOINT_PERMISSION, locals())
        )
        return _response.data

    def delete_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteFineTuningCheckpointPermissionResponse]:
        """Like `delete_fine_tuning_checkpoint_permission`, but returns the status code
        and headers with the parsed body.
        """
        return self._client._request(
            _DELETE_FINE_TUNING_CHECKPOINT_PERMISSION, locals()
        )

    @overload
    def create_fine_tuning_job(
        self,
        *,
        body: CreateFineTuningJobRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob: ...

    @overload
    def create_fine_tuning_job(
        self,
        *,
        model: (
            str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
        ),
        training_file: str,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob: ...

    def create_fine_tuning_job(
        self,
        *,
        model: (
            str
            | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
            | NotGiven
        ) = NOT_GIVEN,
        training_file: str | NotGiven = NOT_GIVEN,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateFineTuningJobRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model
        from a given dataset.

        Response includes details of the enqueued job including job status and the
        name of the fine-tuned models once complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            model: The name of the model to fine-tune. You can select one of the [supported models](https://api.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
            training_file: The ID of an uploaded file that contains training data. See [upload file](https://api.openai.com/docs/api-reference/files/create) for how to upload a file. Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`. The contents of the file should differ depending on if the model uses the [chat](https://api.openai.com/docs/api-reference/fine-tuning/chat-input), [completions](https://api.openai.com/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](https://api.openai.com/docs/api-reference/fine-tuning/preference-input) format. See the [fine-tuning guide](https://api.openai.com/docs/guides/model-optimization) for more details.
            hyperparameters: The hyperparameters used for the fine-tuning job. This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
            suffix: A string of up to 64 characters that will be added to your fine-tuned model name. For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
            validation_file: The ID of an uploaded file that contains validation data. If you provide this file, the data is used to generate validation metrics periodically during fine-tuning. These metrics can be viewed in the fine-tuning results file. The same data should not be present in both train and validation files. Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`. See the [fine-tuning guide](https://api.openai.com/docs/guides/model-optimization) for more details.
            integrations: A list of integrations to enable for your fine-tuning job.
            seed: The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases. If a seed is not specified, one will be generated for you.
            method: The method used for fine-tuning.
        """
        _response: ApiResponse[FineTuningJob] = self._client._request(
            _CREATE_FINE_TUNING_JOB, locals()
        )
        return _response.data

    @overload
    def create_fine_tuning_job_with_http_info(
        self,
        *,
        body: CreateFineTuningJobRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]: ...

    @overload
    def create_fine_tuning_job_with_http_info(
        self,
        *,
        model: (
            str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
        ),
        training_file: str,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]: ...

    def create_fine_tuning_job_with_http_info(
        self,
        *,
        model: (
            str
            | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
            | NotGiven
        ) = NOT_GIVEN,
        training_file: str | NotGiven = NOT_GIVEN,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateFineTuningJobRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `create_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_FINE_TUNING_JOB, locals())

    def list_paginated_fine_tuning_jobs(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListPaginatedFineTuningJobsResponse:
        """List your organization's fine-tuning jobs

        Args:
            after: Identifier for the last job from the previous pagination request.
            limit: Number of fine-tuning jobs to retrieve.
            metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.
        """
        _response: ApiResponse[ListPaginatedFineTuningJobsResponse] = (
            self._client._request(_LIST_PAGINATED_FINE_TUNING_JOBS, locals())
        )
        return _response.data

    def list_paginated_fine_tuning_jobs_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListPaginatedFineTuningJobsResponse]:
        """Like `list_paginated_fine_tuning_jobs`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_LIST_PAGINATED_FINE_TUNING_JOBS, locals())

    def list_paginated_fine_tuning_jobs_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[FineTuningJob]:
        """Like `list_paginated_fine_tuning_jobs`, but `for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_PAGINATED_FINE_TUNING_JOBS,
            locals(),
            _LIST_PAGINATED_FINE_TUNING_JOBS_PAGES,
        )

    def retrieve_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        _response: ApiResponse[FineTuningJob] = self._client._request(
            _RETRIEVE_FINE_TUNING_JOB, locals()
        )
        return _response.data

    def retrieve_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `retrieve_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RETRIEVE_FINE_TUNING_JOB, locals())

    def cancel_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to cancel.
        """
        _response: ApiResponse[FineTuningJob] = self._client._request(
            _CANCEL_FINE_TUNING_JOB, locals()
        )
        return _response.data

    def cancel_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `cancel_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CANCEL_FINE_TUNING_JOB, locals())

    def list_fine_tuning_job_checkpoints(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningJobCheckpointsResponse:
        """List checkpoints for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
            after: Identifier for the last checkpoint ID from the previous pagination request.
            limit: Number of checkpoints to retrieve.
        """
        _response: ApiResponse[ListFineTuningJobCheckpointsResponse] = (
            self._client._request(_LIST_FINE_TUNING_JOB_CHECKPOINTS, locals())
        )
        return _response.data

    def list_fine_tuning_job_checkpoints_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningJobCheckpointsResponse]:
        """Like `list_fine_tuning_job_checkpoints`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_LIST_FINE_TUNING_JOB_CHECKPOINTS, locals())

    def list_fine_tuning_job_checkpoints_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[FineTuningJobCheckpoint]:
        """Like `list_fine_tuning_job_checkpoints`, but `for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_FINE_TUNING_JOB_CHECKPOINTS,
            locals(),
            _LIST_FINE_TUNING_JOB_CHECKPOINTS_PAGES,
        )

    def list_fine_tuning_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningJobEventsResponse:
        """Get status updates for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get events for.
            after: Identifier for the last event from the previous pagination request.
            limit: Number of events to retrieve.
        """
        _response: ApiResponse[ListFineTuningJobEventsResponse] = self._client._request(
            _LIST_FINE_TUNING_EVENTS, locals()
        )
        return _response.data

    def list_fine_tuning_events_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningJobEventsResponse]:
        """Like `list_fine_tuning_events`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_LIST_FINE_TUNING_EVENTS, locals())

    def list_fine_tuning_events_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[FineTuningJobEvent]:
        """Like `list_fine_tuning_events`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_FINE_TUNING_EVENTS,
            locals(),
            _LIST_FINE_TUNING_EVENTS_PAGES,
        )

    def pause_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Pause a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to pause.
        """
        _response: ApiResponse[FineTuningJob] = self._client._request(
            _PAUSE_FINE_TUNING_JOB, locals()
        )
        return _response.data

    def pause_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `pause_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_PAUSE_FINE_TUNING_JOB, locals())

    def resume_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Resume a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to resume.
        """
        _response: ApiResponse[FineTuningJob] = self._client._request(
            _RESUME_FINE_TUNING_JOB, locals()
        )
        return _response.data

    def resume_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `resume_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RESUME_FINE_TUNING_JOB, locals())


class AsyncFineTuningApi:
    """Fine-tuning operations (async): Manage fine-tuning jobs to tailor a model to your
    specific training data.

    Reach it as `client.fine_tuning`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def run_grader(
        self,
        *,
        body: RunGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunGraderResponse: ...

    @overload
    async def run_grader(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        model_sample: str,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunGraderResponse: ...

    async def run_grader(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        model_sample: str | NotGiven = NOT_GIVEN,
        body: RunGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RunGraderResponse:
        """Run a grader.

        Args:
            grader: The grader used for the fine-tuning job.
            item: The dataset item provided to the grader. This will be used to populate the `item` namespace. See [the guide](https://api.openai.com/docs/guides/graders) for more details.
            model_sample: The model sample to be evaluated. This value will be used to populate the `sample` namespace. See [the guide](https://api.openai.com/docs/guides/graders) for more details. The `output_json` variable will be populated if the model sample is a valid JSON string.
        """
        _response: ApiResponse[RunGraderResponse] = await self._client._request(
            _RUN_GRADER, locals()
        )
        return _response.data

    @overload
    async def run_grader_with_http_info(
        self,
        *,
        body: RunGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunGraderResponse]: ...

    @overload
    async def run_grader_with_http_info(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        model_sample: str,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunGraderResponse]: ...

    async def run_grader_with_http_info(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        item: dict[str, Any] | NotGiven = NOT_GIVEN,
        model_sample: str | NotGiven = NOT_GIVEN,
        body: RunGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RunGraderResponse]:
        """Like `run_grader`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_RUN_GRADER, locals())

    @overload
    async def validate_grader(
        self,
        *,
        body: ValidateGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ValidateGraderResponse: ...

    @overload
    async def validate_grader(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ValidateGraderResponse: ...

    async def validate_grader(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: ValidateGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ValidateGraderResponse:
        """Validate a grader.

        Args:
            grader: The grader used for the fine-tuning job.
        """
        _response: ApiResponse[ValidateGraderResponse] = await self._client._request(
            _VALIDATE_GRADER, locals()
        )
        return _response.data

    @overload
    async def validate_grader_with_http_info(
        self,
        *,
        body: ValidateGraderRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ValidateGraderResponse]: ...

    @overload
    async def validate_grader_with_http_info(
        self,
        *,
        grader: Annotated[
            Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
            | Annotated[GraderPython, pydantic.Tag("GraderPython")]
            | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
            | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "string_check": "GraderStringCheck",
                    "text_similarity": "GraderTextSimilarity",
                    "python": "GraderPython",
                    "score_model": "GraderScoreModel",
                    "multi": "GraderMulti",
                },
            ),
        ],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ValidateGraderResponse]: ...

    async def validate_grader_with_http_info(
        self,
        *,
        grader: (
            Annotated[
                Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
                | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
                | Annotated[GraderPython, pydantic.Tag("GraderPython")]
                | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
                | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "string_check": "GraderStringCheck",
                        "text_similarity": "GraderTextSimilarity",
                        "python": "GraderPython",
                        "score_model": "GraderScoreModel",
                        "multi": "GraderMulti",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: ValidateGraderRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ValidateGraderResponse]:
        """Like `validate_grader`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_VALIDATE_GRADER, locals())

    async def list_fine_tuning_checkpoint_permissions(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a
        fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
            project_id: The ID of the project to get permissions for.
            after: Identifier for the last permission ID from the previous pagination request.
            limit: Number of permissions to retrieve.
            order: The order in which to retrieve permissions.
        """
        _response: ApiResponse[ListFineTuningCheckpointPermissionResponse] = (
            await self._client._request(
                _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS, locals()
            )
        )
        return _response.data

    async def list_fine_tuning_checkpoint_permissions_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like `list_fine_tuning_checkpoint_permissions`, but returns the status code
        and headers with the parsed body.
        """
        return await self._client._request(
            _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS, locals()
        )

    def list_fine_tuning_checkpoint_permissions_iter(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[FineTuningCheckpointPermission]:
        """Like `list_fine_tuning_checkpoint_permissions`, but `async for` goes over the
        items of every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS,
            locals(),
            _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS_PAGES,
        )

    @overload
    async def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        body: CreateFineTuningCheckpointPermissionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse: ...

    @overload
    async def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse: ...

    async def create_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        body: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """**NOTE:** Calling this endpoint requires an [admin API
        key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other
        projects in their organization.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.
            project_ids: The project identifiers to grant access to.
        """
        _response: ApiResponse[ListFineTuningCheckpointPermissionResponse] = (
            await self._client._request(
                _CREATE_FINE_TUNING_CHECKPOINT_PERMISSION, locals()
            )
        )
        return _response.data

    @overload
    async def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        body: CreateFineTuningCheckpointPermissionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]: ...

    @overload
    async def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]: ...

    async def create_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        body: (
            CreateFineTuningCheckpointPermissionRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningCheckpointPermissionResponse]:
        """Like `create_fine_tuning_checkpoint_permission`, but returns the status code
        and headers with the parsed body.
        """
        return await self._client._request(
            _CREATE_FINE_TUNING_CHECKPOINT_PERMISSION, locals()
        )

    async def delete_fine_tuning_checkpoint_permission(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a
        fine-tuned model checkpoint.

        Args:
            fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.
            permission_id: The ID of the fine-tuned model checkpoint permission to delete.
        """
        _response: ApiResponse[DeleteFineTuningCheckpointPermissionResponse] = (
            await self._client._request(
                _DELETE_FINE_TUNING_CHECKPOINT_PERMISSION, locals()
            )
        )
        return _response.data

    async def delete_fine_tuning_checkpoint_permission_with_http_info(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteFineTuningCheckpointPermissionResponse]:
        """Like `delete_fine_tuning_checkpoint_permission`, but returns the status code
        and headers with the parsed body.
        """
        return await self._client._request(
            _DELETE_FINE_TUNING_CHECKPOINT_PERMISSION, locals()
        )

    @overload
    async def create_fine_tuning_job(
        self,
        *,
        body: CreateFineTuningJobRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob: ...

    @overload
    async def create_fine_tuning_job(
        self,
        *,
        model: (
            str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
        ),
        training_file: str,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob: ...

    async def create_fine_tuning_job(
        self,
        *,
        model: (
            str
            | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
            | NotGiven
        ) = NOT_GIVEN,
        training_file: str | NotGiven = NOT_GIVEN,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateFineTuningJobRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model
        from a given dataset.

        Response includes details of the enqueued job including job status and the
        name of the fine-tuned models once complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            model: The name of the model to fine-tune. You can select one of the [supported models](https://api.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
            training_file: The ID of an uploaded file that contains training data. See [upload file](https://api.openai.com/docs/api-reference/files/create) for how to upload a file. Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`. The contents of the file should differ depending on if the model uses the [chat](https://api.openai.com/docs/api-reference/fine-tuning/chat-input), [completions](https://api.openai.com/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](https://api.openai.com/docs/api-reference/fine-tuning/preference-input) format. See the [fine-tuning guide](https://api.openai.com/docs/guides/model-optimization) for more details.
            hyperparameters: The hyperparameters used for the fine-tuning job. This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
            suffix: A string of up to 64 characters that will be added to your fine-tuned model name. For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
            validation_file: The ID of an uploaded file that contains validation data. If you provide this file, the data is used to generate validation metrics periodically during fine-tuning. These metrics can be viewed in the fine-tuning results file. The same data should not be present in both train and validation files. Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`. See the [fine-tuning guide](https://api.openai.com/docs/guides/model-optimization) for more details.
            integrations: A list of integrations to enable for your fine-tuning job.
            seed: The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases. If a seed is not specified, one will be generated for you.
            method: The method used for fine-tuning.
        """
        _response: ApiResponse[FineTuningJob] = await self._client._request(
            _CREATE_FINE_TUNING_JOB, locals()
        )
        return _response.data

    @overload
    async def create_fine_tuning_job_with_http_info(
        self,
        *,
        body: CreateFineTuningJobRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]: ...

    @overload
    async def create_fine_tuning_job_with_http_info(
        self,
        *,
        model: (
            str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
        ),
        training_file: str,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]: ...

    async def create_fine_tuning_job_with_http_info(
        self,
        *,
        model: (
            str
            | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
            | NotGiven
        ) = NOT_GIVEN,
        training_file: str | NotGiven = NOT_GIVEN,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            list[CreateFineTuningJobRequestIntegrationsItem] | None | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: CreateFineTuningJobRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `create_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_FINE_TUNING_JOB, locals())

    async def list_paginated_fine_tuning_jobs(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListPaginatedFineTuningJobsResponse:
        """List your organization's fine-tuning jobs

        Args:
            after: Identifier for the last job from the previous pagination request.
            limit: Number of fine-tuning jobs to retrieve.
            metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.
        """
        _response: ApiResponse[ListPaginatedFineTuningJobsResponse] = (
            await self._client._request(_LIST_PAGINATED_FINE_TUNING_JOBS, locals())
        )
        return _response.data

    async def list_paginated_fine_tuning_jobs_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListPaginatedFineTuningJobsResponse]:
        """Like `list_paginated_fine_tuning_jobs`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_LIST_PAGINATED_FINE_TUNING_JOBS, locals())

    def list_paginated_fine_tuning_jobs_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[FineTuningJob]:
        """Like `list_paginated_fine_tuning_jobs`, but `async for` goes over the items
        of every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_PAGINATED_FINE_TUNING_JOBS,
            locals(),
            _LIST_PAGINATED_FINE_TUNING_JOBS_PAGES,
        )

    async def retrieve_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        _response: ApiResponse[FineTuningJob] = await self._client._request(
            _RETRIEVE_FINE_TUNING_JOB, locals()
        )
        return _response.data

    async def retrieve_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `retrieve_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RETRIEVE_FINE_TUNING_JOB, locals())

    async def cancel_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to cancel.
        """
        _response: ApiResponse[FineTuningJob] = await self._client._request(
            _CANCEL_FINE_TUNING_JOB, locals()
        )
        return _response.data

    async def cancel_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `cancel_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CANCEL_FINE_TUNING_JOB, locals())

    async def list_fine_tuning_job_checkpoints(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningJobCheckpointsResponse:
        """List checkpoints for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
            after: Identifier for the last checkpoint ID from the previous pagination request.
            limit: Number of checkpoints to retrieve.
        """
        _response: ApiResponse[ListFineTuningJobCheckpointsResponse] = (
            await self._client._request(_LIST_FINE_TUNING_JOB_CHECKPOINTS, locals())
        )
        return _response.data

    async def list_fine_tuning_job_checkpoints_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningJobCheckpointsResponse]:
        """Like `list_fine_tuning_job_checkpoints`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_LIST_FINE_TUNING_JOB_CHECKPOINTS, locals())

    def list_fine_tuning_job_checkpoints_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[FineTuningJobCheckpoint]:
        """Like `list_fine_tuning_job_checkpoints`, but `async for` goes over the items
        of every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_FINE_TUNING_JOB_CHECKPOINTS,
            locals(),
            _LIST_FINE_TUNING_JOB_CHECKPOINTS_PAGES,
        )

    async def list_fine_tuning_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListFineTuningJobEventsResponse:
        """Get status updates for a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to get events for.
            after: Identifier for the last event from the previous pagination request.
            limit: Number of events to retrieve.
        """
        _response: ApiResponse[ListFineTuningJobEventsResponse] = (
            await self._client._request(_LIST_FINE_TUNING_EVENTS, locals())
        )
        return _response.data

    async def list_fine_tuning_events_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListFineTuningJobEventsResponse]:
        """Like `list_fine_tuning_events`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_LIST_FINE_TUNING_EVENTS, locals())

    def list_fine_tuning_events_iter(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[FineTuningJobEvent]:
        """Like `list_fine_tuning_events`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_FINE_TUNING_EVENTS,
            locals(),
            _LIST_FINE_TUNING_EVENTS_PAGES,
        )

    async def pause_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Pause a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to pause.
        """
        _response: ApiResponse[FineTuningJob] = await self._client._request(
            _PAUSE_FINE_TUNING_JOB, locals()
        )
        return _response.data

    async def pause_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `pause_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_PAUSE_FINE_TUNING_JOB, locals())

    async def resume_fine_tuning_job(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> FineTuningJob:
        """Resume a fine-tune job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job to resume.
        """
        _response: ApiResponse[FineTuningJob] = await self._client._request(
            _RESUME_FINE_TUNING_JOB, locals()
        )
        return _response.data

    async def resume_fine_tuning_job_with_http_info(
        self,
        fine_tuning_job_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[FineTuningJob]:
        """Like `resume_fine_tuning_job`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RESUME_FINE_TUNING_JOB, locals())
