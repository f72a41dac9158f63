"""Invites operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.invite import Invite
from ..models.invite_delete_response import InviteDeleteResponse
from ..models.invite_list_response import InviteListResponse
from ..models.invite_request import InviteRequest
from ..models.invite_request_projects_item import InviteRequestProjectsItem

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["InvitesApi", "AsyncInvitesApi"]

_LIST_INVITES = _Endpoint(
    method="GET",
    path="/organization/invites",
    operation_id="list-invites",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": InviteListResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_INVITES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_INVITE_USER = _Endpoint(
    method="POST",
    path="/organization/invites",
    operation_id="inviteUser",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Invite,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("email", "email", "field"),
        ("role", "role", "field"),
        ("projects", "projects", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_INVITE = _Endpoint(
    method="GET",
    path="/organization/invites/{invite_id}",
    operation_id="retrieve-invite",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Invite,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("invite_id", "invite_id", "path"),),
    body_mode="none",
)

_DELETE_INVITE = _Endpoint(
    method="DELETE",
    path="/organization/invites/{invite_id}",
    operation_id="delete-invite",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": InviteDeleteResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("invite_id", "invite_id", "path"),),
    body_mode="none",
)


class InvitesApi:
    """Invites operations.

    Reach it as `client.invites`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_invites(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> InviteListResponse:
        """Returns a list of invites in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[InviteListResponse] = self._client._request(
            _LIST_INVITES, locals()
        )
        return _response.data

    def list_invites_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[InviteListResponse]:
        """Like `list_invites`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_INVITES, locals())

    def list_invites_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[Invite]:
        """Like `list_invites`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_INVITES, locals(), _LIST_INVITES_PAGES)

    @overload
    def invite_user(
        self,
        *,
        body: InviteRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite: ...

    @overload
    def invite_user(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"] | str,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite: ...

    def invite_user(
        self,
        *,
        email: str | NotGiven = NOT_GIVEN,
        role: Literal["reader", "owner"] | str | NotGiven = NOT_GIVEN,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        body: InviteRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite:
        """Create an invite for a user to the organization. The invite must be accepted
        by the user before they have access to the organization.

        Args:
            email: Send an email to this address
            role: `owner` or `reader`
            projects: An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.
        """
        _response: ApiResponse[Invite] = self._client._request(_INVITE_USER, locals())
        return _response.data

    @overload
    def invite_user_with_http_info(
        self,
        *,
        body: InviteRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]: ...

    @overload
    def invite_user_with_http_info(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"] | str,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]: ...

    def invite_user_with_http_info(
        self,
        *,
        email: str | NotGiven = NOT_GIVEN,
        role: Literal["reader", "owner"] | str | NotGiven = NOT_GIVEN,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        body: InviteRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]:
        """Like `invite_user`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_INVITE_USER, locals())

    def retrieve_invite(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite:
        """Retrieves an invite.

        Args:
            invite_id: The ID of the invite to retrieve.
        """
        _response: ApiResponse[Invite] = self._client._request(
            _RETRIEVE_INVITE, locals()
        )
        return _response.data

    def retrieve_invite_with_http_info(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]:
        """Like `retrieve_invite`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_RETRIEVE_INVITE, locals())

    def delete_invite(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> InviteDeleteResponse:
        """Delete an invite. If the invite has already been accepted, it cannot be
        deleted.

        Args:
            invite_id: The ID of the invite to delete.
        """
        _response: ApiResponse[InviteDeleteResponse] = self._client._request(
            _DELETE_INVITE, locals()
        )
        return _response.data

    def delete_invite_with_http_info(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[InviteDeleteResponse]:
        """Like `delete_invite`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_INVITE, locals())


class AsyncInvitesApi:
    """Invites operations (async).

    Reach it as `client.invites`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_invites(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> InviteListResponse:
        """Returns a list of invites in the organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[InviteListResponse] = await self._client._request(
            _LIST_INVITES, locals()
        )
        return _response.data

    async def list_invites_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[InviteListResponse]:
        """Like `list_invites`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_INVITES, locals())

    def list_invites_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[Invite]:
        """Like `list_invites`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_INVITES, locals(), _LIST_INVITES_PAGES
        )

    @overload
    async def invite_user(
        self,
        *,
        body: InviteRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite: ...

    @overload
    async def invite_user(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"] | str,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite: ...

    async def invite_user(
        self,
        *,
        email: str | NotGiven = NOT_GIVEN,
        role: Literal["reader", "owner"] | str | NotGiven = NOT_GIVEN,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        body: InviteRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite:
        """Create an invite for a user to the organization. The invite must be accepted
        by the user before they have access to the organization.

        Args:
            email: Send an email to this address
            role: `owner` or `reader`
            projects: An array of projects to which membership is granted at the same time the org invite is accepted. If omitted, the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed, the user will not be invited to any projects, including the default one.
        """
        _response: ApiResponse[Invite] = await self._client._request(
            _INVITE_USER, locals()
        )
        return _response.data

    @overload
    async def invite_user_with_http_info(
        self,
        *,
        body: InviteRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]: ...

    @overload
    async def invite_user_with_http_info(
        self,
        *,
        email: str,
        role: Literal["reader", "owner"] | str,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]: ...

    async def invite_user_with_http_info(
        self,
        *,
        email: str | NotGiven = NOT_GIVEN,
        role: Literal["reader", "owner"] | str | NotGiven = NOT_GIVEN,
        projects: list[InviteRequestProjectsItem] | NotGiven = NOT_GIVEN,
        body: InviteRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]:
        """Like `invite_user`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_INVITE_USER, locals())

    async def retrieve_invite(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Invite:
        """Retrieves an invite.

        Args:
            invite_id: The ID of the invite to retrieve.
        """
        _response: ApiResponse[Invite] = await self._client._request(
            _RETRIEVE_INVITE, locals()
        )
        return _response.data

    async def retrieve_invite_with_http_info(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Invite]:
        """Like `retrieve_invite`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_RETRIEVE_INVITE, locals())

    async def delete_invite(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> InviteDeleteResponse:
        """Delete an invite. If the invite has already been accepted, it cannot be
        deleted.

        Args:
            invite_id: The ID of the invite to delete.
        """
        _response: ApiResponse[InviteDeleteResponse] = await self._client._request(
            _DELETE_INVITE, locals()
        )
        return _response.data

    async def delete_invite_with_http_info(
        self,
        invite_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[InviteDeleteResponse]:
        """Like `delete_invite`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_INVITE, locals())
