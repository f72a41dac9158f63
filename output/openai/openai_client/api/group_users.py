"""Group users operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.create_group_user_body import CreateGroupUserBody
from ..models.error_response import ErrorResponse
from ..models.group_member_user import GroupMemberUser
from ..models.group_user import GroupUser
from ..models.group_user_assignment import GroupUserAssignment
from ..models.group_user_deleted_resource import GroupUserDeletedResource
from ..models.user_list_resource import UserListResource

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["GroupUsersApi", "AsyncGroupUsersApi"]

_LIST_GROUP_USERS = _Endpoint(
    method="GET",
    path="/organization/groups/{group_id}/users",
    operation_id="list-group-users",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UserListResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("group_id", "group_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_LIST_GROUP_USERS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor=None,
)

_ADD_GROUP_USER = _Endpoint(
    method="POST",
    path="/organization/groups/{group_id}/users",
    operation_id="add-group-user",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": GroupUserAssignment,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("group_id", "group_id", "path"),
        ("user_id", "user_id", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_GROUP_USER = _Endpoint(
    method="GET",
    path="/organization/groups/{group_id}/users/{user_id}",
    operation_id="retrieve-group-user",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": GroupMemberUser,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("group_id", "group_id", "path"),
        ("user_id", "user_id", "path"),
    ),
    body_mode="none",
)

_REMOVE_GROUP_USER = _Endpoint(
    method="DELETE",
    path="/organization/groups/{group_id}/users/{user_id}",
    operation_id="remove-group-user",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": GroupUserDeletedResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("group_id", "group_id", "path"),
        ("user_id", "user_id", "path"),
    ),
    body_mode="none",
)


class GroupUsersApi:
    """Group users operations.

    Reach it as `client.group_users`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_group_users(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserListResource:
        """Lists the users assigned to a group.

        Args:
            group_id: The ID of the group to inspect.
            limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
            order: Specifies the sort order of users in the list.
        """
        _response: ApiResponse[UserListResource] = self._client._request(
            _LIST_GROUP_USERS, locals()
        )
        return _response.data

    def list_group_users_with_http_info(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserListResource]:
        """Like `list_group_users`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_GROUP_USERS, locals())

    def list_group_users_iter(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[GroupUser]:
        """Like `list_group_users`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_GROUP_USERS, locals(), _LIST_GROUP_USERS_PAGES
        )

    @overload
    def add_group_user(
        self,
        group_id: str,
        *,
        body: CreateGroupUserBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserAssignment: ...

    @overload
    def add_group_user(
        self,
        group_id: str,
        *,
        user_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserAssignment: ...

    def add_group_user(
        self,
        group_id: str,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        body: CreateGroupUserBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserAssignment:
        """Adds a user to a group.

        Args:
            group_id: The ID of the group to update.
            user_id: Identifier of the user to add to the group.
        """
        _response: ApiResponse[GroupUserAssignment] = self._client._request(
            _ADD_GROUP_USER, locals()
        )
        return _response.data

    @overload
    def add_group_user_with_http_info(
        self,
        group_id: str,
        *,
        body: CreateGroupUserBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserAssignment]: ...

    @overload
    def add_group_user_with_http_info(
        self,
        group_id: str,
        *,
        user_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserAssignment]: ...

    def add_group_user_with_http_info(
        self,
        group_id: str,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        body: CreateGroupUserBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserAssignment]:
        """Like `add_group_user`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_ADD_GROUP_USER, locals())

    def retrieve_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupMemberUser:
        """Retrieves a user in a group.

        Args:
            group_id: The ID of the group to inspect.
            user_id: The ID of the user to retrieve from the group.
        """
        _response: ApiResponse[GroupMemberUser] = self._client._request(
            _RETRIEVE_GROUP_USER, locals()
        )
        return _response.data

    def retrieve_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupMemberUser]:
        """Like `retrieve_group_user`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_RETRIEVE_GROUP_USER, locals())

    def remove_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserDeletedResource:
        """Removes a user from a group.

        Args:
            group_id: The ID of the group to update.
            user_id: The ID of the user to remove from the group.
        """
        _response: ApiResponse[GroupUserDeletedResource] = self._client._request(
            _REMOVE_GROUP_USER, locals()
        )
        return _response.data

    def remove_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserDeletedResource]:
        """Like `remove_group_user`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_REMOVE_GROUP_USER, locals())


class AsyncGroupUsersApi:
    """Group users operations (async).

    Reach it as `client.group_users`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_group_users(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserListResource:
        """Lists the users assigned to a group.

        Args:
            group_id: The ID of the group to inspect.
            limit: A limit on the number of users to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. Provide the ID of the last user from the previous list response to retrieve the next page.
            order: Specifies the sort order of users in the list.
        """
        _response: ApiResponse[UserListResource] = await self._client._request(
            _LIST_GROUP_USERS, locals()
        )
        return _response.data

    async def list_group_users_with_http_info(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserListResource]:
        """Like `list_group_users`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_GROUP_USERS, locals())

    def list_group_users_iter(
        self,
        group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[GroupUser]:
        """Like `list_group_users`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_GROUP_USERS, locals(), _LIST_GROUP_USERS_PAGES
        )

    @overload
    async def add_group_user(
        self,
        group_id: str,
        *,
        body: CreateGroupUserBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserAssignment: ...

    @overload
    async def add_group_user(
        self,
        group_id: str,
        *,
        user_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserAssignment: ...

    async def add_group_user(
        self,
        group_id: str,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        body: CreateGroupUserBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserAssignment:
        """Adds a user to a group.

        Args:
            group_id: The ID of the group to update.
            user_id: Identifier of the user to add to the group.
        """
        _response: ApiResponse[GroupUserAssignment] = await self._client._request(
            _ADD_GROUP_USER, locals()
        )
        return _response.data

    @overload
    async def add_group_user_with_http_info(
        self,
        group_id: str,
        *,
        body: CreateGroupUserBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserAssignment]: ...

    @overload
    async def add_group_user_with_http_info(
        self,
        group_id: str,
        *,
        user_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserAssignment]: ...

    async def add_group_user_with_http_info(
        self,
        group_id: str,
        *,
        user_id: str | NotGiven = NOT_GIVEN,
        body: CreateGroupUserBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserAssignment]:
        """Like `add_group_user`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_ADD_GROUP_USER, locals())

    async def retrieve_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupMemberUser:
        """Retrieves a user in a group.

        Args:
            group_id: The ID of the group to inspect.
            user_id: The ID of the user to retrieve from the group.
        """
        _response: ApiResponse[GroupMemberUser] = await self._client._request(
            _RETRIEVE_GROUP_USER, locals()
        )
        return _response.data

    async def retrieve_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupMemberUser]:
        """Like `retrieve_group_user`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_RETRIEVE_GROUP_USER, locals())

    async def remove_group_user(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupUserDeletedResource:
        """Removes a user from a group.

        Args:
            group_id: The ID of the group to update.
            user_id: The ID of the user to remove from the group.
        """
        _response: ApiResponse[GroupUserDeletedResource] = await self._client._request(
            _REMOVE_GROUP_USER, locals()
        )
        return _response.data

    async def remove_group_user_with_http_info(
        self,
        group_id: str,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupUserDeletedResource]:
        """Like `remove_group_user`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_REMOVE_GROUP_USER, locals())
