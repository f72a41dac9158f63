"""Tests of the Hosted tools operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.project_hosted_tool_permissions import (
    ProjectHostedToolPermissions,
)


def test_retrieve_project_hosted_tool_permissions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "file_search": {"enabled": True},
            "web_search": {"enabled": True},
            "image_generation": {"enabled": True},
            "mcp": {"enabled": True},
            "code_interpreter": {"enabled": True},
        },
    )
    result = call(
        lambda client: client.hosted_tools.retrieve_project_hosted_tool_permissions(
            project_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/hosted_tool_permissions")
    mock.check(result, ProjectHostedToolPermissions)


def test_update_project_hosted_tool_permissions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "file_search": {"enabled": True},
            "web_search": {"enabled": True},
            "image_generation": {"enabled": True},
            "mcp": {"enabled": True},
            "code_interpreter": {"enabled": True},
        },
    )
    result = call(
        lambda client: client.hosted_tools.update_project_hosted_tool_permissions(
            project_id="string"
        )
    )
    mock.expect("POST", "/organization/projects/string/hosted_tool_permissions")
    mock.check(result, ProjectHostedToolPermissions)
