"""Tests of the Invites operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.invite import Invite
from openai_client.models.invite_delete_response import InviteDeleteResponse
from openai_client.models.invite_list_response import InviteListResponse


def test_list_invites(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "organization.invite",
                    "id": "string",
                    "email": "string",
                    "role": "owner",
                    "status": "accepted",
                    "created_at": 1,
                    "projects": [{"id": "string", "role": "member"}],
                }
            ],
            "has_more": True,
        },
    )
    result = call(lambda client: client.invites.list_invites())
    mock.expect("GET", "/organization/invites")
    mock.check(result, InviteListResponse)


def test_invite_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.invite",
            "id": "string",
            "email": "string",
            "role": "owner",
            "status": "accepted",
            "created_at": 1,
            "projects": [{"id": "string", "role": "member"}],
        },
    )
    result = call(
        lambda client: client.invites.invite_user(email="string", role="reader")
    )
    mock.expect("POST", "/organization/invites")
    mock.check(result, Invite)


def test_retrieve_invite(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.invite",
            "id": "string",
            "email": "string",
            "role": "owner",
            "status": "accepted",
            "created_at": 1,
            "projects": [{"id": "string", "role": "member"}],
        },
    )
    result = call(lambda client: client.invites.retrieve_invite(invite_id="string"))
    mock.expect("GET", "/organization/invites/string")
    mock.check(result, Invite)


def test_delete_invite(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "organization.invite.deleted", "id": "string", "deleted": True},
    )
    result = call(lambda client: client.invites.delete_invite(invite_id="string"))
    mock.expect("DELETE", "/organization/invites/string")
    mock.check(result, InviteDeleteResponse)
