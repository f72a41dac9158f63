"""Tests of the user operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from petstore.models.user import User


def test_create_user(call, mock):
    mock.respond(200, "application/json", {})
    result = call(lambda client: client.user.create_user())
    mock.expect("POST", "/user")
    mock.check(result, User)


def test_create_users_with_list_input(call, mock):
    mock.respond(200, "application/json", {})
    result = call(lambda client: client.user.create_users_with_list_input())
    mock.expect("POST", "/user/createWithList")
    mock.check(result, User)


def test_login_user(call, mock):
    mock.respond(200, "application/json", "string")
    result = call(lambda client: client.user.login_user())
    mock.expect("GET", "/user/login")
    mock.check(result, str)


def test_logout_user(call, mock):
    mock.respond(200)
    result = call(lambda client: client.user.logout_user())
    mock.expect("GET", "/user/logout")
    mock.check(result, None)


def test_get_user_by_name(call, mock):
    mock.respond(200, "application/json", {})
    result = call(lambda client: client.user.get_user_by_name(username="string"))
    mock.expect("GET", "/user/string")
    mock.check(result, User)


def test_update_user(call, mock):
    mock.respond(200)
    result = call(lambda client: client.user.update_user(username="string"))
    mock.expect("PUT", "/user/string")
    mock.check(result, None)


def test_delete_user(call, mock):
    mock.respond(200)
    result = call(lambda client: client.user.delete_user(username="string"))
    mock.expect("DELETE", "/user/string")
    mock.check(result, None)
