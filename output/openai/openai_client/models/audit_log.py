"""AuditLog: A log of a user action or configuration change within this organization."""

from typing import Any

from pydantic import Field

from .._base_model import BaseModel
from .audit_log_actor import AuditLogActor
from .audit_log_api_key_created import AuditLogApiKeyCreated
from .audit_log_api_key_deleted import AuditLogApiKeyDeleted
from .audit_log_api_key_updated import AuditLogApiKeyUpdated
from .audit_log_certificate_created import AuditLogCertificateCreated
from .audit_log_certificate_deleted import AuditLogCertificateDeleted
from .audit_log_certificate_updated import AuditLogCertificateUpdated
from .audit_log_certificates_activated import AuditLogCertificatesActivated
from .audit_log_certificates_deactivated import AuditLogCertificatesDeactivated
from .audit_log_checkpoint_permission_created import AuditLogCheckpointPermissionCreated
from .audit_log_checkpoint_permission_deleted import AuditLogCheckpointPermissionDeleted
from .audit_log_event_type import AuditLogEventType
from .audit_log_external_key_registered import AuditLogExternalKeyRegistered
from .audit_log_external_key_removed import AuditLogExternalKeyRemoved
from .audit_log_group_created import AuditLogGroupCreated
from .audit_log_group_deleted import AuditLogGroupDeleted
from .audit_log_group_updated import AuditLogGroupUpdated
from .audit_log_invite_accepted import AuditLogInviteAccepted
from .audit_log_invite_deleted import AuditLogInviteDeleted
from .audit_log_invite_sent import AuditLogInviteSent
from .audit_log_ip_allowlist_config_activated import AuditLogIpAllowlistConfigActivated
from .audit_log_ip_allowlist_config_deactivated import (
    AuditLogIpAllowlistConfigDeactivated,
)
from .audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated
from .audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted
from .audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated
from .audit_log_login_failed import AuditLogLoginFailed
from .audit_log_logout_failed import AuditLogLogoutFailed
from .audit_log_organization_updated import AuditLogOrganizationUpdated
from .audit_log_project import AuditLogProject
from .audit_log_project_archived import AuditLogProjectArchived
from .audit_log_project_created import AuditLogProjectCreated
from .audit_log_project_deleted import AuditLogProjectDeleted
from .audit_log_project_updated import AuditLogProjectUpdated
from .audit_log_rate_limit_deleted import AuditLogRateLimitDeleted
from .audit_log_rate_limit_updated import AuditLogRateLimitUpdated
from .audit_log_role_assignment_created import AuditLogRoleAssignmentCreated
from .audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted
from .audit_log_role_bound_to_resource import AuditLogRoleBoundToResource
from .audit_log_role_created import AuditLogRoleCreated
from .audit_log_role_deleted import AuditLogRoleDeleted
from .audit_log_role_unbound_from_resource import AuditLogRoleUnboundFromResource
from .audit_log_role_updated import AuditLogRoleUpdated
from .audit_log_scim_disabled import AuditLogScimDisabled
from .audit_log_scim_enabled import AuditLogScimEnabled
from .audit_log_service_account_created import AuditLogServiceAccountCreated
from .audit_log_service_account_deleted import AuditLogServiceAccountDeleted
from .audit_log_service_account_updated import AuditLogServiceAccountUpdated
from .audit_log_user_added import AuditLogUserAdded
from .audit_log_user_deleted import AuditLogUserDeleted
from .audit_log_user_updated import AuditLogUserUpdated
from .audit_log_workload_identity_provider_created import (
    AuditLogWorkloadIdentityProviderCreated,
)
from .audit_log_workload_identity_provider_deleted import (
    AuditLogWorkloadIdentityProviderDeleted,
)
from .audit_log_workload_identity_provider_mapping_created import (
    AuditLogWorkloadIdentityProviderMappingCreated,
)
from .audit_log_workload_identity_provider_mapping_deleted import (
    AuditLogWorkloadIdentityProviderMappingDeleted,
)
from .audit_log_workload_identity_provider_mapping_updated import (
    AuditLogWorkloadIdentityProviderMappingUpdated,
)
from .audit_log_workload_identity_provider_updated import (
    AuditLogWorkloadIdentityProviderUpdated,
)

