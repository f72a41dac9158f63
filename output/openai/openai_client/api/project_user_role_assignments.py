"""Project user role assignments operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.assigned_role_details import AssignedRoleDetails
from ..models.deleted_role_assignment_resource import DeletedRoleAssignmentResource
from ..models.error_response import ErrorResponse
from ..models.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from ..models.role_list_resource import RoleListResource
from ..models.user_role_assignment import UserRoleAssignment

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ProjectUserRoleAssignmentsApi", "AsyncProjectUserRoleAssignmentsApi"]

_LIST_PROJECT_USER_ROLE_ASSIGNMENTS = _Endpoint(
    method="GET",
    path="/projects/{project_id}/users/{user_id}/roles",
    operation_id="list-project-user-role-assignments",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": RoleListResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECT_USER_ROLE_ASSIGNMENTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor=None,
)

_ASSIGN_PROJECT_USER_ROLE = _Endpoint(
    method="POST",
    path="/projects/{project_id}/users/{user_id}/roles",
    operation_id="assign-project-user-role",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": UserRoleAssignment,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "path"),
        ("role_id", "role_id", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT_USER_ROLE = _Endpoint(
    method="GET",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    operation_id="retrieve-project-user-role",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": AssignedRoleDetails,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "path"),
        ("role_id", "role_id", "path"),
    ),
    body_mode="none",
)

_UNASSIGN_PROJECT_USER_ROLE = _Endpoint(
    method="DELETE",
    path="/projects/{project_id}/users/{user_id}/roles/{role_id}",
    operation_id="unassign-project-user-role",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeletedRoleAssignmentResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("user_id", "user_id", "path"),
        ("role_id", "role_id", "path"),
    ),
    body_mode="none",
)


class ProjectUserRoleAssignmentsApi:
    """Project user role assignments operations.

    Reach it as `client.project_user_role_assignments`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_project_user_role_assignments(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RoleListResource:
        """Lists the project roles assigned to a user within a project.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            limit: A limit on the number of project role assignments to return.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
            order: Sort order for the returned project roles.
        """
        _response: ApiResponse[RoleListResource] = self._client._request(
            _LIST_PROJECT_USER_ROLE_ASSIGNMENTS, locals()
        )
        return _response.data

    def list_project_user_role_assignments_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RoleListResource]:
        """Like `list_project_user_role_assignments`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_LIST_PROJECT_USER_ROLE_ASSIGNMENTS, locals())

    def list_project_user_role_assignments_iter(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[AssignedRoleDetails]:
        """Like `list_project_user_role_assignments`, but `for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_PROJECT_USER_ROLE_ASSIGNMENTS,
            locals(),
            _LIST_PROJECT_USER_ROLE_ASSIGNMENTS_PAGES,
        )

    @overload
    def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        *,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserRoleAssignment: ...

    @overload
    def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserRoleAssignment: ...

    def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str | NotGiven = NOT_GIVEN,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
            project_id: The ID of the project to update.
            user_id: The ID of the user that should receive the project role.
            role_id: Identifier of the role to assign.
        """
        _response: ApiResponse[UserRoleAssignment] = self._client._request(
            _ASSIGN_PROJECT_USER_ROLE, locals()
        )
        return _response.data

    @overload
    def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserRoleAssignment]: ...

    @overload
    def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserRoleAssignment]: ...

    def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str | NotGiven = NOT_GIVEN,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserRoleAssignment]:
        """Like `assign_project_user_role`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_ASSIGN_PROJECT_USER_ROLE, locals())

    def retrieve_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            role_id: The ID of the project role to retrieve for the user.
        """
        _response: ApiResponse[AssignedRoleDetails] = self._client._request(
            _RETRIEVE_PROJECT_USER_ROLE, locals()
        )
        return _response.data

    def retrieve_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssignedRoleDetails]:
        """Like `retrieve_project_user_role`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_USER_ROLE, locals())

    def unassign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
            project_id: The ID of the project to modify.
            user_id: The ID of the user whose project role assignment should be removed.
            role_id: The ID of the project role to remove from the user.
        """
        _response: ApiResponse[DeletedRoleAssignmentResource] = self._client._request(
            _UNASSIGN_PROJECT_USER_ROLE, locals()
        )
        return _response.data

    def unassign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedRoleAssignmentResource]:
        """Like `unassign_project_user_role`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_UNASSIGN_PROJECT_USER_ROLE, locals())


class AsyncProjectUserRoleAssignmentsApi:
    """Project user role assignments operations (async).

    Reach it as `client.project_user_role_assignments`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_project_user_role_assignments(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RoleListResource:
        """Lists the project roles assigned to a user within a project.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            limit: A limit on the number of project role assignments to return.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing project roles.
            order: Sort order for the returned project roles.
        """
        _response: ApiResponse[RoleListResource] = await self._client._request(
            _LIST_PROJECT_USER_ROLE_ASSIGNMENTS, locals()
        )
        return _response.data

    async def list_project_user_role_assignments_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RoleListResource]:
        """Like `list_project_user_role_assignments`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _LIST_PROJECT_USER_ROLE_ASSIGNMENTS, locals()
        )

    def list_project_user_role_assignments_iter(
        self,
        project_id: str,
        user_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[AssignedRoleDetails]:
        """Like `list_project_user_role_assignments`, but `async for` goes over the
        items of every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_PROJECT_USER_ROLE_ASSIGNMENTS,
            locals(),
            _LIST_PROJECT_USER_ROLE_ASSIGNMENTS_PAGES,
        )

    @overload
    async def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        *,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserRoleAssignment: ...

    @overload
    async def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserRoleAssignment: ...

    async def assign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str | NotGiven = NOT_GIVEN,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserRoleAssignment:
        """Assigns a project role to a user within a project.

        Args:
            project_id: The ID of the project to update.
            user_id: The ID of the user that should receive the project role.
            role_id: Identifier of the role to assign.
        """
        _response: ApiResponse[UserRoleAssignment] = await self._client._request(
            _ASSIGN_PROJECT_USER_ROLE, locals()
        )
        return _response.data

    @overload
    async def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserRoleAssignment]: ...

    @overload
    async def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserRoleAssignment]: ...

    async def assign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        *,
        role_id: str | NotGiven = NOT_GIVEN,
        body: PublicAssignOrganizationGroupRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserRoleAssignment]:
        """Like `assign_project_user_role`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_ASSIGN_PROJECT_USER_ROLE, locals())

    async def retrieve_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AssignedRoleDetails:
        """Retrieves a project role assigned to a user.

        Args:
            project_id: The ID of the project to inspect.
            user_id: The ID of the user to inspect.
            role_id: The ID of the project role to retrieve for the user.
        """
        _response: ApiResponse[AssignedRoleDetails] = await self._client._request(
            _RETRIEVE_PROJECT_USER_ROLE, locals()
        )
        return _response.data

    async def retrieve_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AssignedRoleDetails]:
        """Like `retrieve_project_user_role`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_USER_ROLE, locals())

    async def unassign_project_user_role(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedRoleAssignmentResource:
        """Unassigns a project role from a user within a project.

        Args:
            project_id: The ID of the project to modify.
            user_id: The ID of the user whose project role assignment should be removed.
            role_id: The ID of the project role to remove from the user.
        """
        _response: ApiResponse[DeletedRoleAssignmentResource] = (
            await self._client._request(_UNASSIGN_PROJECT_USER_ROLE, locals())
        )
        return _response.data

    async def unassign_project_user_role_with_http_info(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedRoleAssignmentResource]:
        """Like `unassign_project_user_role`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_UNASSIGN_PROJECT_USER_ROLE, locals())
