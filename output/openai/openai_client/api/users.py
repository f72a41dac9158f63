"""Users operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.user import User
from ..models.user_delete_response import UserDeleteResponse
from ..models.user_list_response import UserListResponse
from ..models.user_role_update_request import UserRoleUpdateRequest

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["UsersApi", "AsyncUsersApi"]

_LIST_USERS = _Endpoint(
    method="GET",
    path="/organization/users",
    operation_id="list-users",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UserListResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("emails", "emails", "query"),
    ),
    body_mode="none",
)
_LIST_USERS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_RETRIEVE_USER = _Endpoint(
    method="GET",
    path="/organization/users/{user_id}",
    operation_id="retrieve-user",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": User,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("user_id", "user_id", "path"),),
    body_mode="none",
)

_MODIFY_USER = _Endpoint(
    method="POST",
    path="/organization/users/{user_id}",
    operation_id="modify-user",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": User,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("user_id", "user_id", "path"),
        ("role", "role", "field"),
        ("role_id", "role_id", "field"),
        ("technical_level", "technical_level", "field"),
        ("developer_persona", "developer_persona", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_USER = _Endpoint(
    method="DELETE",
    path="/organization/users/{user_id}",
    operation_id="delete-user",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UserDeleteResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("user_id", "user_id", "path"),),
    body_mode="none",
)


class UsersApi:
    """Users operations.

    Reach it as `client.users`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_users(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserListResponse:
        """Lists all of the users in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            emails: Filter by the email address of users.
        """
        _response: ApiResponse[UserListResponse] = self._client._request(
            _LIST_USERS, locals()
        )
        return _response.data

    def list_users_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserListResponse]:
        """Like `list_users`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_USERS, locals())

    def list_users_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[User]:
        """Like `list_users`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_USERS, locals(), _LIST_USERS_PAGES)

    def retrieve_user(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Retrieves a user by their identifier.

        Args:
            user_id: The ID of the user.
        """
        _response: ApiResponse[User] = self._client._request(_RETRIEVE_USER, locals())
        return _response.data

    def retrieve_user_with_http_info(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `retrieve_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_RETRIEVE_USER, locals())

    @overload
    def modify_user(
        self,
        user_id: str,
        *,
        body: UserRoleUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    @overload
    def modify_user(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    def modify_user(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        body: UserRoleUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Modifies a user's role in the organization.

        Args:
            user_id: The ID of the user.
            role: `owner` or `reader`
            role_id: Role ID to assign to the user.
            technical_level: Technical level metadata.
            developer_persona: Developer persona metadata.
        """
        _response: ApiResponse[User] = self._client._request(_MODIFY_USER, locals())
        return _response.data

    @overload
    def modify_user_with_http_info(
        self,
        user_id: str,
        *,
        body: UserRoleUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    @overload
    def modify_user_with_http_info(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    def modify_user_with_http_info(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        body: UserRoleUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `modify_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_MODIFY_USER, locals())

    def delete_user(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserDeleteResponse:
        """Deletes a user from the organization.

        Args:
            user_id: The ID of the user.
        """
        _response: ApiResponse[UserDeleteResponse] = self._client._request(
            _DELETE_USER, locals()
        )
        return _response.data

    def delete_user_with_http_info(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserDeleteResponse]:
        """Like `delete_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_USER, locals())


class AsyncUsersApi:
    """Users operations (async).

    Reach it as `client.users`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_users(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserListResponse:
        """Lists all of the users in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            emails: Filter by the email address of users.
        """
        _response: ApiResponse[UserListResponse] = await self._client._request(
            _LIST_USERS, locals()
        )
        return _response.data

    async def list_users_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserListResponse]:
        """Like `list_users`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_USERS, locals())

    def list_users_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        emails: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[User]:
        """Like `list_users`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_USERS, locals(), _LIST_USERS_PAGES)

    async def retrieve_user(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Retrieves a user by their identifier.

        Args:
            user_id: The ID of the user.
        """
        _response: ApiResponse[User] = await self._client._request(
            _RETRIEVE_USER, locals()
        )
        return _response.data

    async def retrieve_user_with_http_info(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `retrieve_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_RETRIEVE_USER, locals())

    @overload
    async def modify_user(
        self,
        user_id: str,
        *,
        body: UserRoleUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    @overload
    async def modify_user(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    async def modify_user(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        body: UserRoleUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Modifies a user's role in the organization.

        Args:
            user_id: The ID of the user.
            role: `owner` or `reader`
            role_id: Role ID to assign to the user.
            technical_level: Technical level metadata.
            developer_persona: Developer persona metadata.
        """
        _response: ApiResponse[User] = await self._client._request(
            _MODIFY_USER, locals()
        )
        return _response.data

    @overload
    async def modify_user_with_http_info(
        self,
        user_id: str,
        *,
        body: UserRoleUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    @overload
    async def modify_user_with_http_info(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    async def modify_user_with_http_info(
        self,
        user_id: str,
        *,
        role: str | None | NotGiven = NOT_GIVEN,
        role_id: str | None | NotGiven = NOT_GIVEN,
        technical_level: str | None | NotGiven = NOT_GIVEN,
        developer_persona: str | None | NotGiven = NOT_GIVEN,
        body: UserRoleUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `modify_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_MODIFY_USER, locals())

    async def delete_user(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UserDeleteResponse:
        """Deletes a user from the organization.

        Args:
            user_id: The ID of the user.
        """
        _response: ApiResponse[UserDeleteResponse] = await self._client._request(
            _DELETE_USER, locals()
        )
        return _response.data

    async def delete_user_with_http_info(
        self,
        user_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UserDeleteResponse]:
        """Like `delete_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_USER, locals())
