"""Tests of the Projects operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.project import Project
from openai_client.models.project_api_key import ProjectApiKey
from openai_client.models.project_api_key_delete_response import (
    ProjectApiKeyDeleteResponse,
)
from openai_client.models.project_api_key_list_response import ProjectApiKeyListResponse
from openai_client.models.project_list_response import ProjectListResponse
from openai_client.models.project_model_permissions import ProjectModelPermissions
from openai_client.models.project_model_permissions_delete_response import (
    ProjectModelPermissionsDeleteResponse,
)
from openai_client.models.project_rate_limit import ProjectRateLimit
from openai_client.models.project_rate_limit_list_response import (
    ProjectRateLimitListResponse,
)
from openai_client.models.project_service_account import ProjectServiceAccount
from openai_client.models.project_service_account_create_response import (
    ProjectServiceAccountCreateResponse,
)
from openai_client.models.project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse,
)
from openai_client.models.project_service_account_list_response import (
    ProjectServiceAccountListResponse,
)
from openai_client.models.project_user import ProjectUser
from openai_client.models.project_user_delete_response import ProjectUserDeleteResponse
from openai_client.models.project_user_list_response import ProjectUserListResponse


def test_list_projects(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {"id": "string", "object": "organization.project", "created_at": 1}
            ],
            "has_more": True,
        },
    )
    result = call(lambda client: client.projects.list_projects())
    mock.expect("GET", "/organization/projects")
    mock.check(result, ProjectListResponse)


def test_create_project(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "organization.project", "created_at": 1},
    )
    result = call(lambda client: client.projects.create_project(name="string"))
    mock.expect("POST", "/organization/projects")
    mock.check(result, Project)


def test_retrieve_project(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "organization.project", "created_at": 1},
    )
    result = call(lambda client: client.projects.retrieve_project(project_id="string"))
    mock.expect("GET", "/organization/projects/string")
    mock.check(result, Project)


def test_modify_project(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "organization.project", "created_at": 1},
    )
    result = call(lambda client: client.projects.modify_project(project_id="string"))
    mock.expect("POST", "/organization/projects/string")
    mock.check(result, Project)


def test_list_project_api_keys(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "organization.project.api_key",
                    "redacted_value": "string",
                    "name": "string",
                    "created_at": 1,
                    "last_used_at": 1,
                    "id": "string",
                    "owner_project_access": "active",
                    "owner": {},
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.projects.list_project_api_keys(project_id="string")
    )
    mock.expect("GET", "/organization/projects/string/api_keys")
    mock.check(result, ProjectApiKeyListResponse)


def test_retrieve_project_api_key(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.api_key",
            "redacted_value": "string",
            "name": "string",
            "created_at": 1,
            "last_used_at": 1,
            "id": "string",
            "owner_project_access": "active",
            "owner": {},
        },
    )
    result = call(
        lambda client: client.projects.retrieve_project_api_key(
            project_id="string", api_key_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/api_keys/string")
    mock.check(result, ProjectApiKey)


def test_delete_project_api_key(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.api_key.deleted",
            "id": "string",
            "deleted": True,
        },
    )
    result = call(
        lambda client: client.projects.delete_project_api_key(
            project_id="string", api_key_id="string"
        )
    )
    mock.expect("DELETE", "/organization/projects/string/api_keys/string")
    mock.check(result, ProjectApiKeyDeleteResponse)


def test_archive_project(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "organization.project", "created_at": 1},
    )
    result = call(lambda client: client.projects.archive_project(project_id="string"))
    mock.expect("POST", "/organization/projects/string/archive")
    mock.check(result, Project)


def test_retrieve_project_model_permissions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "project.model_permissions",
            "mode": "allow_list",
            "model_ids": ["string"],
        },
    )
    result = call(
        lambda client: client.projects.retrieve_project_model_permissions(
            project_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/model_permissions")
    mock.check(result, ProjectModelPermissions)


def test_update_project_model_permissions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "project.model_permissions",
            "mode": "allow_list",
            "model_ids": ["string"],
        },
    )
    result = call(
        lambda client: client.projects.update_project_model_permissions(
            project_id="string", mode="allow_list", model_ids=["string"]
        )
    )
    mock.expect("POST", "/organization/projects/string/model_permissions")
    mock.check(result, ProjectModelPermissions)


def test_delete_project_model_permissions(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "project.model_permissions.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.projects.delete_project_model_permissions(
            project_id="string"
        )
    )
    mock.expect("DELETE", "/organization/projects/string/model_permissions")
    mock.check(result, ProjectModelPermissionsDeleteResponse)


def test_list_project_rate_limits(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "project.rate_limit",
                    "id": "string",
                    "model": "string",
                    "max_requests_per_1_minute": 1,
                    "max_tokens_per_1_minute": 1,
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.projects.list_project_rate_limits(project_id="string")
    )
    mock.expect("GET", "/organization/projects/string/rate_limits")
    mock.check(result, ProjectRateLimitListResponse)


def test_update_project_rate_limits(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "project.rate_limit",
            "id": "string",
            "model": "string",
            "max_requests_per_1_minute": 1,
            "max_tokens_per_1_minute": 1,
        },
    )
    result = call(
        lambda client: client.projects.update_project_rate_limits(
            project_id="string", rate_limit_id="string"
        )
    )
    mock.expect("POST", "/organization/projects/string/rate_limits/string")
    mock.check(result, ProjectRateLimit)


def test_list_project_service_accounts(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "organization.project.service_account",
                    "id": "string",
                    "name": "string",
                    "role": "owner",
                    "created_at": 1,
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.projects.list_project_service_accounts(
            project_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/service_accounts")
    mock.check(result, ProjectServiceAccountListResponse)


def test_create_project_service_account(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.service_account",
            "id": "string",
            "name": "string",
            "role": "member",
            "created_at": 1,
            "api_key": {
                "object": "organization.project.service_account.api_key",
                "value": "string",
                "name": "string",
                "created_at": 1,
                "id": "string",
            },
        },
    )
    result = call(
        lambda client: client.projects.create_project_service_account(
            project_id="string", name="string"
        )
    )
    mock.expect("POST", "/organization/projects/string/service_accounts")
    mock.check(result, ProjectServiceAccountCreateResponse)


def test_retrieve_project_service_account(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.service_account",
            "id": "string",
            "name": "string",
            "role": "owner",
            "created_at": 1,
        },
    )
    result = call(
        lambda client: client.projects.retrieve_project_service_account(
            project_id="string", service_account_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/service_accounts/string")
    mock.check(result, ProjectServiceAccount)


def test_update_project_service_account(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.service_account",
            "id": "string",
            "name": "string",
            "role": "owner",
            "created_at": 1,
        },
    )
    result = call(
        lambda client: client.projects.update_project_service_account(
            project_id="string", service_account_id="string"
        )
    )
    mock.expect("POST", "/organization/projects/string/service_accounts/string")
    mock.check(result, ProjectServiceAccount)


def test_delete_project_service_account(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.service_account.deleted",
            "id": "string",
            "deleted": True,
        },
    )
    result = call(
        lambda client: client.projects.delete_project_service_account(
            project_id="string", service_account_id="string"
        )
    )
    mock.expect("DELETE", "/organization/projects/string/service_accounts/string")
    mock.check(result, ProjectServiceAccountDeleteResponse)


def test_list_project_users(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "string",
            "data": [
                {
                    "object": "organization.project.user",
                    "id": "string",
                    "role": "string",
                    "added_at": 1,
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.projects.list_project_users(project_id="string")
    )
    mock.expect("GET", "/organization/projects/string/users")
    mock.check(result, ProjectUserListResponse)


def test_create_project_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.user",
            "id": "string",
            "role": "string",
            "added_at": 1,
        },
    )
    result = call(
        lambda client: client.projects.create_project_user(
            project_id="string", role="string"
        )
    )
    mock.expect("POST", "/organization/projects/string/users")
    mock.check(result, ProjectUser)


def test_retrieve_project_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.user",
            "id": "string",
            "role": "string",
            "added_at": 1,
        },
    )
    result = call(
        lambda client: client.projects.retrieve_project_user(
            project_id="string", user_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/users/string")
    mock.check(result, ProjectUser)


def test_modify_project_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.user",
            "id": "string",
            "role": "string",
            "added_at": 1,
        },
    )
    result = call(
        lambda client: client.projects.modify_project_user(
            project_id="string", user_id="string"
        )
    )
    mock.expect("POST", "/organization/projects/string/users/string")
    mock.check(result, ProjectUser)


def test_delete_project_user(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.user.deleted",
            "id": "string",
            "deleted": True,
        },
    )
    result = call(
        lambda client: client.projects.delete_project_user(
            project_id="string", user_id="string"
        )
    )
    mock.expect("DELETE", "/organization/projects/string/users/string")
    mock.check(result, ProjectUserDeleteResponse)
