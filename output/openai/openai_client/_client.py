"""The entry points: `Client` and `AsyncClient` for OpenAI API."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_BACKOFF,
    DEFAULT_TIMEOUT,
    AsyncRuntime,
    Scheme,
    SyncRuntime,
    env,
)
from ._types import OAuth2ClientCredentials, TimeoutTypes

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Self

    from .api.assistants import AssistantsApi, AsyncAssistantsApi
    from .api.audio import AsyncAudioApi, AudioApi
    from .api.audit_logs import AsyncAuditLogsApi, AuditLogsApi
    from .api.batch import AsyncBatchApi, BatchApi
    from .api.certificates import AsyncCertificatesApi, CertificatesApi
    from .api.chat import AsyncChatApi, ChatApi
    from .api.completions import AsyncCompletionsApi, CompletionsApi
    from .api.conversations import AsyncConversationsApi, ConversationsApi
    from .api.data_retention import AsyncDataRetentionApi, DataRetentionApi
    from .api.default import AsyncDefaultApi, DefaultApi
    from .api.embeddings import AsyncEmbeddingsApi, EmbeddingsApi
    from .api.evals import AsyncEvalsApi, EvalsApi
    from .api.files import AsyncFilesApi, FilesApi
    from .api.fine_tuning import AsyncFineTuningApi, FineTuningApi
    from .api.group_organization_role_assignments import (
        AsyncGroupOrganizationRoleAssignmentsApi,
        GroupOrganizationRoleAssignmentsApi,
    )
    from .api.group_users import AsyncGroupUsersApi, GroupUsersApi
    from .api.groups import AsyncGroupsApi, GroupsApi
    from .api.hosted_tools import AsyncHostedToolsApi, HostedToolsApi
    from .api.images import AsyncImagesApi, ImagesApi
    from .api.invites import AsyncInvitesApi, InvitesApi
    from .api.models import AsyncModelsApi, ModelsApi
    from .api.moderations import AsyncModerationsApi, ModerationsApi
    from .api.project_group_role_assignments import (
        AsyncProjectGroupRoleAssignmentsApi,
        ProjectGroupRoleAssignmentsApi,
    )
    from .api.project_groups import AsyncProjectGroupsApi, ProjectGroupsApi
    from .api.project_user_role_assignments import (
        AsyncProjectUserRoleAssignmentsApi,
        ProjectUserRoleAssignmentsApi,
    )
    from .api.projects import AsyncProjectsApi, ProjectsApi
    from .api.realtime import AsyncRealtimeApi, RealtimeApi
    from .api.responses import AsyncResponsesApi, ResponsesApi
    from .api.roles import AsyncRolesApi, RolesApi
    from .api.skills import AsyncSkillsApi, SkillsApi
    from .api.spend_alerts import AsyncSpendAlertsApi, SpendAlertsApi
    from .api.uploads import AsyncUploadsApi, UploadsApi
    from .api.usage import AsyncUsageApi, UsageApi
    from .api.user_organization_role_assignments import (
        AsyncUserOrganizationRoleAssignmentsApi,
        UserOrganizationRoleAssignmentsApi,
    )
    from .api.users import AsyncUsersApi, UsersApi
    from .api.vector_stores import AsyncVectorStoresApi, VectorStoresApi
    from .api.videos import AsyncVideosApi, VideosApi

DEFAULT_BASE_URL = "https://api.openai.com/v1"
BASE_URL_ENV = "OPENAI_CLIENT_BASE_URL"
SCHEMES: Mapping[str, Scheme] = {
    "ApiKeyAuth": Scheme(kind="bearer", location=None, param_name=None),
    "AdminApiKeyAuth": Scheme(kind="bearer", location=None, param_name=None),
}


def _basic(value: str | None) -> tuple[str, str] | None:
    """`user:password` from an environment variable."""
    if value is None:
        return None
    user, _, password = value.partition(":")
    return (user, password)


def _client_credentials(env_var: str) -> OAuth2ClientCredentials | None:
    """OAuth2 client credentials from `<env_var>_CLIENT_ID` and `<env_var>_CLIENT_SECRET`."""
    client_id = env(env_var + "_CLIENT_ID")
    client_secret = env(env_var + "_CLIENT_SECRET")
    if client_id is None or client_secret is None:
        return None
    return OAuth2ClientCredentials(client_id, client_secret)


class Client(SyncRuntime):
    """Synchronous client for OpenAI API.

    Args:
        base_url: defaults to $OPENAI_CLIENT_BASE_URL, else https://api.openai.com/v1
        api_key_auth: bearer token for ApiKeyAuth; defaults to $OPENAI_CLIENT_API_KEY_AUTH
        admin_api_key_auth: bearer token for AdminApiKeyAuth; defaults to $OPENAI_CLIENT_ADMIN_API_KEY_AUTH
        timeout: seconds, or an httpx.Timeout, for every request (per call: `timeout=`).
        max_retries: retries on connection errors, 408, 409, 429 and 5xx, with backoff.
        retry_backoff: seconds before the first retry (doubled for each next one, at most 8); a Retry-After header wins.
        retry_non_idempotent: also retry POST and PATCH after the request was sent.
        default_headers: headers sent with every request.
        strict_responses: raise pydantic.ValidationError when a response breaks the API description (by default it is parsed leniently and logged).
        request_hook: called with every request just before it is sent (after the credentials are attached; again for each retry and each redirect to the same origin): sign it here, e.g. for HTTP Signature or Digest schemes, which the client does not perform.
        http_client: your own configured httpx client.
        transport: an httpx transport (for tests, proxies or mocking).
    """

    _schemes = SCHEMES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key_auth: str | None = None,
        admin_api_key_auth: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        request_hook: Callable[[httpx.Request], None] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url or env(BASE_URL_ENV) or DEFAULT_BASE_URL,
            credentials={
                "ApiKeyAuth": (
                    api_key_auth
                    if api_key_auth is not None
                    else env("OPENAI_CLIENT_API_KEY_AUTH")
                ),
                "AdminApiKeyAuth": (
                    admin_api_key_auth
                    if admin_api_key_auth is not None
                    else env("OPENAI_CLIENT_ADMIN_API_KEY_AUTH")
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            retry_non_idempotent=retry_non_idempotent,
            strict_responses=strict_responses,
            request_hook=request_hook,
            retry_backoff=retry_backoff,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @cached_property
    def assistants(self) -> AssistantsApi:
        """Assistants operations."""
        from .api.assistants import AssistantsApi

        return AssistantsApi(self)

    @cached_property
    def audio(self) -> AudioApi:
        """Audio operations."""
        from .api.audio import AudioApi

        return AudioApi(self)

    @cached_property
    def chat(self) -> ChatApi:
        """Chat operations."""
        from .api.chat import ChatApi

        return ChatApi(self)

    @cached_property
    def conversations(self) -> ConversationsApi:
        """Conversations operations."""
        from .api.conversations import ConversationsApi

        return ConversationsApi(self)

    @cached_property
    def completions(self) -> CompletionsApi:
        """Completions operations."""
        from .api.completions import CompletionsApi

        return CompletionsApi(self)

    @cached_property
    def embeddings(self) -> EmbeddingsApi:
        """Embeddings operations."""
        from .api.embeddings import EmbeddingsApi

        return EmbeddingsApi(self)

    @cached_property
    def evals(self) -> EvalsApi:
        """Evals operations."""
        from .api.evals import EvalsApi

        return EvalsApi(self)

    @cached_property
    def fine_tuning(self) -> FineTuningApi:
        """Fine-tuning operations."""
        from .api.fine_tuning import FineTuningApi

        return FineTuningApi(self)

    @cached_property
    def batch(self) -> BatchApi:
        """Batch operations."""
        from .api.batch import BatchApi

        return BatchApi(self)

    @cached_property
    def files(self) -> FilesApi:
        """Files operations."""
        from .api.files import FilesApi

        return FilesApi(self)

    @cached_property
    def uploads(self) -> UploadsApi:
        """Uploads operations."""
        from .api.uploads import UploadsApi

        return UploadsApi(self)

    @cached_property
    def images(self) -> ImagesApi:
        """Images operations."""
        from .api.images import ImagesApi

        return ImagesApi(self)

    @cached_property
    def models(self) -> ModelsApi:
        """Models operations."""
        from .api.models import ModelsApi

        return ModelsApi(self)

    @cached_property
    def moderations(self) -> ModerationsApi:
        """Moderations operations."""
        from .api.moderations import ModerationsApi

        return ModerationsApi(self)

    @cached_property
    def audit_logs(self) -> AuditLogsApi:
        """Audit Logs operations."""
        from .api.audit_logs import AuditLogsApi

        return AuditLogsApi(self)

    @cached_property
    def default(self) -> DefaultApi:
        """default operations."""
        from .api.default import DefaultApi

        return DefaultApi(self)

    @cached_property
    def certificates(self) -> CertificatesApi:
        """Certificates operations."""
        from .api.certificates import CertificatesApi

        return CertificatesApi(self)

    @cached_property
    def usage(self) -> UsageApi:
        """Usage operations."""
        from .api.usage import UsageApi

        return UsageApi(self)

    @cached_property
    def data_retention(self) -> DataRetentionApi:
        """Data retention operations."""
        from .api.data_retention import DataRetentionApi

        return DataRetentionApi(self)

    @cached_property
    def groups(self) -> GroupsApi:
        """Groups operations."""
        from .api.groups import GroupsApi

        return GroupsApi(self)

    @cached_property
    def group_organization_role_assignments(
        self,
    ) -> GroupOrganizationRoleAssignmentsApi:
        """Group organization role assignments operations."""
        from .api.group_organization_role_assignments import (
            GroupOrganizationRoleAssignmentsApi,
        )

        return GroupOrganizationRoleAssignmentsApi(self)

    @cached_property
    def group_users(self) -> GroupUsersApi:
        """Group users operations."""
        from .api.group_users import GroupUsersApi

        return GroupUsersApi(self)

    @cached_property
    def invites(self) -> InvitesApi:
        """Invites operations."""
        from .api.invites import InvitesApi

        return InvitesApi(self)

    @cached_property
    def projects(self) -> ProjectsApi:
        """Projects operations."""
        from .api.projects import ProjectsApi

        return ProjectsApi(self)

    @cached_property
    def project_groups(self) -> ProjectGroupsApi:
        """Project groups operations."""
        from .api.project_groups import ProjectGroupsApi

        return ProjectGroupsApi(self)

    @cached_property
    def hosted_tools(self) -> HostedToolsApi:
        """Hosted tools operations."""
        from .api.hosted_tools import HostedToolsApi

        return HostedToolsApi(self)

    @cached_property
    def spend_alerts(self) -> SpendAlertsApi:
        """Spend alerts operations."""
        from .api.spend_alerts import SpendAlertsApi

        return SpendAlertsApi(self)

    @cached_property
    def roles(self) -> RolesApi:
        """Roles operations."""
        from .api.roles import RolesApi

        return RolesApi(self)

    @cached_property
    def users(self) -> UsersApi:
        """Users operations."""
        from .api.users import UsersApi

        return UsersApi(self)

    @cached_property
    def user_organization_role_assignments(self) -> UserOrganizationRoleAssignmentsApi:
        """User organization role assignments operations."""
        from .api.user_organization_role_assignments import (
            UserOrganizationRoleAssignmentsApi,
        )

        return UserOrganizationRoleAssignmentsApi(self)

    @cached_property
    def project_group_role_assignments(self) -> ProjectGroupRoleAssignmentsApi:
        """Project group role assignments operations."""
        from .api.project_group_role_assignments import ProjectGroupRoleAssignmentsApi

        return ProjectGroupRoleAssignmentsApi(self)

    @cached_property
    def project_user_role_assignments(self) -> ProjectUserRoleAssignmentsApi:
        """Project user role assignments operations."""
        from .api.project_user_role_assignments import ProjectUserRoleAssignmentsApi

        return ProjectUserRoleAssignmentsApi(self)

    @cached_property
    def realtime(self) -> RealtimeApi:
        """Realtime operations."""
        from .api.realtime import RealtimeApi

        return RealtimeApi(self)

    @cached_property
    def responses(self) -> ResponsesApi:
        """Responses operations."""
        from .api.responses import ResponsesApi

        return ResponsesApi(self)

    @cached_property
    def vector_stores(self) -> VectorStoresApi:
        """Vector stores operations."""
        from .api.vector_stores import VectorStoresApi

        return VectorStoresApi(self)

    @cached_property
    def videos(self) -> VideosApi:
        """Videos operations."""
        from .api.videos import VideosApi

        return VideosApi(self)

    @cached_property
    def skills(self) -> SkillsApi:
        """Skills operations."""
        from .api.skills import SkillsApi

        return SkillsApi(self)


class AsyncClient(AsyncRuntime):
    """Asynchronous client for OpenAI API.

    Args:
        base_url: defaults to $OPENAI_CLIENT_BASE_URL, else https://api.openai.com/v1
        api_key_auth: bearer token for ApiKeyAuth; defaults to $OPENAI_CLIENT_API_KEY_AUTH
        admin_api_key_auth: bearer token for AdminApiKeyAuth; defaults to $OPENAI_CLIENT_ADMIN_API_KEY_AUTH
        timeout: seconds, or an httpx.Timeout, for every request (per call: `timeout=`).
        max_retries: retries on connection errors, 408, 409, 429 and 5xx, with backoff.
        retry_backoff: seconds before the first retry (doubled for each next one, at most 8); a Retry-After header wins.
        retry_non_idempotent: also retry POST and PATCH after the request was sent.
        default_headers: headers sent with every request.
        strict_responses: raise pydantic.ValidationError when a response breaks the API description (by default it is parsed leniently and logged).
        request_hook: called with every request just before it is sent (after the credentials are attached; again for each retry and each redirect to the same origin): sign it here, e.g. for HTTP Signature or Digest schemes, which the client does not perform.
        http_client: your own configured httpx client.
        transport: an httpx transport (for tests, proxies or mocking).
    """

    _schemes = SCHEMES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key_auth: str | None = None,
        admin_api_key_auth: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        request_hook: Callable[[httpx.Request], None] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url or env(BASE_URL_ENV) or DEFAULT_BASE_URL,
            credentials={
                "ApiKeyAuth": (
                    api_key_auth
                    if api_key_auth is not None
                    else env("OPENAI_CLIENT_API_KEY_AUTH")
                ),
                "AdminApiKeyAuth": (
                    admin_api_key_auth
                    if admin_api_key_auth is not None
                    else env("OPENAI_CLIENT_ADMIN_API_KEY_AUTH")
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            retry_non_idempotent=retry_non_idempotent,
            strict_responses=strict_responses,
            request_hook=request_hook,
            retry_backoff=retry_backoff,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    @cached_property
    def assistants(self) -> AsyncAssistantsApi:
        """Assistants operations."""
        from .api.assistants import AsyncAssistantsApi

        return AsyncAssistantsApi(self)

    @cached_property
    def audio(self) -> AsyncAudioApi:
        """Audio operations."""
        from .api.audio import AsyncAudioApi

        return AsyncAudioApi(self)

    @cached_property
    def chat(self) -> AsyncChatApi:
        """Chat operations."""
        from .api.chat import AsyncChatApi

        return AsyncChatApi(self)

    @cached_property
    def conversations(self) -> AsyncConversationsApi:
        """Conversations operations."""
        from .api.conversations import AsyncConversationsApi

        return AsyncConversationsApi(self)

    @cached_property
    def completions(self) -> AsyncCompletionsApi:
        """Completions operations."""
        from .api.completions import AsyncCompletionsApi

        return AsyncCompletionsApi(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsApi:
        """Embeddings operations."""
        from .api.embeddings import AsyncEmbeddingsApi

        return AsyncEmbeddingsApi(self)

    @cached_property
    def evals(self) -> AsyncEvalsApi:
        """Evals operations."""
        from .api.evals import AsyncEvalsApi

        return AsyncEvalsApi(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningApi:
        """Fine-tuning operations."""
        from .api.fine_tuning import AsyncFineTuningApi

        return AsyncFineTuningApi(self)

    @cached_property
    def batch(self) -> AsyncBatchApi:
        """Batch operations."""
        from .api.batch import AsyncBatchApi

        return AsyncBatchApi(self)

    @cached_property
    def files(self) -> AsyncFilesApi:
        """Files operations."""
        from .api.files import AsyncFilesApi

        return AsyncFilesApi(self)

    @cached_property
    def uploads(self) -> AsyncUploadsApi:
        """Uploads operations."""
        from .api.uploads import AsyncUploadsApi

        return AsyncUploadsApi(self)

    @cached_property
    def images(self) -> AsyncImagesApi:
        """Images operations."""
        from .api.images import AsyncImagesApi

        return AsyncImagesApi(self)

    @cached_property
    def models(self) -> AsyncModelsApi:
        """Models operations."""
        from .api.models import AsyncModelsApi

        return AsyncModelsApi(self)

    @cached_property
    def moderations(self) -> AsyncModerationsApi:
        """Moderations operations."""
        from .api.moderations import AsyncModerationsApi

        return AsyncModerationsApi(self)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogsApi:
        """Audit Logs operations."""
        from .api.audit_logs import AsyncAuditLogsApi

        return AsyncAuditLogsApi(self)

    @cached_property
    def default(self) -> AsyncDefaultApi:
        """default operations."""
        from .api.default import AsyncDefaultApi

        return AsyncDefaultApi(self)

    @cached_property
    def certificates(self) -> AsyncCertificatesApi:
        """Certificates operations."""
        from .api.certificates import AsyncCertificatesApi

        return AsyncCertificatesApi(self)

    @cached_property
    def usage(self) -> AsyncUsageApi:
        """Usage operations."""
        from .api.usage import AsyncUsageApi

        return AsyncUsageApi(self)

    @cached_property
    def data_retention(self) -> AsyncDataRetentionApi:
        """Data retention operations."""
        from .api.data_retention import AsyncDataRetentionApi

        return AsyncDataRetentionApi(self)

    @cached_property
    def groups(self) -> AsyncGroupsApi:
        """Groups operations."""
        from .api.groups import AsyncGroupsApi

        return AsyncGroupsApi(self)

    @cached_property
    def group_organization_role_assignments(
        self,
    ) -> AsyncGroupOrganizationRoleAssignmentsApi:
        """Group organization role assignments operations."""
        from .api.group_organization_role_assignments import (
            AsyncGroupOrganizationRoleAssignmentsApi,
        )

        return AsyncGroupOrganizationRoleAssignmentsApi(self)

    @cached_property
    def group_users(self) -> AsyncGroupUsersApi:
        """Group users operations."""
        from .api.group_users import AsyncGroupUsersApi

        return AsyncGroupUsersApi(self)

    @cached_property
    def invites(self) -> AsyncInvitesApi:
        """Invites operations."""
        from .api.invites import AsyncInvitesApi

        return AsyncInvitesApi(self)

    @cached_property
    def projects(self) -> AsyncProjectsApi:
        """Projects operations."""
        from .api.projects import AsyncProjectsApi

        return AsyncProjectsApi(self)

    @cached_property
    def project_groups(self) -> AsyncProjectGroupsApi:
        """Project groups operations."""
        from .api.project_groups import AsyncProjectGroupsApi

        return AsyncProjectGroupsApi(self)

    @cached_property
    def hosted_tools(self) -> AsyncHostedToolsApi:
        """Hosted tools operations."""
        from .api.hosted_tools import AsyncHostedToolsApi

        return AsyncHostedToolsApi(self)

    @cached_property
    def spend_alerts(self) -> AsyncSpendAlertsApi:
        """Spend alerts operations."""
        from .api.spend_alerts import AsyncSpendAlertsApi

        return AsyncSpendAlertsApi(self)

    @cached_property
    def roles(self) -> AsyncRolesApi:
        """Roles operations."""
        from .api.roles import AsyncRolesApi

        return AsyncRolesApi(self)

    @cached_property
    def users(self) -> AsyncUsersApi:
        """Users operations."""
        from .api.users import AsyncUsersApi

        return AsyncUsersApi(self)

    @cached_property
    def user_organization_role_assignments(
        self,
    ) -> AsyncUserOrganizationRoleAssignmentsApi:
        """User organization role assignments operations."""
        from .api.user_organization_role_assignments import (
            AsyncUserOrganizationRoleAssignmentsApi,
        )

        return AsyncUserOrganizationRoleAssignmentsApi(self)

    @cached_property
    def project_group_role_assignments(self) -> AsyncProjectGroupRoleAssignmentsApi:
        """Project group role assignments operations."""
        from .api.project_group_role_assignments import (
            AsyncProjectGroupRoleAssignmentsApi,
        )

        return AsyncProjectGroupRoleAssignmentsApi(self)

    @cached_property
    def project_user_role_assignments(self) -> AsyncProjectUserRoleAssignmentsApi:
        """Project user role assignments operations."""
        from .api.project_user_role_assignments import (
            AsyncProjectUserRoleAssignmentsApi,
        )

        return AsyncProjectUserRoleAssignmentsApi(self)

    @cached_property
    def realtime(self) -> AsyncRealtimeApi:
        """Realtime operations."""
        from .api.realtime import AsyncRealtimeApi

        return AsyncRealtimeApi(self)

    @cached_property
    def responses(self) -> AsyncResponsesApi:
        """Responses operations."""
        from .api.responses import AsyncResponsesApi

        return AsyncResponsesApi(self)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresApi:
        """Vector stores operations."""
        from .api.vector_stores import AsyncVectorStoresApi

        return AsyncVectorStoresApi(self)

    @cached_property
    def videos(self) -> AsyncVideosApi:
        """Videos operations."""
        from .api.videos import AsyncVideosApi

        return AsyncVideosApi(self)

    @cached_property
    def skills(self) -> AsyncSkillsApi:
        """Skills operations."""
        from .api.skills import AsyncSkillsApi

        return AsyncSkillsApi(self)
