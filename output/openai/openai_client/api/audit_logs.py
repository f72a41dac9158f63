"""Audit Logs operations: List user actions and configuration changes within this
organization.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.audit_log import AuditLog
from ..models.audit_log_event_type import AuditLogEventType
from ..models.error_response import ErrorResponse
from ..models.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
from ..models.list_audit_logs_response import ListAuditLogsResponse

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["AuditLogsApi", "AsyncAuditLogsApi"]

_LIST_AUDIT_LOGS = _Endpoint(
    method="GET",
    path="/organization/audit_logs",
    operation_id="list-audit-logs",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListAuditLogsResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("effective_at", "effective_at", "query"),
        ("project_ids", "project_ids[]", "query"),
        ("event_types", "event_types[]", "query"),
        ("actor_ids", "actor_ids[]", "query"),
        ("actor_emails", "actor_emails[]", "query"),
        ("resource_ids", "resource_ids[]", "query"),
        ("tenant_only", "tenant_only", "query"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
    ),
    body_mode="none",
)
_LIST_AUDIT_LOGS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)


class AuditLogsApi:
    """Audit Logs operations: List user actions and configuration changes within this
    organization.

    Reach it as `client.audit_logs`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_audit_logs(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        event_types: list[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: list[str] | NotGiven = NOT_GIVEN,
        actor_emails: list[str] | NotGiven = NOT_GIVEN,
        resource_ids: list[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListAuditLogsResponse:
        """List user actions and configuration changes within this organization.

        Args:
            effective_at: Return only events whose `effective_at` (Unix seconds) is in this range.
            project_ids: Return only events for these projects.
            event_types: Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](https://api.openai.com/docs/api-reference/audit-logs/object).
            actor_ids: Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
            actor_emails: Return only events performed by users with these emails.
            resource_ids: Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.
            tenant_only: Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ListAuditLogsResponse] = self._client._request(
            _LIST_AUDIT_LOGS, locals()
        )
        return _response.data

    def list_audit_logs_with_http_info(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        event_types: list[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: list[str] | NotGiven = NOT_GIVEN,
        actor_emails: list[str] | NotGiven = NOT_GIVEN,
        resource_ids: list[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListAuditLogsResponse]:
        """Like `list_audit_logs`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_AUDIT_LOGS, locals())

    def list_audit_logs_iter(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        event_types: list[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: list[str] | NotGiven = NOT_GIVEN,
        actor_emails: list[str] | NotGiven = NOT_GIVEN,
        resource_ids: list[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[AuditLog]:
        """Like `list_audit_logs`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_AUDIT_LOGS, locals(), _LIST_AUDIT_LOGS_PAGES
        )


class AsyncAuditLogsApi:
    """Audit Logs operations (async): List user actions and configuration changes within
    this organization.

    Reach it as `client.audit_logs`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_audit_logs(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        event_types: list[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: list[str] | NotGiven = NOT_GIVEN,
        actor_emails: list[str] | NotGiven = NOT_GIVEN,
        resource_ids: list[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListAuditLogsResponse:
        """List user actions and configuration changes within this organization.

        Args:
            effective_at: Return only events whose `effective_at` (Unix seconds) is in this range.
            project_ids: Return only events for these projects.
            event_types: Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](https://api.openai.com/docs/api-reference/audit-logs/object).
            actor_ids: Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.
            actor_emails: Return only events performed by users with these emails.
            resource_ids: Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.
            tenant_only: Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
        """
        _response: ApiResponse[ListAuditLogsResponse] = await self._client._request(
            _LIST_AUDIT_LOGS, locals()
        )
        return _response.data

    async def list_audit_logs_with_http_info(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        event_types: list[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: list[str] | NotGiven = NOT_GIVEN,
        actor_emails: list[str] | NotGiven = NOT_GIVEN,
        resource_ids: list[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListAuditLogsResponse]:
        """Like `list_audit_logs`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_AUDIT_LOGS, locals())

    def list_audit_logs_iter(
        self,
        *,
        effective_at: ListAuditLogsEffectiveAt | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        event_types: list[AuditLogEventType] | NotGiven = NOT_GIVEN,
        actor_ids: list[str] | NotGiven = NOT_GIVEN,
        actor_emails: list[str] | NotGiven = NOT_GIVEN,
        resource_ids: list[str] | NotGiven = NOT_GIVEN,
        tenant_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[AuditLog]:
        """Like `list_audit_logs`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_AUDIT_LOGS, locals(), _LIST_AUDIT_LOGS_PAGES
        )
