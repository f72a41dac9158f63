"""Roles operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.error_response import ErrorResponse
from ..models.public_create_organization_role_body import (
    PublicCreateOrganizationRoleBody,
)
from ..models.public_role_list_resource import PublicRoleListResource
from ..models.public_update_organization_role_body import (
    PublicUpdateOrganizationRoleBody,
)
from ..models.role import Role
from ..models.role_deleted_resource import RoleDeletedResource

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["RolesApi", "AsyncRolesApi"]

_LIST_ROLES = _Endpoint(
    method="GET",
    path="/organization/roles",
    operation_id="list-roles",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": PublicRoleListResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_LIST_ROLES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor=None,
)

_CREATE_ROLE = _Endpoint(
    method="POST",
    path="/organization/roles",
    operation_id="create-role",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Role,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("role_name", "role_name", "field"),
        ("permissions", "permissions", "field"),
        ("description", "description", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_ROLE = _Endpoint(
    method="GET",
    path="/organization/roles/{role_id}",
    operation_id="retrieve-role",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Role,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("role_id", "role_id", "path"),),
    body_mode="none",
)

_UPDATE_ROLE = _Endpoint(
    method="POST",
    path="/organization/roles/{role_id}",
    operation_id="update-role",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Role,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("role_id", "role_id", "path"),
        ("permissions", "permissions", "field"),
        ("description", "description", "field"),
        ("role_name", "role_name", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_ROLE = _Endpoint(
    method="DELETE",
    path="/organization/roles/{role_id}",
    operation_id="delete-role",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": RoleDeletedResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("role_id", "role_id", "path"),),
    body_mode="none",
)

_LIST_PROJECT_ROLES = _Endpoint(
    method="GET",
    path="/projects/{project_id}/roles",
    operation_id="list-project-roles",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": PublicRoleListResource,
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
_LIST_PROJECT_ROLES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor=None,
)

_CREATE_PROJECT_ROLE = _Endpoint(
    method="POST",
    path="/projects/{project_id}/roles",
    operation_id="create-project-role",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Role,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("role_name", "role_name", "field"),
        ("permissions", "permissions", "field"),
        ("description", "description", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT_ROLE = _Endpoint(
    method="GET",
    path="/projects/{project_id}/roles/{role_id}",
    operation_id="retrieve-project-role",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Role,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("role_id", "role_id", "path"),
    ),
    body_mode="none",
)

_UPDATE_PROJECT_ROLE = _Endpoint(
    method="POST",
    path="/projects/{project_id}/roles/{role_id}",
    operation_id="update-project-role",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Role,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("role_id", "role_id", "path"),
        ("permissions", "permissions", "field"),
        ("description", "description", "field"),
        ("role_name", "role_name", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_PROJECT_ROLE = _Endpoint(
    method="DELETE",
    path="/projects/{project_id}/roles/{role_id}",
    operation_id="delete-project-role",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": RoleDeletedResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("role_id", "role_id", "path"),
    ),
    body_mode="none",
)


class RolesApi:
    """Roles operations.

    Reach it as `client.roles`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_roles(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> PublicRoleListResource:
        """Lists the roles configured for the organization.

        Args:
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.
        """
        _response: ApiResponse[PublicRoleListResource] = self._client._request(
            _LIST_ROLES, locals()
        )
        return _response.data

    def list_roles_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[PublicRoleListResource]:
        """Like `list_roles`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_ROLES, locals())

    def list_roles_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[Role]:
        """Like `list_roles`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_ROLES, locals(), _LIST_ROLES_PAGES)

    @overload
    def create_role(
        self,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    def create_role(
        self,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    def create_role(
        self,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Creates a custom role for the organization.

        Args:
            role_name: Unique name for the role.
            permissions: Permissions to grant to the role.
            description: Optional description of the role.
        """
        _response: ApiResponse[Role] = self._client._request(_CREATE_ROLE, locals())
        return _response.data

    @overload
    def create_role_with_http_info(
        self,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    def create_role_with_http_info(
        self,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    def create_role_with_http_info(
        self,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `create_role`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_ROLE, locals())

    def retrieve_role(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Retrieves an organization role.

        Args:
            role_id: The ID of the role to retrieve.
        """
        _response: ApiResponse[Role] = self._client._request(_RETRIEVE_ROLE, locals())
        return _response.data

    def retrieve_role_with_http_info(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `retrieve_role`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_RETRIEVE_ROLE, locals())

    @overload
    def update_role(
        self,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    def update_role(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    def update_role(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Updates an existing organization role.

        Args:
            role_id: The ID of the role to update.
            permissions: Updated set of permissions for the role.
            description: New description for the role.
            role_name: New name for the role.
        """
        _response: ApiResponse[Role] = self._client._request(_UPDATE_ROLE, locals())
        return _response.data

    @overload
    def update_role_with_http_info(
        self,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    def update_role_with_http_info(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    def update_role_with_http_info(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `update_role`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_UPDATE_ROLE, locals())

    def delete_role(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from the organization.

        Args:
            role_id: The ID of the role to delete.
        """
        _response: ApiResponse[RoleDeletedResource] = self._client._request(
            _DELETE_ROLE, locals()
        )
        return _response.data

    def delete_role_with_http_info(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like `delete_role`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_ROLE, locals())

    def list_project_roles(
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
    ) -> PublicRoleListResource:
        """Lists the roles configured for a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.
        """
        _response: ApiResponse[PublicRoleListResource] = self._client._request(
            _LIST_PROJECT_ROLES, locals()
        )
        return _response.data

    def list_project_roles_with_http_info(
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
    ) -> ApiResponse[PublicRoleListResource]:
        """Like `list_project_roles`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_PROJECT_ROLES, locals())

    def list_project_roles_iter(
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
    ) -> Paginator[Role]:
        """Like `list_project_roles`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_PROJECT_ROLES, locals(), _LIST_PROJECT_ROLES_PAGES
        )

    @overload
    def create_project_role(
        self,
        project_id: str,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    def create_project_role(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    def create_project_role(
        self,
        project_id: str,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
            project_id: The ID of the project to update.
            role_name: Unique name for the role.
            permissions: Permissions to grant to the role.
            description: Optional description of the role.
        """
        _response: ApiResponse[Role] = self._client._request(
            _CREATE_PROJECT_ROLE, locals()
        )
        return _response.data

    @overload
    def create_project_role_with_http_info(
        self,
        project_id: str,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    def create_project_role_with_http_info(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    def create_project_role_with_http_info(
        self,
        project_id: str,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `create_project_role`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_PROJECT_ROLE, locals())

    def retrieve_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Retrieves a project role.

        Args:
            project_id: The ID of the project.
            role_id: The ID of the role to retrieve.
        """
        _response: ApiResponse[Role] = self._client._request(
            _RETRIEVE_PROJECT_ROLE, locals()
        )
        return _response.data

    def retrieve_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `retrieve_project_role`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_ROLE, locals())

    @overload
    def update_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    def update_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    def update_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Updates an existing project role.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to update.
            permissions: Updated set of permissions for the role.
            description: New description for the role.
            role_name: New name for the role.
        """
        _response: ApiResponse[Role] = self._client._request(
            _UPDATE_PROJECT_ROLE, locals()
        )
        return _response.data

    @overload
    def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `update_project_role`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_UPDATE_PROJECT_ROLE, locals())

    def delete_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to delete.
        """
        _response: ApiResponse[RoleDeletedResource] = self._client._request(
            _DELETE_PROJECT_ROLE, locals()
        )
        return _response.data

    def delete_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like `delete_project_role`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_PROJECT_ROLE, locals())


class AsyncRolesApi:
    """Roles operations (async).

    Reach it as `client.roles`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_roles(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> PublicRoleListResource:
        """Lists the roles configured for the organization.

        Args:
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.
        """
        _response: ApiResponse[PublicRoleListResource] = await self._client._request(
            _LIST_ROLES, locals()
        )
        return _response.data

    async def list_roles_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[PublicRoleListResource]:
        """Like `list_roles`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_ROLES, locals())

    def list_roles_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[Role]:
        """Like `list_roles`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_ROLES, locals(), _LIST_ROLES_PAGES)

    @overload
    async def create_role(
        self,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    async def create_role(
        self,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    async def create_role(
        self,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Creates a custom role for the organization.

        Args:
            role_name: Unique name for the role.
            permissions: Permissions to grant to the role.
            description: Optional description of the role.
        """
        _response: ApiResponse[Role] = await self._client._request(
            _CREATE_ROLE, locals()
        )
        return _response.data

    @overload
    async def create_role_with_http_info(
        self,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    async def create_role_with_http_info(
        self,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    async def create_role_with_http_info(
        self,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `create_role`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_ROLE, locals())

    async def retrieve_role(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Retrieves an organization role.

        Args:
            role_id: The ID of the role to retrieve.
        """
        _response: ApiResponse[Role] = await self._client._request(
            _RETRIEVE_ROLE, locals()
        )
        return _response.data

    async def retrieve_role_with_http_info(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `retrieve_role`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_RETRIEVE_ROLE, locals())

    @overload
    async def update_role(
        self,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    async def update_role(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    async def update_role(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Updates an existing organization role.

        Args:
            role_id: The ID of the role to update.
            permissions: Updated set of permissions for the role.
            description: New description for the role.
            role_name: New name for the role.
        """
        _response: ApiResponse[Role] = await self._client._request(
            _UPDATE_ROLE, locals()
        )
        return _response.data

    @overload
    async def update_role_with_http_info(
        self,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    async def update_role_with_http_info(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    async def update_role_with_http_info(
        self,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `update_role`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_UPDATE_ROLE, locals())

    async def delete_role(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from the organization.

        Args:
            role_id: The ID of the role to delete.
        """
        _response: ApiResponse[RoleDeletedResource] = await self._client._request(
            _DELETE_ROLE, locals()
        )
        return _response.data

    async def delete_role_with_http_info(
        self,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like `delete_role`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_ROLE, locals())

    async def list_project_roles(
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
    ) -> PublicRoleListResource:
        """Lists the roles configured for a project.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of roles to return. Defaults to 1000.
            after: Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles.
            order: Sort order for the returned roles.
        """
        _response: ApiResponse[PublicRoleListResource] = await self._client._request(
            _LIST_PROJECT_ROLES, locals()
        )
        return _response.data

    async def list_project_roles_with_http_info(
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
    ) -> ApiResponse[PublicRoleListResource]:
        """Like `list_project_roles`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_PROJECT_ROLES, locals())

    def list_project_roles_iter(
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
    ) -> AsyncPaginator[Role]:
        """Like `list_project_roles`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_PROJECT_ROLES, locals(), _LIST_PROJECT_ROLES_PAGES
        )

    @overload
    async def create_project_role(
        self,
        project_id: str,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    async def create_project_role(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    async def create_project_role(
        self,
        project_id: str,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Creates a custom role for a project.

        Args:
            project_id: The ID of the project to update.
            role_name: Unique name for the role.
            permissions: Permissions to grant to the role.
            description: Optional description of the role.
        """
        _response: ApiResponse[Role] = await self._client._request(
            _CREATE_PROJECT_ROLE, locals()
        )
        return _response.data

    @overload
    async def create_project_role_with_http_info(
        self,
        project_id: str,
        *,
        body: PublicCreateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    async def create_project_role_with_http_info(
        self,
        project_id: str,
        *,
        role_name: str,
        permissions: list[str],
        description: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    async def create_project_role_with_http_info(
        self,
        project_id: str,
        *,
        role_name: str | NotGiven = NOT_GIVEN,
        permissions: list[str] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        body: PublicCreateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `create_project_role`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_PROJECT_ROLE, locals())

    async def retrieve_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Retrieves a project role.

        Args:
            project_id: The ID of the project.
            role_id: The ID of the role to retrieve.
        """
        _response: ApiResponse[Role] = await self._client._request(
            _RETRIEVE_PROJECT_ROLE, locals()
        )
        return _response.data

    async def retrieve_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `retrieve_project_role`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_ROLE, locals())

    @overload
    async def update_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    @overload
    async def update_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role: ...

    async def update_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Role:
        """Updates an existing project role.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to update.
            permissions: Updated set of permissions for the role.
            description: New description for the role.
            role_name: New name for the role.
        """
        _response: ApiResponse[Role] = await self._client._request(
            _UPDATE_PROJECT_ROLE, locals()
        )
        return _response.data

    @overload
    async def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    @overload
    async def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]: ...

    async def update_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        permissions: list[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        role_name: str | None | NotGiven = NOT_GIVEN,
        body: PublicUpdateOrganizationRoleBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Role]:
        """Like `update_project_role`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_UPDATE_PROJECT_ROLE, locals())

    async def delete_project_role(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RoleDeletedResource:
        """Deletes a custom role from a project.

        Args:
            project_id: The ID of the project to update.
            role_id: The ID of the role to delete.
        """
        _response: ApiResponse[RoleDeletedResource] = await self._client._request(
            _DELETE_PROJECT_ROLE, locals()
        )
        return _response.data

    async def delete_project_role_with_http_info(
        self,
        project_id: str,
        role_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RoleDeletedResource]:
        """Like `delete_project_role`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_PROJECT_ROLE, locals())
