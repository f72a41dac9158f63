"""user operations: Operations about user"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.user import User

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["UserApi", "AsyncUserApi"]

_CREATE_USER = _Endpoint(
    method="POST",
    path="/user",
    operation_id="createUser",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": User,
        "default": None,
    },
    security=(),
    accept="application/json",
    params=(
        ("id", "id", "field"),
        ("username", "username", "field"),
        ("first_name", "firstName", "field"),
        ("last_name", "lastName", "field"),
        ("email", "email", "field"),
        ("password", "password", "field"),
        ("phone", "phone", "field"),
        ("user_status", "userStatus", "field"),
    ),
    body_mode="fields",
)

_CREATE_USERS_WITH_LIST_INPUT = _Endpoint(
    method="POST",
    path="/user/createWithList",
    operation_id="createUsersWithListInput",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": User,
        "default": None,
    },
    security=(),
    accept="application/json",
    params=(),
    body_mode="body",
)

_LOGIN_USER = _Endpoint(
    method="GET",
    path="/user/login",
    operation_id="loginUser",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": str,
        "400": None,
        "default": None,
    },
    security=(),
    accept="application/json",
    params=(
        ("username", "username", "query"),
        ("password", "password", "query"),
    ),
    body_mode="none",
)

_LOGOUT_USER = _Endpoint(
    method="GET",
    path="/user/logout",
    operation_id="logoutUser",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "default": None,
    },
    security=(),
    accept=None,
    params=(),
    body_mode="none",
)

_GET_USER_BY_NAME = _Endpoint(
    method="GET",
    path="/user/{username}",
    operation_id="getUserByName",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": User,
        "400": None,
        "404": None,
        "default": None,
    },
    security=(),
    accept="application/json",
    params=(("username", "username", "path"),),
    body_mode="none",
)

_UPDATE_USER = _Endpoint(
    method="PUT",
    path="/user/{username}",
    operation_id="updateUser",
    body_kind="json",
    content_type="application/json",
    response_kind="empty",
    responses={
        "200": None,
        "400": None,
        "404": None,
        "default": None,
    },
    security=(),
    accept=None,
    params=(
        ("username", "username", "path"),
        ("id", "id", "field"),
        ("username_", "username", "field"),
        ("first_name", "firstName", "field"),
        ("last_name", "lastName", "field"),
        ("email", "email", "field"),
        ("password", "password", "field"),
        ("phone", "phone", "field"),
        ("user_status", "userStatus", "field"),
    ),
    body_mode="fields",
)

_DELETE_USER = _Endpoint(
    method="DELETE",
    path="/user/{username}",
    operation_id="deleteUser",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "400": None,
        "404": None,
        "default": None,
    },
    security=(),
    accept=None,
    params=(("username", "username", "path"),),
    body_mode="none",
)


class UserApi:
    """user operations: Operations about user

    Reach it as `client.user`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_user(
        self,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    @overload
    def create_user(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    def create_user(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Create user.

        This can only be done by the logged in user.

        Args:
            user_status: User Status
        """
        _response: ApiResponse[User] = self._client._request(_CREATE_USER, locals())
        return _response.data

    @overload
    def create_user_with_http_info(
        self,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    @overload
    def create_user_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    def create_user_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `create_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_USER, locals())

    def create_users_with_list_input(
        self,
        *,
        body: list[User] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Creates list of users with given input array."""
        _response: ApiResponse[User] = self._client._request(
            _CREATE_USERS_WITH_LIST_INPUT, locals()
        )
        return _response.data

    def create_users_with_list_input_with_http_info(
        self,
        *,
        body: list[User] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `create_users_with_list_input`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_CREATE_USERS_WITH_LIST_INPUT, locals())

    def login_user(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Logs user into the system.

        Log into the system.

        Args:
            username: The user name for login
            password: The password for login in clear text
        """
        _response: ApiResponse[str] = self._client._request(_LOGIN_USER, locals())
        return _response.data

    def login_user_with_http_info(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `login_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LOGIN_USER, locals())

    def logout_user(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Logs out current logged in user session.

        Log user out of the system.
        """
        _response: ApiResponse[None] = self._client._request(_LOGOUT_USER, locals())
        return _response.data

    def logout_user_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `logout_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LOGOUT_USER, locals())

    def get_user_by_name(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Get user by user name.

        Get user detail based on username.

        Args:
            username: The name that needs to be fetched. Use user1 for testing
        """
        _response: ApiResponse[User] = self._client._request(
            _GET_USER_BY_NAME, locals()
        )
        return _response.data

    def get_user_by_name_with_http_info(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `get_user_by_name`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_USER_BY_NAME, locals())

    @overload
    def update_user(
        self,
        username: str,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    def update_user(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    def update_user(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Update user resource.

        This can only be done by the logged in user.

        Args:
            username: name that need to be deleted
            user_status: User Status
        """
        _response: ApiResponse[None] = self._client._request(_UPDATE_USER, locals())
        return _response.data

    @overload
    def update_user_with_http_info(
        self,
        username: str,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    def update_user_with_http_info(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    def update_user_with_http_info(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `update_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_UPDATE_USER, locals())

    def delete_user(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete user resource.

        This can only be done by the logged in user.

        Args:
            username: The name that needs to be deleted
        """
        _response: ApiResponse[None] = self._client._request(_DELETE_USER, locals())
        return _response.data

    def delete_user_with_http_info(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_USER, locals())


class AsyncUserApi:
    """user operations (async): Operations about user

    Reach it as `client.user`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_user(
        self,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    @overload
    async def create_user(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User: ...

    async def create_user(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Create user.

        This can only be done by the logged in user.

        Args:
            user_status: User Status
        """
        _response: ApiResponse[User] = await self._client._request(
            _CREATE_USER, locals()
        )
        return _response.data

    @overload
    async def create_user_with_http_info(
        self,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    @overload
    async def create_user_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]: ...

    async def create_user_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `create_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_USER, locals())

    async def create_users_with_list_input(
        self,
        *,
        body: list[User] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Creates list of users with given input array."""
        _response: ApiResponse[User] = await self._client._request(
            _CREATE_USERS_WITH_LIST_INPUT, locals()
        )
        return _response.data

    async def create_users_with_list_input_with_http_info(
        self,
        *,
        body: list[User] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `create_users_with_list_input`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_CREATE_USERS_WITH_LIST_INPUT, locals())

    async def login_user(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Logs user into the system.

        Log into the system.

        Args:
            username: The user name for login
            password: The password for login in clear text
        """
        _response: ApiResponse[str] = await self._client._request(_LOGIN_USER, locals())
        return _response.data

    async def login_user_with_http_info(
        self,
        *,
        username: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `login_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LOGIN_USER, locals())

    async def logout_user(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Logs out current logged in user session.

        Log user out of the system.
        """
        _response: ApiResponse[None] = await self._client._request(
            _LOGOUT_USER, locals()
        )
        return _response.data

    async def logout_user_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `logout_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LOGOUT_USER, locals())

    async def get_user_by_name(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> User:
        """Get user by user name.

        Get user detail based on username.

        Args:
            username: The name that needs to be fetched. Use user1 for testing
        """
        _response: ApiResponse[User] = await self._client._request(
            _GET_USER_BY_NAME, locals()
        )
        return _response.data

    async def get_user_by_name_with_http_info(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[User]:
        """Like `get_user_by_name`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_USER_BY_NAME, locals())

    @overload
    async def update_user(
        self,
        username: str,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    async def update_user(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    async def update_user(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Update user resource.

        This can only be done by the logged in user.

        Args:
            username: name that need to be deleted
            user_status: User Status
        """
        _response: ApiResponse[None] = await self._client._request(
            _UPDATE_USER, locals()
        )
        return _response.data

    @overload
    async def update_user_with_http_info(
        self,
        username: str,
        *,
        body: User | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    async def update_user_with_http_info(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    async def update_user_with_http_info(
        self,
        username: str,
        *,
        id: int | NotGiven = NOT_GIVEN,
        username_: str | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        phone: str | NotGiven = NOT_GIVEN,
        user_status: int | NotGiven = NOT_GIVEN,
        body: User | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `update_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_UPDATE_USER, locals())

    async def delete_user(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete user resource.

        This can only be done by the logged in user.

        Args:
            username: The name that needs to be deleted
        """
        _response: ApiResponse[None] = await self._client._request(
            _DELETE_USER, locals()
        )
        return _response.data

    async def delete_user_with_http_info(
        self,
        username: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_USER, locals())
