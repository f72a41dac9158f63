"""Project groups operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.error_response import ErrorResponse
from ..models.invite_project_group_body import InviteProjectGroupBody
from ..models.project_group import ProjectGroup
from ..models.project_group_deleted_resource import ProjectGroupDeletedResource
from ..models.project_group_list_resource import ProjectGroupListResource

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ProjectGroupsApi", "AsyncProjectGroupsApi"]

_LIST_PROJECT_GROUPS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/groups",
    operation_id="list-project-groups",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectGroupListResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)

_ADD_PROJECT_GROUP = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/groups",
    operation_id="add-project-group",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectGroup,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("group_id", "group_id", "field"),
        ("role", "role", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT_GROUP = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/groups/{group_id}",
    operation_id="retrieve-project-group",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectGroup,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("group_id", "group_id", "path"),
        ("group_type", "group_type", "query"),
    ),
    body_mode="none",
)

_REMOVE_PROJECT_GROUP = _Endpoint(
    method="DELETE",
    path="/organization/projects/{project_id}/groups/{group_id}",
    operation_id="remove-project-group",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectGroupDeletedResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("group_id", "group_id", "path"),
    ),
    body_mode="none",
)


class ProjectGroupsApi:
    """Project groups operations.

    Reach it as `client.project_groups`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_project_groups(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroupListResource:
        """Lists the groups that have access to a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of project groups to return. Defaults to 20.
            after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
            order: Sort order for the returned groups.
        """
        _response: ApiResponse[ProjectGroupListResource] = self._client._request(
            _LIST_PROJECT_GROUPS, locals()
        )
        return _response.data

    def list_project_groups_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroupListResource]:
        """Like `list_project_groups`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_PROJECT_GROUPS, locals())

    @overload
    def add_project_group(
        self,
        project_id: str,
        *,
        body: InviteProjectGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup: ...

    @overload
    def add_project_group(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup: ...

    def add_project_group(
        self,
        project_id: str,
        *,
        group_id: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: InviteProjectGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup:
        """Grants a group access to a project.

        Args:
            project_id: The ID of the project to update.
            group_id: Identifier of the group to add to the project.
            role: Identifier of the project role to grant to the group.
        """
        _response: ApiResponse[ProjectGroup] = self._client._request(
            _ADD_PROJECT_GROUP, locals()
        )
        return _response.data

    @overload
    def add_project_group_with_http_info(
        self,
        project_id: str,
        *,
        body: InviteProjectGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]: ...

    @overload
    def add_project_group_with_http_info(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]: ...

    def add_project_group_with_http_info(
        self,
        project_id: str,
        *,
        group_id: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: InviteProjectGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like `add_project_group`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_ADD_PROJECT_GROUP, locals())

    def retrieve_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup:
        """Retrieves a project's group.

        Args:
            project_id: The ID of the project to inspect.
            group_id: The ID of the group to retrieve.
            group_type: The type of group to retrieve.
        """
        _response: ApiResponse[ProjectGroup] = self._client._request(
            _RETRIEVE_PROJECT_GROUP, locals()
        )
        return _response.data

    def retrieve_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like `retrieve_project_group`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_GROUP, locals())

    def remove_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroupDeletedResource:
        """Revokes a group's access to a project.

        Args:
            project_id: The ID of the project to update.
            group_id: The ID of the group to remove from the project.
        """
        _response: ApiResponse[ProjectGroupDeletedResource] = self._client._request(
            _REMOVE_PROJECT_GROUP, locals()
        )
        return _response.data

    def remove_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroupDeletedResource]:
        """Like `remove_project_group`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_REMOVE_PROJECT_GROUP, locals())


class AsyncProjectGroupsApi:
    """Project groups operations (async).

    Reach it as `client.project_groups`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_project_groups(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroupListResource:
        """Lists the groups that have access to a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of project groups to return. Defaults to 20.
            after: Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page.
            order: Sort order for the returned groups.
        """
        _response: ApiResponse[ProjectGroupListResource] = await self._client._request(
            _LIST_PROJECT_GROUPS, locals()
        )
        return _response.data

    async def list_project_groups_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroupListResource]:
        """Like `list_project_groups`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_PROJECT_GROUPS, locals())

    @overload
    async def add_project_group(
        self,
        project_id: str,
        *,
        body: InviteProjectGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup: ...

    @overload
    async def add_project_group(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup: ...

    async def add_project_group(
        self,
        project_id: str,
        *,
        group_id: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: InviteProjectGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup:
        """Grants a group access to a project.

        Args:
            project_id: The ID of the project to update.
            group_id: Identifier of the group to add to the project.
            role: Identifier of the project role to grant to the group.
        """
        _response: ApiResponse[ProjectGroup] = await self._client._request(
            _ADD_PROJECT_GROUP, locals()
        )
        return _response.data

    @overload
    async def add_project_group_with_http_info(
        self,
        project_id: str,
        *,
        body: InviteProjectGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]: ...

    @overload
    async def add_project_group_with_http_info(
        self,
        project_id: str,
        *,
        group_id: str,
        role: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]: ...

    async def add_project_group_with_http_info(
        self,
        project_id: str,
        *,
        group_id: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        body: InviteProjectGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like `add_project_group`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_ADD_PROJECT_GROUP, locals())

    async def retrieve_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroup:
        """Retrieves a project's group.

        Args:
            project_id: The ID of the project to inspect.
            group_id: The ID of the group to retrieve.
            group_type: The type of group to retrieve.
        """
        _response: ApiResponse[ProjectGroup] = await self._client._request(
            _RETRIEVE_PROJECT_GROUP, locals()
        )
        return _response.data

    async def retrieve_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        group_type: Literal["group", "tenant_group"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroup]:
        """Like `retrieve_project_group`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_GROUP, locals())

    async def remove_project_group(
        self,
        project_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectGroupDeletedResource:
        """Revokes a group's access to a project.

        Args:
            project_id: The ID of the project to update.
            group_id: The ID of the group to remove from the project.
        """
        _response: ApiResponse[ProjectGroupDeletedResource] = (
            await self._client._request(_REMOVE_PROJECT_GROUP, locals())
        )
        return _response.data

    async def remove_project_group_with_http_info(
        self,
        project_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectGroupDeletedResource]:
        """Like `remove_project_group`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_REMOVE_PROJECT_GROUP, locals())
