"""Tests of the store operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from petstore.models.order import Order


def test_get_inventory(call, mock):
    mock.respond(200, "application/json", {})
    result = call(lambda client: client.store.get_inventory())
    mock.expect("GET", "/store/inventory")
    mock.check(result, dict[str, int])


def test_place_order(call, mock):
    mock.respond(200, "application/json", {})
    result = call(lambda client: client.store.place_order())
    mock.expect("POST", "/store/order")
    mock.check(result, Order)


def test_get_order_by_id(call, mock):
    mock.respond(200, "application/json", {})
    result = call(lambda client: client.store.get_order_by_id(order_id=1))
    mock.expect("GET", "/store/order/1")
    mock.check(result, Order)


def test_delete_order(call, mock):
    mock.respond(200)
    result = call(lambda client: client.store.delete_order(order_id=1))
    mock.expect("DELETE", "/store/order/1")
    mock.check(result, None)