__all__ = ["AuditLog"]


class AuditLog(BaseModel):
    """A log of a user action or configuration change within this organization."""

    id: str
    """The ID of this log."""

    type: AuditLogEventType
    """The event type."""

    effective_at: int
    """The Unix timestamp (in seconds) of the event."""

    project: AuditLogProject | None = None
    """The project that the action was scoped to. Absent for actions not scoped to
    projects. Note that any admin actions taken via Admin API keys are associated
    with the default project.
    """

    actor: AuditLogActor | None = None

    api_key_created: AuditLogApiKeyCreated | None = Field(
        default=None, alias="api_key.created"
    )
    """The details for events with this `type`.

    Wire name: `api_key.created`.
    """

    api_key_updated: AuditLogApiKeyUpdated | None = Field(
        default=None, alias="api_key.updated"
    )
    """The details for events with this `type`.

    Wire name: `api_key.updated`.
    """

    api_key_deleted: AuditLogApiKeyDeleted | None = Field(
        default=None, alias="api_key.deleted"
    )
    """The details for events with this `type`.

    Wire name: `api_key.deleted`.
    """

    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | None = Field(
        default=None, alias="checkpoint.permission.created"
    )
    """The project and fine-tuned model checkpoint that the checkpoint permission was
    created for.

    Wire name: `checkpoint.permission.created`.
    """

    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | None = Field(
        default=None, alias="checkpoint.permission.deleted"
    )
    """The details for events with this `type`.

    Wire name: `checkpoint.permission.deleted`.
    """

    external_key_registered: AuditLogExternalKeyRegistered | None = Field(
        default=None, alias="external_key.registered"
    )
    """The details for events with this `type`.

    Wire name: `external_key.registered`.
    """

    external_key_removed: AuditLogExternalKeyRemoved | None = Field(
        default=None, alias="external_key.removed"
    )
    """The details for events with this `type`.

    Wire name: `external_key.removed`.
    """

    group_created: AuditLogGroupCreated | None = Field(
        default=None, alias="group.created"
    )
    """The details for events with this `type`.

    Wire name: `group.created`.
    """

    group_updated: AuditLogGroupUpdated | None = Field(
        default=None, alias="group.updated"
    )
    """The details for events with this `type`.

    Wire name: `group.updated`.
    """

    group_deleted: AuditLogGroupDeleted | None = Field(
        default=None, alias="group.deleted"
    )
    """The details for events with this `type`.

    Wire name: `group.deleted`.
    """

    scim_enabled: AuditLogScimEnabled | None = Field(default=None, alias="scim.enabled")
    """The details for events with this `type`.

    Wire name: `scim.enabled`.
    """

    scim_disabled: AuditLogScimDisabled | None = Field(
        default=None, alias="scim.disabled"
    )
    """The details for events with this `type`.

    Wire name: `scim.disabled`.
    """

    invite_sent: AuditLogInviteSent | None = Field(default=None, alias="invite.sent")
    """The details for events with this `type`.

    Wire name: `invite.sent`.
    """

    invite_accepted: AuditLogInviteAccepted | None = Field(
        default=None, alias="invite.accepted"
    )
    """The details for events with this `type`.

    Wire name: `invite.accepted`.
    """

    invite_deleted: AuditLogInviteDeleted | None = Field(
        default=None, alias="invite.deleted"
    )
    """The details for events with this `type`.

    Wire name: `invite.deleted`.
    """

    ip_allowlist_created: AuditLogIpAllowlistCreated | None = Field(
        default=None, alias="ip_allowlist.created"
    )
    """The details for events with this `type`.

    Wire name: `ip_allowlist.created`.
    """

    ip_allowlist_updated: AuditLogIpAllowlistUpdated | None = Field(
        default=None, alias="ip_allowlist.updated"
    )
    """The details for events with this `type`.

    Wire name: `ip_allowlist.updated`.
    """

    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | None = Field(
        default=None, alias="ip_allowlist.deleted"
    )
    """The details for events with this `type`.

    Wire name: `ip_allowlist.deleted`.
    """

    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | None = Field(
        default=None, alias="ip_allowlist.config.activated"
    )
    """The details for events with this `type`.

    Wire name: `ip_allowlist.config.activated`.
    """

    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | None = (
        Field(default=None, alias="ip_allowlist.config.deactivated")
    )
    """The details for events with this `type`.

    Wire name: `ip_allowlist.config.deactivated`.
    """

    login_succeeded: dict[str, Any] | None = Field(
        default=None, alias="login.succeeded"
    )
    """This event has no additional fields beyond the standard audit log attributes.

    Wire name: `login.succeeded`.
    """

    login_failed: AuditLogLoginFailed | None = Field(default=None, alias="login.failed")
    """The details for events with this `type`.

    Wire name: `login.failed`.
    """

    logout_succeeded: dict[str, Any] | None = Field(
        default=None, alias="logout.succeeded"
    )
    """This event has no additional fields beyond the standard audit log attributes.

    Wire name: `logout.succeeded`.
    """

    logout_failed: AuditLogLogoutFailed | None = Field(
        default=None, alias="logout.failed"
    )
    """The details for events with this `type`.

    Wire name: `logout.failed`.
    """

    organization_updated: AuditLogOrganizationUpdated | None = Field(
        default=None, alias="organization.updated"
    )
    """The details for events with this `type`.

    Wire name: `organization.updated`.
    """

    project_created: AuditLogProjectCreated | None = Field(
        default=None, alias="project.created"
    )
    """The details for events with this `type`.

    Wire name: `project.created`.
    """

    project_updated: AuditLogProjectUpdated | None = Field(
        default=None, alias="project.updated"
    )
    """The details for events with this `type`.

    Wire name: `project.updated`.
    """

    project_archived: AuditLogProjectArchived | None = Field(
        default=None, alias="project.archived"
    )
    """The details for events with this `type`.

    Wire name: `project.archived`.
    """

    project_deleted: AuditLogProjectDeleted | None = Field(
        default=None, alias="project.deleted"
    )
    """The details for events with this `type`.

    Wire name: `project.deleted`.
    """

    rate_limit_updated: AuditLogRateLimitUpdated | None = Field(
        default=None, alias="rate_limit.updated"
    )
    """The details for events with this `type`.

    Wire name: `rate_limit.updated`.
    """

    rate_limit_deleted: AuditLogRateLimitDeleted | None = Field(
        default=None, alias="rate_limit.deleted"
    )
    """The details for events with this `type`.

    Wire name: `rate_limit.deleted`.
    """

    role_created: AuditLogRoleCreated | None = Field(default=None, alias="role.created")
    """The details for events with this `type`.

    Wire name: `role.created`.
    """

    role_updated: AuditLogRoleUpdated | None = Field(default=None, alias="role.updated")
    """The details for events with this `type`.

    Wire name: `role.updated`.
    """

    role_deleted: AuditLogRoleDeleted | None = Field(default=None, alias="role.deleted")
    """The details for events with this `type`.

    Wire name: `role.deleted`.
    """

    role_assignment_created: AuditLogRoleAssignmentCreated | None = Field(
        default=None, alias="role.assignment.created"
    )
    """The details for events with this `type`.

    Wire name: `role.assignment.created`.
    """

    role_assignment_deleted: AuditLogRoleAssignmentDeleted | None = Field(
        default=None, alias="role.assignment.deleted"
    )
    """The details for events with this `type`.

    Wire name: `role.assignment.deleted`.
    """

    role_bound_to_resource: AuditLogRoleBoundToResource | None = Field(
        default=None, alias="role.bound_to_resource"
    )
    """The details for events with this `type`.

    Wire name: `role.bound_to_resource`.
    """

    role_unbound_from_resource: AuditLogRoleUnboundFromResource | None = Field(
        default=None, alias="role.unbound_from_resource"
    )
    """The details for events with this `type`.

    Wire name: `role.unbound_from_resource`.
    """

    service_account_created: AuditLogServiceAccountCreated | None = Field(
        default=None, alias="service_account.created"
    )
    """The details for events with this `type`.

    Wire name: `service_account.created`.
    """

    service_account_updated: AuditLogServiceAccountUpdated | None = Field(
        default=None, alias="service_account.updated"
    )
    """The details for events with this `type`.

    Wire name: `service_account.updated`.
    """

    service_account_deleted: AuditLogServiceAccountDeleted | None = Field(
        default=None, alias="service_account.deleted"
    )
    """The details for events with this `type`.

    Wire name: `service_account.deleted`.
    """

    workload_identity_provider_created: (
        AuditLogWorkloadIdentityProviderCreated | None
    ) = Field(default=None, alias="workload_identity_provider.created")
    """The details for events with this `type`.

    Wire name: `workload_identity_provider.created`.
    """

    workload_identity_provider_updated: (
        AuditLogWorkloadIdentityProviderUpdated | None
    ) = Field(default=None, alias="workload_identity_provider.updated")
    """The details for events with this `type`.

    Wire name: `workload_identity_provider.updated`.
    """

    workload_identity_provider_deleted: (
        AuditLogWorkloadIdentityProviderDeleted | None
    ) = Field(default=None, alias="workload_identity_provider.deleted")
    """The details for events with this `type`.

    Wire name: `workload_identity_provider.deleted`.
    """

    workload_identity_provider_mapping_created: (
        AuditLogWorkloadIdentityProviderMappingCreated | None
    ) = Field(default=None, alias="workload_identity_provider_mapping.created")
    """The details for events with this `type`.

    Wire name: `workload_identity_provider_mapping.created`.
    """

    workload_identity_provider_mapping_updated: (
        AuditLogWorkloadIdentityProviderMappingUpdated | None
    ) = Field(default=None, alias="workload_identity_provider_mapping.updated")
    """The details for events with this `type`.

    Wire name: `workload_identity_provider_mapping.updated`.
    """

    workload_identity_provider_mapping_deleted: (
        AuditLogWorkloadIdentityProviderMappingDeleted | None
    ) = Field(default=None, alias="workload_identity_provider_mapping.deleted")
    """The details for events with this `type`.

    Wire name: `workload_identity_provider_mapping.deleted`.
    """

    user_added: AuditLogUserAdded | None = Field(default=None, alias="user.added")
    """The details for events with this `type`.

    Wire name: `user.added`.
    """

    user_updated: AuditLogUserUpdated | None = Field(default=None, alias="user.updated")
    """The details for events with this `type`.

    Wire name: `user.updated`.
    """

    user_deleted: AuditLogUserDeleted | None = Field(default=None, alias="user.deleted")
    """The details for events with this `type`.

    Wire name: `user.deleted`.
    """

    certificate_created: AuditLogCertificateCreated | None = Field(
        default=None, alias="certificate.created"
    )
    """The details for events with this `type`.

    Wire name: `certificate.created`.
    """

    certificate_updated: AuditLogCertificateUpdated | None = Field(
        default=None, alias="certificate.updated"
    )
    """The details for events with this `type`.

    Wire name: `certificate.updated`.
    """

    certificate_deleted: AuditLogCertificateDeleted | None = Field(
        default=None, alias="certificate.deleted"
    )
    """The details for events with this `type`.

    Wire name: `certificate.deleted`.
    """

    certificates_activated: AuditLogCertificatesActivated | None = Field(
        default=None, alias="certificates.activated"
    )
    """The details for events with this `type`.

    Wire name: `certificates.activated`.
    """

    certificates_deactivated: AuditLogCertificatesDeactivated | None = Field(
        default=None, alias="certificates.deactivated"
    )
    """The details for events with this `type`.

    Wire name: `certificates.deactivated`.
    """
