"""Projects operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.error_response import ErrorResponse
from ..models.project import Project
from ..models.project_api_key import ProjectApiKey
from ..models.project_api_key_delete_response import ProjectApiKeyDeleteResponse
from ..models.project_api_key_list_response import ProjectApiKeyListResponse
from ..models.project_create_request import ProjectCreateRequest
from ..models.project_list_response import ProjectListResponse
from ..models.project_model_permissions import ProjectModelPermissions
from ..models.project_model_permissions_delete_response import (
    ProjectModelPermissionsDeleteResponse,
)
from ..models.project_model_permissions_update_request import (
    ProjectModelPermissionsUpdateRequest,
)
from ..models.project_rate_limit import ProjectRateLimit
from ..models.project_rate_limit_list_response import ProjectRateLimitListResponse
from ..models.project_rate_limit_update_request import ProjectRateLimitUpdateRequest
from ..models.project_service_account import ProjectServiceAccount
from ..models.project_service_account_create_request import (
    ProjectServiceAccountCreateRequest,
)
from ..models.project_service_account_create_response import (
    ProjectServiceAccountCreateResponse,
)
from ..models.project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse,
)
from ..models.project_service_account_list_response import (
    ProjectServiceAccountListResponse,
)
from ..models.project_update_request import ProjectUpdateRequest
from ..models.project_user import ProjectUser
from ..models.project_user_create_request import ProjectUserCreateRequest
from ..models.project_user_delete_response import ProjectUserDeleteResponse
from ..models.project_user_list_response import ProjectUserListResponse
from ..models.project_user_update_request import ProjectUserUpdateRequest
from ..models.public_project_residency import PublicProjectResidency
from ..models.update_project_service_account_body import UpdateProjectServiceAccountBody

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ProjectsApi", "AsyncProjectsApi"]

_LIST_PROJECTS = _Endpoint(
    method="GET",
    path="/organization/projects",
    operation_id="list-projects",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectListResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("include_archived", "include_archived", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_PROJECT = _Endpoint(
    method="POST",
    path="/organization/projects",
    operation_id="create-project",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Project,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("name", "name", "field"),
        ("residency", "residency", "field"),
        ("external_key_id", "external_key_id", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}",
    operation_id="retrieve-project",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Project,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_MODIFY_PROJECT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}",
    operation_id="modify-project",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Project,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("name", "name", "field"),
        ("external_key_id", "external_key_id", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_LIST_PROJECT_API_KEYS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/api_keys",
    operation_id="list-project-api-keys",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectApiKeyListResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("owner_project_access", "owner_project_access", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECT_API_KEYS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_RETRIEVE_PROJECT_API_KEY = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/api_keys/{api_key_id}",
    operation_id="retrieve-project-api-key",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectApiKey,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("api_key_id", "api_key_id", "path"),
    ),
    body_mode="none",
)

_DELETE_PROJECT_API_KEY = _Endpoint(
    method="DELETE",
    path="/organization/projects/{project_id}/api_keys/{api_key_id}",
    operation_id="delete-project-api-key",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectApiKeyDeleteResponse,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("api_key_id", "api_key_id", "path"),
    ),
    body_mode="none",
)

_ARCHIVE_PROJECT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/archive",
    operation_id="archive-project",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Project,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_RETRIEVE_PROJECT_MODEL_PERMISSIONS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/model_permissions",
    operation_id="retrieve-project-model-permissions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectModelPermissions,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_UPDATE_PROJECT_MODEL_PERMISSIONS = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/model_permissions",
    operation_id="update-project-model-permissions",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectModelPermissions,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("mode", "mode", "field"),
        ("model_ids", "model_ids", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_PROJECT_MODEL_PERMISSIONS = _Endpoint(
    method="DELETE",
    path="/organization/projects/{project_id}/model_permissions",
    operation_id="delete-project-model-permissions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectModelPermissionsDeleteResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_LIST_PROJECT_RATE_LIMITS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/rate_limits",
    operation_id="list-project-rate-limits",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectRateLimitListResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECT_RATE_LIMITS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_UPDATE_PROJECT_RATE_LIMITS = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
    operation_id="update-project-rate-limits",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectRateLimit,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("rate_limit_id", "rate_limit_id", "path"),
        ("max_requests_per_1_minute", "max_requests_per_1_minute", "field"),
        ("max_tokens_per_1_minute", "max_tokens_per_1_minute", "field"),
        ("max_images_per_1_minute", "max_images_per_1_minute", "field"),
        (
            "max_audio_megabytes_per_1_minute",
            "max_audio_megabytes_per_1_minute",
            "field",
        ),
        ("max_requests_per_1_day", "max_requests_per_1_day", "field"),
        ("batch_1_day_max_input_tokens", "batch_1_day_max_input_tokens", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_LIST_PROJECT_SERVICE_ACCOUNTS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/service_accounts",
    operation_id="list-project-service-accounts",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectServiceAccountListResponse,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECT_SERVICE_ACCOUNTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_PROJECT_SERVICE_ACCOUNT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/service_accounts",
    operation_id="create-project-service-account",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectServiceAccountCreateResponse,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("name", "name", "field"),
        ("create_service_account_only", "create_service_account_only", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT_SERVICE_ACCOUNT = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    operation_id="retrieve-project-service-account",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectServiceAccount,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("service_account_id", "service_account_id", "path"),
    ),
    body_mode="none",
)

_UPDATE_PROJECT_SERVICE_ACCOUNT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    operation_id="update-project-service-account",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectServiceAccount,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("service_account_id", "service_account_id", "path"),
        ("name", "name", "field"),
        ("role", "role", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_PROJECT_SERVICE_ACCOUNT = _Endpoint(
    method="DELETE",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}",
    operation_id="delete-project-service-account",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectServiceAccountDeleteResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("service_account_id", "service_account_id", "path"),
    ),
    body_mode="none",
)

_LIST_PROJECT_USERS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/users",
    operation_id="list-project-users",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectUserListResponse,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECT_USERS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_PROJECT_USER = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/users",
    operation_id="create-project-user",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectUser,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "field"),
        ("email", "email", "field"),
        ("role", "role", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT_USER = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/users/{user_id}",
    operation_id="retrieve-project-user",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectUser,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "path"),
    ),
    body_mode="none",
)

_MODIFY_PROJECT_USER = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/users/{user_id}",
    operation_id="modify-project-user",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectUser,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "path"),
        ("role", "role", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_PROJECT_USER = _Endpoint(
    method="DELETE",
    path="/organization/projects/{project_id}/users/{user_id}",
    operation_id="delete-project-user",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectUserDeleteResponse,
        "400": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "path"),
    ),
    body_mode="none",
)


class ProjectsApi:
    """Projects operations.

    Reach it as `client.projects`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_projects(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectListResponse:
        """Returns a list of projects.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
        """
        _response: ApiResponse[ProjectListResponse] = self._client._request(
            _LIST_PROJECTS, locals()
        )
        return _response.data

    def list_projects_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectListResponse]:
        """Like `list_projects`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_PROJECTS, locals())

    def list_projects_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[Project]:
        """Like `list_projects`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_PROJECTS, locals(), _LIST_PROJECTS_PAGES)

    @overload
    def create_project(
        self,
        *,
        body: ProjectCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    @overload
    def create_project(
        self,
        *,
        name: str,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    def create_project(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Create a new project in the organization. Projects can be created and
        archived, but cannot be deleted.

        Args:
            name: The friendly name of the project, this name appears in reports.
            residency: Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](https://api.openai.com/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.
            external_key_id: External key ID to associate with the project.
        """
        _response: ApiResponse[Project] = self._client._request(
            _CREATE_PROJECT, locals()
        )
        return _response.data

    @overload
    def create_project_with_http_info(
        self,
        *,
        body: ProjectCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    @overload
    def create_project_with_http_info(
        self,
        *,
        name: str,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    def create_project_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `create_project`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_PROJECT, locals())

    def retrieve_project(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Retrieves a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[Project] = self._client._request(
            _RETRIEVE_PROJECT, locals()
        )
        return _response.data

    def retrieve_project_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `retrieve_project`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT, locals())

    @overload
    def modify_project(
        self,
        project_id: str,
        *,
        body: ProjectUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    @overload
    def modify_project(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    def modify_project(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Modifies a project in the organization.

        Args:
            project_id: The ID of the project.
            name: The updated name of the project, this name appears in reports.
            external_key_id: External key ID to associate with the project.
        """
        _response: ApiResponse[Project] = self._client._request(
            _MODIFY_PROJECT, locals()
        )
        return _response.data

    @overload
    def modify_project_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    @overload
    def modify_project_with_http_info(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    def modify_project_with_http_info(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `modify_project`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_MODIFY_PROJECT, locals())

    def list_project_api_keys(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: (
            Literal["active", "inactive", "any"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectApiKeyListResponse:
        """Returns a list of API keys in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            owner_project_access: Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.
        """
        _response: ApiResponse[ProjectApiKeyListResponse] = self._client._request(
            _LIST_PROJECT_API_KEYS, locals()
        )
        return _response.data

    def list_project_api_keys_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: (
            Literal["active", "inactive", "any"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectApiKeyListResponse]:
        """Like `list_project_api_keys`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_LIST_PROJECT_API_KEYS, locals())

    def list_project_api_keys_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: (
            Literal["active", "inactive", "any"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ProjectApiKey]:
        """Like `list_project_api_keys`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_PROJECT_API_KEYS, locals(), _LIST_PROJECT_API_KEYS_PAGES
        )

    def retrieve_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectApiKey:
        """Retrieves an API key in the project.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.
        """
        _response: ApiResponse[ProjectApiKey] = self._client._request(
            _RETRIEVE_PROJECT_API_KEY, locals()
        )
        return _response.data

    def retrieve_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectApiKey]:
        """Like `retrieve_project_api_key`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_API_KEY, locals())

    def delete_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectApiKeyDeleteResponse:
        """Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to
        a service account.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.
        """
        _response: ApiResponse[ProjectApiKeyDeleteResponse] = self._client._request(
            _DELETE_PROJECT_API_KEY, locals()
        )
        return _response.data

    def delete_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectApiKeyDeleteResponse]:
        """Like `delete_project_api_key`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_DELETE_PROJECT_API_KEY, locals())

    def archive_project(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Archives a project in the organization. Archived projects cannot be used or
        updated.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[Project] = self._client._request(
            _ARCHIVE_PROJECT, locals()
        )
        return _response.data

    def archive_project_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `archive_project`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_ARCHIVE_PROJECT, locals())

    def retrieve_project_model_permissions(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions:
        """Returns model permissions for a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[ProjectModelPermissions] = self._client._request(
            _RETRIEVE_PROJECT_MODEL_PERMISSIONS, locals()
        )
        return _response.data

    def retrieve_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like `retrieve_project_model_permissions`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_MODEL_PERMISSIONS, locals())

    @overload
    def update_project_model_permissions(
        self,
        project_id: str,
        *,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions: ...

    @overload
    def update_project_model_permissions(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str,
        model_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions: ...

    def update_project_model_permissions(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str | NotGiven = NOT_GIVEN,
        model_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions:
        """Updates model permissions for a project.

        Args:
            project_id: The ID of the project.
            mode: The model permissions mode to apply.
            model_ids: The model IDs included in this permissions policy.
        """
        _response: ApiResponse[ProjectModelPermissions] = self._client._request(
            _UPDATE_PROJECT_MODEL_PERMISSIONS, locals()
        )
        return _response.data

    @overload
    def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]: ...

    @overload
    def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str,
        model_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]: ...

    def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str | NotGiven = NOT_GIVEN,
        model_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like `update_project_model_permissions`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_UPDATE_PROJECT_MODEL_PERMISSIONS, locals())

    def delete_project_model_permissions(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissionsDeleteResponse:
        """Deletes model permissions for a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[ProjectModelPermissionsDeleteResponse] = (
            self._client._request(_DELETE_PROJECT_MODEL_PERMISSIONS, locals())
        )
        return _response.data

    def delete_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissionsDeleteResponse]:
        """Like `delete_project_model_permissions`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_DELETE_PROJECT_MODEL_PERMISSIONS, locals())

    def list_project_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimitListResponse:
        """Returns the rate limits per model for a project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. The default is 100.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ProjectRateLimitListResponse] = self._client._request(
            _LIST_PROJECT_RATE_LIMITS, locals()
        )
        return _response.data

    def list_project_rate_limits_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimitListResponse]:
        """Like `list_project_rate_limits`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_LIST_PROJECT_RATE_LIMITS, locals())

    def list_project_rate_limits_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ProjectRateLimit]:
        """Like `list_project_rate_limits`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_PROJECT_RATE_LIMITS,
            locals(),
            _LIST_PROJECT_RATE_LIMITS_PAGES,
        )

    @overload
    def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        body: ProjectRateLimitUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimit: ...

    @overload
    def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimit: ...

    def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        body: ProjectRateLimitUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimit:
        """Updates a project rate limit.

        Args:
            project_id: The ID of the project.
            rate_limit_id: The ID of the rate limit.
            max_requests_per_1_minute: The maximum requests per minute.
            max_tokens_per_1_minute: The maximum tokens per minute.
            max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.
            max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.
            max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.
            batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.
        """
        _response: ApiResponse[ProjectRateLimit] = self._client._request(
            _UPDATE_PROJECT_RATE_LIMITS, locals()
        )
        return _response.data

    @overload
    def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        body: ProjectRateLimitUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimit]: ...

    @overload
    def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimit]: ...

    def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        body: ProjectRateLimitUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimit]:
        """Like `update_project_rate_limits`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_UPDATE_PROJECT_RATE_LIMITS, locals())

    def list_project_service_accounts(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountListResponse:
        """Returns a list of service accounts in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ProjectServiceAccountListResponse] = (
            self._client._request(_LIST_PROJECT_SERVICE_ACCOUNTS, locals())
        )
        return _response.data

    def list_project_service_accounts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountListResponse]:
        """Like `list_project_service_accounts`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_LIST_PROJECT_SERVICE_ACCOUNTS, locals())

    def list_project_service_accounts_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ProjectServiceAccount]:
        """Like `list_project_service_accounts`, but `for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_PROJECT_SERVICE_ACCOUNTS,
            locals(),
            _LIST_PROJECT_SERVICE_ACCOUNTS_PAGES,
        )

    @overload
    def create_project_service_account(
        self,
        project_id: str,
        *,
        body: ProjectServiceAccountCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountCreateResponse: ...

    @overload
    def create_project_service_account(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountCreateResponse: ...

    def create_project_service_account(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        body: ProjectServiceAccountCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountCreateResponse:
        """Creates a new service account in the project. By default, this also returns
        an unredacted API key for the service account.

        Args:
            project_id: The ID of the project.
            name: The name of the service account being created.
        """
        _response: ApiResponse[ProjectServiceAccountCreateResponse] = (
            self._client._request(_CREATE_PROJECT_SERVICE_ACCOUNT, locals())
        )
        return _response.data

    @overload
    def create_project_service_account_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectServiceAccountCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]: ...

    @overload
    def create_project_service_account_with_http_info(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]: ...

    def create_project_service_account_with_http_info(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        body: ProjectServiceAccountCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]:
        """Like `create_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_CREATE_PROJECT_SERVICE_ACCOUNT, locals())

    def retrieve_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount:
        """Retrieves a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
        """
        _response: ApiResponse[ProjectServiceAccount] = self._client._request(
            _RETRIEVE_PROJECT_SERVICE_ACCOUNT, locals()
        )
        return _response.data

    def retrieve_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like `retrieve_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_SERVICE_ACCOUNT, locals())

    @overload
    def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: UpdateProjectServiceAccountBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount: ...

    @overload
    def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount: ...

    def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        body: UpdateProjectServiceAccountBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount:
        """Updates a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
            name: The updated service account name.
            role: The updated service account role.
        """
        _response: ApiResponse[ProjectServiceAccount] = self._client._request(
            _UPDATE_PROJECT_SERVICE_ACCOUNT, locals()
        )
        return _response.data

    @overload
    def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: UpdateProjectServiceAccountBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]: ...

    @overload
    def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]: ...

    def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        body: UpdateProjectServiceAccountBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like `update_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_UPDATE_PROJECT_SERVICE_ACCOUNT, locals())

    def delete_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountDeleteResponse:
        """Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project
        is archived (archived projects have no service accounts).

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
        """
        _response: ApiResponse[ProjectServiceAccountDeleteResponse] = (
            self._client._request(_DELETE_PROJECT_SERVICE_ACCOUNT, locals())
        )
        return _response.data

    def delete_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountDeleteResponse]:
        """Like `delete_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_DELETE_PROJECT_SERVICE_ACCOUNT, locals())

    def list_project_users(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUserListResponse:
        """Returns a list of users in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ProjectUserListResponse] = self._client._request(
            _LIST_PROJECT_USERS, locals()
        )
        return _response.data

    def list_project_users_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUserListResponse]:
        """Like `list_project_users`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_PROJECT_USERS, locals())

    def list_project_users_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ProjectUser]:
        """Like `list_project_users`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_PROJECT_USERS, locals(), _LIST_PROJECT_USERS_PAGES
        )

    @overload
    def create_project_user(
        self,
        project_id: str,
        *,
        body: ProjectUserCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    @overload
    def create_project_user(
        self,
        project_id: str,
        *,
        role: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    def create_project_user(
        self,
        project_id: str,
        *,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: ProjectUserCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser:
        """Adds a user to the project. Users must already be members of the organization
        to be added to a project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
            email: Email of the user to add.
            role: `owner` or `member`
        """
        _response: ApiResponse[ProjectUser] = self._client._request(
            _CREATE_PROJECT_USER, locals()
        )
        return _response.data

    @overload
    def create_project_user_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectUserCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    @overload
    def create_project_user_with_http_info(
        self,
        project_id: str,
        *,
        role: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    def create_project_user_with_http_info(
        self,
        project_id: str,
        *,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: ProjectUserCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like `create_project_user`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_PROJECT_USER, locals())

    def retrieve_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser:
        """Retrieves a user in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
        """
        _response: ApiResponse[ProjectUser] = self._client._request(
            _RETRIEVE_PROJECT_USER, locals()
        )
        return _response.data

    def retrieve_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like `retrieve_project_user`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_USER, locals())

    @overload
    def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        body: ProjectUserUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    @overload
    def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUserUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser:
        """Modifies a user's role in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
            role: `owner` or `member`
        """
        _response: ApiResponse[ProjectUser] = self._client._request(
            _MODIFY_PROJECT_USER, locals()
        )
        return _response.data

    @overload
    def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        body: ProjectUserUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    @overload
    def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUserUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like `modify_project_user`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_MODIFY_PROJECT_USER, locals())

    def delete_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUserDeleteResponse:
        """Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
        """
        _response: ApiResponse[ProjectUserDeleteResponse] = self._client._request(
            _DELETE_PROJECT_USER, locals()
        )
        return _response.data

    def delete_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUserDeleteResponse]:
        """Like `delete_project_user`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_PROJECT_USER, locals())


class AsyncProjectsApi:
    """Projects operations (async).

    Reach it as `client.projects`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_projects(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectListResponse:
        """Returns a list of projects.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            include_archived: If `true` returns all projects including those that have been `archived`. Archived projects are not included by default.
        """
        _response: ApiResponse[ProjectListResponse] = await self._client._request(
            _LIST_PROJECTS, locals()
        )
        return _response.data

    async def list_projects_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectListResponse]:
        """Like `list_projects`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_PROJECTS, locals())

    def list_projects_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[Project]:
        """Like `list_projects`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_PROJECTS, locals(), _LIST_PROJECTS_PAGES
        )

    @overload
    async def create_project(
        self,
        *,
        body: ProjectCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    @overload
    async def create_project(
        self,
        *,
        name: str,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    async def create_project(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Create a new project in the organization. Projects can be created and
        archived, but cannot be deleted.

        Args:
            name: The friendly name of the project, this name appears in reports.
            residency: Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](https://api.openai.com/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field.
            external_key_id: External key ID to associate with the project.
        """
        _response: ApiResponse[Project] = await self._client._request(
            _CREATE_PROJECT, locals()
        )
        return _response.data

    @overload
    async def create_project_with_http_info(
        self,
        *,
        body: ProjectCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    @overload
    async def create_project_with_http_info(
        self,
        *,
        name: str,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    async def create_project_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        residency: PublicProjectResidency | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `create_project`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_PROJECT, locals())

    async def retrieve_project(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Retrieves a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[Project] = await self._client._request(
            _RETRIEVE_PROJECT, locals()
        )
        return _response.data

    async def retrieve_project_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `retrieve_project`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT, locals())

    @overload
    async def modify_project(
        self,
        project_id: str,
        *,
        body: ProjectUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    @overload
    async def modify_project(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project: ...

    async def modify_project(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Modifies a project in the organization.

        Args:
            project_id: The ID of the project.
            name: The updated name of the project, this name appears in reports.
            external_key_id: External key ID to associate with the project.
        """
        _response: ApiResponse[Project] = await self._client._request(
            _MODIFY_PROJECT, locals()
        )
        return _response.data

    @overload
    async def modify_project_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    @overload
    async def modify_project_with_http_info(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]: ...

    async def modify_project_with_http_info(
        self,
        project_id: str,
        *,
        name: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `modify_project`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_MODIFY_PROJECT, locals())

    async def list_project_api_keys(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: (
            Literal["active", "inactive", "any"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectApiKeyListResponse:
        """Returns a list of API keys in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            owner_project_access: Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.
        """
        _response: ApiResponse[ProjectApiKeyListResponse] = await self._client._request(
            _LIST_PROJECT_API_KEYS, locals()
        )
        return _response.data

    async def list_project_api_keys_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: (
            Literal["active", "inactive", "any"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectApiKeyListResponse]:
        """Like `list_project_api_keys`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_LIST_PROJECT_API_KEYS, locals())

    def list_project_api_keys_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        owner_project_access: (
            Literal["active", "inactive", "any"] | str | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ProjectApiKey]:
        """Like `list_project_api_keys`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_PROJECT_API_KEYS, locals(), _LIST_PROJECT_API_KEYS_PAGES
        )

    async def retrieve_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectApiKey:
        """Retrieves an API key in the project.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.
        """
        _response: ApiResponse[ProjectApiKey] = await self._client._request(
            _RETRIEVE_PROJECT_API_KEY, locals()
        )
        return _response.data

    async def retrieve_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectApiKey]:
        """Like `retrieve_project_api_key`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_API_KEY, locals())

    async def delete_project_api_key(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectApiKeyDeleteResponse:
        """Deletes an API key from the project.

        Returns confirmation of the key deletion, or an error if the key belonged to
        a service account.

        Args:
            project_id: The ID of the project.
            api_key_id: The ID of the API key.
        """
        _response: ApiResponse[ProjectApiKeyDeleteResponse] = (
            await self._client._request(_DELETE_PROJECT_API_KEY, locals())
        )
        return _response.data

    async def delete_project_api_key_with_http_info(
        self,
        project_id: str,
        api_key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectApiKeyDeleteResponse]:
        """Like `delete_project_api_key`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_DELETE_PROJECT_API_KEY, locals())

    async def archive_project(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Project:
        """Archives a project in the organization. Archived projects cannot be used or
        updated.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[Project] = await self._client._request(
            _ARCHIVE_PROJECT, locals()
        )
        return _response.data

    async def archive_project_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Project]:
        """Like `archive_project`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_ARCHIVE_PROJECT, locals())

    async def retrieve_project_model_permissions(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions:
        """Returns model permissions for a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[ProjectModelPermissions] = await self._client._request(
            _RETRIEVE_PROJECT_MODEL_PERMISSIONS, locals()
        )
        return _response.data

    async def retrieve_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like `retrieve_project_model_permissions`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _RETRIEVE_PROJECT_MODEL_PERMISSIONS, locals()
        )

    @overload
    async def update_project_model_permissions(
        self,
        project_id: str,
        *,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions: ...

    @overload
    async def update_project_model_permissions(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str,
        model_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions: ...

    async def update_project_model_permissions(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str | NotGiven = NOT_GIVEN,
        model_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissions:
        """Updates model permissions for a project.

        Args:
            project_id: The ID of the project.
            mode: The model permissions mode to apply.
            model_ids: The model IDs included in this permissions policy.
        """
        _response: ApiResponse[ProjectModelPermissions] = await self._client._request(
            _UPDATE_PROJECT_MODEL_PERMISSIONS, locals()
        )
        return _response.data

    @overload
    async def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]: ...

    @overload
    async def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str,
        model_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]: ...

    async def update_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        mode: Literal["allow_list", "deny_list"] | str | NotGiven = NOT_GIVEN,
        model_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ProjectModelPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissions]:
        """Like `update_project_model_permissions`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_UPDATE_PROJECT_MODEL_PERMISSIONS, locals())

    async def delete_project_model_permissions(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectModelPermissionsDeleteResponse:
        """Deletes model permissions for a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[ProjectModelPermissionsDeleteResponse] = (
            await self._client._request(_DELETE_PROJECT_MODEL_PERMISSIONS, locals())
        )
        return _response.data

    async def delete_project_model_permissions_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectModelPermissionsDeleteResponse]:
        """Like `delete_project_model_permissions`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_DELETE_PROJECT_MODEL_PERMISSIONS, locals())

    async def list_project_rate_limits(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimitListResponse:
        """Returns the rate limits per model for a project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. The default is 100.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ProjectRateLimitListResponse] = (
            await self._client._request(_LIST_PROJECT_RATE_LIMITS, locals())
        )
        return _response.data

    async def list_project_rate_limits_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimitListResponse]:
        """Like `list_project_rate_limits`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_LIST_PROJECT_RATE_LIMITS, locals())

    def list_project_rate_limits_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ProjectRateLimit]:
        """Like `list_project_rate_limits`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_PROJECT_RATE_LIMITS,
            locals(),
            _LIST_PROJECT_RATE_LIMITS_PAGES,
        )

    @overload
    async def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        body: ProjectRateLimitUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimit: ...

    @overload
    async def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimit: ...

    async def update_project_rate_limits(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        body: ProjectRateLimitUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectRateLimit:
        """Updates a project rate limit.

        Args:
            project_id: The ID of the project.
            rate_limit_id: The ID of the rate limit.
            max_requests_per_1_minute: The maximum requests per minute.
            max_tokens_per_1_minute: The maximum tokens per minute.
            max_images_per_1_minute: The maximum images per minute. Only relevant for certain models.
            max_audio_megabytes_per_1_minute: The maximum audio megabytes per minute. Only relevant for certain models.
            max_requests_per_1_day: The maximum requests per day. Only relevant for certain models.
            batch_1_day_max_input_tokens: The maximum batch input tokens per day. Only relevant for certain models.
        """
        _response: ApiResponse[ProjectRateLimit] = await self._client._request(
            _UPDATE_PROJECT_RATE_LIMITS, locals()
        )
        return _response.data

    @overload
    async def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        body: ProjectRateLimitUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimit]: ...

    @overload
    async def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimit]: ...

    async def update_project_rate_limits_with_http_info(
        self,
        project_id: str,
        rate_limit_id: str,
        *,
        max_requests_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_tokens_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_images_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_audio_megabytes_per_1_minute: int | NotGiven = NOT_GIVEN,
        max_requests_per_1_day: int | NotGiven = NOT_GIVEN,
        batch_1_day_max_input_tokens: int | NotGiven = NOT_GIVEN,
        body: ProjectRateLimitUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectRateLimit]:
        """Like `update_project_rate_limits`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_UPDATE_PROJECT_RATE_LIMITS, locals())

    async def list_project_service_accounts(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountListResponse:
        """Returns a list of service accounts in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ProjectServiceAccountListResponse] = (
            await self._client._request(_LIST_PROJECT_SERVICE_ACCOUNTS, locals())
        )
        return _response.data

    async def list_project_service_accounts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountListResponse]:
        """Like `list_project_service_accounts`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_LIST_PROJECT_SERVICE_ACCOUNTS, locals())

    def list_project_service_accounts_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ProjectServiceAccount]:
        """Like `list_project_service_accounts`, but `async for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_PROJECT_SERVICE_ACCOUNTS,
            locals(),
            _LIST_PROJECT_SERVICE_ACCOUNTS_PAGES,
        )

    @overload
    async def create_project_service_account(
        self,
        project_id: str,
        *,
        body: ProjectServiceAccountCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountCreateResponse: ...

    @overload
    async def create_project_service_account(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountCreateResponse: ...

    async def create_project_service_account(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        body: ProjectServiceAccountCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountCreateResponse:
        """Creates a new service account in the project. By default, this also returns
        an unredacted API key for the service account.

        Args:
            project_id: The ID of the project.
            name: The name of the service account being created.
        """
        _response: ApiResponse[ProjectServiceAccountCreateResponse] = (
            await self._client._request(_CREATE_PROJECT_SERVICE_ACCOUNT, locals())
        )
        return _response.data

    @overload
    async def create_project_service_account_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectServiceAccountCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]: ...

    @overload
    async def create_project_service_account_with_http_info(
        self,
        project_id: str,
        *,
        name: str,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]: ...

    async def create_project_service_account_with_http_info(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        create_service_account_only: bool | None | NotGiven = NOT_GIVEN,
        body: ProjectServiceAccountCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountCreateResponse]:
        """Like `create_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_CREATE_PROJECT_SERVICE_ACCOUNT, locals())

    async def retrieve_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount:
        """Retrieves a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
        """
        _response: ApiResponse[ProjectServiceAccount] = await self._client._request(
            _RETRIEVE_PROJECT_SERVICE_ACCOUNT, locals()
        )
        return _response.data

    async def retrieve_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like `retrieve_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_SERVICE_ACCOUNT, locals())

    @overload
    async def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: UpdateProjectServiceAccountBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount: ...

    @overload
    async def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount: ...

    async def update_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        body: UpdateProjectServiceAccountBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccount:
        """Updates a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
            name: The updated service account name.
            role: The updated service account role.
        """
        _response: ApiResponse[ProjectServiceAccount] = await self._client._request(
            _UPDATE_PROJECT_SERVICE_ACCOUNT, locals()
        )
        return _response.data

    @overload
    async def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: UpdateProjectServiceAccountBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]: ...

    @overload
    async def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]: ...

    async def update_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        role: Literal["member", "owner"] | str | NotGiven = NOT_GIVEN,
        body: UpdateProjectServiceAccountBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccount]:
        """Like `update_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_UPDATE_PROJECT_SERVICE_ACCOUNT, locals())

    async def delete_project_service_account(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectServiceAccountDeleteResponse:
        """Deletes a service account from the project.

        Returns confirmation of service account deletion, or an error if the project
        is archived (archived projects have no service accounts).

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
        """
        _response: ApiResponse[ProjectServiceAccountDeleteResponse] = (
            await self._client._request(_DELETE_PROJECT_SERVICE_ACCOUNT, locals())
        )
        return _response.data

    async def delete_project_service_account_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectServiceAccountDeleteResponse]:
        """Like `delete_project_service_account`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_DELETE_PROJECT_SERVICE_ACCOUNT, locals())

    async def list_project_users(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUserListResponse:
        """Returns a list of users in the project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ProjectUserListResponse] = await self._client._request(
            _LIST_PROJECT_USERS, locals()
        )
        return _response.data

    async def list_project_users_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUserListResponse]:
        """Like `list_project_users`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_PROJECT_USERS, locals())

    def list_project_users_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ProjectUser]:
        """Like `list_project_users`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_PROJECT_USERS, locals(), _LIST_PROJECT_USERS_PAGES
        )

    @overload
    async def create_project_user(
        self,
        project_id: str,
        *,
        body: ProjectUserCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    @overload
    async def create_project_user(
        self,
        project_id: str,
        *,
        role: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    async def create_project_user(
        self,
        project_id: str,
        *,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: ProjectUserCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser:
        """Adds a user to the project. Users must already be members of the organization
        to be added to a project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
            email: Email of the user to add.
            role: `owner` or `member`
        """
        _response: ApiResponse[ProjectUser] = await self._client._request(
            _CREATE_PROJECT_USER, locals()
        )
        return _response.data

    @overload
    async def create_project_user_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectUserCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    @overload
    async def create_project_user_with_http_info(
        self,
        project_id: str,
        *,
        role: str,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    async def create_project_user_with_http_info(
        self,
        project_id: str,
        *,
        user_id: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: ProjectUserCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like `create_project_user`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_PROJECT_USER, locals())

    async def retrieve_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser:
        """Retrieves a user in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
        """
        _response: ApiResponse[ProjectUser] = await self._client._request(
            _RETRIEVE_PROJECT_USER, locals()
        )
        return _response.data

    async def retrieve_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like `retrieve_project_user`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_USER, locals())

    @overload
    async def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        body: ProjectUserUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    @overload
    async def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser: ...

    async def modify_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUserUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUser:
        """Modifies a user's role in the project.

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
            role: `owner` or `member`
        """
        _response: ApiResponse[ProjectUser] = await self._client._request(
            _MODIFY_PROJECT_USER, locals()
        )
        return _response.data

    @overload
    async def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        body: ProjectUserUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    @overload
    async def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]: ...

    async def modify_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        body: ProjectUserUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUser]:
        """Like `modify_project_user`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_MODIFY_PROJECT_USER, locals())

    async def delete_project_user(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectUserDeleteResponse:
        """Deletes a user from the project.

        Returns confirmation of project user deletion, or an error if the project is
        archived (archived projects have no users).

        Args:
            project_id: The ID of the project.
            user_id: The ID of the user.
        """
        _response: ApiResponse[ProjectUserDeleteResponse] = await self._client._request(
            _DELETE_PROJECT_USER, locals()
        )
        return _response.data

    async def delete_project_user_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectUserDeleteResponse]:
        """Like `delete_project_user`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_PROJECT_USER, locals())
