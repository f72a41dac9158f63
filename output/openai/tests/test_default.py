"""Tests of the default operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.admin_api_key import AdminApiKey
from openai_client.models.admin_api_key_create_response import AdminApiKeyCreateResponse
from openai_client.models.admin_api_keys_delete_response import (
    AdminApiKeysDeleteResponse,
)
from openai_client.models.api_key_list import ApiKeyList
from openai_client.models.beta_compact_resource import BetaCompactResource
from openai_client.models.beta_token_counts_resource import BetaTokenCountsResource
from openai_client.models.chat_session_resource import ChatSessionResource
from openai_client.models.compact_resource import CompactResource
from openai_client.models.container_file_list_resource import ContainerFileListResource
from openai_client.models.container_file_resource import ContainerFileResource
from openai_client.models.container_list_resource import ContainerListResource
from openai_client.models.container_resource import ContainerResource
from openai_client.models.deleted_thread_resource import DeletedThreadResource
from openai_client.models.organization_spend_limit_deleted_resource import (
    OrganizationSpendLimitDeletedResource,
)
from openai_client.models.organization_spend_limit_resource import (
    OrganizationSpendLimitResource,
)
from openai_client.models.project_spend_limit_deleted_resource import (
    ProjectSpendLimitDeletedResource,
)
from openai_client.models.project_spend_limit_resource import ProjectSpendLimitResource
from openai_client.models.provenance_resource import ProvenanceResource
from openai_client.models.service_account_api_key_body import ServiceAccountApiKeyBody
from openai_client.models.thread_item_list_resource import ThreadItemListResource
from openai_client.models.thread_list_resource import ThreadListResource
from openai_client.models.thread_resource import ThreadResource
from openai_client.models.token_counts_resource import TokenCountsResource


def test_list_containers(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "string",
                    "name": "string",
                    "created_at": 1,
                    "status": "string",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.default.list_containers())
    mock.expect("GET", "/containers")
    mock.check(result, ContainerListResource)


def test_create_container(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "string",
            "name": "string",
            "created_at": 1,
            "status": "string",
        },
    )
    result = call(lambda client: client.default.create_container())
    mock.expect("POST", "/containers")
    mock.check(result, ContainerResource)


def test_retrieve_container(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "string",
            "name": "string",
            "created_at": 1,
            "status": "string",
        },
    )
    result = call(
        lambda client: client.default.retrieve_container(container_id="string")
    )
    mock.expect("GET", "/containers/string")
    mock.check(result, ContainerResource)


def test_delete_container(call, mock):
    mock.respond(200)
    result = call(lambda client: client.default.delete_container(container_id="string"))
    mock.expect("DELETE", "/containers/string")
    mock.check(result, None)


def test_create_container_file(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "string",
            "created_at": 1,
            "bytes": 1,
            "container_id": "string",
            "path": "string",
            "source": "string",
        },
    )
    result = call(
        lambda client: client.default.create_container_file(container_id="string")
    )
    mock.expect("POST", "/containers/string/files")
    mock.check(result, ContainerFileResource)


def test_list_container_files(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "string",
                    "created_at": 1,
                    "bytes": 1,
                    "container_id": "string",
                    "path": "string",
                    "source": "string",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.default.list_container_files(container_id="string")
    )
    mock.expect("GET", "/containers/string/files")
    mock.check(result, ContainerFileListResource)


def test_retrieve_container_file(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "string",
            "created_at": 1,
            "bytes": 1,
            "container_id": "string",
            "path": "string",
            "source": "string",
        },
    )
    result = call(
        lambda client: client.default.retrieve_container_file(
            container_id="string", file_id="string"
        )
    )
    mock.expect("GET", "/containers/string/files/string")
    mock.check(result, ContainerFileResource)


def test_delete_container_file(call, mock):
    mock.respond(200)
    result = call(
        lambda client: client.default.delete_container_file(
            container_id="string", file_id="string"
        )
    )
    mock.expect("DELETE", "/containers/string/files/string")
    mock.check(result, None)


def test_retrieve_container_file_content(call, mock):
    mock.respond(200)
    result = call(
        lambda client: client.default.retrieve_container_file_content(
            container_id="string", file_id="string"
        )
    )
    mock.expect("GET", "/containers/string/files/string/content")
    mock.check(result, None)


def test_admin_api_keys_list(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "organization.admin_api_key",
                    "redacted_value": "string",
                    "created_at": 1,
                    "expires_at": 1,
                    "id": "string",
                    "owner": {},
                }
            ],
            "has_more": True,
        },
    )
    result = call(lambda client: client.default.admin_api_keys_list())
    mock.expect("GET", "/organization/admin_api_keys")
    mock.check(result, ApiKeyList)


def test_admin_api_keys_create(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.admin_api_key",
            "redacted_value": "string",
            "created_at": 1,
            "expires_at": 1,
            "id": "string",
            "owner": {},
            "value": "string",
        },
    )
    result = call(
        lambda client: client.default.admin_api_keys_create(name="New Admin Key")
    )
    mock.expect("POST", "/organization/admin_api_keys")
    mock.check(result, AdminApiKeyCreateResponse)


def test_admin_api_keys_get(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.admin_api_key",
            "redacted_value": "string",
            "created_at": 1,
            "expires_at": 1,
            "id": "string",
            "owner": {},
        },
    )
    result = call(lambda client: client.default.admin_api_keys_get(key_id="string"))
    mock.expect("GET", "/organization/admin_api_keys/string")
    mock.check(result, AdminApiKey)


def test_admin_api_keys_delete(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "organization.admin_api_key.deleted",
            "deleted": True,
        },
    )
    result = call(lambda client: client.default.admin_api_keys_delete(key_id="string"))
    mock.expect("DELETE", "/organization/admin_api_keys/string")
    mock.check(result, AdminApiKeysDeleteResponse)


def test_getorganizationspendlimit(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.spend_limit",
            "threshold_amount": 1,
            "currency": "string",
            "interval": "string",
            "enforcement": {"status": "string"},
        },
    )
    result = call(lambda client: client.default.getorganizationspendlimit())
    mock.expect("GET", "/organization/spend_limit")
    mock.check(result, OrganizationSpendLimitResource)


def test_updateorganizationspendlimit(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.spend_limit",
            "threshold_amount": 1,
            "currency": "string",
            "interval": "string",
            "enforcement": {"status": "string"},
        },
    )
    result = call(
        lambda client: client.default.updateorganizationspendlimit(
            threshold_amount=1, currency="USD", interval="month"
        )
    )
    mock.expect("POST", "/organization/spend_limit")
    mock.check(result, OrganizationSpendLimitResource)


def test_deleteorganizationspendlimit(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "organization.spend_limit.deleted", "deleted": True},
    )
    result = call(lambda client: client.default.deleteorganizationspendlimit())
    mock.expect("DELETE", "/organization/spend_limit")
    mock.check(result, OrganizationSpendLimitDeletedResource)


def test_getprojectspendlimit(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "project.spend_limit",
            "threshold_amount": 1,
            "currency": "string",
            "interval": "string",
            "enforcement": {"status": "string"},
        },
    )
    result = call(
        lambda client: client.default.getprojectspendlimit(project_id="proj_123")
    )
    mock.expect("GET", "/organization/projects/proj_123/spend_limit")
    mock.check(result, ProjectSpendLimitResource)


def test_deleteprojectspendlimit(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "project.spend_limit.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.default.deleteprojectspendlimit(project_id="proj_123")
    )
    mock.expect("DELETE", "/organization/projects/proj_123/spend_limit")
    mock.check(result, ProjectSpendLimitDeletedResource)


def test_updateprojectspendlimit(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "project.spend_limit",
            "threshold_amount": 1,
            "currency": "string",
            "interval": "string",
            "enforcement": {"status": "string"},
        },
    )
    result = call(
        lambda client: client.default.updateprojectspendlimit(
            project_id="proj_123", threshold_amount=1, currency="USD", interval="month"
        )
    )
    mock.expect("POST", "/organization/projects/proj_123/spend_limit")
    mock.check(result, ProjectSpendLimitResource)


def test_createan_ap_ikeyforaserviceaccount(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.service_account.api_key",
            "value": "string",
            "name": "string",
            "created_at": 1,
            "id": "string",
        },
    )
    result = call(
        lambda client: client.default.createan_ap_ikeyforaserviceaccount(
            project_id="string", service_account_id="string"
        )
    )
    mock.expect(
        "POST", "/organization/projects/string/service_accounts/string/api_keys"
    )
    mock.check(result, ServiceAccountApiKeyBody)


def test_createcontentprovenancecheck(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "content_provenance_check",
            "created_at": 1,
            "results": [
                {
                    "type": "c2pa",
                    "outcome": "detected",
                    "validation_state": "trusted",
                    "issuer": "string",
                    "model": "string",
                    "generated_at": "string",
                }
            ],
        },
    )
    result = call(lambda client: client.default.createcontentprovenancecheck())
    mock.expect("POST", "/content_provenance_checks")
    mock.check(result, ProvenanceResource)


def test_getinputtokencounts(call, mock):
    mock.respond(
        200, "application/json", {"object": "response.input_tokens", "input_tokens": 1}
    )
    result = call(lambda client: client.default.getinputtokencounts())
    mock.expect("POST", "/responses/input_tokens")
    mock.check(result, TokenCountsResource)


def test_compactconversation(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response.compaction",
            "output": [
                {
                    "type": "message",
                    "id": "string",
                    "status": "in_progress",
                    "role": "unknown",
                    "content": [{"type": "input_text", "text": "string"}],
                }
            ],
            "created_at": 1,
            "usage": {
                "input_tokens": 1,
                "input_tokens_details": {"cached_tokens": 1, "cache_write_tokens": 1},
                "output_tokens": 1,
                "output_tokens_details": {"reasoning_tokens": 1},
                "total_tokens": 1,
            },
        },
    )
    result = call(lambda client: client.default.compactconversation())
    mock.expect("POST", "/responses/compact")
    mock.check(result, CompactResource)


def test_cancel_chat_session_method(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "chatkit.session",
            "expires_at": 1,
            "client_secret": "string",
            "workflow": {
                "id": "string",
                "version": "string",
                "state_variables": {},
                "tracing": {"enabled": True},
            },
            "user": "string",
            "rate_limits": {"max_requests_per_1_minute": 1},
            "max_requests_per_1_minute": 1,
            "status": "active",
            "chatkit_configuration": {
                "automatic_thread_titling": {"enabled": True},
                "file_upload": {"enabled": True, "max_file_size": 1, "max_files": 1},
                "history": {"enabled": True, "recent_threads": 1},
            },
        },
    )
    result = call(
        lambda client: client.default.cancel_chat_session_method(
            session_id="cksess_123"
        )
    )
    mock.expect("POST", "/chatkit/sessions/cksess_123/cancel")
    mock.check(result, ChatSessionResource)


def test_create_chat_session_method(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "chatkit.session",
            "expires_at": 1,
            "client_secret": "string",
            "workflow": {
                "id": "string",
                "version": "string",
                "state_variables": {},
                "tracing": {"enabled": True},
            },
            "user": "string",
            "rate_limits": {"max_requests_per_1_minute": 1},
            "max_requests_per_1_minute": 1,
            "status": "active",
            "chatkit_configuration": {
                "automatic_thread_titling": {"enabled": True},
                "file_upload": {"enabled": True, "max_file_size": 1, "max_files": 1},
                "history": {"enabled": True, "recent_threads": 1},
            },
        },
    )
    result = call(lambda client: client.default.create_chat_session_method())
    mock.expect("POST", "/chatkit/sessions")
    mock.check(result, ChatSessionResource)


def test_list_thread_items_method(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "chatkit.thread_item",
                    "created_at": 1,
                    "thread_id": "string",
                    "type": "chatkit.user_message",
                    "content": [{"type": "input_text", "text": "string"}],
                    "attachments": [
                        {
                            "type": "image",
                            "id": "string",
                            "name": "string",
                            "mime_type": "string",
                            "preview_url": "https://example.com",
                        }
                    ],
                    "inference_options": {
                        "tool_choice": {"id": "string"},
                        "model": "string",
                    },
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.default.list_thread_items_method(thread_id="cthr_123")
    )
    mock.expect("GET", "/chatkit/threads/cthr_123/items")
    mock.check(result, ThreadItemListResource)


def test_get_thread_method(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "chatkit.thread",
            "created_at": 1,
            "title": "string",
            "status": {"type": "active"},
            "user": "string",
        },
    )
    result = call(lambda client: client.default.get_thread_method(thread_id="cthr_123"))
    mock.expect("GET", "/chatkit/threads/cthr_123")
    mock.check(result, ThreadResource)


def test_delete_thread_method(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "chatkit.thread.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.default.delete_thread_method(thread_id="cthr_123")
    )
    mock.expect("DELETE", "/chatkit/threads/cthr_123")
    mock.check(result, DeletedThreadResource)


def test_list_threads_method(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "chatkit.thread",
                    "created_at": 1,
                    "title": "string",
                    "status": {"type": "active"},
                    "user": "string",
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.default.list_threads_method())
    mock.expect("GET", "/chatkit/threads")
    mock.check(result, ThreadListResource)


def test_beta_compactconversation(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "response.compaction",
            "output": [
                {
                    "type": "message",
                    "id": "string",
                    "status": "in_progress",
                    "role": "unknown",
                    "content": [{"type": "input_text", "text": "string"}],
                }
            ],
            "created_at": 1,
            "usage": {
                "input_tokens": 1,
                "input_tokens_details": {"cached_tokens": 1, "cache_write_tokens": 1},
                "output_tokens": 1,
                "output_tokens_details": {"reasoning_tokens": 1},
                "total_tokens": 1,
            },
        },
    )
    result = call(lambda client: client.default.beta_compactconversation())
    mock.expect("POST", "/responses/compact?beta=true")
    mock.check(result, BetaCompactResource)


def test_beta_getinputtokencounts(call, mock):
    mock.respond(
        200, "application/json", {"object": "response.input_tokens", "input_tokens": 1}
    )
    result = call(lambda client: client.default.beta_getinputtokencounts())
    mock.expect("POST", "/responses/input_tokens?beta=true")
    mock.check(result, BetaTokenCountsResource)
