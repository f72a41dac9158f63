"""default operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, FileInput, NotGiven, TimeoutTypes
from ..models.admin_api_key import AdminApiKey
from ..models.admin_api_key_create_response import AdminApiKeyCreateResponse
from ..models.admin_api_keys_create_request import AdminApiKeysCreateRequest
from ..models.admin_api_keys_delete_response import AdminApiKeysDeleteResponse
from ..models.api_key_list import ApiKeyList
from ..models.beta_compact_resource import BetaCompactResource
from ..models.beta_compact_response_method_public_body import (
    BetaCompactResponseMethodPublicBody,
)
from ..models.beta_conversation_param import BetaConversationParam
from ..models.beta_input_item import BetaInputItem
from ..models.beta_model_ids_compaction import BetaModelIdsCompaction
from ..models.beta_personality_enum import BetaPersonalityEnum
from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
from ..models.beta_prompt_cache_retention_enum import BetaPromptCacheRetentionEnum
from ..models.beta_reasoning import BetaReasoning
from ..models.beta_response_text_param import BetaResponseTextParam
from ..models.beta_service_tier_enum import BetaServiceTierEnum
from ..models.beta_token_counts_body import BetaTokenCountsBody
from ..models.beta_token_counts_resource import BetaTokenCountsResource
from ..models.beta_tool import BetaTool
from ..models.beta_tool_choice_param import BetaToolChoiceParam
from ..models.beta_truncation_enum import BetaTruncationEnum
from ..models.chat_session_resource import ChatSessionResource
from ..models.chatkit_configuration_param import ChatkitConfigurationParam
from ..models.compact_resource import CompactResource
from ..models.compact_response_method_public_body import CompactResponseMethodPublicBody
from ..models.container_file_list_resource import ContainerFileListResource
from ..models.container_file_resource import ContainerFileResource
from ..models.container_list_resource import ContainerListResource
from ..models.container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam,
)
from ..models.container_network_policy_disabled_param import (
    ContainerNetworkPolicyDisabledParam,
)
from ..models.container_resource import ContainerResource
from ..models.conversation_param import ConversationParam
from ..models.create_chat_session_body import CreateChatSessionBody
from ..models.create_container_body import CreateContainerBody
from ..models.create_container_body_expires_after import CreateContainerBodyExpiresAfter
from ..models.create_container_file_body import CreateContainerFileBody
from ..models.create_project_service_account_api_key_body import (
    CreateProjectServiceAccountApiKeyBody,
)
from ..models.deleted_thread_resource import DeletedThreadResource
from ..models.error_response import ErrorResponse
from ..models.expires_after_param import ExpiresAfterParam
from ..models.inline_skill_param import InlineSkillParam
from ..models.input_item import InputItem
from ..models.model_ids_compaction import ModelIdsCompaction
from ..models.order_enum import OrderEnum
from ..models.organization_spend_limit_deleted_resource import (
    OrganizationSpendLimitDeletedResource,
)
from ..models.organization_spend_limit_resource import OrganizationSpendLimitResource
from ..models.personality_enum import PersonalityEnum
from ..models.project_spend_limit_deleted_resource import (
    ProjectSpendLimitDeletedResource,
)
from ..models.project_spend_limit_resource import ProjectSpendLimitResource
from ..models.prompt_cache_options_param import PromptCacheOptionsParam
from ..models.prompt_cache_retention_enum import PromptCacheRetentionEnum
from ..models.provenance_resource import ProvenanceResource
from ..models.rate_limits_param import RateLimitsParam
from ..models.reasoning import Reasoning
from ..models.response_text_param import ResponseTextParam
from ..models.service_account_api_key_body import ServiceAccountApiKeyBody
from ..models.service_tier_enum import ServiceTierEnum
from ..models.skill_reference_param import SkillReferenceParam
from ..models.thread_item import ThreadItem
from ..models.thread_item_list_resource import ThreadItemListResource
from ..models.thread_list_resource import ThreadListResource
from ..models.thread_resource import ThreadResource
from ..models.token_counts_body import TokenCountsBody
from ..models.token_counts_resource import TokenCountsResource
from ..models.tool import Tool
from ..models.tool_choice_param import ToolChoiceParam
from ..models.truncation_enum import TruncationEnum
from ..models.update_organization_spend_limit_body import (
    UpdateOrganizationSpendLimitBody,
)
from ..models.update_project_spend_limit_body import UpdateProjectSpendLimitBody
from ..models.workflow_param import WorkflowParam

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["DefaultApi", "AsyncDefaultApi"]

_LIST_CONTAINERS = _Endpoint(
    method="GET",
    path="/containers",
    operation_id="ListContainers",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ContainerListResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("name", "name", "query"),
    ),
    body_mode="none",
)
_LIST_CONTAINERS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_CREATE_CONTAINER = _Endpoint(
    method="POST",
    path="/containers",
    operation_id="CreateContainer",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ContainerResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("name", "name", "field"),
        ("file_ids", "file_ids", "field"),
        ("expires_after", "expires_after", "field"),
        ("skills", "skills", "field"),
        ("memory_limit", "memory_limit", "field"),
        ("network_policy", "network_policy", "field"),
    ),
    body_mode="fields",
)

_RETRIEVE_CONTAINER = _Endpoint(
    method="GET",
    path="/containers/{container_id}",
    operation_id="RetrieveContainer",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ContainerResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("container_id", "container_id", "path"),),
    body_mode="none",
)

_DELETE_CONTAINER = _Endpoint(
    method="DELETE",
    path="/containers/{container_id}",
    operation_id="DeleteContainer",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(("container_id", "container_id", "path"),),
    body_mode="none",
)

_CREATE_CONTAINER_FILE = _Endpoint(
    method="POST",
    path="/containers/{container_id}/files",
    operation_id="CreateContainerFile",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ContainerFileResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("container_id", "container_id", "path"),
        ("file_id", "file_id", "field"),
        ("file", "file", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_LIST_CONTAINER_FILES = _Endpoint(
    method="GET",
    path="/containers/{container_id}/files",
    operation_id="ListContainerFiles",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ContainerFileListResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("container_id", "container_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_CONTAINER_FILES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_RETRIEVE_CONTAINER_FILE = _Endpoint(
    method="GET",
    path="/containers/{container_id}/files/{file_id}",
    operation_id="RetrieveContainerFile",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ContainerFileResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("container_id", "container_id", "path"),
        ("file_id", "file_id", "path"),
    ),
    body_mode="none",
)

_DELETE_CONTAINER_FILE = _Endpoint(
    method="DELETE",
    path="/containers/{container_id}/files/{file_id}",
    operation_id="DeleteContainerFile",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(
        ("container_id", "container_id", "path"),
        ("file_id", "file_id", "path"),
    ),
    body_mode="none",
)

_RETRIEVE_CONTAINER_FILE_CONTENT = _Endpoint(
    method="GET",
    path="/containers/{container_id}/files/{file_id}/content",
    operation_id="RetrieveContainerFileContent",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(
        ("container_id", "container_id", "path"),
        ("file_id", "file_id", "path"),
    ),
    body_mode="none",
)

_ADMIN_API_KEYS_LIST = _Endpoint(
    method="GET",
    path="/organization/admin_api_keys",
    operation_id="admin-api-keys-list",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ApiKeyList,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("after", "after", "query"),
        ("order", "order", "query"),
        ("limit", "limit", "query"),
    ),
    body_mode="none",
)
_ADMIN_API_KEYS_LIST_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_ADMIN_API_KEYS_CREATE = _Endpoint(
    method="POST",
    path="/organization/admin_api_keys",
    operation_id="admin-api-keys-create",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": AdminApiKeyCreateResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("name", "name", "field"),
        ("expires_in_seconds", "expires_in_seconds", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_ADMIN_API_KEYS_GET = _Endpoint(
    method="GET",
    path="/organization/admin_api_keys/{key_id}",
    operation_id="admin-api-keys-get",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": AdminApiKey,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("key_id", "key_id", "path"),),
    body_mode="none",
)

_ADMIN_API_KEYS_DELETE = _Endpoint(
    method="DELETE",
    path="/organization/admin_api_keys/{key_id}",
    operation_id="admin-api-keys-delete",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": AdminApiKeysDeleteResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("key_id", "key_id", "path"),),
    body_mode="none",
)

_GETORGANIZATIONSPENDLIMIT = _Endpoint(
    method="GET",
    path="/organization/spend_limit",
    operation_id="Getorganizationspendlimit",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": OrganizationSpendLimitResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(),
    body_mode="none",
)

_UPDATEORGANIZATIONSPENDLIMIT = _Endpoint(
    method="POST",
    path="/organization/spend_limit",
    operation_id="Updateorganizationspendlimit",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationSpendLimitResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("threshold_amount", "threshold_amount", "field"),
        ("currency", "currency", "field"),
        ("interval", "interval", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETEORGANIZATIONSPENDLIMIT = _Endpoint(
    method="DELETE",
    path="/organization/spend_limit",
    operation_id="Deleteorganizationspendlimit",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": OrganizationSpendLimitDeletedResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(),
    body_mode="none",
)

_GETPROJECTSPENDLIMIT = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/spend_limit",
    operation_id="Getprojectspendlimit",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectSpendLimitResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_DELETEPROJECTSPENDLIMIT = _Endpoint(
    method="DELETE",
    path="/organization/projects/{project_id}/spend_limit",
    operation_id="Deleteprojectspendlimit",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectSpendLimitDeletedResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_UPDATEPROJECTSPENDLIMIT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/spend_limit",
    operation_id="Updateprojectspendlimit",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectSpendLimitResource,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("threshold_amount", "threshold_amount", "field"),
        ("currency", "currency", "field"),
        ("interval", "interval", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CREATEAN_AP_IKEYFORASERVICEACCOUNT = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys",
    operation_id="CreateanAPIkeyforaserviceaccount",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ServiceAccountApiKeyBody,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("service_account_id", "service_account_id", "path"),
        ("name", "name", "field"),
        ("scopes", "scopes", "field"),
    ),
    body_mode="fields",
)

_CREATECONTENTPROVENANCECHECK = _Endpoint(
    method="POST",
    path="/content_provenance_checks",
    operation_id="Createcontentprovenancecheck",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": ProvenanceResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("file", "file", "field"),),
    body_mode="fields",
)

_GETINPUTTOKENCOUNTS = _Endpoint(
    method="POST",
    path="/responses/input_tokens",
    operation_id="Getinputtokencounts",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": TokenCountsResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("input", "input", "field"),
        ("previous_response_id", "previous_response_id", "field"),
        ("tools", "tools", "field"),
        ("text", "text", "field"),
        ("reasoning", "reasoning", "field"),
        ("truncation", "truncation", "field"),
        ("instructions", "instructions", "field"),
        ("personality", "personality", "field"),
        ("conversation", "conversation", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
    ),
    body_mode="fields",
)

_COMPACTCONVERSATION = _Endpoint(
    method="POST",
    path="/responses/compact",
    operation_id="Compactconversation",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": CompactResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("input", "input", "field"),
        ("previous_response_id", "previous_response_id", "field"),
        ("instructions", "instructions", "field"),
        ("prompt_cache_key", "prompt_cache_key", "field"),
        ("prompt_cache_retention", "prompt_cache_retention", "field"),
        ("prompt_cache_options", "prompt_cache_options", "field"),
        ("service_tier", "service_tier", "field"),
    ),
    body_mode="fields",
)

_CANCEL_CHAT_SESSION_METHOD = _Endpoint(
    method="POST",
    path="/chatkit/sessions/{session_id}/cancel",
    operation_id="CancelChatSessionMethod",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ChatSessionResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("session_id", "session_id", "path"),),
    body_mode="none",
)

_CREATE_CHAT_SESSION_METHOD = _Endpoint(
    method="POST",
    path="/chatkit/sessions",
    operation_id="CreateChatSessionMethod",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ChatSessionResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("workflow", "workflow", "field"),
        ("user", "user", "field"),
        ("expires_after", "expires_after", "field"),
        ("rate_limits", "rate_limits", "field"),
        ("chatkit_configuration", "chatkit_configuration", "field"),
    ),
    body_mode="fields",
)

_LIST_THREAD_ITEMS_METHOD = _Endpoint(
    method="GET",
    path="/chatkit/threads/{thread_id}/items",
    operation_id="ListThreadItemsMethod",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ThreadItemListResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("thread_id", "thread_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
    ),
    body_mode="none",
)
_LIST_THREAD_ITEMS_METHOD_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_GET_THREAD_METHOD = _Endpoint(
    method="GET",
    path="/chatkit/threads/{thread_id}",
    operation_id="GetThreadMethod",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ThreadResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("thread_id", "thread_id", "path"),),
    body_mode="none",
)

_DELETE_THREAD_METHOD = _Endpoint(
    method="DELETE",
    path="/chatkit/threads/{thread_id}",
    operation_id="DeleteThreadMethod",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeletedThreadResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("thread_id", "thread_id", "path"),),
    body_mode="none",
)

_LIST_THREADS_METHOD = _Endpoint(
    method="GET",
    path="/chatkit/threads",
    operation_id="ListThreadsMethod",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ThreadListResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("before", "before", "query"),
        ("user", "user", "query"),
    ),
    body_mode="none",
)
_LIST_THREADS_METHOD_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_BETA_COMPACTCONVERSATION = _Endpoint(
    method="POST",
    path="/responses/compact?beta=true",
    operation_id="beta_Compactconversation",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": BetaCompactResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("input", "input", "field"),
        ("previous_response_id", "previous_response_id", "field"),
        ("instructions", "instructions", "field"),
        ("prompt_cache_key", "prompt_cache_key", "field"),
        ("prompt_cache_retention", "prompt_cache_retention", "field"),
        ("prompt_cache_options", "prompt_cache_options", "field"),
        ("service_tier", "service_tier", "field"),
        ("openai_beta", "openai-beta", "header"),
    ),
    body_mode="fields",
)

_BETA_GETINPUTTOKENCOUNTS = _Endpoint(
    method="POST",
    path="/responses/input_tokens?beta=true",
    operation_id="beta_Getinputtokencounts",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": BetaTokenCountsResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("input", "input", "field"),
        ("previous_response_id", "previous_response_id", "field"),
        ("tools", "tools", "field"),
        ("text", "text", "field"),
        ("reasoning", "reasoning", "field"),
        ("truncation", "truncation", "field"),
        ("instructions", "instructions", "field"),
        ("personality", "personality", "field"),
        ("conversation", "conversation", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
        ("openai_beta", "openai-beta", "header"),
    ),
    body_mode="fields",
)


class DefaultApi:
    """default operations.

    Reach it as `client.default`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_containers(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerListResource:
        """List Containers

        Lists containers.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            name: Filter results by container name.
        """
        _response: ApiResponse[ContainerListResource] = self._client._request(
            _LIST_CONTAINERS, locals()
        )
        return _response.data

    def list_containers_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerListResource]:
        """Like `list_containers`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_CONTAINERS, locals())

    def list_containers_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ContainerResource]:
        """Like `list_containers`, but `for` goes over the items of every page, fetching
        the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_CONTAINERS, locals(), _LIST_CONTAINERS_PAGES
        )

    @overload
    def create_container(
        self,
        *,
        body: CreateContainerBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource: ...

    @overload
    def create_container(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource: ...

    def create_container(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateContainerBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource:
        """Create Container

        Creates a container.

        Args:
            name: Name of the container to create.
            file_ids: IDs of files to copy to the container.
            expires_after: Container expiration time in seconds relative to the 'anchor' time.
            skills: An optional list of skills referenced by id or inline data.
            memory_limit: Optional memory limit for the container. Defaults to "1g".
            network_policy: Network access policy for the container.
        """
        _response: ApiResponse[ContainerResource] = self._client._request(
            _CREATE_CONTAINER, locals()
        )
        return _response.data

    @overload
    def create_container_with_http_info(
        self,
        *,
        body: CreateContainerBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]: ...

    @overload
    def create_container_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]: ...

    def create_container_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateContainerBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like `create_container`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_CONTAINER, locals())

    def retrieve_container(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource:
        """Retrieve Container

        Retrieves a container.
        """
        _response: ApiResponse[ContainerResource] = self._client._request(
            _RETRIEVE_CONTAINER, locals()
        )
        return _response.data

    def retrieve_container_with_http_info(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like `retrieve_container`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_RETRIEVE_CONTAINER, locals())

    def delete_container(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete Container

        Delete a container.

        Args:
            container_id: The ID of the container to delete.
        """
        _response: ApiResponse[None] = self._client._request(
            _DELETE_CONTAINER, locals()
        )
        return _response.data

    def delete_container_with_http_info(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_container`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_CONTAINER, locals())

    @overload
    def create_container_file(
        self,
        container_id: str,
        *,
        body: CreateContainerFileBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource: ...

    @overload
    def create_container_file(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource: ...

    def create_container_file(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        body: CreateContainerFileBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource:
        """Create a Container File

        You can send either a multipart/form-data request with the raw file content,
        or a JSON request with a file ID.

        Creates a container file.

        Args:
            file_id: Name of the file to create.
            file: The File object (not file name) to be uploaded.
        """
        _response: ApiResponse[ContainerFileResource] = self._client._request(
            _CREATE_CONTAINER_FILE, locals()
        )
        return _response.data

    @overload
    def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        body: CreateContainerFileBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]: ...

    @overload
    def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]: ...

    def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        body: CreateContainerFileBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like `create_container_file`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_CONTAINER_FILE, locals())

    def list_container_files(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileListResource:
        """List Container files

        Lists container files.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ContainerFileListResource] = self._client._request(
            _LIST_CONTAINER_FILES, locals()
        )
        return _response.data

    def list_container_files_with_http_info(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileListResource]:
        """Like `list_container_files`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_CONTAINER_FILES, locals())

    def list_container_files_iter(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ContainerFileResource]:
        """Like `list_container_files`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_CONTAINER_FILES, locals(), _LIST_CONTAINER_FILES_PAGES
        )

    def retrieve_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource:
        """Retrieve Container File

        Retrieves a container file.
        """
        _response: ApiResponse[ContainerFileResource] = self._client._request(
            _RETRIEVE_CONTAINER_FILE, locals()
        )
        return _response.data

    def retrieve_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like `retrieve_container_file`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_RETRIEVE_CONTAINER_FILE, locals())

    def delete_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete Container File

        Delete a container file.
        """
        _response: ApiResponse[None] = self._client._request(
            _DELETE_CONTAINER_FILE, locals()
        )
        return _response.data

    def delete_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_container_file`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_DELETE_CONTAINER_FILE, locals())

    def retrieve_container_file_content(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Retrieve Container File Content

        Retrieves a container file content.
        """
        _response: ApiResponse[None] = self._client._request(
            _RETRIEVE_CONTAINER_FILE_CONTENT, locals()
        )
        return _response.data

    def retrieve_container_file_content_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `retrieve_container_file_content`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_RETRIEVE_CONTAINER_FILE_CONTENT, locals())

    def admin_api_keys_list(
        self,
        *,
        after: str | None | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiKeyList:
        """List organization API keys

        Retrieve a paginated list of organization admin API keys.

        Args:
            after: Return keys with IDs that come after this ID in the pagination order.
            order: Order results by creation time, ascending or descending.
            limit: Maximum number of keys to return.
        """
        _response: ApiResponse[ApiKeyList] = self._client._request(
            _ADMIN_API_KEYS_LIST, locals()
        )
        return _response.data

    def admin_api_keys_list_with_http_info(
        self,
        *,
        after: str | None | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ApiKeyList]:
        """Like `admin_api_keys_list`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_ADMIN_API_KEYS_LIST, locals())

    def admin_api_keys_list_iter(
        self,
        *,
        after: str | None | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[AdminApiKey]:
        """Like `admin_api_keys_list`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _ADMIN_API_KEYS_LIST, locals(), _ADMIN_API_KEYS_LIST_PAGES
        )

    @overload
    def admin_api_keys_create(
        self,
        *,
        body: AdminApiKeysCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeyCreateResponse: ...

    @overload
    def admin_api_keys_create(
        self,
        *,
        name: str,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeyCreateResponse: ...

    def admin_api_keys_create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        body: AdminApiKeysCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeyCreateResponse:
        """Create an organization admin API key

        Create a new admin-level API key for the organization.

        Args:
            expires_in_seconds: The number of seconds until the API key expires. Omit this field for a key that does not expire.
        """
        _response: ApiResponse[AdminApiKeyCreateResponse] = self._client._request(
            _ADMIN_API_KEYS_CREATE, locals()
        )
        return _response.data

    @overload
    def admin_api_keys_create_with_http_info(
        self,
        *,
        body: AdminApiKeysCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]: ...

    @overload
    def admin_api_keys_create_with_http_info(
        self,
        *,
        name: str,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]: ...

    def admin_api_keys_create_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        body: AdminApiKeysCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]:
        """Like `admin_api_keys_create`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_ADMIN_API_KEYS_CREATE, locals())

    def admin_api_keys_get(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKey:
        """Retrieve a single organization API key

        Get details for a specific organization API key by its ID.

        Args:
            key_id: The ID of the API key.
        """
        _response: ApiResponse[AdminApiKey] = self._client._request(
            _ADMIN_API_KEYS_GET, locals()
        )
        return _response.data

    def admin_api_keys_get_with_http_info(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKey]:
        """Like `admin_api_keys_get`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_ADMIN_API_KEYS_GET, locals())

    def admin_api_keys_delete(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeysDeleteResponse:
        """Delete an organization admin API key

        Delete the specified admin API key.

        Args:
            key_id: The ID of the API key to be deleted.
        """
        _response: ApiResponse[AdminApiKeysDeleteResponse] = self._client._request(
            _ADMIN_API_KEYS_DELETE, locals()
        )
        return _response.data

    def admin_api_keys_delete_with_http_info(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeysDeleteResponse]:
        """Like `admin_api_keys_delete`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_ADMIN_API_KEYS_DELETE, locals())

    def getorganizationspendlimit(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource:
        """Get the organization's hard spend limit."""
        _response: ApiResponse[OrganizationSpendLimitResource] = self._client._request(
            _GETORGANIZATIONSPENDLIMIT, locals()
        )
        return _response.data

    def getorganizationspendlimit_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]:
        """Like `getorganizationspendlimit`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_GETORGANIZATIONSPENDLIMIT, locals())

    @overload
    def updateorganizationspendlimit(
        self,
        *,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource: ...

    @overload
    def updateorganizationspendlimit(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource: ...

    def updateorganizationspendlimit(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource:
        """Create or replace the organization's hard spend limit.

        Args:
            threshold_amount: The hard spend limit amount, in cents.
            currency: The currency for the threshold amount. Currently, only `USD` is supported.
            interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """
        _response: ApiResponse[OrganizationSpendLimitResource] = self._client._request(
            _UPDATEORGANIZATIONSPENDLIMIT, locals()
        )
        return _response.data

    @overload
    def updateorganizationspendlimit_with_http_info(
        self,
        *,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]: ...

    @overload
    def updateorganizationspendlimit_with_http_info(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]: ...

    def updateorganizationspendlimit_with_http_info(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]:
        """Like `updateorganizationspendlimit`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_UPDATEORGANIZATIONSPENDLIMIT, locals())

    def deleteorganizationspendlimit(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitDeletedResource:
        """Delete the organization's hard spend limit."""
        _response: ApiResponse[OrganizationSpendLimitDeletedResource] = (
            self._client._request(_DELETEORGANIZATIONSPENDLIMIT, locals())
        )
        return _response.data

    def deleteorganizationspendlimit_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitDeletedResource]:
        """Like `deleteorganizationspendlimit`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_DELETEORGANIZATIONSPENDLIMIT, locals())

    def getprojectspendlimit(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource:
        """Get a project's hard spend limit.

        Args:
            project_id: The ID of the project whose hard spend limit is being managed.
        """
        _response: ApiResponse[ProjectSpendLimitResource] = self._client._request(
            _GETPROJECTSPENDLIMIT, locals()
        )
        return _response.data

    def getprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]:
        """Like `getprojectspendlimit`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GETPROJECTSPENDLIMIT, locals())

    def deleteprojectspendlimit(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitDeletedResource:
        """Delete a project's hard spend limit.

        Args:
            project_id: The ID of the project whose hard spend limit is being managed.
        """
        _response: ApiResponse[ProjectSpendLimitDeletedResource] = (
            self._client._request(_DELETEPROJECTSPENDLIMIT, locals())
        )
        return _response.data

    def deleteprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitDeletedResource]:
        """Like `deleteprojectspendlimit`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_DELETEPROJECTSPENDLIMIT, locals())

    @overload
    def updateprojectspendlimit(
        self,
        project_id: str,
        *,
        body: UpdateProjectSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource: ...

    @overload
    def updateprojectspendlimit(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource: ...

    def updateprojectspendlimit(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateProjectSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource:
        """Create or replace a project's hard spend limit.

        Args:
            project_id: The ID of the project whose hard spend limit is being managed.
            threshold_amount: The hard spend limit amount, in cents.
            currency: The currency for the threshold amount. Currently, only `USD` is supported.
            interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """
        _response: ApiResponse[ProjectSpendLimitResource] = self._client._request(
            _UPDATEPROJECTSPENDLIMIT, locals()
        )
        return _response.data

    @overload
    def updateprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        body: UpdateProjectSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]: ...

    @overload
    def updateprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]: ...

    def updateprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateProjectSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]:
        """Like `updateprojectspendlimit`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_UPDATEPROJECTSPENDLIMIT, locals())

    @overload
    def createan_ap_ikeyforaserviceaccount(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ServiceAccountApiKeyBody: ...

    @overload
    def createan_ap_ikeyforaserviceaccount(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ServiceAccountApiKeyBody: ...

    def createan_ap_ikeyforaserviceaccount(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ServiceAccountApiKeyBody:
        """Creates an API key for a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
            name: API key name.
            scopes: API key scopes.
        """
        _response: ApiResponse[ServiceAccountApiKeyBody] = self._client._request(
            _CREATEAN_AP_IKEYFORASERVICEACCOUNT, locals()
        )
        return _response.data

    @overload
    def createan_ap_ikeyforaserviceaccount_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ServiceAccountApiKeyBody]: ...

    @overload
    def createan_ap_ikeyforaserviceaccount_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ServiceAccountApiKeyBody]: ...

    def createan_ap_ikeyforaserviceaccount_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ServiceAccountApiKeyBody]:
        """Like `createan_ap_ikeyforaserviceaccount`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_CREATEAN_AP_IKEYFORASERVICEACCOUNT, locals())

    def createcontentprovenancecheck(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProvenanceResource:
        """Check whether an image or audio file contains known OpenAI provenance
        signals. [Learn more about content
        provenance](/api/docs/guides/content-provenance).

        If `not_detected`, it means the tool did not find supported signals in the
        uploaded file. The content could still have been generated by OpenAI if the
        metadata was stripped or has evidence of tampering, the watermark was
        degraded, it comes from a legacy generation model, or it was created before
        provenance signals were available. Content could also still be AI-generated
        by another company's model, which the tool currently does not detect.

        Args:
            file: The image or audio file to check for supported OpenAI provenance signals.
        """
        _response: ApiResponse[ProvenanceResource] = self._client._request(
            _CREATECONTENTPROVENANCECHECK, locals()
        )
        return _response.data

    def createcontentprovenancecheck_with_http_info(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProvenanceResource]:
        """Like `createcontentprovenancecheck`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_CREATECONTENTPROVENANCECHECK, locals())

    @overload
    def getinputtokencounts(
        self,
        *,
        body: TokenCountsBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> TokenCountsResource: ...

    @overload
    def getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> TokenCountsResource: ...

    def getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        body: TokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> TokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an
        `input_tokens` count.

        Args:
            truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
            personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
        """
        _response: ApiResponse[TokenCountsResource] = self._client._request(
            _GETINPUTTOKENCOUNTS, locals()
        )
        return _response.data

    @overload
    def getinputtokencounts_with_http_info(
        self,
        *,
        body: TokenCountsBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[TokenCountsResource]: ...

    @overload
    def getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[TokenCountsResource]: ...

    def getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        body: TokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[TokenCountsResource]:
        """Like `getinputtokencounts`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GETINPUTTOKENCOUNTS, locals())

    @overload
    def compactconversation(
        self,
        *,
        body: CompactResponseMethodPublicBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CompactResource: ...

    @overload
    def compactconversation(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CompactResource: ...

    def compactconversation(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        body: CompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation
        state guide](/docs/guides/conversation-state#managing-the-context-window).
        For ZDR-compatible compaction details, see [Compaction
        (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
        """
        _response: ApiResponse[CompactResource] = self._client._request(
            _COMPACTCONVERSATION, locals()
        )
        return _response.data

    @overload
    def compactconversation_with_http_info(
        self,
        *,
        body: CompactResponseMethodPublicBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CompactResource]: ...

    @overload
    def compactconversation_with_http_info(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CompactResource]: ...

    def compactconversation_with_http_info(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        body: CompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CompactResource]:
        """Like `compactconversation`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_COMPACTCONVERSATION, locals())

    def cancel_chat_session_method(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
            session_id: Unique identifier for the ChatKit session to cancel.
        """
        _response: ApiResponse[ChatSessionResource] = self._client._request(
            _CANCEL_CHAT_SESSION_METHOD, locals()
        )
        return _response.data

    def cancel_chat_session_method_with_http_info(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like `cancel_chat_session_method`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_CANCEL_CHAT_SESSION_METHOD, locals())

    @overload
    def create_chat_session_method(
        self,
        *,
        body: CreateChatSessionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource: ...

    @overload
    def create_chat_session_method(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource: ...

    def create_chat_session_method(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        body: CreateChatSessionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource:
        """Create a ChatKit session.

        Args:
            workflow: Workflow that powers the session.
            user: A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
            expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
            rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.
            chatkit_configuration: Optional overrides for ChatKit runtime configuration features
        """
        _response: ApiResponse[ChatSessionResource] = self._client._request(
            _CREATE_CHAT_SESSION_METHOD, locals()
        )
        return _response.data

    @overload
    def create_chat_session_method_with_http_info(
        self,
        *,
        body: CreateChatSessionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]: ...

    @overload
    def create_chat_session_method_with_http_info(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]: ...

    def create_chat_session_method_with_http_info(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        body: CreateChatSessionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like `create_chat_session_method`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_CREATE_CHAT_SESSION_METHOD, locals())

    def list_thread_items_method(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadItemListResource:
        """List items that belong to a ChatKit thread.

        Args:
            thread_id: Identifier of the ChatKit thread whose items are requested.
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.
        """
        _response: ApiResponse[ThreadItemListResource] = self._client._request(
            _LIST_THREAD_ITEMS_METHOD, locals()
        )
        return _response.data

    def list_thread_items_method_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadItemListResource]:
        """Like `list_thread_items_method`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_LIST_THREAD_ITEMS_METHOD, locals())

    def list_thread_items_method_iter(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ThreadItem]:
        """Like `list_thread_items_method`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_THREAD_ITEMS_METHOD,
            locals(),
            _LIST_THREAD_ITEMS_METHOD_PAGES,
        )

    def get_thread_method(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadResource:
        """Retrieve a ChatKit thread by its identifier.

        Args:
            thread_id: Identifier of the ChatKit thread to retrieve.
        """
        _response: ApiResponse[ThreadResource] = self._client._request(
            _GET_THREAD_METHOD, locals()
        )
        return _response.data

    def get_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadResource]:
        """Like `get_thread_method`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_THREAD_METHOD, locals())

    def delete_thread_method(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
            thread_id: Identifier of the ChatKit thread to delete.
        """
        _response: ApiResponse[DeletedThreadResource] = self._client._request(
            _DELETE_THREAD_METHOD, locals()
        )
        return _response.data

    def delete_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedThreadResource]:
        """Like `delete_thread_method`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_THREAD_METHOD, locals())

    def list_threads_method(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadListResource:
        """List ChatKit threads with optional pagination and user filters.

        Args:
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.
            user: Filter threads that belong to this user identifier. Defaults to null to return all users.
        """
        _response: ApiResponse[ThreadListResource] = self._client._request(
            _LIST_THREADS_METHOD, locals()
        )
        return _response.data

    def list_threads_method_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadListResource]:
        """Like `list_threads_method`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_THREADS_METHOD, locals())

    def list_threads_method_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ThreadResource]:
        """Like `list_threads_method`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_THREADS_METHOD, locals(), _LIST_THREADS_METHOD_PAGES
        )

    @overload
    def beta_compactconversation(
        self,
        *,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaCompactResource: ...

    @overload
    def beta_compactconversation(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaCompactResource: ...

    def beta_compactconversation(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaCompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation
        state guide](/docs/guides/conversation-state#managing-the-context-window).
        For ZDR-compatible compaction details, see [Compaction
        (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            openai_beta: Optional beta features to enable for this request.
            model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
        """
        _response: ApiResponse[BetaCompactResource] = self._client._request(
            _BETA_COMPACTCONVERSATION, locals()
        )
        return _response.data

    @overload
    def beta_compactconversation_with_http_info(
        self,
        *,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaCompactResource]: ...

    @overload
    def beta_compactconversation_with_http_info(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaCompactResource]: ...

    def beta_compactconversation_with_http_info(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaCompactResource]:
        """Like `beta_compactconversation`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_BETA_COMPACTCONVERSATION, locals())

    @overload
    def beta_getinputtokencounts(
        self,
        *,
        body: BetaTokenCountsBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaTokenCountsResource: ...

    @overload
    def beta_getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaTokenCountsResource: ...

    def beta_getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaTokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaTokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an
        `input_tokens` count.

        Args:
            openai_beta: Optional beta features to enable for this request.
            truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
            personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
        """
        _response: ApiResponse[BetaTokenCountsResource] = self._client._request(
            _BETA_GETINPUTTOKENCOUNTS, locals()
        )
        return _response.data

    @overload
    def beta_getinputtokencounts_with_http_info(
        self,
        *,
        body: BetaTokenCountsBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaTokenCountsResource]: ...

    @overload
    def beta_getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaTokenCountsResource]: ...

    def beta_getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaTokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaTokenCountsResource]:
        """Like `beta_getinputtokencounts`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_BETA_GETINPUTTOKENCOUNTS, locals())


class AsyncDefaultApi:
    """default operations (async).

    Reach it as `client.default`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_containers(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerListResource:
        """List Containers

        Lists containers.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            name: Filter results by container name.
        """
        _response: ApiResponse[ContainerListResource] = await self._client._request(
            _LIST_CONTAINERS, locals()
        )
        return _response.data

    async def list_containers_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerListResource]:
        """Like `list_containers`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_CONTAINERS, locals())

    def list_containers_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ContainerResource]:
        """Like `list_containers`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_CONTAINERS, locals(), _LIST_CONTAINERS_PAGES
        )

    @overload
    async def create_container(
        self,
        *,
        body: CreateContainerBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource: ...

    @overload
    async def create_container(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource: ...

    async def create_container(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateContainerBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource:
        """Create Container

        Creates a container.

        Args:
            name: Name of the container to create.
            file_ids: IDs of files to copy to the container.
            expires_after: Container expiration time in seconds relative to the 'anchor' time.
            skills: An optional list of skills referenced by id or inline data.
            memory_limit: Optional memory limit for the container. Defaults to "1g".
            network_policy: Network access policy for the container.
        """
        _response: ApiResponse[ContainerResource] = await self._client._request(
            _CREATE_CONTAINER, locals()
        )
        return _response.data

    @overload
    async def create_container_with_http_info(
        self,
        *,
        body: CreateContainerBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]: ...

    @overload
    async def create_container_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]: ...

    async def create_container_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        file_ids: list[str] | NotGiven = NOT_GIVEN,
        expires_after: CreateContainerBodyExpiresAfter | NotGiven = NOT_GIVEN,
        skills: (
            list[
                Annotated[
                    Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                    | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {
                            "skill_reference": "SkillReferenceParam",
                            "inline": "InlineSkillParam",
                        },
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        memory_limit: Literal["1g", "4g", "16g", "64g"] | str | NotGiven = NOT_GIVEN,
        network_policy: (
            Annotated[
                Annotated[
                    ContainerNetworkPolicyDisabledParam,
                    pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
                ]
                | Annotated[
                    ContainerNetworkPolicyAllowlistParam,
                    pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "disabled": "ContainerNetworkPolicyDisabledParam",
                        "allowlist": "ContainerNetworkPolicyAllowlistParam",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: CreateContainerBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like `create_container`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_CONTAINER, locals())

    async def retrieve_container(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerResource:
        """Retrieve Container

        Retrieves a container.
        """
        _response: ApiResponse[ContainerResource] = await self._client._request(
            _RETRIEVE_CONTAINER, locals()
        )
        return _response.data

    async def retrieve_container_with_http_info(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerResource]:
        """Like `retrieve_container`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_RETRIEVE_CONTAINER, locals())

    async def delete_container(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete Container

        Delete a container.

        Args:
            container_id: The ID of the container to delete.
        """
        _response: ApiResponse[None] = await self._client._request(
            _DELETE_CONTAINER, locals()
        )
        return _response.data

    async def delete_container_with_http_info(
        self,
        container_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_container`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_CONTAINER, locals())

    @overload
    async def create_container_file(
        self,
        container_id: str,
        *,
        body: CreateContainerFileBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource: ...

    @overload
    async def create_container_file(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource: ...

    async def create_container_file(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        body: CreateContainerFileBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource:
        """Create a Container File

        You can send either a multipart/form-data request with the raw file content,
        or a JSON request with a file ID.

        Creates a container file.

        Args:
            file_id: Name of the file to create.
            file: The File object (not file name) to be uploaded.
        """
        _response: ApiResponse[ContainerFileResource] = await self._client._request(
            _CREATE_CONTAINER_FILE, locals()
        )
        return _response.data

    @overload
    async def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        body: CreateContainerFileBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]: ...

    @overload
    async def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]: ...

    async def create_container_file_with_http_info(
        self,
        container_id: str,
        *,
        file_id: str | NotGiven = NOT_GIVEN,
        file: FileInput | NotGiven = NOT_GIVEN,
        body: CreateContainerFileBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like `create_container_file`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_CONTAINER_FILE, locals())

    async def list_container_files(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileListResource:
        """List Container files

        Lists container files.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
        """
        _response: ApiResponse[ContainerFileListResource] = await self._client._request(
            _LIST_CONTAINER_FILES, locals()
        )
        return _response.data

    async def list_container_files_with_http_info(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileListResource]:
        """Like `list_container_files`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_CONTAINER_FILES, locals())

    def list_container_files_iter(
        self,
        container_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ContainerFileResource]:
        """Like `list_container_files`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_CONTAINER_FILES, locals(), _LIST_CONTAINER_FILES_PAGES
        )

    async def retrieve_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ContainerFileResource:
        """Retrieve Container File

        Retrieves a container file.
        """
        _response: ApiResponse[ContainerFileResource] = await self._client._request(
            _RETRIEVE_CONTAINER_FILE, locals()
        )
        return _response.data

    async def retrieve_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ContainerFileResource]:
        """Like `retrieve_container_file`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_RETRIEVE_CONTAINER_FILE, locals())

    async def delete_container_file(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Delete Container File

        Delete a container file.
        """
        _response: ApiResponse[None] = await self._client._request(
            _DELETE_CONTAINER_FILE, locals()
        )
        return _response.data

    async def delete_container_file_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_container_file`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_DELETE_CONTAINER_FILE, locals())

    async def retrieve_container_file_content(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Retrieve Container File Content

        Retrieves a container file content.
        """
        _response: ApiResponse[None] = await self._client._request(
            _RETRIEVE_CONTAINER_FILE_CONTENT, locals()
        )
        return _response.data

    async def retrieve_container_file_content_with_http_info(
        self,
        container_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `retrieve_container_file_content`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_RETRIEVE_CONTAINER_FILE_CONTENT, locals())

    async def admin_api_keys_list(
        self,
        *,
        after: str | None | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiKeyList:
        """List organization API keys

        Retrieve a paginated list of organization admin API keys.

        Args:
            after: Return keys with IDs that come after this ID in the pagination order.
            order: Order results by creation time, ascending or descending.
            limit: Maximum number of keys to return.
        """
        _response: ApiResponse[ApiKeyList] = await self._client._request(
            _ADMIN_API_KEYS_LIST, locals()
        )
        return _response.data

    async def admin_api_keys_list_with_http_info(
        self,
        *,
        after: str | None | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ApiKeyList]:
        """Like `admin_api_keys_list`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_ADMIN_API_KEYS_LIST, locals())

    def admin_api_keys_list_iter(
        self,
        *,
        after: str | None | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[AdminApiKey]:
        """Like `admin_api_keys_list`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _ADMIN_API_KEYS_LIST, locals(), _ADMIN_API_KEYS_LIST_PAGES
        )

    @overload
    async def admin_api_keys_create(
        self,
        *,
        body: AdminApiKeysCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeyCreateResponse: ...

    @overload
    async def admin_api_keys_create(
        self,
        *,
        name: str,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeyCreateResponse: ...

    async def admin_api_keys_create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        body: AdminApiKeysCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeyCreateResponse:
        """Create an organization admin API key

        Create a new admin-level API key for the organization.

        Args:
            expires_in_seconds: The number of seconds until the API key expires. Omit this field for a key that does not expire.
        """
        _response: ApiResponse[AdminApiKeyCreateResponse] = await self._client._request(
            _ADMIN_API_KEYS_CREATE, locals()
        )
        return _response.data

    @overload
    async def admin_api_keys_create_with_http_info(
        self,
        *,
        body: AdminApiKeysCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]: ...

    @overload
    async def admin_api_keys_create_with_http_info(
        self,
        *,
        name: str,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]: ...

    async def admin_api_keys_create_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_seconds: int | NotGiven = NOT_GIVEN,
        body: AdminApiKeysCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeyCreateResponse]:
        """Like `admin_api_keys_create`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_ADMIN_API_KEYS_CREATE, locals())

    async def admin_api_keys_get(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKey:
        """Retrieve a single organization API key

        Get details for a specific organization API key by its ID.

        Args:
            key_id: The ID of the API key.
        """
        _response: ApiResponse[AdminApiKey] = await self._client._request(
            _ADMIN_API_KEYS_GET, locals()
        )
        return _response.data

    async def admin_api_keys_get_with_http_info(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKey]:
        """Like `admin_api_keys_get`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_ADMIN_API_KEYS_GET, locals())

    async def admin_api_keys_delete(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AdminApiKeysDeleteResponse:
        """Delete an organization admin API key

        Delete the specified admin API key.

        Args:
            key_id: The ID of the API key to be deleted.
        """
        _response: ApiResponse[AdminApiKeysDeleteResponse] = (
            await self._client._request(_ADMIN_API_KEYS_DELETE, locals())
        )
        return _response.data

    async def admin_api_keys_delete_with_http_info(
        self,
        key_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[AdminApiKeysDeleteResponse]:
        """Like `admin_api_keys_delete`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_ADMIN_API_KEYS_DELETE, locals())

    async def getorganizationspendlimit(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource:
        """Get the organization's hard spend limit."""
        _response: ApiResponse[OrganizationSpendLimitResource] = (
            await self._client._request(_GETORGANIZATIONSPENDLIMIT, locals())
        )
        return _response.data

    async def getorganizationspendlimit_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]:
        """Like `getorganizationspendlimit`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_GETORGANIZATIONSPENDLIMIT, locals())

    @overload
    async def updateorganizationspendlimit(
        self,
        *,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource: ...

    @overload
    async def updateorganizationspendlimit(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource: ...

    async def updateorganizationspendlimit(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitResource:
        """Create or replace the organization's hard spend limit.

        Args:
            threshold_amount: The hard spend limit amount, in cents.
            currency: The currency for the threshold amount. Currently, only `USD` is supported.
            interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """
        _response: ApiResponse[OrganizationSpendLimitResource] = (
            await self._client._request(_UPDATEORGANIZATIONSPENDLIMIT, locals())
        )
        return _response.data

    @overload
    async def updateorganizationspendlimit_with_http_info(
        self,
        *,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]: ...

    @overload
    async def updateorganizationspendlimit_with_http_info(
        self,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]: ...

    async def updateorganizationspendlimit_with_http_info(
        self,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateOrganizationSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitResource]:
        """Like `updateorganizationspendlimit`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_UPDATEORGANIZATIONSPENDLIMIT, locals())

    async def deleteorganizationspendlimit(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationSpendLimitDeletedResource:
        """Delete the organization's hard spend limit."""
        _response: ApiResponse[OrganizationSpendLimitDeletedResource] = (
            await self._client._request(_DELETEORGANIZATIONSPENDLIMIT, locals())
        )
        return _response.data

    async def deleteorganizationspendlimit_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationSpendLimitDeletedResource]:
        """Like `deleteorganizationspendlimit`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_DELETEORGANIZATIONSPENDLIMIT, locals())

    async def getprojectspendlimit(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource:
        """Get a project's hard spend limit.

        Args:
            project_id: The ID of the project whose hard spend limit is being managed.
        """
        _response: ApiResponse[ProjectSpendLimitResource] = await self._client._request(
            _GETPROJECTSPENDLIMIT, locals()
        )
        return _response.data

    async def getprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]:
        """Like `getprojectspendlimit`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GETPROJECTSPENDLIMIT, locals())

    async def deleteprojectspendlimit(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitDeletedResource:
        """Delete a project's hard spend limit.

        Args:
            project_id: The ID of the project whose hard spend limit is being managed.
        """
        _response: ApiResponse[ProjectSpendLimitDeletedResource] = (
            await self._client._request(_DELETEPROJECTSPENDLIMIT, locals())
        )
        return _response.data

    async def deleteprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitDeletedResource]:
        """Like `deleteprojectspendlimit`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_DELETEPROJECTSPENDLIMIT, locals())

    @overload
    async def updateprojectspendlimit(
        self,
        project_id: str,
        *,
        body: UpdateProjectSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource: ...

    @overload
    async def updateprojectspendlimit(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource: ...

    async def updateprojectspendlimit(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateProjectSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectSpendLimitResource:
        """Create or replace a project's hard spend limit.

        Args:
            project_id: The ID of the project whose hard spend limit is being managed.
            threshold_amount: The hard spend limit amount, in cents.
            currency: The currency for the threshold amount. Currently, only `USD` is supported.
            interval: The time interval for evaluating spend against the threshold. Currently, only `month` is supported.
        """
        _response: ApiResponse[ProjectSpendLimitResource] = await self._client._request(
            _UPDATEPROJECTSPENDLIMIT, locals()
        )
        return _response.data

    @overload
    async def updateprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        body: UpdateProjectSpendLimitBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]: ...

    @overload
    async def updateprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int,
        currency: Literal["USD"],
        interval: Literal["month"],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]: ...

    async def updateprojectspendlimit_with_http_info(
        self,
        project_id: str,
        *,
        threshold_amount: int | NotGiven = NOT_GIVEN,
        currency: Literal["USD"] | NotGiven = NOT_GIVEN,
        interval: Literal["month"] | NotGiven = NOT_GIVEN,
        body: UpdateProjectSpendLimitBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectSpendLimitResource]:
        """Like `updateprojectspendlimit`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_UPDATEPROJECTSPENDLIMIT, locals())

    @overload
    async def createan_ap_ikeyforaserviceaccount(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ServiceAccountApiKeyBody: ...

    @overload
    async def createan_ap_ikeyforaserviceaccount(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ServiceAccountApiKeyBody: ...

    async def createan_ap_ikeyforaserviceaccount(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ServiceAccountApiKeyBody:
        """Creates an API key for a service account in the project.

        Args:
            project_id: The ID of the project.
            service_account_id: The ID of the service account.
            name: API key name.
            scopes: API key scopes.
        """
        _response: ApiResponse[ServiceAccountApiKeyBody] = await self._client._request(
            _CREATEAN_AP_IKEYFORASERVICEACCOUNT, locals()
        )
        return _response.data

    @overload
    async def createan_ap_ikeyforaserviceaccount_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ServiceAccountApiKeyBody]: ...

    @overload
    async def createan_ap_ikeyforaserviceaccount_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ServiceAccountApiKeyBody]: ...

    async def createan_ap_ikeyforaserviceaccount_with_http_info(
        self,
        project_id: str,
        service_account_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        scopes: list[str] | NotGiven = NOT_GIVEN,
        body: CreateProjectServiceAccountApiKeyBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ServiceAccountApiKeyBody]:
        """Like `createan_ap_ikeyforaserviceaccount`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _CREATEAN_AP_IKEYFORASERVICEACCOUNT, locals()
        )

    async def createcontentprovenancecheck(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProvenanceResource:
        """Check whether an image or audio file contains known OpenAI provenance
        signals. [Learn more about content
        provenance](/api/docs/guides/content-provenance).

        If `not_detected`, it means the tool did not find supported signals in the
        uploaded file. The content could still have been generated by OpenAI if the
        metadata was stripped or has evidence of tampering, the watermark was
        degraded, it comes from a legacy generation model, or it was created before
        provenance signals were available. Content could also still be AI-generated
        by another company's model, which the tool currently does not detect.

        Args:
            file: The image or audio file to check for supported OpenAI provenance signals.
        """
        _response: ApiResponse[ProvenanceResource] = await self._client._request(
            _CREATECONTENTPROVENANCECHECK, locals()
        )
        return _response.data

    async def createcontentprovenancecheck_with_http_info(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProvenanceResource]:
        """Like `createcontentprovenancecheck`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_CREATECONTENTPROVENANCECHECK, locals())

    @overload
    async def getinputtokencounts(
        self,
        *,
        body: TokenCountsBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> TokenCountsResource: ...

    @overload
    async def getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> TokenCountsResource: ...

    async def getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        body: TokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> TokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an
        `input_tokens` count.

        Args:
            truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
            personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
        """
        _response: ApiResponse[TokenCountsResource] = await self._client._request(
            _GETINPUTTOKENCOUNTS, locals()
        )
        return _response.data

    @overload
    async def getinputtokencounts_with_http_info(
        self,
        *,
        body: TokenCountsBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[TokenCountsResource]: ...

    @overload
    async def getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[TokenCountsResource]: ...

    async def getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[Tool] | None | NotGiven = NOT_GIVEN,
        text: ResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: Reasoning | None | NotGiven = NOT_GIVEN,
        truncation: TruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: PersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: ConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        body: TokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[TokenCountsResource]:
        """Like `getinputtokencounts`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GETINPUTTOKENCOUNTS, locals())

    @overload
    async def compactconversation(
        self,
        *,
        body: CompactResponseMethodPublicBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CompactResource: ...

    @overload
    async def compactconversation(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CompactResource: ...

    async def compactconversation(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        body: CompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation
        state guide](/docs/guides/conversation-state#managing-the-context-window).
        For ZDR-compatible compaction details, see [Compaction
        (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
        """
        _response: ApiResponse[CompactResource] = await self._client._request(
            _COMPACTCONVERSATION, locals()
        )
        return _response.data

    @overload
    async def compactconversation_with_http_info(
        self,
        *,
        body: CompactResponseMethodPublicBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CompactResource]: ...

    @overload
    async def compactconversation_with_http_info(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CompactResource]: ...

    async def compactconversation_with_http_info(
        self,
        *,
        model: ModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[InputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: PromptCacheRetentionEnum | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: PromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: ServiceTierEnum | None | NotGiven = NOT_GIVEN,
        body: CompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CompactResource]:
        """Like `compactconversation`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_COMPACTCONVERSATION, locals())

    async def cancel_chat_session_method(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
            session_id: Unique identifier for the ChatKit session to cancel.
        """
        _response: ApiResponse[ChatSessionResource] = await self._client._request(
            _CANCEL_CHAT_SESSION_METHOD, locals()
        )
        return _response.data

    async def cancel_chat_session_method_with_http_info(
        self,
        session_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like `cancel_chat_session_method`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_CANCEL_CHAT_SESSION_METHOD, locals())

    @overload
    async def create_chat_session_method(
        self,
        *,
        body: CreateChatSessionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource: ...

    @overload
    async def create_chat_session_method(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource: ...

    async def create_chat_session_method(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        body: CreateChatSessionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ChatSessionResource:
        """Create a ChatKit session.

        Args:
            workflow: Workflow that powers the session.
            user: A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
            expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
            rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.
            chatkit_configuration: Optional overrides for ChatKit runtime configuration features
        """
        _response: ApiResponse[ChatSessionResource] = await self._client._request(
            _CREATE_CHAT_SESSION_METHOD, locals()
        )
        return _response.data

    @overload
    async def create_chat_session_method_with_http_info(
        self,
        *,
        body: CreateChatSessionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]: ...

    @overload
    async def create_chat_session_method_with_http_info(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]: ...

    async def create_chat_session_method_with_http_info(
        self,
        *,
        workflow: WorkflowParam | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        body: CreateChatSessionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ChatSessionResource]:
        """Like `create_chat_session_method`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_CREATE_CHAT_SESSION_METHOD, locals())

    async def list_thread_items_method(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadItemListResource:
        """List items that belong to a ChatKit thread.

        Args:
            thread_id: Identifier of the ChatKit thread whose items are requested.
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.
        """
        _response: ApiResponse[ThreadItemListResource] = await self._client._request(
            _LIST_THREAD_ITEMS_METHOD, locals()
        )
        return _response.data

    async def list_thread_items_method_with_http_info(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadItemListResource]:
        """Like `list_thread_items_method`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_LIST_THREAD_ITEMS_METHOD, locals())

    def list_thread_items_method_iter(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ThreadItem]:
        """Like `list_thread_items_method`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_THREAD_ITEMS_METHOD,
            locals(),
            _LIST_THREAD_ITEMS_METHOD_PAGES,
        )

    async def get_thread_method(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadResource:
        """Retrieve a ChatKit thread by its identifier.

        Args:
            thread_id: Identifier of the ChatKit thread to retrieve.
        """
        _response: ApiResponse[ThreadResource] = await self._client._request(
            _GET_THREAD_METHOD, locals()
        )
        return _response.data

    async def get_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadResource]:
        """Like `get_thread_method`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_THREAD_METHOD, locals())

    async def delete_thread_method(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
            thread_id: Identifier of the ChatKit thread to delete.
        """
        _response: ApiResponse[DeletedThreadResource] = await self._client._request(
            _DELETE_THREAD_METHOD, locals()
        )
        return _response.data

    async def delete_thread_method_with_http_info(
        self,
        thread_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedThreadResource]:
        """Like `delete_thread_method`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_THREAD_METHOD, locals())

    async def list_threads_method(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ThreadListResource:
        """List ChatKit threads with optional pagination and user filters.

        Args:
            limit: Maximum number of thread items to return. Defaults to 20.
            order: Sort order for results by creation time. Defaults to `desc`.
            after: List items created after this thread item ID. Defaults to null for the first page.
            before: List items created before this thread item ID. Defaults to null for the newest results.
            user: Filter threads that belong to this user identifier. Defaults to null to return all users.
        """
        _response: ApiResponse[ThreadListResource] = await self._client._request(
            _LIST_THREADS_METHOD, locals()
        )
        return _response.data

    async def list_threads_method_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ThreadListResource]:
        """Like `list_threads_method`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_THREADS_METHOD, locals())

    def list_threads_method_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ThreadResource]:
        """Like `list_threads_method`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_THREADS_METHOD, locals(), _LIST_THREADS_METHOD_PAGES
        )

    @overload
    async def beta_compactconversation(
        self,
        *,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaCompactResource: ...

    @overload
    async def beta_compactconversation(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaCompactResource: ...

    async def beta_compactconversation(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaCompactResource:
        """Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation
        state guide](/docs/guides/conversation-state#managing-the-context-window).
        For ZDR-compatible compaction details, see [Compaction
        (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
            openai_beta: Optional beta features to enable for this request.
            model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and compare available models.
        """
        _response: ApiResponse[BetaCompactResource] = await self._client._request(
            _BETA_COMPACTCONVERSATION, locals()
        )
        return _response.data

    @overload
    async def beta_compactconversation_with_http_info(
        self,
        *,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaCompactResource]: ...

    @overload
    async def beta_compactconversation_with_http_info(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaCompactResource]: ...

    async def beta_compactconversation_with_http_info(
        self,
        *,
        model: BetaModelIdsCompaction | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: (
            BetaPromptCacheRetentionEnum | None | NotGiven
        ) = NOT_GIVEN,
        prompt_cache_options: BetaPromptCacheOptionsParam | None | NotGiven = NOT_GIVEN,
        service_tier: BetaServiceTierEnum | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaCompactResponseMethodPublicBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaCompactResource]:
        """Like `beta_compactconversation`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_BETA_COMPACTCONVERSATION, locals())

    @overload
    async def beta_getinputtokencounts(
        self,
        *,
        body: BetaTokenCountsBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaTokenCountsResource: ...

    @overload
    async def beta_getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaTokenCountsResource: ...

    async def beta_getinputtokencounts(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaTokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> BetaTokenCountsResource:
        """Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an
        `input_tokens` count.

        Args:
            openai_beta: Optional beta features to enable for this request.
            truncation: The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
            personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
        """
        _response: ApiResponse[BetaTokenCountsResource] = await self._client._request(
            _BETA_GETINPUTTOKENCOUNTS, locals()
        )
        return _response.data

    @overload
    async def beta_getinputtokencounts_with_http_info(
        self,
        *,
        body: BetaTokenCountsBody | dict[str, Any],
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaTokenCountsResource]: ...

    @overload
    async def beta_getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaTokenCountsResource]: ...

    async def beta_getinputtokencounts_with_http_info(
        self,
        *,
        model: str | None | NotGiven = NOT_GIVEN,
        input: str | list[BetaInputItem] | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        tools: list[BetaTool] | None | NotGiven = NOT_GIVEN,
        text: BetaResponseTextParam | None | NotGiven = NOT_GIVEN,
        reasoning: BetaReasoning | None | NotGiven = NOT_GIVEN,
        truncation: BetaTruncationEnum | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        personality: BetaPersonalityEnum | NotGiven = NOT_GIVEN,
        conversation: BetaConversationParam | None | NotGiven = NOT_GIVEN,
        tool_choice: BetaToolChoiceParam | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        openai_beta: list[Literal["responses_multi_agent=v1"]] | NotGiven = NOT_GIVEN,
        body: BetaTokenCountsBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[BetaTokenCountsResource]:
        """Like `beta_getinputtokencounts`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_BETA_GETINPUTTOKENCOUNTS, locals())
