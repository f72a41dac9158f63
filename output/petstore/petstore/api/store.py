"""store operations: Access to Petstore orders"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.order import Order

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["StoreApi", "AsyncStoreApi"]

_GET_INVENTORY = _Endpoint(
    method="GET",
    path="/store/inventory",
    operation_id="getInventory",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": dict[str, int],
        "default": None,
    },
    security=(("api_key",),),
    accept="application/json",
    params=(),
    body_mode="none",
)

_PLACE_ORDER = _Endpoint(
    method="POST",
    path="/store/order",
    operation_id="placeOrder",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Order,
        "400": None,
        "422": None,
        "default": None,
    },
    security=(),
    accept="application/json",
    params=(
        ("id", "id", "field"),
        ("pet_id", "petId", "field"),
        ("quantity", "quantity", "field"),
        ("ship_date", "shipDate", "field"),
        ("status", "status", "field"),
        ("complete", "complete", "field"),
    ),
    body_mode="fields",
)

_GET_ORDER_BY_ID = _Endpoint(
    method="GET",
    path="/store/order/{orderId}",
    operation_id="getOrderById",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Order,
        "400": None,
        "404": None,
        "default": None,
    },
    security=(),
    accept="application/json",
    params=(("order_id", "orderId", "path"),),
    body_mode="none",
)

_DELETE_ORDER = _Endpoint(
    method="DELETE",
    path="/store/order/{orderId}",
    operation_id="deleteOrder",
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
    params=(("order_id", "orderId", "path"),),
    body_mode="none",
)


class StoreApi:
    """store operations: Access to Petstore orders

    Reach it as `client.store`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def get_inventory(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> dict[str, int]:
        """Returns pet inventories by status.

        Returns a map of status codes to quantities.
        """
        _response: ApiResponse[dict[str, int]] = self._client._request(
            _GET_INVENTORY, locals()
        )
        return _response.data

    def get_inventory_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[dict[str, int]]:
        """Like `get_inventory`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_INVENTORY, locals())

    @overload
    def place_order(
        self,
        *,
        body: Order | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order: ...

    @overload
    def place_order(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order: ...

    def place_order(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        body: Order | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order:
        """Place an order for a pet.

        Place a new order in the store.

        Args:
            status: Order Status
        """
        _response: ApiResponse[Order] = self._client._request(_PLACE_ORDER, locals())
        return _response.data

    @overload
    def place_order_with_http_info(
        self,
        *,
        body: Order | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]: ...

    @overload
    def place_order_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]: ...

    def place_order_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        body: Order | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]:
        """Like `place_order`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_PLACE_ORDER, locals())

    def get_order_by_id(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order:
        """Find purchase order by ID.

        For valid response try integer IDs with value <= 5 or > 10. Other values will
        generate exceptions.

        Args:
            order_id: ID of order that needs to be fetched
        """
        _response: ApiResponse[Order] = self._client._request(
            _GET_ORDER_BY_ID, locals()
        )
        return _response.data

    def get_order_by_id_with_http_info(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]:
        """Like `get_order_by_id`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_ORDER_BY_ID, locals())

    def delete_order(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete purchase order by identifier.

        For valid response try integer IDs with value < 1000. Anything above 1000 or
        non-integers will generate API errors.

        Args:
            order_id: ID of the order that needs to be deleted
        """
        _response: ApiResponse[None] = self._client._request(_DELETE_ORDER, locals())
        return _response.data

    def delete_order_with_http_info(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_order`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_ORDER, locals())


class AsyncStoreApi:
    """store operations (async): Access to Petstore orders

    Reach it as `client.store`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def get_inventory(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> dict[str, int]:
        """Returns pet inventories by status.

        Returns a map of status codes to quantities.
        """
        _response: ApiResponse[dict[str, int]] = await self._client._request(
            _GET_INVENTORY, locals()
        )
        return _response.data

    async def get_inventory_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[dict[str, int]]:
        """Like `get_inventory`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_INVENTORY, locals())

    @overload
    async def place_order(
        self,
        *,
        body: Order | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order: ...

    @overload
    async def place_order(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order: ...

    async def place_order(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        body: Order | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order:
        """Place an order for a pet.

        Place a new order in the store.

        Args:
            status: Order Status
        """
        _response: ApiResponse[Order] = await self._client._request(
            _PLACE_ORDER, locals()
        )
        return _response.data

    @overload
    async def place_order_with_http_info(
        self,
        *,
        body: Order | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]: ...

    @overload
    async def place_order_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]: ...

    async def place_order_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        pet_id: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        ship_date: datetime | NotGiven = NOT_GIVEN,
        status: Literal["placed", "approved", "delivered"] | str | NotGiven = NOT_GIVEN,
        complete: bool | NotGiven = NOT_GIVEN,
        body: Order | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]:
        """Like `place_order`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_PLACE_ORDER, locals())

    async def get_order_by_id(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Order:
        """Find purchase order by ID.

        For valid response try integer IDs with value <= 5 or > 10. Other values will
        generate exceptions.

        Args:
            order_id: ID of order that needs to be fetched
        """
        _response: ApiResponse[Order] = await self._client._request(
            _GET_ORDER_BY_ID, locals()
        )
        return _response.data

    async def get_order_by_id_with_http_info(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Order]:
        """Like `get_order_by_id`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_ORDER_BY_ID, locals())

    async def delete_order(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete purchase order by identifier.

        For valid response try integer IDs with value < 1000. Anything above 1000 or
        non-integers will generate API errors.

        Args:
            order_id: ID of the order that needs to be deleted
        """
        _response: ApiResponse[None] = await self._client._request(
            _DELETE_ORDER, locals()
        )
        return _response.data

    async def delete_order_with_http_info(
        self,
        order_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_order`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_ORDER, locals())
