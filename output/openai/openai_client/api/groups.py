"""Groups operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.create_group_body import CreateGroupBody
from ..models.error_response import ErrorResponse
from ..models.group_deleted_resource import GroupDeletedResource
from ..models.group_list_resource import GroupListResource
from ..models.group_resource_with_success import GroupResourceWithSuccess
from ..models.group_response import GroupResponse
from ..models.update_group_body import UpdateGroupBody

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["GroupsApi", "AsyncGroupsApi"]

_LIST_GROUPS = _Endpoint(
    method="GET",
    path="/organization/groups",
    operation_id="list-groups",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": GroupListResource,
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
_LIST_GROUPS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor=None,
)

_CREATE_GROUP = _Endpoint(
    method="POST",
    path="/organization/groups",
    operation_id="create-group",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": GroupResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("name", "name", "field"),),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_GROUP = _Endpoint(
    method="GET",
    path="/organization/groups/{group_id}",
    operation_id="retrieve-group",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": GroupResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("group_id", "group_id", "path"),),
    body_mode="none",
)

_UPDATE_GROUP = _Endpoint(
    method="POST",
    path="/organization/groups/{group_id}",
    operation_id="update-group",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": GroupResourceWithSuccess,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("group_id", "group_id", "path"),
        ("name", "name", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_GROUP = _Endpoint(
    method="DELETE",
    path="/organization/groups/{group_id}",
    operation_id="delete-group",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": GroupDeletedResource,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("group_id", "group_id", "path"),),
    body_mode="none",
)


class GroupsApi:
    """Groups operations.

    Reach it as `client.groups`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_groups(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupListResource:
        """Lists all groups in the organization.

        Args:
            limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
            order: Specifies the sort order of the returned groups.
        """
        _response: ApiResponse[GroupListResource] = self._client._request(
            _LIST_GROUPS, locals()
        )
        return _response.data

    def list_groups_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupListResource]:
        """Like `list_groups`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_GROUPS, locals())

    def list_groups_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[GroupResponse]:
        """Like `list_groups`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_GROUPS, locals(), _LIST_GROUPS_PAGES)

    @overload
    def create_group(
        self,
        *,
        body: CreateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse: ...

    @overload
    def create_group(
        self,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse: ...

    def create_group(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: CreateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse:
        """Creates a new group in the organization.

        Args:
            name: Human readable name for the group.
        """
        _response: ApiResponse[GroupResponse] = self._client._request(
            _CREATE_GROUP, locals()
        )
        return _response.data

    @overload
    def create_group_with_http_info(
        self,
        *,
        body: CreateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]: ...

    @overload
    def create_group_with_http_info(
        self,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]: ...

    def create_group_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: CreateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like `create_group`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_GROUP, locals())

    def retrieve_group(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse:
        """Retrieves a group.

        Args:
            group_id: The ID of the group to retrieve.
        """
        _response: ApiResponse[GroupResponse] = self._client._request(
            _RETRIEVE_GROUP, locals()
        )
        return _response.data

    def retrieve_group_with_http_info(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like `retrieve_group`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_RETRIEVE_GROUP, locals())

    @overload
    def update_group(
        self,
        group_id: str,
        *,
        body: UpdateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResourceWithSuccess: ...

    @overload
    def update_group(
        self,
        group_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResourceWithSuccess: ...

    def update_group(
        self,
        group_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResourceWithSuccess:
        """Updates a group's information.

        Args:
            group_id: The ID of the group to update.
            name: New display name for the group.
        """
        _response: ApiResponse[GroupResourceWithSuccess] = self._client._request(
            _UPDATE_GROUP, locals()
        )
        return _response.data

    @overload
    def update_group_with_http_info(
        self,
        group_id: str,
        *,
        body: UpdateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]: ...

    @overload
    def update_group_with_http_info(
        self,
        group_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]: ...

    def update_group_with_http_info(
        self,
        group_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]:
        """Like `update_group`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_UPDATE_GROUP, locals())

    def delete_group(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupDeletedResource:
        """Deletes a group from the organization.

        Args:
            group_id: The ID of the group to delete.
        """
        _response: ApiResponse[GroupDeletedResource] = self._client._request(
            _DELETE_GROUP, locals()
        )
        return _response.data

    def delete_group_with_http_info(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupDeletedResource]:
        """Like `delete_group`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_GROUP, locals())


class AsyncGroupsApi:
    """Groups operations (async).

    Reach it as `client.groups`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_groups(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupListResource:
        """Lists all groups in the organization.

        Args:
            limit: A limit on the number of groups to be returned. Limit can range between 0 and 1000, and the default is 100.
            after: A cursor for use in pagination. `after` is a group ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with group_abc, your subsequent call can include `after=group_abc` in order to fetch the next page of the list.
            order: Specifies the sort order of the returned groups.
        """
        _response: ApiResponse[GroupListResource] = await self._client._request(
            _LIST_GROUPS, locals()
        )
        return _response.data

    async def list_groups_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupListResource]:
        """Like `list_groups`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_GROUPS, locals())

    def list_groups_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[GroupResponse]:
        """Like `list_groups`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_GROUPS, locals(), _LIST_GROUPS_PAGES)

    @overload
    async def create_group(
        self,
        *,
        body: CreateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse: ...

    @overload
    async def create_group(
        self,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse: ...

    async def create_group(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: CreateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse:
        """Creates a new group in the organization.

        Args:
            name: Human readable name for the group.
        """
        _response: ApiResponse[GroupResponse] = await self._client._request(
            _CREATE_GROUP, locals()
        )
        return _response.data

    @overload
    async def create_group_with_http_info(
        self,
        *,
        body: CreateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]: ...

    @overload
    async def create_group_with_http_info(
        self,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]: ...

    async def create_group_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: CreateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like `create_group`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_GROUP, locals())

    async def retrieve_group(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResponse:
        """Retrieves a group.

        Args:
            group_id: The ID of the group to retrieve.
        """
        _response: ApiResponse[GroupResponse] = await self._client._request(
            _RETRIEVE_GROUP, locals()
        )
        return _response.data

    async def retrieve_group_with_http_info(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResponse]:
        """Like `retrieve_group`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_RETRIEVE_GROUP, locals())

    @overload
    async def update_group(
        self,
        group_id: str,
        *,
        body: UpdateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResourceWithSuccess: ...

    @overload
    async def update_group(
        self,
        group_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResourceWithSuccess: ...

    async def update_group(
        self,
        group_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupResourceWithSuccess:
        """Updates a group's information.

        Args:
            group_id: The ID of the group to update.
            name: New display name for the group.
        """
        _response: ApiResponse[GroupResourceWithSuccess] = await self._client._request(
            _UPDATE_GROUP, locals()
        )
        return _response.data

    @overload
    async def update_group_with_http_info(
        self,
        group_id: str,
        *,
        body: UpdateGroupBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]: ...

    @overload
    async def update_group_with_http_info(
        self,
        group_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]: ...

    async def update_group_with_http_info(
        self,
        group_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateGroupBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupResourceWithSuccess]:
        """Like `update_group`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_UPDATE_GROUP, locals())

    async def delete_group(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> GroupDeletedResource:
        """Deletes a group from the organization.

        Args:
            group_id: The ID of the group to delete.
        """
        _response: ApiResponse[GroupDeletedResource] = await self._client._request(
            _DELETE_GROUP, locals()
        )
        return _response.data

    async def delete_group_with_http_info(
        self,
        group_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[GroupDeletedResource]:
        """Like `delete_group`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_GROUP, locals())
