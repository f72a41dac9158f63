"""Spend alerts operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.create_spend_alert_body import CreateSpendAlertBody
from ..models.organization_spend_alert import OrganizationSpendAlert
from ..models.organization_spend_alert_deleted_resource import (
    OrganizationSpendAlertDeletedResource,
)
from ..models.organization_spend_alert_list_resource import (
    OrganizationSpendAlertListResource,
)
from ..models.project_spend_alert import ProjectSpendAlert
from ..models.project_spend_alert_deleted_resource import (
    ProjectSpendAlertDeletedResource,
)
from ..models.project_spend_alert_list_resource import ProjectSpendAlertListResource
from ..models.spend_alert_notification_channel import SpendAlertNotificationChannel

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["SpendAlertsApi", "AsyncSpendAlertsApi"]

_LIST_PROJECT_SPEND_ALERTS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/spend_alerts",
    operation_id="list-project-spend-alerts",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectSpendAlertListResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECT_SPEND_ALERTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_PROJECT_SPEND_ALERT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/spend_alerts",
    operation_id="create-project-spend-alert",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectSpendAlert,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("threshold_amount", "threshold_amount", "field"),
        ("currency", "currency", "field"),
        ("interval", "interval", "field"),
        ("notification_channel", "notification_channel", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT_SPEND_ALERT = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    operation_id="retrieve-project-spend-alert",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectSpendAlert,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("alert_id", "alert_id", "path"),
    ),
    body_mode="none",
)

_UPDATE_PROJECT_SPEND_ALERT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    operation_id="update-project-spend-alert",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectSpendAlert,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("alert_id", "alert_id", "path"),
        ("threshold_amount", "threshold_amount", "field"),
        ("currency", "currency", "field"),
        ("interval", "interval", "field"),
        ("notification_channel", "notification_channel", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_PROJECT_SPEND_ALERT = _Endpoint(
    method="DELETE",
    path="/organization/projects/{project_id}/spend_alerts/{alert_id}",
    operation_id="delete-project-spend-alert",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectSpendAlertDeletedResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("alert_id", "alert_id", "path"),
    ),
    body_mode="none",
)

_LIST_ORGANIZATION_SPEND_ALERTS = _Endpoint(
    method="GET",
    path="/organization/spend_alerts",
    operation_id="list-organization-spend-alerts",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": OrganizationSpendAlertListResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
    ),
    body_mode="none",
)
_LIST_ORGANIZATION_SPEND_ALERTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_ORGANIZATION_SPEND_ALERT = _Endpoint(
    method="POST",
    path="/organization/spend_alerts",
    operation_id="create-organization-spend-alert",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationSpendAlert,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("threshold_amount", "threshold_amount", "field"),
        ("currency", "currency", "field"),
        ("interval", "interval", "field"),
        ("notification_channel", "notification_channel", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_ORGANIZATION_SPEND_ALERT = _Endpoint(
    method="GET",
    path="/organization/spend_alerts/{alert_id}",
    operation_id="retrieve-organization-spend-alert",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": OrganizationSpendAlert,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("alert_id", "alert_id", "path"),),
    body_mode="none",
)

_UPDATE_ORGANIZATION_SPEND_ALERT = _Endpoint(
    method="POST",
    path="/organization/spend_alerts/{alert_id}",
    operation_id="update-organization-spend-alert",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationSpendAlert,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("alert_id", "alert_id", "path"),
        ("threshold_amount", "threshold_amount", "field"),
        ("currency", "currency", "field"),
        ("interval", "interval", "field"),
        ("notification_channel", "notification_channel", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_ORGANIZATION_SPEND_ALERT = _Endpoint(
    method="DELETE",
    path="/organization/spend_alerts/{alert_id}",
    operation_id="delete-organization-spend-alert",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": OrganizationSpendAlertDeletedResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("alert_id", "alert_id", "path"),),
    body_mode="none",
)


class SpendAlertsApi:
    """Spend alerts operations.

    Reach it as `client.spend_alerts`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_project_spend_alerts(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlertListResource:
        """Lists project spend alerts.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """
        _response: ApiResponse[ProjectSpendAlertListResource] = self._client._request(
            _LIST_PROJECT_SPEND_ALERTS, locals()
        )
        return _response.data

    def list_project_spend_alerts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlertListResource]:
        """Like `list_project_spend_alerts`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_LIST_PROJECT_SPEND_ALERTS, locals())

    def list_project_spend_alerts_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ProjectSpendAlert]:
        """Like `list_project_spend_alerts`, but `for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_PROJECT_SPEND_ALERTS,
            locals(),
            _LIST_PROJECT_SPEND_ALERTS_PAGES,
        )

    @overload
    def create_project_spend_alert(
        self,
        project_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    @overload
    def create_project_spend_alert(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    def create_project_spend_alert(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert:
        """Creates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[ProjectSpendAlert] = self._client._request(
            _CREATE_PROJECT_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    @overload
    def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like `create_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_CREATE_PROJECT_SPEND_ALERT, locals())

    def retrieve_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert:
        """Retrieves a project spend alert.

        Args:
            project_id: The ID of the project.
            alert_id: The ID of the spend alert to retrieve.
        """
        _response: ApiResponse[ProjectSpendAlert] = self._client._request(
            _RETRIEVE_PROJECT_SPEND_ALERT, locals()
        )
        return _response.data

    def retrieve_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like `retrieve_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_SPEND_ALERT, locals())

    @overload
    def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    @overload
    def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert:
        """Updates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to update.
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[ProjectSpendAlert] = self._client._request(
            _UPDATE_PROJECT_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    @overload
    def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like `update_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_UPDATE_PROJECT_SPEND_ALERT, locals())

    def delete_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlertDeletedResource:
        """Deletes a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to delete.
        """
        _response: ApiResponse[ProjectSpendAlertDeletedResource] = (
            self._client._request(_DELETE_PROJECT_SPEND_ALERT, locals())
        )
        return _response.data

    def delete_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlertDeletedResource]:
        """Like `delete_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_DELETE_PROJECT_SPEND_ALERT, locals())

    def list_organization_spend_alerts(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlertListResource:
        """Lists organization spend alerts.

        Args:
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """
        _response: ApiResponse[OrganizationSpendAlertListResource] = (
            self._client._request(_LIST_ORGANIZATION_SPEND_ALERTS, locals())
        )
        return _response.data

    def list_organization_spend_alerts_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlertListResource]:
        """Like `list_organization_spend_alerts`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_LIST_ORGANIZATION_SPEND_ALERTS, locals())

    def list_organization_spend_alerts_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[OrganizationSpendAlert]:
        """Like `list_organization_spend_alerts`, but `for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_ORGANIZATION_SPEND_ALERTS,
            locals(),
            _LIST_ORGANIZATION_SPEND_ALERTS_PAGES,
        )

    @overload
    def create_organization_spend_alert(
        self,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    @overload
    def create_organization_spend_alert(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    def create_organization_spend_alert(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert:
        """Creates an organization spend alert.

        Args:
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[OrganizationSpendAlert] = self._client._request(
            _CREATE_ORGANIZATION_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    def create_organization_spend_alert_with_http_info(
        self,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    @overload
    def create_organization_spend_alert_with_http_info(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    def create_organization_spend_alert_with_http_info(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like `create_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_CREATE_ORGANIZATION_SPEND_ALERT, locals())

    def retrieve_organization_spend_alert(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert:
        """Retrieves an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to retrieve.
        """
        _response: ApiResponse[OrganizationSpendAlert] = self._client._request(
            _RETRIEVE_ORGANIZATION_SPEND_ALERT, locals()
        )
        return _response.data

    def retrieve_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like `retrieve_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_RETRIEVE_ORGANIZATION_SPEND_ALERT, locals())

    @overload
    def update_organization_spend_alert(
        self,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    @overload
    def update_organization_spend_alert(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    def update_organization_spend_alert(
        self,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert:
        """Updates an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to update.
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[OrganizationSpendAlert] = self._client._request(
            _UPDATE_ORGANIZATION_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    @overload
    def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like `update_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_UPDATE_ORGANIZATION_SPEND_ALERT, locals())

    def delete_organization_spend_alert(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlertDeletedResource:
        """Deletes an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to delete.
        """
        _response: ApiResponse[OrganizationSpendAlertDeletedResource] = (
            self._client._request(_DELETE_ORGANIZATION_SPEND_ALERT, locals())
        )
        return _response.data

    def delete_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlertDeletedResource]:
        """Like `delete_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_DELETE_ORGANIZATION_SPEND_ALERT, locals())


class AsyncSpendAlertsApi:
    """Spend alerts operations (async).

    Reach it as `client.spend_alerts`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_project_spend_alerts(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlertListResource:
        """Lists project spend alerts.

        Args:
            project_id: The ID of the project to inspect.
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """
        _response: ApiResponse[ProjectSpendAlertListResource] = (
            await self._client._request(_LIST_PROJECT_SPEND_ALERTS, locals())
        )
        return _response.data

    async def list_project_spend_alerts_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlertListResource]:
        """Like `list_project_spend_alerts`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_LIST_PROJECT_SPEND_ALERTS, locals())

    def list_project_spend_alerts_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ProjectSpendAlert]:
        """Like `list_project_spend_alerts`, but `async for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_PROJECT_SPEND_ALERTS,
            locals(),
            _LIST_PROJECT_SPEND_ALERTS_PAGES,
        )

    @overload
    async def create_project_spend_alert(
        self,
        project_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    @overload
    async def create_project_spend_alert(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    async def create_project_spend_alert(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert:
        """Creates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[ProjectSpendAlert] = await self._client._request(
            _CREATE_PROJECT_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    async def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    @overload
    async def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    async def create_project_spend_alert_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like `create_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_CREATE_PROJECT_SPEND_ALERT, locals())

    async def retrieve_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert:
        """Retrieves a project spend alert.

        Args:
            project_id: The ID of the project.
            alert_id: The ID of the spend alert to retrieve.
        """
        _response: ApiResponse[ProjectSpendAlert] = await self._client._request(
            _RETRIEVE_PROJECT_SPEND_ALERT, locals()
        )
        return _response.data

    async def retrieve_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like `retrieve_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_SPEND_ALERT, locals())

    @overload
    async def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    @overload
    async def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert: ...

    async def update_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlert:
        """Updates a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to update.
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[ProjectSpendAlert] = await self._client._request(
            _UPDATE_PROJECT_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    async def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    @overload
    async def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]: ...

    async def update_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlert]:
        """Like `update_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_UPDATE_PROJECT_SPEND_ALERT, locals())

    async def delete_project_spend_alert(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendAlertDeletedResource:
        """Deletes a project spend alert.

        Args:
            project_id: The ID of the project to update.
            alert_id: The ID of the spend alert to delete.
        """
        _response: ApiResponse[ProjectSpendAlertDeletedResource] = (
            await self._client._request(_DELETE_PROJECT_SPEND_ALERT, locals())
        )
        return _response.data

    async def delete_project_spend_alert_with_http_info(
        self,
        project_id: str,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendAlertDeletedResource]:
        """Like `delete_project_spend_alert`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_DELETE_PROJECT_SPEND_ALERT, locals())

    async def list_organization_spend_alerts(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlertListResource:
        """Lists organization spend alerts.

        Args:
            limit: A limit on the number of spend alerts to return. Defaults to 20.
            order: Sort order for the returned spend alerts.
            after: Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page.
            before: Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous page.
        """
        _response: ApiResponse[OrganizationSpendAlertListResource] = (
            await self._client._request(_LIST_ORGANIZATION_SPEND_ALERTS, locals())
        )
        return _response.data

    async def list_organization_spend_alerts_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlertListResource]:
        """Like `list_organization_spend_alerts`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_LIST_ORGANIZATION_SPEND_ALERTS, locals())

    def list_organization_spend_alerts_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[OrganizationSpendAlert]:
        """Like `list_organization_spend_alerts`, but `async for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_ORGANIZATION_SPEND_ALERTS,
            locals(),
            _LIST_ORGANIZATION_SPEND_ALERTS_PAGES,
        )

    @overload
    async def create_organization_spend_alert(
        self,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    @overload
    async def create_organization_spend_alert(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    async def create_organization_spend_alert(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert:
        """Creates an organization spend alert.

        Args:
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[OrganizationSpendAlert] = await self._client._request(
            _CREATE_ORGANIZATION_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    async def create_organization_spend_alert_with_http_info(
        self,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    @overload
    async def create_organization_spend_alert_with_http_info(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    async def create_organization_spend_alert_with_http_info(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like `create_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_CREATE_ORGANIZATION_SPEND_ALERT, locals())

    async def retrieve_organization_spend_alert(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert:
        """Retrieves an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to retrieve.
        """
        _response: ApiResponse[OrganizationSpendAlert] = await self._client._request(
            _RETRIEVE_ORGANIZATION_SPEND_ALERT, locals()
        )
        return _response.data

    async def retrieve_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like `retrieve_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_RETRIEVE_ORGANIZATION_SPEND_ALERT, locals())

    @overload
    async def update_organization_spend_alert(
        self,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    @overload
    async def update_organization_spend_alert(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert: ...

    async def update_organization_spend_alert(
        self,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlert:
        """Updates an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to update.
            threshold_amount: The alert threshold amount, in cents.
            currency: The currency for the threshold amount.
            interval: The time interval for evaluating spend against the threshold.
            notification_channel: Email notification settings for a spend alert.
        """
        _response: ApiResponse[OrganizationSpendAlert] = await self._client._request(
            _UPDATE_ORGANIZATION_SPEND_ALERT, locals()
        )
        return _response.data

    @overload
    async def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        body: CreateSpendAlertBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    @overload
    async def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        notification_channel: SpendAlertNotificationChannel,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]: ...

    async def update_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        notification_channel: SpendAlertNotificationChannel | NotGiven = NOT_GIVEN,
        body: CreateSpendAlertBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlert]:
        """Like `update_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_UPDATE_ORGANIZATION_SPEND_ALERT, locals())

    async def delete_organization_spend_alert(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendAlertDeletedResource:
        """Deletes an organization spend alert.

        Args:
            alert_id: The ID of the spend alert to delete.
        """
        _response: ApiResponse[OrganizationSpendAlertDeletedResource] = (
            await self._client._request(_DELETE_ORGANIZATION_SPEND_ALERT, locals())
        )
        return _response.data

    async def delete_organization_spend_alert_with_http_info(
        self,
        alert_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendAlertDeletedResource]:
        """Like `delete_organization_spend_alert`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_DELETE_ORGANIZATION_SPEND_ALERT, locals())
