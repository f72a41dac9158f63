"""Every model of OpenAI API. Each is imported on first use, so importing this package
is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_status import ActiveStatus as ActiveStatus
    from .add_upload_part_request import AddUploadPartRequest as AddUploadPartRequest
    from .additional_tools import AdditionalTools as AdditionalTools
    from .additional_tools_item_param import (
        AdditionalToolsItemParam as AdditionalToolsItemParam,
    )
    from .admin_api_key import AdminApiKey as AdminApiKey
    from .admin_api_key_create_response import (
        AdminApiKeyCreateResponse as AdminApiKeyCreateResponse,
    )
    from .admin_api_key_owner import AdminApiKeyOwner as AdminApiKeyOwner
    from .admin_api_keys_create_request import (
        AdminApiKeysCreateRequest as AdminApiKeysCreateRequest,
    )
    from .admin_api_keys_delete_response import (
        AdminApiKeysDeleteResponse as AdminApiKeysDeleteResponse,
    )
    from .annotation import Annotation as Annotation
    from .api_key_list import ApiKeyList as ApiKeyList
    from .apply_patch_call_output_status import (
        ApplyPatchCallOutputStatus as ApplyPatchCallOutputStatus,
    )
    from .apply_patch_call_output_status_param import (
        ApplyPatchCallOutputStatusParam as ApplyPatchCallOutputStatusParam,
    )
    from .apply_patch_call_status import ApplyPatchCallStatus as ApplyPatchCallStatus
    from .apply_patch_call_status_param import (
        ApplyPatchCallStatusParam as ApplyPatchCallStatusParam,
    )
    from .apply_patch_create_file_operation import (
        ApplyPatchCreateFileOperation as ApplyPatchCreateFileOperation,
    )
    from .apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam as ApplyPatchCreateFileOperationParam,
    )
    from .apply_patch_delete_file_operation import (
        ApplyPatchDeleteFileOperation as ApplyPatchDeleteFileOperation,
    )
    from .apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam as ApplyPatchDeleteFileOperationParam,
    )
    from .apply_patch_operation_param import (
        ApplyPatchOperationParam as ApplyPatchOperationParam,
    )
    from .apply_patch_tool_call import ApplyPatchToolCall as ApplyPatchToolCall
    from .apply_patch_tool_call_item_param import (
        ApplyPatchToolCallItemParam as ApplyPatchToolCallItemParam,
    )
    from .apply_patch_tool_call_output import (
        ApplyPatchToolCallOutput as ApplyPatchToolCallOutput,
    )
    from .apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam as ApplyPatchToolCallOutputItemParam,
    )
    from .apply_patch_tool_param import ApplyPatchToolParam as ApplyPatchToolParam
    from .apply_patch_update_file_operation import (
        ApplyPatchUpdateFileOperation as ApplyPatchUpdateFileOperation,
    )
    from .apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam as ApplyPatchUpdateFileOperationParam,
    )
    from .approximate_location import ApproximateLocation as ApproximateLocation
    from .assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
    from .assigned_role_details_assignment_sources_variant1_item import (
        AssignedRoleDetailsAssignmentSourcesVariant1Item as AssignedRoleDetailsAssignmentSourcesVariant1Item,
    )
    from .assistant_message_item import AssistantMessageItem as AssistantMessageItem
    from .assistant_object import AssistantObject as AssistantObject
    from .assistant_object_tool_resources_variant1 import (
        AssistantObjectToolResourcesVariant1 as AssistantObjectToolResourcesVariant1,
    )
    from .assistant_object_tool_resources_variant1_code_interpreter import (
        AssistantObjectToolResourcesVariant1CodeInterpreter as AssistantObjectToolResourcesVariant1CodeInterpreter,
    )
    from .assistant_object_tool_resources_variant1_file_search import (
        AssistantObjectToolResourcesVariant1FileSearch as AssistantObjectToolResourcesVariant1FileSearch,
    )
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .assistant_supported_models import (
        AssistantSupportedModels as AssistantSupportedModels,
    )
    from .assistant_tools_code import AssistantToolsCode as AssistantToolsCode
    from .assistant_tools_file_search import (
        AssistantToolsFileSearch as AssistantToolsFileSearch,
    )
    from .assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch as AssistantToolsFileSearchFileSearch,
    )
    from .assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly as AssistantToolsFileSearchTypeOnly,
    )
    from .assistant_tools_function import (
        AssistantToolsFunction as AssistantToolsFunction,
    )
    from .assistants_api_response_format_option import (
        AssistantsApiResponseFormatOption as AssistantsApiResponseFormatOption,
    )
    from .assistants_api_tool_choice_option import (
        AssistantsApiToolChoiceOption as AssistantsApiToolChoiceOption,
    )
    from .assistants_named_tool_choice import (
        AssistantsNamedToolChoice as AssistantsNamedToolChoice,
    )
    from .assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction as AssistantsNamedToolChoiceFunction,
    )
    from .attachment import Attachment as Attachment
    from .attachment_type import AttachmentType as AttachmentType
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .audio_transcription import AudioTranscription as AudioTranscription
    from .audio_transcription_response import (
        AudioTranscriptionResponse as AudioTranscriptionResponse,
    )
    from .audit_log import AuditLog as AuditLog
    from .audit_log_actor import AuditLogActor as AuditLogActor
    from .audit_log_actor_api_key import AuditLogActorApiKey as AuditLogActorApiKey
    from .audit_log_actor_service_account import (
        AuditLogActorServiceAccount as AuditLogActorServiceAccount,
    )
    from .audit_log_actor_session import AuditLogActorSession as AuditLogActorSession
    from .audit_log_actor_user import AuditLogActorUser as AuditLogActorUser
    from .audit_log_api_key_created import (
        AuditLogApiKeyCreated as AuditLogApiKeyCreated,
    )
    from .audit_log_api_key_created_data import (
        AuditLogApiKeyCreatedData as AuditLogApiKeyCreatedData,
    )
    from .audit_log_api_key_deleted import (
        AuditLogApiKeyDeleted as AuditLogApiKeyDeleted,
    )
    from .audit_log_api_key_updated import (
        AuditLogApiKeyUpdated as AuditLogApiKeyUpdated,
    )
    from .audit_log_api_key_updated_changes_requested import (
        AuditLogApiKeyUpdatedChangesRequested as AuditLogApiKeyUpdatedChangesRequested,
    )
    from .audit_log_certificate_created import (
        AuditLogCertificateCreated as AuditLogCertificateCreated,
    )
    from .audit_log_certificate_deleted import (
        AuditLogCertificateDeleted as AuditLogCertificateDeleted,
    )
    from .audit_log_certificate_updated import (
        AuditLogCertificateUpdated as AuditLogCertificateUpdated,
    )
    from .audit_log_certificates_activated import (
        AuditLogCertificatesActivated as AuditLogCertificatesActivated,
    )
    from .audit_log_certificates_activated_certificates_item import (
        AuditLogCertificatesActivatedCertificatesItem as AuditLogCertificatesActivatedCertificatesItem,
    )
    from .audit_log_certificates_deactivated import (
        AuditLogCertificatesDeactivated as AuditLogCertificatesDeactivated,
    )
    from .audit_log_certificates_deactivated_certificates_item import (
        AuditLogCertificatesDeactivatedCertificatesItem as AuditLogCertificatesDeactivatedCertificatesItem,
    )
    from .audit_log_checkpoint_permission_created import (
        AuditLogCheckpointPermissionCreated as AuditLogCheckpointPermissionCreated,
    )
    from .audit_log_checkpoint_permission_created_data import (
        AuditLogCheckpointPermissionCreatedData as AuditLogCheckpointPermissionCreatedData,
    )
    from .audit_log_checkpoint_permission_deleted import (
        AuditLogCheckpointPermissionDeleted as AuditLogCheckpointPermissionDeleted,
    )
    from .audit_log_event_type import AuditLogEventType as AuditLogEventType
    from .audit_log_external_key_registered import (
        AuditLogExternalKeyRegistered as AuditLogExternalKeyRegistered,
    )
    from .audit_log_external_key_removed import (
        AuditLogExternalKeyRemoved as AuditLogExternalKeyRemoved,
    )
    from .audit_log_group_created import AuditLogGroupCreated as AuditLogGroupCreated
    from .audit_log_group_created_data import (
        AuditLogGroupCreatedData as AuditLogGroupCreatedData,
    )
    from .audit_log_group_deleted import AuditLogGroupDeleted as AuditLogGroupDeleted
    from .audit_log_group_updated import AuditLogGroupUpdated as AuditLogGroupUpdated
    from .audit_log_group_updated_changes_requested import (
        AuditLogGroupUpdatedChangesRequested as AuditLogGroupUpdatedChangesRequested,
    )
    from .audit_log_invite_accepted import (
        AuditLogInviteAccepted as AuditLogInviteAccepted,
    )
    from .audit_log_invite_deleted import AuditLogInviteDeleted as AuditLogInviteDeleted
    from .audit_log_invite_sent import AuditLogInviteSent as AuditLogInviteSent
    from .audit_log_invite_sent_data import (
        AuditLogInviteSentData as AuditLogInviteSentData,
    )
    from .audit_log_ip_allowlist_config_activated import (
        AuditLogIpAllowlistConfigActivated as AuditLogIpAllowlistConfigActivated,
    )
    from .audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem as AuditLogIpAllowlistConfigActivatedConfigsItem,
    )
    from .audit_log_ip_allowlist_config_deactivated import (
        AuditLogIpAllowlistConfigDeactivated as AuditLogIpAllowlistConfigDeactivated,
    )
    from .audit_log_ip_allowlist_config_deactivated_configs_item import (
        AuditLogIpAllowlistConfigDeactivatedConfigsItem as AuditLogIpAllowlistConfigDeactivatedConfigsItem,
    )
    from .audit_log_ip_allowlist_created import (
        AuditLogIpAllowlistCreated as AuditLogIpAllowlistCreated,
    )
    from .audit_log_ip_allowlist_deleted import (
        AuditLogIpAllowlistDeleted as AuditLogIpAllowlistDeleted,
    )
    from .audit_log_ip_allowlist_updated import (
        AuditLogIpAllowlistUpdated as AuditLogIpAllowlistUpdated,
    )
    from .audit_log_login_failed import AuditLogLoginFailed as AuditLogLoginFailed
    from .audit_log_logout_failed import AuditLogLogoutFailed as AuditLogLogoutFailed
    from .audit_log_organization_updated import (
        AuditLogOrganizationUpdated as AuditLogOrganizationUpdated,
    )
    from .audit_log_organization_updated_changes_requested import (
        AuditLogOrganizationUpdatedChangesRequested as AuditLogOrganizationUpdatedChangesRequested,
    )
    from .audit_log_project import AuditLogProject as AuditLogProject
    from .audit_log_project_archived import (
        AuditLogProjectArchived as AuditLogProjectArchived,
    )
    from .audit_log_project_created import (
        AuditLogProjectCreated as AuditLogProjectCreated,
    )
    from .audit_log_project_created_data import (
        AuditLogProjectCreatedData as AuditLogProjectCreatedData,
    )
    from .audit_log_project_deleted import (
        AuditLogProjectDeleted as AuditLogProjectDeleted,
    )
    from .audit_log_project_updated import (
        AuditLogProjectUpdated as AuditLogProjectUpdated,
    )
    from .audit_log_project_updated_changes_requested import (
        AuditLogProjectUpdatedChangesRequested as AuditLogProjectUpdatedChangesRequested,
    )
    from .audit_log_rate_limit_deleted import (
        AuditLogRateLimitDeleted as AuditLogRateLimitDeleted,
    )
    from .audit_log_rate_limit_updated import (
        AuditLogRateLimitUpdated as AuditLogRateLimitUpdated,
    )
    from .audit_log_rate_limit_updated_changes_requested import (
        AuditLogRateLimitUpdatedChangesRequested as AuditLogRateLimitUpdatedChangesRequested,
    )
    from .audit_log_role_assignment_created import (
        AuditLogRoleAssignmentCreated as AuditLogRoleAssignmentCreated,
    )
    from .audit_log_role_assignment_deleted import (
        AuditLogRoleAssignmentDeleted as AuditLogRoleAssignmentDeleted,
    )
    from .audit_log_role_bound_to_resource import (
        AuditLogRoleBoundToResource as AuditLogRoleBoundToResource,
    )
    from .audit_log_role_created import AuditLogRoleCreated as AuditLogRoleCreated
    from .audit_log_role_deleted import AuditLogRoleDeleted as AuditLogRoleDeleted
    from .audit_log_role_unbound_from_resource import (
        AuditLogRoleUnboundFromResource as AuditLogRoleUnboundFromResource,
    )
    from .audit_log_role_updated import AuditLogRoleUpdated as AuditLogRoleUpdated
    from .audit_log_role_updated_changes_requested import (
        AuditLogRoleUpdatedChangesRequested as AuditLogRoleUpdatedChangesRequested,
    )
    from .audit_log_scim_disabled import AuditLogScimDisabled as AuditLogScimDisabled
    from .audit_log_scim_enabled import AuditLogScimEnabled as AuditLogScimEnabled
    from .audit_log_service_account_created import (
        AuditLogServiceAccountCreated as AuditLogServiceAccountCreated,
    )
    from .audit_log_service_account_created_data import (
        AuditLogServiceAccountCreatedData as AuditLogServiceAccountCreatedData,
    )
    from .audit_log_service_account_deleted import (
        AuditLogServiceAccountDeleted as AuditLogServiceAccountDeleted,
    )
    from .audit_log_service_account_updated import (
        AuditLogServiceAccountUpdated as AuditLogServiceAccountUpdated,
    )
    from .audit_log_service_account_updated_changes_requested import (
        AuditLogServiceAccountUpdatedChangesRequested as AuditLogServiceAccountUpdatedChangesRequested,
    )
    from .audit_log_user_added import AuditLogUserAdded as AuditLogUserAdded
    from .audit_log_user_added_data import (
        AuditLogUserAddedData as AuditLogUserAddedData,
    )
    from .audit_log_user_deleted import AuditLogUserDeleted as AuditLogUserDeleted
    from .audit_log_user_updated import AuditLogUserUpdated as AuditLogUserUpdated
    from .audit_log_user_updated_changes_requested import (
        AuditLogUserUpdatedChangesRequested as AuditLogUserUpdatedChangesRequested,
    )
    from .audit_log_workload_identity_provider_created import (
        AuditLogWorkloadIdentityProviderCreated as AuditLogWorkloadIdentityProviderCreated,
    )
    from .audit_log_workload_identity_provider_deleted import (
        AuditLogWorkloadIdentityProviderDeleted as AuditLogWorkloadIdentityProviderDeleted,
    )
    from .audit_log_workload_identity_provider_mapping_created import (
        AuditLogWorkloadIdentityProviderMappingCreated as AuditLogWorkloadIdentityProviderMappingCreated,
    )
    from .audit_log_workload_identity_provider_mapping_deleted import (
        AuditLogWorkloadIdentityProviderMappingDeleted as AuditLogWorkloadIdentityProviderMappingDeleted,
    )
    from .audit_log_workload_identity_provider_mapping_updated import (
        AuditLogWorkloadIdentityProviderMappingUpdated as AuditLogWorkloadIdentityProviderMappingUpdated,
    )
    from .audit_log_workload_identity_provider_updated import (
        AuditLogWorkloadIdentityProviderUpdated as AuditLogWorkloadIdentityProviderUpdated,
    )
    from .auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam as AutoChunkingStrategyRequestParam,
    )
    from .auto_code_interpreter_tool_param import (
        AutoCodeInterpreterToolParam as AutoCodeInterpreterToolParam,
    )
    from .automatic_thread_titling_param import (
        AutomaticThreadTitlingParam as AutomaticThreadTitlingParam,
    )
    from .batch import Batch as Batch
    from .batch_error import BatchError as BatchError
    from .batch_errors import BatchErrors as BatchErrors
    from .batch_file_expiration_after import (
        BatchFileExpirationAfter as BatchFileExpirationAfter,
    )
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_usage import BatchUsage as BatchUsage
    from .batch_usage_input_tokens_details import (
        BatchUsageInputTokensDetails as BatchUsageInputTokensDetails,
    )
    from .batch_usage_output_tokens_details import (
        BatchUsageOutputTokensDetails as BatchUsageOutputTokensDetails,
    )
    from .beta_additional_tools import BetaAdditionalTools as BetaAdditionalTools
    from .beta_additional_tools_item_param import (
        BetaAdditionalToolsItemParam as BetaAdditionalToolsItemParam,
    )
    from .beta_agent_message import BetaAgentMessage as BetaAgentMessage
    from .beta_agent_message_item_param import (
        BetaAgentMessageItemParam as BetaAgentMessageItemParam,
    )
    from .beta_agent_tag import BetaAgentTag as BetaAgentTag
    from .beta_agent_tag_param import BetaAgentTagParam as BetaAgentTagParam
    from .beta_annotation import BetaAnnotation as BetaAnnotation
    from .beta_apply_patch_call_output_status import (
        BetaApplyPatchCallOutputStatus as BetaApplyPatchCallOutputStatus,
    )
    from .beta_apply_patch_call_output_status_param import (
        BetaApplyPatchCallOutputStatusParam as BetaApplyPatchCallOutputStatusParam,
    )
    from .beta_apply_patch_call_status import (
        BetaApplyPatchCallStatus as BetaApplyPatchCallStatus,
    )
    from .beta_apply_patch_call_status_param import (
        BetaApplyPatchCallStatusParam as BetaApplyPatchCallStatusParam,
    )
    from .beta_apply_patch_create_file_operation import (
        BetaApplyPatchCreateFileOperation as BetaApplyPatchCreateFileOperation,
    )
    from .beta_apply_patch_create_file_operation_param import (
        BetaApplyPatchCreateFileOperationParam as BetaApplyPatchCreateFileOperationParam,
    )
    from .beta_apply_patch_delete_file_operation import (
        BetaApplyPatchDeleteFileOperation as BetaApplyPatchDeleteFileOperation,
    )
    from .beta_apply_patch_delete_file_operation_param import (
        BetaApplyPatchDeleteFileOperationParam as BetaApplyPatchDeleteFileOperationParam,
    )
    from .beta_apply_patch_operation_param import (
        BetaApplyPatchOperationParam as BetaApplyPatchOperationParam,
    )
    from .beta_apply_patch_tool_call import (
        BetaApplyPatchToolCall as BetaApplyPatchToolCall,
    )
    from .beta_apply_patch_tool_call_item_param import (
        BetaApplyPatchToolCallItemParam as BetaApplyPatchToolCallItemParam,
    )
    from .beta_apply_patch_tool_call_output import (
        BetaApplyPatchToolCallOutput as BetaApplyPatchToolCallOutput,
    )
    from .beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam as BetaApplyPatchToolCallOutputItemParam,
    )
    from .beta_apply_patch_tool_param import (
        BetaApplyPatchToolParam as BetaApplyPatchToolParam,
    )
    from .beta_apply_patch_update_file_operation import (
        BetaApplyPatchUpdateFileOperation as BetaApplyPatchUpdateFileOperation,
    )
    from .beta_apply_patch_update_file_operation_param import (
        BetaApplyPatchUpdateFileOperationParam as BetaApplyPatchUpdateFileOperationParam,
    )
    from .beta_approximate_location import (
        BetaApproximateLocation as BetaApproximateLocation,
    )
    from .beta_auto_code_interpreter_tool_param import (
        BetaAutoCodeInterpreterToolParam as BetaAutoCodeInterpreterToolParam,
    )
    from .beta_callable_tool_allowed_caller import (
        BetaCallableToolAllowedCaller as BetaCallableToolAllowedCaller,
    )
    from .beta_click_button_type import BetaClickButtonType as BetaClickButtonType
    from .beta_click_param import BetaClickParam as BetaClickParam
    from .beta_code_interpreter_output_image import (
        BetaCodeInterpreterOutputImage as BetaCodeInterpreterOutputImage,
    )
    from .beta_code_interpreter_output_logs import (
        BetaCodeInterpreterOutputLogs as BetaCodeInterpreterOutputLogs,
    )
    from .beta_code_interpreter_tool import (
        BetaCodeInterpreterTool as BetaCodeInterpreterTool,
    )
    from .beta_code_interpreter_tool_call import (
        BetaCodeInterpreterToolCall as BetaCodeInterpreterToolCall,
    )
    from .beta_compact_resource import BetaCompactResource as BetaCompactResource
    from .beta_compact_response_method_public_body import (
        BetaCompactResponseMethodPublicBody as BetaCompactResponseMethodPublicBody,
    )
    from .beta_compaction_body import BetaCompactionBody as BetaCompactionBody
    from .beta_compaction_summary_item_param import (
        BetaCompactionSummaryItemParam as BetaCompactionSummaryItemParam,
    )
    from .beta_compaction_trigger_item_param import (
        BetaCompactionTriggerItemParam as BetaCompactionTriggerItemParam,
    )
    from .beta_comparison_filter import BetaComparisonFilter as BetaComparisonFilter
    from .beta_compound_filter import BetaCompoundFilter as BetaCompoundFilter
    from .beta_computer_action import BetaComputerAction as BetaComputerAction
    from .beta_computer_action_list import (
        BetaComputerActionList as BetaComputerActionList,
    )
    from .beta_computer_call_output_item_param import (
        BetaComputerCallOutputItemParam as BetaComputerCallOutputItemParam,
    )
    from .beta_computer_call_output_status import (
        BetaComputerCallOutputStatus as BetaComputerCallOutputStatus,
    )
    from .beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam as BetaComputerCallSafetyCheckParam,
    )
    from .beta_computer_environment import (
        BetaComputerEnvironment as BetaComputerEnvironment,
    )
    from .beta_computer_screenshot_content import (
        BetaComputerScreenshotContent as BetaComputerScreenshotContent,
    )
    from .beta_computer_screenshot_image import (
        BetaComputerScreenshotImage as BetaComputerScreenshotImage,
    )
    from .beta_computer_tool import BetaComputerTool as BetaComputerTool
    from .beta_computer_tool_call import BetaComputerToolCall as BetaComputerToolCall
    from .beta_computer_tool_call_output import (
        BetaComputerToolCallOutput as BetaComputerToolCallOutput,
    )
    from .beta_computer_tool_call_output_resource import (
        BetaComputerToolCallOutputResource as BetaComputerToolCallOutputResource,
    )
    from .beta_computer_use_preview_tool import (
        BetaComputerUsePreviewTool as BetaComputerUsePreviewTool,
    )
    from .beta_container_auto_param import (
        BetaContainerAutoParam as BetaContainerAutoParam,
    )
    from .beta_container_file_citation_body import (
        BetaContainerFileCitationBody as BetaContainerFileCitationBody,
    )
    from .beta_container_file_citation_param import (
        BetaContainerFileCitationParam as BetaContainerFileCitationParam,
    )
    from .beta_container_memory_limit import (
        BetaContainerMemoryLimit as BetaContainerMemoryLimit,
    )
    from .beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam as BetaContainerNetworkPolicyAllowlistParam,
    )
    from .beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam as BetaContainerNetworkPolicyDisabledParam,
    )
    from .beta_container_network_policy_domain_secret_param import (
        BetaContainerNetworkPolicyDomainSecretParam as BetaContainerNetworkPolicyDomainSecretParam,
    )
    from .beta_container_reference_param import (
        BetaContainerReferenceParam as BetaContainerReferenceParam,
    )
    from .beta_container_reference_resource import (
        BetaContainerReferenceResource as BetaContainerReferenceResource,
    )
    from .beta_content import BetaContent as BetaContent
    from .beta_context_management_param import (
        BetaContextManagementParam as BetaContextManagementParam,
    )
    from .beta_conversation_param import BetaConversationParam as BetaConversationParam
    from .beta_conversation_param2 import (
        BetaConversationParam2 as BetaConversationParam2,
    )
    from .beta_coord_param import BetaCoordParam as BetaCoordParam
    from .beta_create_model_response_properties import (
        BetaCreateModelResponseProperties as BetaCreateModelResponseProperties,
    )
    from .beta_create_response import BetaCreateResponse as BetaCreateResponse
    from .beta_custom_grammar_format_param import (
        BetaCustomGrammarFormatParam as BetaCustomGrammarFormatParam,
    )
    from .beta_custom_text_format_param import (
        BetaCustomTextFormatParam as BetaCustomTextFormatParam,
    )
    from .beta_custom_tool_call import BetaCustomToolCall as BetaCustomToolCall
    from .beta_custom_tool_call_output import (
        BetaCustomToolCallOutput as BetaCustomToolCallOutput,
    )
    from .beta_custom_tool_call_output_resource import (
        BetaCustomToolCallOutputResource as BetaCustomToolCallOutputResource,
    )
    from .beta_custom_tool_call_resource import (
        BetaCustomToolCallResource as BetaCustomToolCallResource,
    )
    from .beta_custom_tool_param import BetaCustomToolParam as BetaCustomToolParam
    from .beta_detail_enum import BetaDetailEnum as BetaDetailEnum
    from .beta_direct_tool_call_caller import (
        BetaDirectToolCallCaller as BetaDirectToolCallCaller,
    )
    from .beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam as BetaDirectToolCallCallerParam,
    )
    from .beta_double_click_action import BetaDoubleClickAction as BetaDoubleClickAction
    from .beta_drag_param import BetaDragParam as BetaDragParam
    from .beta_easy_input_message import BetaEasyInputMessage as BetaEasyInputMessage
    from .beta_empty_model_param import BetaEmptyModelParam as BetaEmptyModelParam
    from .beta_encrypted_content import BetaEncryptedContent as BetaEncryptedContent
    from .beta_encrypted_content_param import (
        BetaEncryptedContentParam as BetaEncryptedContentParam,
    )
    from .beta_error import BetaError as BetaError
    from .beta_error_payload import BetaErrorPayload as BetaErrorPayload
    from .beta_file_citation_body import BetaFileCitationBody as BetaFileCitationBody
    from .beta_file_citation_param import BetaFileCitationParam as BetaFileCitationParam
    from .beta_file_detail_enum import BetaFileDetailEnum as BetaFileDetailEnum
    from .beta_file_input_detail import BetaFileInputDetail as BetaFileInputDetail
    from .beta_file_path import BetaFilePath as BetaFilePath
    from .beta_file_search_tool import BetaFileSearchTool as BetaFileSearchTool
    from .beta_file_search_tool_call import (
        BetaFileSearchToolCall as BetaFileSearchToolCall,
    )
    from .beta_file_search_tool_call_results_variant1_item import (
        BetaFileSearchToolCallResultsVariant1Item as BetaFileSearchToolCallResultsVariant1Item,
    )
    from .beta_filters import BetaFilters as BetaFilters
    from .beta_function_and_custom_tool_call_output import (
        BetaFunctionAndCustomToolCallOutput as BetaFunctionAndCustomToolCallOutput,
    )
    from .beta_function_call_item_status import (
        BetaFunctionCallItemStatus as BetaFunctionCallItemStatus,
    )
    from .beta_function_call_output_item_param import (
        BetaFunctionCallOutputItemParam as BetaFunctionCallOutputItemParam,
    )
    from .beta_function_call_output_status_enum import (
        BetaFunctionCallOutputStatusEnum as BetaFunctionCallOutputStatusEnum,
    )
    from .beta_function_call_status import (
        BetaFunctionCallStatus as BetaFunctionCallStatus,
    )
    from .beta_function_shell_action import (
        BetaFunctionShellAction as BetaFunctionShellAction,
    )
    from .beta_function_shell_action_param import (
        BetaFunctionShellActionParam as BetaFunctionShellActionParam,
    )
    from .beta_function_shell_call import BetaFunctionShellCall as BetaFunctionShellCall
    from .beta_function_shell_call_item_param import (
        BetaFunctionShellCallItemParam as BetaFunctionShellCallItemParam,
    )
    from .beta_function_shell_call_item_status import (
        BetaFunctionShellCallItemStatus as BetaFunctionShellCallItemStatus,
    )
    from .beta_function_shell_call_output import (
        BetaFunctionShellCallOutput as BetaFunctionShellCallOutput,
    )
    from .beta_function_shell_call_output_content import (
        BetaFunctionShellCallOutputContent as BetaFunctionShellCallOutputContent,
    )
    from .beta_function_shell_call_output_content_param import (
        BetaFunctionShellCallOutputContentParam as BetaFunctionShellCallOutputContentParam,
    )
    from .beta_function_shell_call_output_exit_outcome import (
        BetaFunctionShellCallOutputExitOutcome as BetaFunctionShellCallOutputExitOutcome,
    )
    from .beta_function_shell_call_output_exit_outcome_param import (
        BetaFunctionShellCallOutputExitOutcomeParam as BetaFunctionShellCallOutputExitOutcomeParam,
    )
    from .beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam as BetaFunctionShellCallOutputItemParam,
    )
    from .beta_function_shell_call_output_outcome_param import (
        BetaFunctionShellCallOutputOutcomeParam as BetaFunctionShellCallOutputOutcomeParam,
    )
    from .beta_function_shell_call_output_status_enum import (
        BetaFunctionShellCallOutputStatusEnum as BetaFunctionShellCallOutputStatusEnum,
    )
    from .beta_function_shell_call_output_timeout_outcome import (
        BetaFunctionShellCallOutputTimeoutOutcome as BetaFunctionShellCallOutputTimeoutOutcome,
    )
    from .beta_function_shell_call_output_timeout_outcome_param import (
        BetaFunctionShellCallOutputTimeoutOutcomeParam as BetaFunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .beta_function_shell_call_status import (
        BetaFunctionShellCallStatus as BetaFunctionShellCallStatus,
    )
    from .beta_function_shell_tool_param import (
        BetaFunctionShellToolParam as BetaFunctionShellToolParam,
    )
    from .beta_function_tool import BetaFunctionTool as BetaFunctionTool
    from .beta_function_tool_call import BetaFunctionToolCall as BetaFunctionToolCall
    from .beta_function_tool_call_output import (
        BetaFunctionToolCallOutput as BetaFunctionToolCallOutput,
    )
    from .beta_function_tool_call_output_resource import (
        BetaFunctionToolCallOutputResource as BetaFunctionToolCallOutputResource,
    )
    from .beta_function_tool_call_resource import (
        BetaFunctionToolCallResource as BetaFunctionToolCallResource,
    )
    from .beta_function_tool_param import BetaFunctionToolParam as BetaFunctionToolParam
    from .beta_grammar_syntax1 import BetaGrammarSyntax1 as BetaGrammarSyntax1
    from .beta_http_error import BetaHTTPError as BetaHTTPError
    from .beta_hybrid_search_options import (
        BetaHybridSearchOptions as BetaHybridSearchOptions,
    )
    from .beta_image_detail import BetaImageDetail as BetaImageDetail
    from .beta_image_gen_action_enum import (
        BetaImageGenActionEnum as BetaImageGenActionEnum,
    )
    from .beta_image_gen_tool import BetaImageGenTool as BetaImageGenTool
    from .beta_image_gen_tool_call import BetaImageGenToolCall as BetaImageGenToolCall
    from .beta_image_gen_tool_input_image_mask import (
        BetaImageGenToolInputImageMask as BetaImageGenToolInputImageMask,
    )
    from .beta_include_enum import BetaIncludeEnum as BetaIncludeEnum
    from .beta_inline_skill_param import BetaInlineSkillParam as BetaInlineSkillParam
    from .beta_inline_skill_source_param import (
        BetaInlineSkillSourceParam as BetaInlineSkillSourceParam,
    )
    from .beta_input_audio import BetaInputAudio as BetaInputAudio
    from .beta_input_audio_input_audio import (
        BetaInputAudioInputAudio as BetaInputAudioInputAudio,
    )
    from .beta_input_content import BetaInputContent as BetaInputContent
    from .beta_input_fidelity import BetaInputFidelity as BetaInputFidelity
    from .beta_input_file_content import BetaInputFileContent as BetaInputFileContent
    from .beta_input_file_content_param import (
        BetaInputFileContentParam as BetaInputFileContentParam,
    )
    from .beta_input_image_content import BetaInputImageContent as BetaInputImageContent
    from .beta_input_image_content_param_auto_param import (
        BetaInputImageContentParamAutoParam as BetaInputImageContentParamAutoParam,
    )
    from .beta_input_item import BetaInputItem as BetaInputItem
    from .beta_input_message import BetaInputMessage as BetaInputMessage
    from .beta_input_message_content_list import (
        BetaInputMessageContentList as BetaInputMessageContentList,
    )
    from .beta_input_message_resource import (
        BetaInputMessageResource as BetaInputMessageResource,
    )
    from .beta_input_param import BetaInputParam as BetaInputParam
    from .beta_input_text_content import BetaInputTextContent as BetaInputTextContent
    from .beta_input_text_content_param import (
        BetaInputTextContentParam as BetaInputTextContentParam,
    )
    from .beta_item import BetaItem as BetaItem
    from .beta_item_field import BetaItemField as BetaItemField
    from .beta_item_reference_param import (
        BetaItemReferenceParam as BetaItemReferenceParam,
    )
    from .beta_item_resource import BetaItemResource as BetaItemResource
    from .beta_key_press_action import BetaKeyPressAction as BetaKeyPressAction
    from .beta_local_environment_param import (
        BetaLocalEnvironmentParam as BetaLocalEnvironmentParam,
    )
    from .beta_local_environment_resource import (
        BetaLocalEnvironmentResource as BetaLocalEnvironmentResource,
    )
    from .beta_local_shell_exec_action import (
        BetaLocalShellExecAction as BetaLocalShellExecAction,
    )
    from .beta_local_shell_tool_call import (
        BetaLocalShellToolCall as BetaLocalShellToolCall,
    )
    from .beta_local_shell_tool_call_output import (
        BetaLocalShellToolCallOutput as BetaLocalShellToolCallOutput,
    )
    from .beta_local_shell_tool_param import (
        BetaLocalShellToolParam as BetaLocalShellToolParam,
    )
    from .beta_local_skill_param import BetaLocalSkillParam as BetaLocalSkillParam
    from .beta_log_prob import BetaLogProb as BetaLogProb
    from .beta_mcp_approval_request import (
        BetaMCPApprovalRequest as BetaMCPApprovalRequest,
    )
    from .beta_mcp_approval_response import (
        BetaMCPApprovalResponse as BetaMCPApprovalResponse,
    )
    from .beta_mcp_approval_response_resource import (
        BetaMCPApprovalResponseResource as BetaMCPApprovalResponseResource,
    )
    from .beta_mcp_list_tools import BetaMCPListTools as BetaMCPListTools
    from .beta_mcp_list_tools_tool import BetaMCPListToolsTool as BetaMCPListToolsTool
    from .beta_mcp_protocol_error import BetaMCPProtocolError as BetaMCPProtocolError
    from .beta_mcp_tool import BetaMCPTool as BetaMCPTool
    from .beta_mcp_tool_call import BetaMCPToolCall as BetaMCPToolCall
    from .beta_mcp_tool_call_error import BetaMCPToolCallError as BetaMCPToolCallError
    from .beta_mcp_tool_call_status import (
        BetaMCPToolCallStatus as BetaMCPToolCallStatus,
    )
    from .beta_mcp_tool_execution_error import (
        BetaMCPToolExecutionError as BetaMCPToolExecutionError,
    )
    from .beta_mcp_tool_filter import BetaMCPToolFilter as BetaMCPToolFilter
    from .beta_mcp_tool_require_approval_variant1_mcp_tool_approval_filter import (
        BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter as BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter,
    )
    from .beta_message import BetaMessage as BetaMessage
    from .beta_message_phase import BetaMessagePhase as BetaMessagePhase
    from .beta_message_phase2 import BetaMessagePhase2 as BetaMessagePhase2
    from .beta_message_role import BetaMessageRole as BetaMessageRole
    from .beta_message_status import BetaMessageStatus as BetaMessageStatus
    from .beta_metadata import BetaMetadata as BetaMetadata
    from .beta_model_ids_compaction import (
        BetaModelIdsCompaction as BetaModelIdsCompaction,
    )
    from .beta_model_ids_responses import BetaModelIdsResponses as BetaModelIdsResponses
    from .beta_model_ids_shared import BetaModelIdsShared as BetaModelIdsShared
    from .beta_model_response_properties import (
        BetaModelResponseProperties as BetaModelResponseProperties,
    )
    from .beta_moderation import BetaModeration as BetaModeration
    from .beta_moderation_config_param import (
        BetaModerationConfigParam as BetaModerationConfigParam,
    )
    from .beta_moderation_error_body import (
        BetaModerationErrorBody as BetaModerationErrorBody,
    )
    from .beta_moderation_input_type import (
        BetaModerationInputType as BetaModerationInputType,
    )
    from .beta_moderation_mode import BetaModerationMode as BetaModerationMode
    from .beta_moderation_param import BetaModerationParam as BetaModerationParam
    from .beta_moderation_policy_param import (
        BetaModerationPolicyParam as BetaModerationPolicyParam,
    )
    from .beta_moderation_result_body import (
        BetaModerationResultBody as BetaModerationResultBody,
    )
    from .beta_move_param import BetaMoveParam as BetaMoveParam
    from .beta_multi_agent_action import BetaMultiAgentAction as BetaMultiAgentAction
    from .beta_multi_agent_action1 import BetaMultiAgentAction1 as BetaMultiAgentAction1
    from .beta_multi_agent_call import BetaMultiAgentCall as BetaMultiAgentCall
    from .beta_multi_agent_call_item_param import (
        BetaMultiAgentCallItemParam as BetaMultiAgentCallItemParam,
    )
    from .beta_multi_agent_call_output import (
        BetaMultiAgentCallOutput as BetaMultiAgentCallOutput,
    )
    from .beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam as BetaMultiAgentCallOutputItemParam,
    )
    from .beta_multi_agent_param import BetaMultiAgentParam as BetaMultiAgentParam
    from .beta_namespace_tool_param import (
        BetaNamespaceToolParam as BetaNamespaceToolParam,
    )
    from .beta_output_audio import BetaOutputAudio as BetaOutputAudio
    from .beta_output_content import BetaOutputContent as BetaOutputContent
    from .beta_output_item import BetaOutputItem as BetaOutputItem
    from .beta_output_message import BetaOutputMessage as BetaOutputMessage
    from .beta_output_message_content import (
        BetaOutputMessageContent as BetaOutputMessageContent,
    )
    from .beta_output_text_content import BetaOutputTextContent as BetaOutputTextContent
    from .beta_output_text_content_param import (
        BetaOutputTextContentParam as BetaOutputTextContentParam,
    )
    from .beta_personality_enum import BetaPersonalityEnum as BetaPersonalityEnum
    from .beta_program import BetaProgram as BetaProgram
    from .beta_program_item_param import BetaProgramItemParam as BetaProgramItemParam
    from .beta_program_output import BetaProgramOutput as BetaProgramOutput
    from .beta_program_output_item_param import (
        BetaProgramOutputItemParam as BetaProgramOutputItemParam,
    )
    from .beta_program_output_item_status import (
        BetaProgramOutputItemStatus as BetaProgramOutputItemStatus,
    )
    from .beta_program_output_status import (
        BetaProgramOutputStatus as BetaProgramOutputStatus,
    )
    from .beta_program_tool_call_caller import (
        BetaProgramToolCallCaller as BetaProgramToolCallCaller,
    )
    from .beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam as BetaProgramToolCallCallerParam,
    )
    from .beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam as BetaProgrammaticToolCallingParam,
    )
    from .beta_prompt import BetaPrompt as BetaPrompt
    from .beta_prompt_cache_breakpoint_config import (
        BetaPromptCacheBreakpointConfig as BetaPromptCacheBreakpointConfig,
    )
    from .beta_prompt_cache_breakpoint_param import (
        BetaPromptCacheBreakpointParam as BetaPromptCacheBreakpointParam,
    )
    from .beta_prompt_cache_mode_enum import (
        BetaPromptCacheModeEnum as BetaPromptCacheModeEnum,
    )
    from .beta_prompt_cache_options import (
        BetaPromptCacheOptions as BetaPromptCacheOptions,
    )
    from .beta_prompt_cache_options_param import (
        BetaPromptCacheOptionsParam as BetaPromptCacheOptionsParam,
    )
    from .beta_prompt_cache_retention_enum import (
        BetaPromptCacheRetentionEnum as BetaPromptCacheRetentionEnum,
    )
    from .beta_prompt_cache_ttl_enum import (
        BetaPromptCacheTTLEnum as BetaPromptCacheTTLEnum,
    )
    from .beta_prompt_variant1 import BetaPromptVariant1 as BetaPromptVariant1
    from .beta_ranker_version_type import BetaRankerVersionType as BetaRankerVersionType
    from .beta_ranking_options import BetaRankingOptions as BetaRankingOptions
    from .beta_reasoning import BetaReasoning as BetaReasoning
    from .beta_reasoning_effort import BetaReasoningEffort as BetaReasoningEffort
    from .beta_reasoning_item import BetaReasoningItem as BetaReasoningItem
    from .beta_reasoning_mode_enum import BetaReasoningModeEnum as BetaReasoningModeEnum
    from .beta_reasoning_text_content import (
        BetaReasoningTextContent as BetaReasoningTextContent,
    )
    from .beta_refusal_content import BetaRefusalContent as BetaRefusalContent
    from .beta_response import BetaResponse as BetaResponse
    from .beta_response_audio_delta_event import (
        BetaResponseAudioDeltaEvent as BetaResponseAudioDeltaEvent,
    )
    from .beta_response_audio_done_event import (
        BetaResponseAudioDoneEvent as BetaResponseAudioDoneEvent,
    )
    from .beta_response_audio_transcript_delta_event import (
        BetaResponseAudioTranscriptDeltaEvent as BetaResponseAudioTranscriptDeltaEvent,
    )
    from .beta_response_audio_transcript_done_event import (
        BetaResponseAudioTranscriptDoneEvent as BetaResponseAudioTranscriptDoneEvent,
    )
    from .beta_response_code_interpreter_call_code_delta_event import (
        BetaResponseCodeInterpreterCallCodeDeltaEvent as BetaResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .beta_response_code_interpreter_call_code_done_event import (
        BetaResponseCodeInterpreterCallCodeDoneEvent as BetaResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .beta_response_code_interpreter_call_completed_event import (
        BetaResponseCodeInterpreterCallCompletedEvent as BetaResponseCodeInterpreterCallCompletedEvent,
    )
    from .beta_response_code_interpreter_call_in_progress_event import (
        BetaResponseCodeInterpreterCallInProgressEvent as BetaResponseCodeInterpreterCallInProgressEvent,
    )
    from .beta_response_code_interpreter_call_interpreting_event import (
        BetaResponseCodeInterpreterCallInterpretingEvent as BetaResponseCodeInterpreterCallInterpretingEvent,
    )
    from .beta_response_completed_event import (
        BetaResponseCompletedEvent as BetaResponseCompletedEvent,
    )
    from .beta_response_content_part_added_event import (
        BetaResponseContentPartAddedEvent as BetaResponseContentPartAddedEvent,
    )
    from .beta_response_content_part_done_event import (
        BetaResponseContentPartDoneEvent as BetaResponseContentPartDoneEvent,
    )
    from .beta_response_conversation import (
        BetaResponseConversation as BetaResponseConversation,
    )
    from .beta_response_created_event import (
        BetaResponseCreatedEvent as BetaResponseCreatedEvent,
    )
    from .beta_response_custom_tool_call_input_delta_event import (
        BetaResponseCustomToolCallInputDeltaEvent as BetaResponseCustomToolCallInputDeltaEvent,
    )
    from .beta_response_custom_tool_call_input_done_event import (
        BetaResponseCustomToolCallInputDoneEvent as BetaResponseCustomToolCallInputDoneEvent,
    )
    from .beta_response_error import BetaResponseError as BetaResponseError
    from .beta_response_error_code import BetaResponseErrorCode as BetaResponseErrorCode
    from .beta_response_error_event import (
        BetaResponseErrorEvent as BetaResponseErrorEvent,
    )
    from .beta_response_error_variant1 import (
        BetaResponseErrorVariant1 as BetaResponseErrorVariant1,
    )
    from .beta_response_failed_event import (
        BetaResponseFailedEvent as BetaResponseFailedEvent,
    )
    from .beta_response_file_search_call_completed_event import (
        BetaResponseFileSearchCallCompletedEvent as BetaResponseFileSearchCallCompletedEvent,
    )
    from .beta_response_file_search_call_in_progress_event import (
        BetaResponseFileSearchCallInProgressEvent as BetaResponseFileSearchCallInProgressEvent,
    )
    from .beta_response_file_search_call_searching_event import (
        BetaResponseFileSearchCallSearchingEvent as BetaResponseFileSearchCallSearchingEvent,
    )
    from .beta_response_format_json_object import (
        BetaResponseFormatJsonObject as BetaResponseFormatJsonObject,
    )
    from .beta_response_format_json_schema_schema import (
        BetaResponseFormatJsonSchemaSchema as BetaResponseFormatJsonSchemaSchema,
    )
    from .beta_response_format_text import (
        BetaResponseFormatText as BetaResponseFormatText,
    )
    from .beta_response_function_call_arguments_delta_event import (
        BetaResponseFunctionCallArgumentsDeltaEvent as BetaResponseFunctionCallArgumentsDeltaEvent,
    )
    from .beta_response_function_call_arguments_done_event import (
        BetaResponseFunctionCallArgumentsDoneEvent as BetaResponseFunctionCallArgumentsDoneEvent,
    )
    from .beta_response_image_gen_call_completed_event import (
        BetaResponseImageGenCallCompletedEvent as BetaResponseImageGenCallCompletedEvent,
    )
    from .beta_response_image_gen_call_generating_event import (
        BetaResponseImageGenCallGeneratingEvent as BetaResponseImageGenCallGeneratingEvent,
    )
    from .beta_response_image_gen_call_in_progress_event import (
        BetaResponseImageGenCallInProgressEvent as BetaResponseImageGenCallInProgressEvent,
    )
    from .beta_response_image_gen_call_partial_image_event import (
        BetaResponseImageGenCallPartialImageEvent as BetaResponseImageGenCallPartialImageEvent,
    )
    from .beta_response_in_progress_event import (
        BetaResponseInProgressEvent as BetaResponseInProgressEvent,
    )
    from .beta_response_incomplete_details_variant1 import (
        BetaResponseIncompleteDetailsVariant1 as BetaResponseIncompleteDetailsVariant1,
    )
    from .beta_response_incomplete_event import (
        BetaResponseIncompleteEvent as BetaResponseIncompleteEvent,
    )
    from .beta_response_inject_created_event import (
        BetaResponseInjectCreatedEvent as BetaResponseInjectCreatedEvent,
    )
    from .beta_response_inject_event import (
        BetaResponseInjectEvent as BetaResponseInjectEvent,
    )
    from .beta_response_inject_failed_event import (
        BetaResponseInjectFailedEvent as BetaResponseInjectFailedEvent,
    )
    from .beta_response_inject_failed_event_error import (
        BetaResponseInjectFailedEventError as BetaResponseInjectFailedEventError,
    )
    from .beta_response_item_list import BetaResponseItemList as BetaResponseItemList
    from .beta_response_log_prob import BetaResponseLogProb as BetaResponseLogProb
    from .beta_response_log_prob_top_logprobs_item import (
        BetaResponseLogProbTopLogprobsItem as BetaResponseLogProbTopLogprobsItem,
    )
    from .beta_response_mcp_call_arguments_delta_event import (
        BetaResponseMCPCallArgumentsDeltaEvent as BetaResponseMCPCallArgumentsDeltaEvent,
    )
    from .beta_response_mcp_call_arguments_done_event import (
        BetaResponseMCPCallArgumentsDoneEvent as BetaResponseMCPCallArgumentsDoneEvent,
    )
    from .beta_response_mcp_call_completed_event import (
        BetaResponseMCPCallCompletedEvent as BetaResponseMCPCallCompletedEvent,
    )
    from .beta_response_mcp_call_failed_event import (
        BetaResponseMCPCallFailedEvent as BetaResponseMCPCallFailedEvent,
    )
    from .beta_response_mcp_call_in_progress_event import (
        BetaResponseMCPCallInProgressEvent as BetaResponseMCPCallInProgressEvent,
    )
    from .beta_response_mcp_list_tools_completed_event import (
        BetaResponseMCPListToolsCompletedEvent as BetaResponseMCPListToolsCompletedEvent,
    )
    from .beta_response_mcp_list_tools_failed_event import (
        BetaResponseMCPListToolsFailedEvent as BetaResponseMCPListToolsFailedEvent,
    )
    from .beta_response_mcp_list_tools_in_progress_event import (
        BetaResponseMCPListToolsInProgressEvent as BetaResponseMCPListToolsInProgressEvent,
    )
    from .beta_response_output_item_added_event import (
        BetaResponseOutputItemAddedEvent as BetaResponseOutputItemAddedEvent,
    )
    from .beta_response_output_item_done_event import (
        BetaResponseOutputItemDoneEvent as BetaResponseOutputItemDoneEvent,
    )
    from .beta_response_output_text_annotation_added_event import (
        BetaResponseOutputTextAnnotationAddedEvent as BetaResponseOutputTextAnnotationAddedEvent,
    )
    from .beta_response_prompt_variables import (
        BetaResponsePromptVariables as BetaResponsePromptVariables,
    )
    from .beta_response_properties import (
        BetaResponseProperties as BetaResponseProperties,
    )
    from .beta_response_queued_event import (
        BetaResponseQueuedEvent as BetaResponseQueuedEvent,
    )
    from .beta_response_reasoning_summary_part_added_event import (
        BetaResponseReasoningSummaryPartAddedEvent as BetaResponseReasoningSummaryPartAddedEvent,
    )
    from .beta_response_reasoning_summary_part_added_event_part import (
        BetaResponseReasoningSummaryPartAddedEventPart as BetaResponseReasoningSummaryPartAddedEventPart,
    )
    from .beta_response_reasoning_summary_part_done_event import (
        BetaResponseReasoningSummaryPartDoneEvent as BetaResponseReasoningSummaryPartDoneEvent,
    )
    from .beta_response_reasoning_summary_part_done_event_part import (
        BetaResponseReasoningSummaryPartDoneEventPart as BetaResponseReasoningSummaryPartDoneEventPart,
    )
    from .beta_response_reasoning_summary_text_delta_event import (
        BetaResponseReasoningSummaryTextDeltaEvent as BetaResponseReasoningSummaryTextDeltaEvent,
    )
    from .beta_response_reasoning_summary_text_done_event import (
        BetaResponseReasoningSummaryTextDoneEvent as BetaResponseReasoningSummaryTextDoneEvent,
    )
    from .beta_response_reasoning_text_delta_event import (
        BetaResponseReasoningTextDeltaEvent as BetaResponseReasoningTextDeltaEvent,
    )
    from .beta_response_reasoning_text_done_event import (
        BetaResponseReasoningTextDoneEvent as BetaResponseReasoningTextDoneEvent,
    )
    from .beta_response_refusal_delta_event import (
        BetaResponseRefusalDeltaEvent as BetaResponseRefusalDeltaEvent,
    )
    from .beta_response_refusal_done_event import (
        BetaResponseRefusalDoneEvent as BetaResponseRefusalDoneEvent,
    )
    from .beta_response_shell_call_command_added_streaming_event import (
        BetaResponseShellCallCommandAddedStreamingEvent as BetaResponseShellCallCommandAddedStreamingEvent,
    )
    from .beta_response_shell_call_command_delta_streaming_event import (
        BetaResponseShellCallCommandDeltaStreamingEvent as BetaResponseShellCallCommandDeltaStreamingEvent,
    )
    from .beta_response_shell_call_command_done_streaming_event import (
        BetaResponseShellCallCommandDoneStreamingEvent as BetaResponseShellCallCommandDoneStreamingEvent,
    )
    from .beta_response_shell_call_output_content_delta_streaming_event import (
        BetaResponseShellCallOutputContentDeltaStreamingEvent as BetaResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .beta_response_shell_call_output_content_done_streaming_event import (
        BetaResponseShellCallOutputContentDoneStreamingEvent as BetaResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .beta_response_stream_event import (
        BetaResponseStreamEvent as BetaResponseStreamEvent,
    )
    from .beta_response_stream_options import (
        BetaResponseStreamOptions as BetaResponseStreamOptions,
    )
    from .beta_response_stream_options_variant1 import (
        BetaResponseStreamOptionsVariant1 as BetaResponseStreamOptionsVariant1,
    )
    from .beta_response_text_delta_event import (
        BetaResponseTextDeltaEvent as BetaResponseTextDeltaEvent,
    )
    from .beta_response_text_done_event import (
        BetaResponseTextDoneEvent as BetaResponseTextDoneEvent,
    )
    from .beta_response_text_param import BetaResponseTextParam as BetaResponseTextParam
    from .beta_response_usage import BetaResponseUsage as BetaResponseUsage
    from .beta_response_usage_input_tokens_details import (
        BetaResponseUsageInputTokensDetails as BetaResponseUsageInputTokensDetails,
    )
    from .beta_response_usage_output_tokens_details import (
        BetaResponseUsageOutputTokensDetails as BetaResponseUsageOutputTokensDetails,
    )
    from .beta_response_web_search_call_completed_event import (
        BetaResponseWebSearchCallCompletedEvent as BetaResponseWebSearchCallCompletedEvent,
    )
    from .beta_response_web_search_call_in_progress_event import (
        BetaResponseWebSearchCallInProgressEvent as BetaResponseWebSearchCallInProgressEvent,
    )
    from .beta_response_web_search_call_searching_event import (
        BetaResponseWebSearchCallSearchingEvent as BetaResponseWebSearchCallSearchingEvent,
    )
    from .beta_response_ws_error import BetaResponseWsError as BetaResponseWsError
    from .beta_responses_client_event import (
        BetaResponsesClientEvent as BetaResponsesClientEvent,
    )
    from .beta_responses_client_event_response_create import (
        BetaResponsesClientEventResponseCreate as BetaResponsesClientEventResponseCreate,
    )
    from .beta_responses_server_event import (
        BetaResponsesServerEvent as BetaResponsesServerEvent,
    )
    from .beta_responses_server_event_beta_response_audio_transcript_ws_delta import (
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta as BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta,
    )
    from .beta_responses_server_event_beta_response_audio_transcript_ws_done import (
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDone as BetaResponsesServerEventBetaResponseAudioTranscriptWsDone,
    )
    from .beta_responses_server_event_beta_response_audio_ws_delta import (
        BetaResponsesServerEventBetaResponseAudioWsDelta as BetaResponsesServerEventBetaResponseAudioWsDelta,
    )
    from .beta_responses_server_event_beta_response_audio_ws_done import (
        BetaResponsesServerEventBetaResponseAudioWsDone as BetaResponsesServerEventBetaResponseAudioWsDone,
    )
    from .beta_responses_server_event_beta_response_code_interpreter_call_code_ws_delta import (
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta as BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta,
    )
    from .beta_responses_server_event_beta_response_code_interpreter_call_code_ws_done import (
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone as BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone,
    )
    from .beta_responses_server_event_beta_response_code_interpreter_call_in_ws_progress import (
        BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress as BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress,
    )
    from .beta_responses_server_event_beta_response_code_interpreter_call_ws_completed import (
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted as BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted,
    )
    from .beta_responses_server_event_beta_response_code_interpreter_call_ws_interpreting import (
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting as BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting,
    )
    from .beta_responses_server_event_beta_response_content_part_ws_added import (
        BetaResponsesServerEventBetaResponseContentPartWsAdded as BetaResponsesServerEventBetaResponseContentPartWsAdded,
    )
    from .beta_responses_server_event_beta_response_content_part_ws_done import (
        BetaResponsesServerEventBetaResponseContentPartWsDone as BetaResponsesServerEventBetaResponseContentPartWsDone,
    )
    from .beta_responses_server_event_beta_response_custom_tool_call_input_ws_delta import (
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta as BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta,
    )
    from .beta_responses_server_event_beta_response_custom_tool_call_input_ws_done import (
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone as BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone,
    )
    from .beta_responses_server_event_beta_response_file_search_call_in_ws_progress import (
        BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress as BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress,
    )
    from .beta_responses_server_event_beta_response_file_search_call_ws_completed import (
        BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted as BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted,
    )
    from .beta_responses_server_event_beta_response_file_search_call_ws_searching import (
        BetaResponsesServerEventBetaResponseFileSearchCallWsSearching as BetaResponsesServerEventBetaResponseFileSearchCallWsSearching,
    )
    from .beta_responses_server_event_beta_response_function_call_arguments_ws_delta import (
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta as BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta,
    )
    from .beta_responses_server_event_beta_response_function_call_arguments_ws_done import (
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone as BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone,
    )
    from .beta_responses_server_event_beta_response_image_gen_call_in_ws_progress import (
        BetaResponsesServerEventBetaResponseImageGenCallInWsProgress as BetaResponsesServerEventBetaResponseImageGenCallInWsProgress,
    )
    from .beta_responses_server_event_beta_response_image_gen_call_partial_ws_image import (
        BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage as BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage,
    )
    from .beta_responses_server_event_beta_response_image_gen_call_ws_completed import (
        BetaResponsesServerEventBetaResponseImageGenCallWsCompleted as BetaResponsesServerEventBetaResponseImageGenCallWsCompleted,
    )
    from .beta_responses_server_event_beta_response_image_gen_call_ws_generating import (
        BetaResponsesServerEventBetaResponseImageGenCallWsGenerating as BetaResponsesServerEventBetaResponseImageGenCallWsGenerating,
    )
    from .beta_responses_server_event_beta_response_in_ws_progress import (
        BetaResponsesServerEventBetaResponseInWsProgress as BetaResponsesServerEventBetaResponseInWsProgress,
    )
    from .beta_responses_server_event_beta_response_mcp_call_arguments_ws_delta import (
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta as BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta,
    )
    from .beta_responses_server_event_beta_response_mcp_call_arguments_ws_done import (
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone as BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone,
    )
    from .beta_responses_server_event_beta_response_mcp_call_in_ws_progress import (
        BetaResponsesServerEventBetaResponseMcpCallInWsProgress as BetaResponsesServerEventBetaResponseMcpCallInWsProgress,
    )
    from .beta_responses_server_event_beta_response_mcp_call_ws_completed import (
        BetaResponsesServerEventBetaResponseMcpCallWsCompleted as BetaResponsesServerEventBetaResponseMcpCallWsCompleted,
    )
    from .beta_responses_server_event_beta_response_mcp_call_ws_failed import (
        BetaResponsesServerEventBetaResponseMcpCallWsFailed as BetaResponsesServerEventBetaResponseMcpCallWsFailed,
    )
    from .beta_responses_server_event_beta_response_mcp_list_tools_in_ws_progress import (
        BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress as BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress,
    )
    from .beta_responses_server_event_beta_response_mcp_list_tools_ws_completed import (
        BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted as BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted,
    )
    from .beta_responses_server_event_beta_response_mcp_list_tools_ws_failed import (
        BetaResponsesServerEventBetaResponseMcpListToolsWsFailed as BetaResponsesServerEventBetaResponseMcpListToolsWsFailed,
    )
    from .beta_responses_server_event_beta_response_output_item_ws_added import (
        BetaResponsesServerEventBetaResponseOutputItemWsAdded as BetaResponsesServerEventBetaResponseOutputItemWsAdded,
    )
    from .beta_responses_server_event_beta_response_output_item_ws_done import (
        BetaResponsesServerEventBetaResponseOutputItemWsDone as BetaResponsesServerEventBetaResponseOutputItemWsDone,
    )
    from .beta_responses_server_event_beta_response_output_text_annotation_ws_added import (
        BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded as BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded,
    )
    from .beta_responses_server_event_beta_response_reasoning_summary_part_ws_added import (
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded as BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded,
    )
    from .beta_responses_server_event_beta_response_reasoning_summary_part_ws_done import (
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone as BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone,
    )
    from .beta_responses_server_event_beta_response_reasoning_summary_text_ws_delta import (
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta as BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta,
    )
    from .beta_responses_server_event_beta_response_reasoning_summary_text_ws_done import (
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone as BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone,
    )
    from .beta_responses_server_event_beta_response_reasoning_text_ws_delta import (
        BetaResponsesServerEventBetaResponseReasoningTextWsDelta as BetaResponsesServerEventBetaResponseReasoningTextWsDelta,
    )
    from .beta_responses_server_event_beta_response_reasoning_text_ws_done import (
        BetaResponsesServerEventBetaResponseReasoningTextWsDone as BetaResponsesServerEventBetaResponseReasoningTextWsDone,
    )
    from .beta_responses_server_event_beta_response_refusal_ws_delta import (
        BetaResponsesServerEventBetaResponseRefusalWsDelta as BetaResponsesServerEventBetaResponseRefusalWsDelta,
    )
    from .beta_responses_server_event_beta_response_refusal_ws_done import (
        BetaResponsesServerEventBetaResponseRefusalWsDone as BetaResponsesServerEventBetaResponseRefusalWsDone,
    )
    from .beta_responses_server_event_beta_response_shell_call_command_ws_added import (
        BetaResponsesServerEventBetaResponseShellCallCommandWsAdded as BetaResponsesServerEventBetaResponseShellCallCommandWsAdded,
    )
    from .beta_responses_server_event_beta_response_shell_call_command_ws_delta import (
        BetaResponsesServerEventBetaResponseShellCallCommandWsDelta as BetaResponsesServerEventBetaResponseShellCallCommandWsDelta,
    )
    from .beta_responses_server_event_beta_response_shell_call_command_ws_done import (
        BetaResponsesServerEventBetaResponseShellCallCommandWsDone as BetaResponsesServerEventBetaResponseShellCallCommandWsDone,
    )
    from .beta_responses_server_event_beta_response_shell_call_output_content_ws_delta import (
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta as BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta,
    )
    from .beta_responses_server_event_beta_response_shell_call_output_content_ws_done import (
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone as BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone,
    )
    from .beta_responses_server_event_beta_response_text_ws_delta import (
        BetaResponsesServerEventBetaResponseTextWsDelta as BetaResponsesServerEventBetaResponseTextWsDelta,
    )
    from .beta_responses_server_event_beta_response_text_ws_done import (
        BetaResponsesServerEventBetaResponseTextWsDone as BetaResponsesServerEventBetaResponseTextWsDone,
    )
    from .beta_responses_server_event_beta_response_web_search_call_in_ws_progress import (
        BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress as BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress,
    )
    from .beta_responses_server_event_beta_response_web_search_call_ws_completed import (
        BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted as BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted,
    )
    from .beta_responses_server_event_beta_response_web_search_call_ws_searching import (
        BetaResponsesServerEventBetaResponseWebSearchCallWsSearching as BetaResponsesServerEventBetaResponseWebSearchCallWsSearching,
    )
    from .beta_responses_server_event_beta_response_ws_completed import (
        BetaResponsesServerEventBetaResponseWsCompleted as BetaResponsesServerEventBetaResponseWsCompleted,
    )
    from .beta_responses_server_event_beta_response_ws_created import (
        BetaResponsesServerEventBetaResponseWsCreated as BetaResponsesServerEventBetaResponseWsCreated,
    )
    from .beta_responses_server_event_beta_response_ws_failed import (
        BetaResponsesServerEventBetaResponseWsFailed as BetaResponsesServerEventBetaResponseWsFailed,
    )
    from .beta_responses_server_event_beta_response_ws_incomplete import (
        BetaResponsesServerEventBetaResponseWsIncomplete as BetaResponsesServerEventBetaResponseWsIncomplete,
    )
    from .beta_responses_server_event_beta_response_ws_queued import (
        BetaResponsesServerEventBetaResponseWsQueued as BetaResponsesServerEventBetaResponseWsQueued,
    )
    from .beta_responses_web_socket_stream_event import (
        BetaResponsesWebSocketStreamEvent as BetaResponsesWebSocketStreamEvent,
    )
    from .beta_screenshot_param import BetaScreenshotParam as BetaScreenshotParam
    from .beta_scroll_param import BetaScrollParam as BetaScrollParam
    from .beta_search_content_type import BetaSearchContentType as BetaSearchContentType
    from .beta_search_context_size import BetaSearchContextSize as BetaSearchContextSize
    from .beta_service_tier_enum import BetaServiceTierEnum as BetaServiceTierEnum
    from .beta_service_tier_responses import (
        BetaServiceTierResponses as BetaServiceTierResponses,
    )
    from .beta_shell_call_output_delta import (
        BetaShellCallOutputDelta as BetaShellCallOutputDelta,
    )
    from .beta_skill_reference_param import (
        BetaSkillReferenceParam as BetaSkillReferenceParam,
    )
    from .beta_specific_apply_patch_param import (
        BetaSpecificApplyPatchParam as BetaSpecificApplyPatchParam,
    )
    from .beta_specific_function_shell_param import (
        BetaSpecificFunctionShellParam as BetaSpecificFunctionShellParam,
    )
    from .beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam as BetaSpecificProgrammaticToolCallingParam,
    )
    from .beta_summary_text_content import (
        BetaSummaryTextContent as BetaSummaryTextContent,
    )
    from .beta_text_content import BetaTextContent as BetaTextContent
    from .beta_text_response_format_configuration import (
        BetaTextResponseFormatConfiguration as BetaTextResponseFormatConfiguration,
    )
    from .beta_text_response_format_json_schema import (
        BetaTextResponseFormatJsonSchema as BetaTextResponseFormatJsonSchema,
    )
    from .beta_token_counts_body import BetaTokenCountsBody as BetaTokenCountsBody
    from .beta_token_counts_resource import (
        BetaTokenCountsResource as BetaTokenCountsResource,
    )
    from .beta_tool import BetaTool as BetaTool
    from .beta_tool_call_caller import BetaToolCallCaller as BetaToolCallCaller
    from .beta_tool_call_caller_param import (
        BetaToolCallCallerParam as BetaToolCallCallerParam,
    )
    from .beta_tool_choice_allowed import BetaToolChoiceAllowed as BetaToolChoiceAllowed
    from .beta_tool_choice_custom import BetaToolChoiceCustom as BetaToolChoiceCustom
    from .beta_tool_choice_function import (
        BetaToolChoiceFunction as BetaToolChoiceFunction,
    )
    from .beta_tool_choice_mcp import BetaToolChoiceMCP as BetaToolChoiceMCP
    from .beta_tool_choice_options import BetaToolChoiceOptions as BetaToolChoiceOptions
    from .beta_tool_choice_param import BetaToolChoiceParam as BetaToolChoiceParam
    from .beta_tool_choice_types import BetaToolChoiceTypes as BetaToolChoiceTypes
    from .beta_tool_search_call import BetaToolSearchCall as BetaToolSearchCall
    from .beta_tool_search_call_item_param import (
        BetaToolSearchCallItemParam as BetaToolSearchCallItemParam,
    )
    from .beta_tool_search_execution_type import (
        BetaToolSearchExecutionType as BetaToolSearchExecutionType,
    )
    from .beta_tool_search_output import BetaToolSearchOutput as BetaToolSearchOutput
    from .beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam as BetaToolSearchOutputItemParam,
    )
    from .beta_tool_search_tool_param import (
        BetaToolSearchToolParam as BetaToolSearchToolParam,
    )
    from .beta_tools_array import BetaToolsArray as BetaToolsArray
    from .beta_top_log_prob import BetaTopLogProb as BetaTopLogProb
    from .beta_truncation_enum import BetaTruncationEnum as BetaTruncationEnum
    from .beta_type_param import BetaTypeParam as BetaTypeParam
    from .beta_url_citation_body import BetaUrlCitationBody as BetaUrlCitationBody
    from .beta_url_citation_param import BetaUrlCitationParam as BetaUrlCitationParam
    from .beta_vector_store_file_attributes import (
        BetaVectorStoreFileAttributes as BetaVectorStoreFileAttributes,
    )
    from .beta_verbosity import BetaVerbosity as BetaVerbosity
    from .beta_wait_param import BetaWaitParam as BetaWaitParam
    from .beta_web_search_action_find import (
        BetaWebSearchActionFind as BetaWebSearchActionFind,
    )
    from .beta_web_search_action_open_page import (
        BetaWebSearchActionOpenPage as BetaWebSearchActionOpenPage,
    )
    from .beta_web_search_action_search import (
        BetaWebSearchActionSearch as BetaWebSearchActionSearch,
    )
    from .beta_web_search_action_search_sources_item import (
        BetaWebSearchActionSearchSourcesItem as BetaWebSearchActionSearchSourcesItem,
    )
    from .beta_web_search_approximate_location import (
        BetaWebSearchApproximateLocation as BetaWebSearchApproximateLocation,
    )
    from .beta_web_search_approximate_location_web_search_approximate_location import (
        BetaWebSearchApproximateLocationWebSearchApproximateLocation as BetaWebSearchApproximateLocationWebSearchApproximateLocation,
    )
    from .beta_web_search_preview_tool import (
        BetaWebSearchPreviewTool as BetaWebSearchPreviewTool,
    )
    from .beta_web_search_tool import BetaWebSearchTool as BetaWebSearchTool
    from .beta_web_search_tool_call import (
        BetaWebSearchToolCall as BetaWebSearchToolCall,
    )
    from .beta_web_search_tool_filters_variant1 import (
        BetaWebSearchToolFiltersVariant1 as BetaWebSearchToolFiltersVariant1,
    )
    from .c2_pa_provenance_result import C2PAProvenanceResult as C2PAProvenanceResult
    from .c2_pa_validation_state_api import (
        C2PAValidationStateApi as C2PAValidationStateApi,
    )
    from .callable_tool_allowed_caller import (
        CallableToolAllowedCaller as CallableToolAllowedCaller,
    )
    from .certificate import Certificate as Certificate
    from .certificate_certificate_details import (
        CertificateCertificateDetails as CertificateCertificateDetails,
    )
    from .chat_completion_allowed_tools import (
        ChatCompletionAllowedTools as ChatCompletionAllowedTools,
    )
    from .chat_completion_allowed_tools_choice import (
        ChatCompletionAllowedToolsChoice as ChatCompletionAllowedToolsChoice,
    )
    from .chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
    from .chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption,
    )
    from .chat_completion_functions import (
        ChatCompletionFunctions as ChatCompletionFunctions,
    )
    from .chat_completion_list import ChatCompletionList as ChatCompletionList
    from .chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
    )
    from .chat_completion_message_custom_tool_call_custom import (
        ChatCompletionMessageCustomToolCallCustom as ChatCompletionMessageCustomToolCallCustom,
    )
    from .chat_completion_message_list import (
        ChatCompletionMessageList as ChatCompletionMessageList,
    )
    from .chat_completion_message_list_data_item import (
        ChatCompletionMessageListDataItem as ChatCompletionMessageListDataItem,
    )
    from .chat_completion_message_tool_call import (
        ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
    )
    from .chat_completion_message_tool_call_chunk import (
        ChatCompletionMessageToolCallChunk as ChatCompletionMessageToolCallChunk,
    )
    from .chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction as ChatCompletionMessageToolCallChunkFunction,
    )
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction as ChatCompletionMessageToolCallFunction,
    )
    from .chat_completion_message_tool_calls import (
        ChatCompletionMessageToolCalls as ChatCompletionMessageToolCalls,
    )
    from .chat_completion_modalities import (
        ChatCompletionModalities as ChatCompletionModalities,
    )
    from .chat_completion_moderation import (
        ChatCompletionModeration as ChatCompletionModeration,
    )
    from .chat_completion_moderation_error import (
        ChatCompletionModerationError as ChatCompletionModerationError,
    )
    from .chat_completion_moderation_results import (
        ChatCompletionModerationResults as ChatCompletionModerationResults,
    )
    from .chat_completion_named_tool_choice import (
        ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice,
    )
    from .chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom as ChatCompletionNamedToolChoiceCustom,
    )
    from .chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom as ChatCompletionNamedToolChoiceCustomCustom,
    )
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction as ChatCompletionNamedToolChoiceFunction,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage,
    )
    from .chat_completion_request_assistant_message_audio_variant1 import (
        ChatCompletionRequestAssistantMessageAudioVariant1 as ChatCompletionRequestAssistantMessageAudioVariant1,
    )
    from .chat_completion_request_assistant_message_content_part import (
        ChatCompletionRequestAssistantMessageContentPart as ChatCompletionRequestAssistantMessageContentPart,
    )
    from .chat_completion_request_assistant_message_function_call_variant1 import (
        ChatCompletionRequestAssistantMessageFunctionCallVariant1 as ChatCompletionRequestAssistantMessageFunctionCallVariant1,
    )
    from .chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage as ChatCompletionRequestDeveloperMessage,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage as ChatCompletionRequestFunctionMessage,
    )
    from .chat_completion_request_message import (
        ChatCompletionRequestMessage as ChatCompletionRequestMessage,
    )
    from .chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio as ChatCompletionRequestMessageContentPartAudio,
    )
    from .chat_completion_request_message_content_part_audio_input_audio import (
        ChatCompletionRequestMessageContentPartAudioInputAudio as ChatCompletionRequestMessageContentPartAudioInputAudio,
    )
    from .chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile as ChatCompletionRequestMessageContentPartFile,
    )
    from .chat_completion_request_message_content_part_file_file import (
        ChatCompletionRequestMessageContentPartFileFile as ChatCompletionRequestMessageContentPartFileFile,
    )
    from .chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage as ChatCompletionRequestMessageContentPartImage,
    )
    from .chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl as ChatCompletionRequestMessageContentPartImageImageUrl,
    )
    from .chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal as ChatCompletionRequestMessageContentPartRefusal,
    )
    from .chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText as ChatCompletionRequestMessageContentPartText,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage,
    )
    from .chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart as ChatCompletionRequestSystemMessageContentPart,
    )
    from .chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage,
    )
    from .chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart as ChatCompletionRequestToolMessageContentPart,
    )
    from .chat_completion_request_user_message import (
        ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage,
    )
    from .chat_completion_request_user_message_content_part import (
        ChatCompletionRequestUserMessageContentPart as ChatCompletionRequestUserMessageContentPart,
    )
    from .chat_completion_response_message import (
        ChatCompletionResponseMessage as ChatCompletionResponseMessage,
    )
    from .chat_completion_response_message_annotations_item import (
        ChatCompletionResponseMessageAnnotationsItem as ChatCompletionResponseMessageAnnotationsItem,
    )
    from .chat_completion_response_message_annotations_item_url_citation import (
        ChatCompletionResponseMessageAnnotationsItemUrlCitation as ChatCompletionResponseMessageAnnotationsItemUrlCitation,
    )
    from .chat_completion_response_message_audio_variant1 import (
        ChatCompletionResponseMessageAudioVariant1 as ChatCompletionResponseMessageAudioVariant1,
    )
    from .chat_completion_response_message_function_call import (
        ChatCompletionResponseMessageFunctionCall as ChatCompletionResponseMessageFunctionCall,
    )
    from .chat_completion_role import ChatCompletionRole as ChatCompletionRole
    from .chat_completion_stream_options import (
        ChatCompletionStreamOptions as ChatCompletionStreamOptions,
    )
    from .chat_completion_stream_options_variant1 import (
        ChatCompletionStreamOptionsVariant1 as ChatCompletionStreamOptionsVariant1,
    )
    from .chat_completion_stream_response_delta import (
        ChatCompletionStreamResponseDelta as ChatCompletionStreamResponseDelta,
    )
    from .chat_completion_stream_response_delta_function_call import (
        ChatCompletionStreamResponseDeltaFunctionCall as ChatCompletionStreamResponseDeltaFunctionCall,
    )
    from .chat_completion_token_logprob import (
        ChatCompletionTokenLogprob as ChatCompletionTokenLogprob,
    )
    from .chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem as ChatCompletionTokenLogprobTopLogprobsItem,
    )
    from .chat_completion_tool import ChatCompletionTool as ChatCompletionTool
    from .chat_completion_tool_choice_option import (
        ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption,
    )
    from .chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling as ChatSessionAutomaticThreadTitling,
    )
    from .chat_session_chatkit_configuration import (
        ChatSessionChatkitConfiguration as ChatSessionChatkitConfiguration,
    )
    from .chat_session_file_upload import ChatSessionFileUpload as ChatSessionFileUpload
    from .chat_session_history import ChatSessionHistory as ChatSessionHistory
    from .chat_session_rate_limits import ChatSessionRateLimits as ChatSessionRateLimits
    from .chat_session_resource import ChatSessionResource as ChatSessionResource
    from .chat_session_status import ChatSessionStatus as ChatSessionStatus
    from .chatkit_configuration_param import (
        ChatkitConfigurationParam as ChatkitConfigurationParam,
    )
    from .chatkit_workflow import ChatkitWorkflow as ChatkitWorkflow
    from .chatkit_workflow_tracing import (
        ChatkitWorkflowTracing as ChatkitWorkflowTracing,
    )
    from .chunking_strategy_request_param import (
        ChunkingStrategyRequestParam as ChunkingStrategyRequestParam,
    )
    from .click_button_type import ClickButtonType as ClickButtonType
    from .click_param import ClickParam as ClickParam
    from .client_tool_call_item import ClientToolCallItem as ClientToolCallItem
    from .client_tool_call_status import ClientToolCallStatus as ClientToolCallStatus
    from .closed_status import ClosedStatus as ClosedStatus
    from .code_interpreter_file_output import (
        CodeInterpreterFileOutput as CodeInterpreterFileOutput,
    )
    from .code_interpreter_file_output_files_item import (
        CodeInterpreterFileOutputFilesItem as CodeInterpreterFileOutputFilesItem,
    )
    from .code_interpreter_output_image import (
        CodeInterpreterOutputImage as CodeInterpreterOutputImage,
    )
    from .code_interpreter_output_logs import (
        CodeInterpreterOutputLogs as CodeInterpreterOutputLogs,
    )
    from .code_interpreter_text_output import (
        CodeInterpreterTextOutput as CodeInterpreterTextOutput,
    )
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .code_interpreter_tool_call import (
        CodeInterpreterToolCall as CodeInterpreterToolCall,
    )
    from .compact_resource import CompactResource as CompactResource
    from .compact_response_method_public_body import (
        CompactResponseMethodPublicBody as CompactResponseMethodPublicBody,
    )
    from .compaction_body import CompactionBody as CompactionBody
    from .compaction_summary_item_param import (
        CompactionSummaryItemParam as CompactionSummaryItemParam,
    )
    from .compaction_trigger_item_param import (
        CompactionTriggerItemParam as CompactionTriggerItemParam,
    )
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .complete_upload_request import CompleteUploadRequest as CompleteUploadRequest
    from .completion_usage import CompletionUsage as CompletionUsage
    from .completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails as CompletionUsageCompletionTokensDetails,
    )
    from .completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails as CompletionUsagePromptTokensDetails,
    )
    from .compound_filter import CompoundFilter as CompoundFilter
    from .computer_action import ComputerAction as ComputerAction
    from .computer_action_list import ComputerActionList as ComputerActionList
    from .computer_call_output_item_param import (
        ComputerCallOutputItemParam as ComputerCallOutputItemParam,
    )
    from .computer_call_output_status import (
        ComputerCallOutputStatus as ComputerCallOutputStatus,
    )
    from .computer_call_safety_check_param import (
        ComputerCallSafetyCheckParam as ComputerCallSafetyCheckParam,
    )
    from .computer_environment import ComputerEnvironment as ComputerEnvironment
    from .computer_screenshot_content import (
        ComputerScreenshotContent as ComputerScreenshotContent,
    )
    from .computer_screenshot_image import (
        ComputerScreenshotImage as ComputerScreenshotImage,
    )
    from .computer_tool import ComputerTool as ComputerTool
    from .computer_tool_call import ComputerToolCall as ComputerToolCall
    from .computer_tool_call_output import (
        ComputerToolCallOutput as ComputerToolCallOutput,
    )
    from .computer_tool_call_output_resource import (
        ComputerToolCallOutputResource as ComputerToolCallOutputResource,
    )
    from .computer_use_preview_tool import (
        ComputerUsePreviewTool as ComputerUsePreviewTool,
    )
    from .container_auto_param import ContainerAutoParam as ContainerAutoParam
    from .container_file_citation_body import (
        ContainerFileCitationBody as ContainerFileCitationBody,
    )
    from .container_file_citation_param import (
        ContainerFileCitationParam as ContainerFileCitationParam,
    )
    from .container_file_list_resource import (
        ContainerFileListResource as ContainerFileListResource,
    )
    from .container_file_resource import ContainerFileResource as ContainerFileResource
    from .container_list_resource import ContainerListResource as ContainerListResource
    from .container_memory_limit import ContainerMemoryLimit as ContainerMemoryLimit
    from .container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam as ContainerNetworkPolicyAllowlistParam,
    )
    from .container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam as ContainerNetworkPolicyDisabledParam,
    )
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam as ContainerNetworkPolicyDomainSecretParam,
    )
    from .container_reference_param import (
        ContainerReferenceParam as ContainerReferenceParam,
    )
    from .container_reference_resource import (
        ContainerReferenceResource as ContainerReferenceResource,
    )
    from .container_resource import ContainerResource as ContainerResource
    from .container_resource_expires_after import (
        ContainerResourceExpiresAfter as ContainerResourceExpiresAfter,
    )
    from .container_resource_network_policy import (
        ContainerResourceNetworkPolicy as ContainerResourceNetworkPolicy,
    )
    from .content import Content as Content
    from .context_management_param import (
        ContextManagementParam as ContextManagementParam,
    )
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_param import ConversationParam as ConversationParam
    from .conversation_param2 import ConversationParam2 as ConversationParam2
    from .conversation_resource import ConversationResource as ConversationResource
    from .coord_param import CoordParam as CoordParam
    from .costs_result import CostsResult as CostsResult
    from .costs_result_amount import CostsResultAmount as CostsResultAmount
    from .create_assistant_request import (
        CreateAssistantRequest as CreateAssistantRequest,
    )
    from .create_assistant_request_tool_resources_variant1 import (
        CreateAssistantRequestToolResourcesVariant1 as CreateAssistantRequestToolResourcesVariant1,
    )
    from .create_assistant_request_tool_resources_variant1_code_interpreter import (
        CreateAssistantRequestToolResourcesVariant1CodeInterpreter as CreateAssistantRequestToolResourcesVariant1CodeInterpreter,
    )
    from .create_batch_request import CreateBatchRequest as CreateBatchRequest
    from .create_chat_completion_request import (
        CreateChatCompletionRequest as CreateChatCompletionRequest,
    )
    from .create_chat_completion_request_audio import (
        CreateChatCompletionRequestAudio as CreateChatCompletionRequestAudio,
    )
    from .create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions as CreateChatCompletionRequestWebSearchOptions,
    )
    from .create_chat_completion_request_web_search_options_user_location import (
        CreateChatCompletionRequestWebSearchOptionsUserLocation as CreateChatCompletionRequestWebSearchOptionsUserLocation,
    )
    from .create_chat_completion_response import (
        CreateChatCompletionResponse as CreateChatCompletionResponse,
    )
    from .create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem as CreateChatCompletionResponseChoicesItem,
    )
    from .create_chat_completion_response_choices_item_logprobs_variant1 import (
        CreateChatCompletionResponseChoicesItemLogprobsVariant1 as CreateChatCompletionResponseChoicesItemLogprobsVariant1,
    )
    from .create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse as CreateChatCompletionStreamResponse,
    )
    from .create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem as CreateChatCompletionStreamResponseChoicesItem,
    )
    from .create_chat_completion_stream_response_choices_item_logprobs import (
        CreateChatCompletionStreamResponseChoicesItemLogprobs as CreateChatCompletionStreamResponseChoicesItemLogprobs,
    )
    from .create_chat_session_body import CreateChatSessionBody as CreateChatSessionBody
    from .create_completion_request import (
        CreateCompletionRequest as CreateCompletionRequest,
    )
    from .create_completion_response import (
        CreateCompletionResponse as CreateCompletionResponse,
    )
    from .create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem as CreateCompletionResponseChoicesItem,
    )
    from .create_completion_response_choices_item_logprobs_variant1 import (
        CreateCompletionResponseChoicesItemLogprobsVariant1 as CreateCompletionResponseChoicesItemLogprobsVariant1,
    )
    from .create_container_body import CreateContainerBody as CreateContainerBody
    from .create_container_body_expires_after import (
        CreateContainerBodyExpiresAfter as CreateContainerBodyExpiresAfter,
    )
    from .create_container_file_body import (
        CreateContainerFileBody as CreateContainerFileBody,
    )
    from .create_content_provenance_body import (
        CreateContentProvenanceBody as CreateContentProvenanceBody,
    )
    from .create_conversation_body import (
        CreateConversationBody as CreateConversationBody,
    )
    from .create_conversation_items_request import (
        CreateConversationItemsRequest as CreateConversationItemsRequest,
    )
    from .create_embedding_request import (
        CreateEmbeddingRequest as CreateEmbeddingRequest,
    )
    from .create_embedding_response import (
        CreateEmbeddingResponse as CreateEmbeddingResponse,
    )
    from .create_embedding_response_usage import (
        CreateEmbeddingResponseUsage as CreateEmbeddingResponseUsage,
    )
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
    )
    from .create_eval_completions_run_data_source_input_messages_item_reference_input_messages import (
        CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages as CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
    )
    from .create_eval_completions_run_data_source_input_messages_template_input_messages import (
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages as CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages,
    )
    from .create_eval_completions_run_data_source_sampling_params import (
        CreateEvalCompletionsRunDataSourceSamplingParams as CreateEvalCompletionsRunDataSourceSamplingParams,
    )
    from .create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig as CreateEvalCustomDataSourceConfig,
    )
    from .create_eval_item import CreateEvalItem as CreateEvalItem
    from .create_eval_item_simple_input_message import (
        CreateEvalItemSimpleInputMessage as CreateEvalItemSimpleInputMessage,
    )
    from .create_eval_jsonl_run_data_source import (
        CreateEvalJsonlRunDataSource as CreateEvalJsonlRunDataSource,
    )
    from .create_eval_label_model_grader import (
        CreateEvalLabelModelGrader as CreateEvalLabelModelGrader,
    )
    from .create_eval_logs_data_source_config import (
        CreateEvalLogsDataSourceConfig as CreateEvalLogsDataSourceConfig,
    )
    from .create_eval_request import CreateEvalRequest as CreateEvalRequest
    from .create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource as CreateEvalResponsesRunDataSource,
    )
    from .create_eval_responses_run_data_source_input_messages_input_messages_item_reference import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference as CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
    )
    from .create_eval_responses_run_data_source_input_messages_input_messages_template import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate as CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
    )
    from .create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage as CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
    )
    from .create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams as CreateEvalResponsesRunDataSourceSamplingParams,
    )
    from .create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText as CreateEvalResponsesRunDataSourceSamplingParamsText,
    )
    from .create_eval_run_request import CreateEvalRunRequest as CreateEvalRunRequest
    from .create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig as CreateEvalStoredCompletionsDataSourceConfig,
    )
    from .create_file_request import CreateFileRequest as CreateFileRequest
    from .create_fine_tuning_checkpoint_permission_request import (
        CreateFineTuningCheckpointPermissionRequest as CreateFineTuningCheckpointPermissionRequest,
    )
    from .create_fine_tuning_job_request import (
        CreateFineTuningJobRequest as CreateFineTuningJobRequest,
    )
    from .create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters as CreateFineTuningJobRequestHyperparameters,
    )
    from .create_fine_tuning_job_request_integrations_item import (
        CreateFineTuningJobRequestIntegrationsItem as CreateFineTuningJobRequestIntegrationsItem,
    )
    from .create_fine_tuning_job_request_integrations_item_wandb import (
        CreateFineTuningJobRequestIntegrationsItemWandb as CreateFineTuningJobRequestIntegrationsItemWandb,
    )
    from .create_group_body import CreateGroupBody as CreateGroupBody
    from .create_group_user_body import CreateGroupUserBody as CreateGroupUserBody
    from .create_image_edit_request import (
        CreateImageEditRequest as CreateImageEditRequest,
    )
    from .create_image_request import CreateImageRequest as CreateImageRequest
    from .create_image_variation_request import (
        CreateImageVariationRequest as CreateImageVariationRequest,
    )
    from .create_message_request import CreateMessageRequest as CreateMessageRequest
    from .create_message_request_attachments_variant1_item import (
        CreateMessageRequestAttachmentsVariant1Item as CreateMessageRequestAttachmentsVariant1Item,
    )
    from .create_model_response_properties import (
        CreateModelResponseProperties as CreateModelResponseProperties,
    )
    from .create_moderation_request import (
        CreateModerationRequest as CreateModerationRequest,
    )
    from .create_moderation_request_input_variant3_item_variant1 import (
        CreateModerationRequestInputVariant3ItemVariant1 as CreateModerationRequestInputVariant3ItemVariant1,
    )
    from .create_moderation_request_input_variant3_item_variant1_image_url import (
        CreateModerationRequestInputVariant3ItemVariant1ImageUrl as CreateModerationRequestInputVariant3ItemVariant1ImageUrl,
    )
    from .create_moderation_request_input_variant3_item_variant2 import (
        CreateModerationRequestInputVariant3ItemVariant2 as CreateModerationRequestInputVariant3ItemVariant2,
    )
    from .create_moderation_response import (
        CreateModerationResponse as CreateModerationResponse,
    )
    from .create_moderation_response_results_item import (
        CreateModerationResponseResultsItem as CreateModerationResponseResultsItem,
    )
    from .create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories as CreateModerationResponseResultsItemCategories,
    )
    from .create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes as CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from .create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores as CreateModerationResponseResultsItemCategoryScores,
    )
    from .create_project_service_account_api_key_body import (
        CreateProjectServiceAccountApiKeyBody as CreateProjectServiceAccountApiKeyBody,
    )
    from .create_response import CreateResponse as CreateResponse
    from .create_run_request import CreateRunRequest as CreateRunRequest
    from .create_skill_body import CreateSkillBody as CreateSkillBody
    from .create_skill_version_body import (
        CreateSkillVersionBody as CreateSkillVersionBody,
    )
    from .create_speech_request import CreateSpeechRequest as CreateSpeechRequest
    from .create_speech_response_stream_event import (
        CreateSpeechResponseStreamEvent as CreateSpeechResponseStreamEvent,
    )
    from .create_spend_alert_body import CreateSpendAlertBody as CreateSpendAlertBody
    from .create_thread_and_run_request import (
        CreateThreadAndRunRequest as CreateThreadAndRunRequest,
    )
    from .create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResources as CreateThreadAndRunRequestToolResources,
    )
    from .create_thread_and_run_request_tool_resources_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesCodeInterpreter as CreateThreadAndRunRequestToolResourcesCodeInterpreter,
    )
    from .create_thread_and_run_request_tool_resources_file_search import (
        CreateThreadAndRunRequestToolResourcesFileSearch as CreateThreadAndRunRequestToolResourcesFileSearch,
    )
    from .create_thread_request import CreateThreadRequest as CreateThreadRequest
    from .create_thread_request_tool_resources_variant1 import (
        CreateThreadRequestToolResourcesVariant1 as CreateThreadRequestToolResourcesVariant1,
    )
    from .create_thread_request_tool_resources_variant1_code_interpreter import (
        CreateThreadRequestToolResourcesVariant1CodeInterpreter as CreateThreadRequestToolResourcesVariant1CodeInterpreter,
    )
    from .create_transcription_request import (
        CreateTranscriptionRequest as CreateTranscriptionRequest,
    )
    from .create_transcription_response_diarized_json import (
        CreateTranscriptionResponseDiarizedJson as CreateTranscriptionResponseDiarizedJson,
    )
    from .create_transcription_response_json import (
        CreateTranscriptionResponseJson as CreateTranscriptionResponseJson,
    )
    from .create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem as CreateTranscriptionResponseJsonLogprobsItem,
    )
    from .create_transcription_response_stream_event import (
        CreateTranscriptionResponseStreamEvent as CreateTranscriptionResponseStreamEvent,
    )
    from .create_transcription_response_verbose_json import (
        CreateTranscriptionResponseVerboseJson as CreateTranscriptionResponseVerboseJson,
    )
    from .create_translation_request import (
        CreateTranslationRequest as CreateTranslationRequest,
    )
    from .create_translation_response_json import (
        CreateTranslationResponseJson as CreateTranslationResponseJson,
    )
    from .create_translation_response_verbose_json import (
        CreateTranslationResponseVerboseJson as CreateTranslationResponseVerboseJson,
    )
    from .create_upload_request import CreateUploadRequest as CreateUploadRequest
    from .create_vector_store_file_batch_request import (
        CreateVectorStoreFileBatchRequest as CreateVectorStoreFileBatchRequest,
    )
    from .create_vector_store_file_request import (
        CreateVectorStoreFileRequest as CreateVectorStoreFileRequest,
    )
    from .create_vector_store_request import (
        CreateVectorStoreRequest as CreateVectorStoreRequest,
    )
    from .create_video_character_body import (
        CreateVideoCharacterBody as CreateVideoCharacterBody,
    )
    from .create_video_edit_json_body import (
        CreateVideoEditJsonBody as CreateVideoEditJsonBody,
    )
    from .create_video_edit_multipart_body import (
        CreateVideoEditMultipartBody as CreateVideoEditMultipartBody,
    )
    from .create_video_extend_json_body import (
        CreateVideoExtendJsonBody as CreateVideoExtendJsonBody,
    )
    from .create_video_extend_multipart_body import (
        CreateVideoExtendMultipartBody as CreateVideoExtendMultipartBody,
    )
    from .create_video_json_body import CreateVideoJsonBody as CreateVideoJsonBody
    from .create_video_multipart_body import (
        CreateVideoMultipartBody as CreateVideoMultipartBody,
    )
    from .create_video_remix_body import CreateVideoRemixBody as CreateVideoRemixBody
    from .create_voice_consent_request import (
        CreateVoiceConsentRequest as CreateVoiceConsentRequest,
    )
    from .create_voice_request import CreateVoiceRequest as CreateVoiceRequest
    from .custom_grammar_format_param import (
        CustomGrammarFormatParam as CustomGrammarFormatParam,
    )
    from .custom_text_format_param import CustomTextFormatParam as CustomTextFormatParam
    from .custom_tool_call import CustomToolCall as CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput as CustomToolCallOutput
    from .custom_tool_call_output_resource import (
        CustomToolCallOutputResource as CustomToolCallOutputResource,
    )
    from .custom_tool_call_resource import (
        CustomToolCallResource as CustomToolCallResource,
    )
    from .custom_tool_chat_completions import (
        CustomToolChatCompletions as CustomToolChatCompletions,
    )
    from .custom_tool_chat_completions_custom import (
        CustomToolChatCompletionsCustom as CustomToolChatCompletionsCustom,
    )
    from .custom_tool_chat_completions_custom_format_grammar_format import (
        CustomToolChatCompletionsCustomFormatGrammarFormat as CustomToolChatCompletionsCustomFormatGrammarFormat,
    )
    from .custom_tool_chat_completions_custom_format_grammar_format_grammar import (
        CustomToolChatCompletionsCustomFormatGrammarFormatGrammar as CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
    )
    from .custom_tool_chat_completions_custom_format_text_format import (
        CustomToolChatCompletionsCustomFormatTextFormat as CustomToolChatCompletionsCustomFormatTextFormat,
    )
    from .custom_tool_param import CustomToolParam as CustomToolParam
    from .delete_assistant_response import (
        DeleteAssistantResponse as DeleteAssistantResponse,
    )
    from .delete_certificate_response import (
        DeleteCertificateResponse as DeleteCertificateResponse,
    )
    from .delete_eval_response import DeleteEvalResponse as DeleteEvalResponse
    from .delete_eval_run_response import DeleteEvalRunResponse as DeleteEvalRunResponse
    from .delete_file_response import DeleteFileResponse as DeleteFileResponse
    from .delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse as DeleteFineTuningCheckpointPermissionResponse,
    )
    from .delete_message_response import DeleteMessageResponse as DeleteMessageResponse
    from .delete_model_response import DeleteModelResponse as DeleteModelResponse
    from .delete_thread_response import DeleteThreadResponse as DeleteThreadResponse
    from .delete_vector_store_file_response import (
        DeleteVectorStoreFileResponse as DeleteVectorStoreFileResponse,
    )
    from .delete_vector_store_response import (
        DeleteVectorStoreResponse as DeleteVectorStoreResponse,
    )
    from .deleted_conversation import DeletedConversation as DeletedConversation
    from .deleted_conversation_resource import (
        DeletedConversationResource as DeletedConversationResource,
    )
    from .deleted_role_assignment_resource import (
        DeletedRoleAssignmentResource as DeletedRoleAssignmentResource,
    )
    from .deleted_skill_resource import DeletedSkillResource as DeletedSkillResource
    from .deleted_skill_version_resource import (
        DeletedSkillVersionResource as DeletedSkillVersionResource,
    )
    from .deleted_thread_resource import DeletedThreadResource as DeletedThreadResource
    from .deleted_video_resource import DeletedVideoResource as DeletedVideoResource
    from .detail_enum import DetailEnum as DetailEnum
    from .direct_tool_call_caller import DirectToolCallCaller as DirectToolCallCaller
    from .direct_tool_call_caller_param import (
        DirectToolCallCallerParam as DirectToolCallCallerParam,
    )
    from .done_event import DoneEvent as DoneEvent
    from .double_click_action import DoubleClickAction as DoubleClickAction
    from .drag_param import DragParam as DragParam
    from .drag_point import DragPoint as DragPoint
    from .easy_input_message import EasyInputMessage as EasyInputMessage
    from .edit_image_body_json_param import (
        EditImageBodyJsonParam as EditImageBodyJsonParam,
    )
    from .embedding import Embedding as Embedding
    from .empty_model_param import EmptyModelParam as EmptyModelParam
    from .error import Error as Error
    from .error2 import Error2 as Error2
    from .error_event import ErrorEvent as ErrorEvent
    from .error_payload import ErrorPayload as ErrorPayload
    from .error_response import ErrorResponse as ErrorResponse
    from .eval import Eval as Eval
    from .eval_api_error import EvalApiError as EvalApiError
    from .eval_custom_data_source_config import (
        EvalCustomDataSourceConfig as EvalCustomDataSourceConfig,
    )
    from .eval_grader_label_model import EvalGraderLabelModel as EvalGraderLabelModel
    from .eval_grader_python import EvalGraderPython as EvalGraderPython
    from .eval_grader_score_model import EvalGraderScoreModel as EvalGraderScoreModel
    from .eval_grader_string_check import EvalGraderStringCheck as EvalGraderStringCheck
    from .eval_grader_text_similarity import (
        EvalGraderTextSimilarity as EvalGraderTextSimilarity,
    )
    from .eval_item import EvalItem as EvalItem
    from .eval_item_content import EvalItemContent as EvalItemContent
    from .eval_item_content_array import EvalItemContentArray as EvalItemContentArray
    from .eval_item_content_item import EvalItemContentItem as EvalItemContentItem
    from .eval_item_content_output_text import (
        EvalItemContentOutputText as EvalItemContentOutputText,
    )
    from .eval_item_content_text import EvalItemContentText as EvalItemContentText
    from .eval_item_input_image import EvalItemInputImage as EvalItemInputImage
    from .eval_jsonl_file_content_source import (
        EvalJsonlFileContentSource as EvalJsonlFileContentSource,
    )
    from .eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem as EvalJsonlFileContentSourceContentItem,
    )
    from .eval_jsonl_file_id_source import (
        EvalJsonlFileIdSource as EvalJsonlFileIdSource,
    )
    from .eval_list import EvalList as EvalList
    from .eval_logs_data_source_config import (
        EvalLogsDataSourceConfig as EvalLogsDataSourceConfig,
    )
    from .eval_responses_source import EvalResponsesSource as EvalResponsesSource
    from .eval_run import EvalRun as EvalRun
    from .eval_run_list import EvalRunList as EvalRunList
    from .eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
    from .eval_run_output_item_list import (
        EvalRunOutputItemList as EvalRunOutputItemList,
    )
    from .eval_run_output_item_result import (
        EvalRunOutputItemResult as EvalRunOutputItemResult,
    )
    from .eval_run_output_item_sample import (
        EvalRunOutputItemSample as EvalRunOutputItemSample,
    )
    from .eval_run_output_item_sample_input_item import (
        EvalRunOutputItemSampleInputItem as EvalRunOutputItemSampleInputItem,
    )
    from .eval_run_output_item_sample_output_item import (
        EvalRunOutputItemSampleOutputItem as EvalRunOutputItemSampleOutputItem,
    )
    from .eval_run_output_item_sample_usage import (
        EvalRunOutputItemSampleUsage as EvalRunOutputItemSampleUsage,
    )
    from .eval_run_per_model_usage_item import (
        EvalRunPerModelUsageItem as EvalRunPerModelUsageItem,
    )
    from .eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem as EvalRunPerTestingCriteriaResultsItem,
    )
    from .eval_run_result_counts import EvalRunResultCounts as EvalRunResultCounts
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .eval_stored_completions_source import (
        EvalStoredCompletionsSource as EvalStoredCompletionsSource,
    )
    from .expires_after_param import ExpiresAfterParam as ExpiresAfterParam
    from .file_annotation import FileAnnotation as FileAnnotation
    from .file_annotation_source import FileAnnotationSource as FileAnnotationSource
    from .file_citation_body import FileCitationBody as FileCitationBody
    from .file_citation_param import FileCitationParam as FileCitationParam
    from .file_detail_enum import FileDetailEnum as FileDetailEnum
    from .file_expiration_after import FileExpirationAfter as FileExpirationAfter
    from .file_input_detail import FileInputDetail as FileInputDetail
    from .file_path import FilePath as FilePath
    from .file_search_ranker import FileSearchRanker as FileSearchRanker
    from .file_search_ranking_options import (
        FileSearchRankingOptions as FileSearchRankingOptions,
    )
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .file_search_tool_call_results_variant1_item import (
        FileSearchToolCallResultsVariant1Item as FileSearchToolCallResultsVariant1Item,
    )
    from .file_upload_param import FileUploadParam as FileUploadParam
    from .filters import Filters as Filters
    from .fine_tune_chat_completion_request_assistant_message import (
        FineTuneChatCompletionRequestAssistantMessage as FineTuneChatCompletionRequestAssistantMessage,
    )
    from .fine_tune_dpo_hyperparameters import (
        FineTuneDPOHyperparameters as FineTuneDPOHyperparameters,
    )
    from .fine_tune_dpo_method import FineTuneDPOMethod as FineTuneDPOMethod
    from .fine_tune_method import FineTuneMethod as FineTuneMethod
    from .fine_tune_reinforcement_hyperparameters import (
        FineTuneReinforcementHyperparameters as FineTuneReinforcementHyperparameters,
    )
    from .fine_tune_reinforcement_method import (
        FineTuneReinforcementMethod as FineTuneReinforcementMethod,
    )
    from .fine_tune_supervised_hyperparameters import (
        FineTuneSupervisedHyperparameters as FineTuneSupervisedHyperparameters,
    )
    from .fine_tune_supervised_method import (
        FineTuneSupervisedMethod as FineTuneSupervisedMethod,
    )
    from .fine_tuning_checkpoint_permission import (
        FineTuningCheckpointPermission as FineTuningCheckpointPermission,
    )
    from .fine_tuning_integration import FineTuningIntegration as FineTuningIntegration
    from .fine_tuning_integration_wandb import (
        FineTuningIntegrationWandb as FineTuningIntegrationWandb,
    )
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .fine_tuning_job_checkpoint import (
        FineTuningJobCheckpoint as FineTuningJobCheckpoint,
    )
    from .fine_tuning_job_checkpoint_metrics import (
        FineTuningJobCheckpointMetrics as FineTuningJobCheckpointMetrics,
    )
    from .fine_tuning_job_error_variant1 import (
        FineTuningJobErrorVariant1 as FineTuningJobErrorVariant1,
    )
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .fine_tuning_job_hyperparameters import (
        FineTuningJobHyperparameters as FineTuningJobHyperparameters,
    )
    from .function_and_custom_tool_call_output import (
        FunctionAndCustomToolCallOutput as FunctionAndCustomToolCallOutput,
    )
    from .function_call_item_status import (
        FunctionCallItemStatus as FunctionCallItemStatus,
    )
    from .function_call_output_item_param import (
        FunctionCallOutputItemParam as FunctionCallOutputItemParam,
    )
    from .function_call_output_status_enum import (
        FunctionCallOutputStatusEnum as FunctionCallOutputStatusEnum,
    )
    from .function_call_status import FunctionCallStatus as FunctionCallStatus
    from .function_object import FunctionObject as FunctionObject
    from .function_parameters import FunctionParameters as FunctionParameters
    from .function_shell_action import FunctionShellAction as FunctionShellAction
    from .function_shell_action_param import (
        FunctionShellActionParam as FunctionShellActionParam,
    )
    from .function_shell_call import FunctionShellCall as FunctionShellCall
    from .function_shell_call_item_param import (
        FunctionShellCallItemParam as FunctionShellCallItemParam,
    )
    from .function_shell_call_item_status import (
        FunctionShellCallItemStatus as FunctionShellCallItemStatus,
    )
    from .function_shell_call_output import (
        FunctionShellCallOutput as FunctionShellCallOutput,
    )
    from .function_shell_call_output_content import (
        FunctionShellCallOutputContent as FunctionShellCallOutputContent,
    )
    from .function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam as FunctionShellCallOutputContentParam,
    )
    from .function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome as FunctionShellCallOutputExitOutcome,
    )
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam as FunctionShellCallOutputExitOutcomeParam,
    )
    from .function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam as FunctionShellCallOutputItemParam,
    )
    from .function_shell_call_output_outcome_param import (
        FunctionShellCallOutputOutcomeParam as FunctionShellCallOutputOutcomeParam,
    )
    from .function_shell_call_output_status_enum import (
        FunctionShellCallOutputStatusEnum as FunctionShellCallOutputStatusEnum,
    )
    from .function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome as FunctionShellCallOutputTimeoutOutcome,
    )
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam as FunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .function_shell_call_status import (
        FunctionShellCallStatus as FunctionShellCallStatus,
    )
    from .function_shell_tool_param import (
        FunctionShellToolParam as FunctionShellToolParam,
    )
    from .function_tool import FunctionTool as FunctionTool
    from .function_tool_call import FunctionToolCall as FunctionToolCall
    from .function_tool_call_output import (
        FunctionToolCallOutput as FunctionToolCallOutput,
    )
    from .function_tool_call_output_resource import (
        FunctionToolCallOutputResource as FunctionToolCallOutputResource,
    )
    from .function_tool_call_resource import (
        FunctionToolCallResource as FunctionToolCallResource,
    )
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .grader_label_model import GraderLabelModel as GraderLabelModel
    from .grader_multi import GraderMulti as GraderMulti
    from .grader_python import GraderPython as GraderPython
    from .grader_score_model import GraderScoreModel as GraderScoreModel
    from .grader_score_model_sampling_params import (
        GraderScoreModelSamplingParams as GraderScoreModelSamplingParams,
    )
    from .grader_string_check import GraderStringCheck as GraderStringCheck
    from .grader_text_similarity import GraderTextSimilarity as GraderTextSimilarity
    from .grammar_syntax1 import GrammarSyntax1 as GrammarSyntax1
    from .group import Group as Group
    from .group_deleted_resource import GroupDeletedResource as GroupDeletedResource
    from .group_list_resource import GroupListResource as GroupListResource
    from .group_member_user import GroupMemberUser as GroupMemberUser
    from .group_resource_with_success import (
        GroupResourceWithSuccess as GroupResourceWithSuccess,
    )
    from .group_response import GroupResponse as GroupResponse
    from .group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
    from .group_user import GroupUser as GroupUser
    from .group_user_assignment import GroupUserAssignment as GroupUserAssignment
    from .group_user_deleted_resource import (
        GroupUserDeletedResource as GroupUserDeletedResource,
    )
    from .history_param import HistoryParam as HistoryParam
    from .hosted_tool_permission import HostedToolPermission as HostedToolPermission
    from .hosted_tool_permission_update import (
        HostedToolPermissionUpdate as HostedToolPermissionUpdate,
    )
    from .http_error import HTTPError as HTTPError
    from .hybrid_search_options import HybridSearchOptions as HybridSearchOptions
    from .image import Image as Image
    from .image_detail import ImageDetail as ImageDetail
    from .image_edit_completed_event import (
        ImageEditCompletedEvent as ImageEditCompletedEvent,
    )
    from .image_edit_partial_image_event import (
        ImageEditPartialImageEvent as ImageEditPartialImageEvent,
    )
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .image_gen_action_enum import ImageGenActionEnum as ImageGenActionEnum
    from .image_gen_completed_event import (
        ImageGenCompletedEvent as ImageGenCompletedEvent,
    )
    from .image_gen_input_usage_details import (
        ImageGenInputUsageDetails as ImageGenInputUsageDetails,
    )
    from .image_gen_output_tokens_details import (
        ImageGenOutputTokensDetails as ImageGenOutputTokensDetails,
    )
    from .image_gen_partial_image_event import (
        ImageGenPartialImageEvent as ImageGenPartialImageEvent,
    )
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .image_gen_tool import ImageGenTool as ImageGenTool
    from .image_gen_tool_call import ImageGenToolCall as ImageGenToolCall
    from .image_gen_tool_input_image_mask import (
        ImageGenToolInputImageMask as ImageGenToolInputImageMask,
    )
    from .image_gen_usage import ImageGenUsage as ImageGenUsage
    from .image_ref_param import ImageRefParam as ImageRefParam
    from .image_ref_param2 import ImageRefParam2 as ImageRefParam2
    from .images_response import ImagesResponse as ImagesResponse
    from .images_usage import ImagesUsage as ImagesUsage
    from .images_usage_input_tokens_details import (
        ImagesUsageInputTokensDetails as ImagesUsageInputTokensDetails,
    )
    from .include_enum import IncludeEnum as IncludeEnum
    from .inference_options import InferenceOptions as InferenceOptions
    from .inline_skill_param import InlineSkillParam as InlineSkillParam
    from .inline_skill_source_param import (
        InlineSkillSourceParam as InlineSkillSourceParam,
    )
    from .input_audio import InputAudio as InputAudio
    from .input_audio_input_audio import InputAudioInputAudio as InputAudioInputAudio
    from .input_content import InputContent as InputContent
    from .input_fidelity import InputFidelity as InputFidelity
    from .input_file_content import InputFileContent as InputFileContent
    from .input_file_content_param import InputFileContentParam as InputFileContentParam
    from .input_image_content import InputImageContent as InputImageContent
    from .input_image_content_param_auto_param import (
        InputImageContentParamAutoParam as InputImageContentParamAutoParam,
    )
    from .input_item import InputItem as InputItem
    from .input_message import InputMessage as InputMessage
    from .input_message_content_list import (
        InputMessageContentList as InputMessageContentList,
    )
    from .input_message_resource import InputMessageResource as InputMessageResource
    from .input_param import InputParam as InputParam
    from .input_text_content import InputTextContent as InputTextContent
    from .input_text_content_param import InputTextContentParam as InputTextContentParam
    from .invite import Invite as Invite
    from .invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from .invite_list_response import InviteListResponse as InviteListResponse
    from .invite_project_group_body import (
        InviteProjectGroupBody as InviteProjectGroupBody,
    )
    from .invite_projects_item import InviteProjectsItem as InviteProjectsItem
    from .invite_request import InviteRequest as InviteRequest
    from .invite_request_projects_item import (
        InviteRequestProjectsItem as InviteRequestProjectsItem,
    )
    from .item import Item as Item
    from .item_field import ItemField as ItemField
    from .item_reference_param import ItemReferenceParam as ItemReferenceParam
    from .item_resource import ItemResource as ItemResource
    from .key_press_action import KeyPressAction as KeyPressAction
    from .list_assistants_response import (
        ListAssistantsResponse as ListAssistantsResponse,
    )
    from .list_audit_logs_effective_at import (
        ListAuditLogsEffectiveAt as ListAuditLogsEffectiveAt,
    )
    from .list_audit_logs_response import ListAuditLogsResponse as ListAuditLogsResponse
    from .list_batches_response import ListBatchesResponse as ListBatchesResponse
    from .list_certificates_response import (
        ListCertificatesResponse as ListCertificatesResponse,
    )
    from .list_files_response import ListFilesResponse as ListFilesResponse
    from .list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse as ListFineTuningCheckpointPermissionResponse,
    )
    from .list_fine_tuning_job_checkpoints_response import (
        ListFineTuningJobCheckpointsResponse as ListFineTuningJobCheckpointsResponse,
    )
    from .list_fine_tuning_job_events_response import (
        ListFineTuningJobEventsResponse as ListFineTuningJobEventsResponse,
    )
    from .list_messages_response import ListMessagesResponse as ListMessagesResponse
    from .list_models_response import ListModelsResponse as ListModelsResponse
    from .list_paginated_fine_tuning_jobs_response import (
        ListPaginatedFineTuningJobsResponse as ListPaginatedFineTuningJobsResponse,
    )
    from .list_project_certificates_response import (
        ListProjectCertificatesResponse as ListProjectCertificatesResponse,
    )
    from .list_run_steps_response import ListRunStepsResponse as ListRunStepsResponse
    from .list_runs_response import ListRunsResponse as ListRunsResponse
    from .list_vector_store_files_response import (
        ListVectorStoreFilesResponse as ListVectorStoreFilesResponse,
    )
    from .list_vector_stores_response import (
        ListVectorStoresResponse as ListVectorStoresResponse,
    )
    from .local_environment_param import LocalEnvironmentParam as LocalEnvironmentParam
    from .local_environment_resource import (
        LocalEnvironmentResource as LocalEnvironmentResource,
    )
    from .local_shell_exec_action import LocalShellExecAction as LocalShellExecAction
    from .local_shell_tool_call import LocalShellToolCall as LocalShellToolCall
    from .local_shell_tool_call_output import (
        LocalShellToolCallOutput as LocalShellToolCallOutput,
    )
    from .local_shell_tool_param import LocalShellToolParam as LocalShellToolParam
    from .local_skill_param import LocalSkillParam as LocalSkillParam
    from .locked_status import LockedStatus as LockedStatus
    from .log_prob import LogProb as LogProb
    from .log_prob_properties import LogProbProperties as LogProbProperties
    from .mcp_approval_request import MCPApprovalRequest as MCPApprovalRequest
    from .mcp_approval_response import MCPApprovalResponse as MCPApprovalResponse
    from .mcp_approval_response_resource import (
        MCPApprovalResponseResource as MCPApprovalResponseResource,
    )
    from .mcp_list_tools import MCPListTools as MCPListTools
    from .mcp_list_tools_tool import MCPListToolsTool as MCPListToolsTool
    from .mcp_protocol_error import MCPProtocolError as MCPProtocolError
    from .mcp_tool import MCPTool as MCPTool
    from .mcp_tool_call import MCPToolCall as MCPToolCall
    from .mcp_tool_call_error import MCPToolCallError as MCPToolCallError
    from .mcp_tool_call_status import MCPToolCallStatus as MCPToolCallStatus
    from .mcp_tool_execution_error import MCPToolExecutionError as MCPToolExecutionError
    from .mcp_tool_filter import MCPToolFilter as MCPToolFilter
    from .mcp_tool_require_approval_variant1_mcp_tool_approval_filter import (
        MCPToolRequireApprovalVariant1MCPToolApprovalFilter as MCPToolRequireApprovalVariant1MCPToolApprovalFilter,
    )
    from .message import Message as Message
    from .message_content_image_file_object import (
        MessageContentImageFileObject as MessageContentImageFileObject,
    )
    from .message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile as MessageContentImageFileObjectImageFile,
    )
    from .message_content_image_url_object import (
        MessageContentImageUrlObject as MessageContentImageUrlObject,
    )
    from .message_content_image_url_object_image_url import (
        MessageContentImageUrlObjectImageUrl as MessageContentImageUrlObjectImageUrl,
    )
    from .message_content_refusal_object import (
        MessageContentRefusalObject as MessageContentRefusalObject,
    )
    from .message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject as MessageContentTextAnnotationsFileCitationObject,
    )
    from .message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation as MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject as MessageContentTextAnnotationsFilePathObject,
    )
    from .message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath as MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_content_text_object import (
        MessageContentTextObject as MessageContentTextObject,
    )
    from .message_content_text_object_text import (
        MessageContentTextObjectText as MessageContentTextObjectText,
    )
    from .message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject as MessageDeltaContentImageFileObject,
    )
    from .message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile as MessageDeltaContentImageFileObjectImageFile,
    )
    from .message_delta_content_image_url_object import (
        MessageDeltaContentImageUrlObject as MessageDeltaContentImageUrlObject,
    )
    from .message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl as MessageDeltaContentImageUrlObjectImageUrl,
    )
    from .message_delta_content_refusal_object import (
        MessageDeltaContentRefusalObject as MessageDeltaContentRefusalObject,
    )
    from .message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject as MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from .message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation as MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject as MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath as MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_delta_content_text_object import (
        MessageDeltaContentTextObject as MessageDeltaContentTextObject,
    )
    from .message_delta_content_text_object_text import (
        MessageDeltaContentTextObjectText as MessageDeltaContentTextObjectText,
    )
    from .message_delta_object import MessageDeltaObject as MessageDeltaObject
    from .message_delta_object_delta import (
        MessageDeltaObjectDelta as MessageDeltaObjectDelta,
    )
    from .message_object import MessageObject as MessageObject
    from .message_object_attachments_variant1_item import (
        MessageObjectAttachmentsVariant1Item as MessageObjectAttachmentsVariant1Item,
    )
    from .message_object_incomplete_details_variant1 import (
        MessageObjectIncompleteDetailsVariant1 as MessageObjectIncompleteDetailsVariant1,
    )
    from .message_phase import MessagePhase as MessagePhase
    from .message_phase2 import MessagePhase2 as MessagePhase2
    from .message_request_content_text_object import (
        MessageRequestContentTextObject as MessageRequestContentTextObject,
    )
    from .message_role import MessageRole as MessageRole
    from .message_status import MessageStatus as MessageStatus
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .message_stream_event_variant1 import (
        MessageStreamEventVariant1 as MessageStreamEventVariant1,
    )
    from .message_stream_event_variant2 import (
        MessageStreamEventVariant2 as MessageStreamEventVariant2,
    )
    from .message_stream_event_variant3 import (
        MessageStreamEventVariant3 as MessageStreamEventVariant3,
    )
    from .message_stream_event_variant4 import (
        MessageStreamEventVariant4 as MessageStreamEventVariant4,
    )
    from .message_stream_event_variant5 import (
        MessageStreamEventVariant5 as MessageStreamEventVariant5,
    )
    from .metadata import Metadata as Metadata
    from .model import Model as Model
    from .model_ids import ModelIds as ModelIds
    from .model_ids_compaction import ModelIdsCompaction as ModelIdsCompaction
    from .model_ids_responses import ModelIdsResponses as ModelIdsResponses
    from .model_ids_shared import ModelIdsShared as ModelIdsShared
    from .model_response_properties import (
        ModelResponseProperties as ModelResponseProperties,
    )
    from .moderation import Moderation as Moderation
    from .moderation_config_param import ModerationConfigParam as ModerationConfigParam
    from .moderation_error_body import ModerationErrorBody as ModerationErrorBody
    from .moderation_input_type import ModerationInputType as ModerationInputType
    from .moderation_mode import ModerationMode as ModerationMode
    from .moderation_param import ModerationParam as ModerationParam
    from .moderation_policy_param import ModerationPolicyParam as ModerationPolicyParam
    from .moderation_result_body import ModerationResultBody as ModerationResultBody
    from .modify_assistant_request import (
        ModifyAssistantRequest as ModifyAssistantRequest,
    )
    from .modify_assistant_request_tool_resources_variant1 import (
        ModifyAssistantRequestToolResourcesVariant1 as ModifyAssistantRequestToolResourcesVariant1,
    )
    from .modify_assistant_request_tool_resources_variant1_code_interpreter import (
        ModifyAssistantRequestToolResourcesVariant1CodeInterpreter as ModifyAssistantRequestToolResourcesVariant1CodeInterpreter,
    )
    from .modify_assistant_request_tool_resources_variant1_file_search import (
        ModifyAssistantRequestToolResourcesVariant1FileSearch as ModifyAssistantRequestToolResourcesVariant1FileSearch,
    )
    from .modify_certificate_request import (
        ModifyCertificateRequest as ModifyCertificateRequest,
    )
    from .modify_message_request import ModifyMessageRequest as ModifyMessageRequest
    from .modify_run_request import ModifyRunRequest as ModifyRunRequest
    from .modify_thread_request import ModifyThreadRequest as ModifyThreadRequest
    from .modify_thread_request_tool_resources_variant1 import (
        ModifyThreadRequestToolResourcesVariant1 as ModifyThreadRequestToolResourcesVariant1,
    )
    from .modify_thread_request_tool_resources_variant1_code_interpreter import (
        ModifyThreadRequestToolResourcesVariant1CodeInterpreter as ModifyThreadRequestToolResourcesVariant1CodeInterpreter,
    )
    from .modify_thread_request_tool_resources_variant1_file_search import (
        ModifyThreadRequestToolResourcesVariant1FileSearch as ModifyThreadRequestToolResourcesVariant1FileSearch,
    )
    from .move_param import MoveParam as MoveParam
    from .namespace_tool_param import NamespaceToolParam as NamespaceToolParam
    from .noise_reduction_type import NoiseReductionType as NoiseReductionType
    from .open_ai_file import OpenAIFile as OpenAIFile
    from .order_enum import OrderEnum as OrderEnum
    from .organization_certificate import (
        OrganizationCertificate as OrganizationCertificate,
    )
    from .organization_certificate_activation_response import (
        OrganizationCertificateActivationResponse as OrganizationCertificateActivationResponse,
    )
    from .organization_certificate_certificate_details import (
        OrganizationCertificateCertificateDetails as OrganizationCertificateCertificateDetails,
    )
    from .organization_certificate_deactivation_response import (
        OrganizationCertificateDeactivationResponse as OrganizationCertificateDeactivationResponse,
    )
    from .organization_data_retention import (
        OrganizationDataRetention as OrganizationDataRetention,
    )
    from .organization_project_certificate import (
        OrganizationProjectCertificate as OrganizationProjectCertificate,
    )
    from .organization_project_certificate_activation_response import (
        OrganizationProjectCertificateActivationResponse as OrganizationProjectCertificateActivationResponse,
    )
    from .organization_project_certificate_certificate_details import (
        OrganizationProjectCertificateCertificateDetails as OrganizationProjectCertificateCertificateDetails,
    )
    from .organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse as OrganizationProjectCertificateDeactivationResponse,
    )
    from .organization_spend_alert import (
        OrganizationSpendAlert as OrganizationSpendAlert,
    )
    from .organization_spend_alert_deleted_resource import (
        OrganizationSpendAlertDeletedResource as OrganizationSpendAlertDeletedResource,
    )
    from .organization_spend_alert_list_resource import (
        OrganizationSpendAlertListResource as OrganizationSpendAlertListResource,
    )
    from .organization_spend_limit_deleted_resource import (
        OrganizationSpendLimitDeletedResource as OrganizationSpendLimitDeletedResource,
    )
    from .organization_spend_limit_resource import (
        OrganizationSpendLimitResource as OrganizationSpendLimitResource,
    )
    from .other_chunking_strategy_response_param import (
        OtherChunkingStrategyResponseParam as OtherChunkingStrategyResponseParam,
    )
    from .output_audio import OutputAudio as OutputAudio
    from .output_content import OutputContent as OutputContent
    from .output_item import OutputItem as OutputItem
    from .output_message import OutputMessage as OutputMessage
    from .output_message_content import OutputMessageContent as OutputMessageContent
    from .output_text_content import OutputTextContent as OutputTextContent
    from .parallel_tool_calls import ParallelToolCalls as ParallelToolCalls
    from .partial_images import PartialImages as PartialImages
    from .personality_enum import PersonalityEnum as PersonalityEnum
    from .prediction_content import PredictionContent as PredictionContent
    from .program import Program as Program
    from .program_item_param import ProgramItemParam as ProgramItemParam
    from .program_output import ProgramOutput as ProgramOutput
    from .program_output_item_param import (
        ProgramOutputItemParam as ProgramOutputItemParam,
    )
    from .program_output_item_status import (
        ProgramOutputItemStatus as ProgramOutputItemStatus,
    )
    from .program_output_status import ProgramOutputStatus as ProgramOutputStatus
    from .program_tool_call_caller import ProgramToolCallCaller as ProgramToolCallCaller
    from .program_tool_call_caller_param import (
        ProgramToolCallCallerParam as ProgramToolCallCallerParam,
    )
    from .programmatic_tool_calling_param import (
        ProgrammaticToolCallingParam as ProgrammaticToolCallingParam,
    )
    from .project import Project as Project
    from .project_api_key import ProjectApiKey as ProjectApiKey
    from .project_api_key_delete_response import (
        ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse,
    )
    from .project_api_key_list_response import (
        ProjectApiKeyListResponse as ProjectApiKeyListResponse,
    )
    from .project_api_key_owner import ProjectApiKeyOwner as ProjectApiKeyOwner
    from .project_api_key_owner_service_account import (
        ProjectApiKeyOwnerServiceAccount as ProjectApiKeyOwnerServiceAccount,
    )
    from .project_api_key_owner_user import (
        ProjectApiKeyOwnerUser as ProjectApiKeyOwnerUser,
    )
    from .project_create_request import ProjectCreateRequest as ProjectCreateRequest
    from .project_data_retention import ProjectDataRetention as ProjectDataRetention
    from .project_group import ProjectGroup as ProjectGroup
    from .project_group_deleted_resource import (
        ProjectGroupDeletedResource as ProjectGroupDeletedResource,
    )
    from .project_group_list_resource import (
        ProjectGroupListResource as ProjectGroupListResource,
    )
    from .project_hosted_tool_permissions import (
        ProjectHostedToolPermissions as ProjectHostedToolPermissions,
    )
    from .project_hosted_tool_permissions_update_request import (
        ProjectHostedToolPermissionsUpdateRequest as ProjectHostedToolPermissionsUpdateRequest,
    )
    from .project_list_response import ProjectListResponse as ProjectListResponse
    from .project_model_permissions import (
        ProjectModelPermissions as ProjectModelPermissions,
    )
    from .project_model_permissions_delete_response import (
        ProjectModelPermissionsDeleteResponse as ProjectModelPermissionsDeleteResponse,
    )
    from .project_model_permissions_update_request import (
        ProjectModelPermissionsUpdateRequest as ProjectModelPermissionsUpdateRequest,
    )
    from .project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from .project_rate_limit_list_response import (
        ProjectRateLimitListResponse as ProjectRateLimitListResponse,
    )
    from .project_rate_limit_update_request import (
        ProjectRateLimitUpdateRequest as ProjectRateLimitUpdateRequest,
    )
    from .project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from .project_service_account_api_key import (
        ProjectServiceAccountApiKey as ProjectServiceAccountApiKey,
    )
    from .project_service_account_create_request import (
        ProjectServiceAccountCreateRequest as ProjectServiceAccountCreateRequest,
    )
    from .project_service_account_create_response import (
        ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
    )
    from .project_service_account_delete_response import (
        ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
    )
    from .project_service_account_list_response import (
        ProjectServiceAccountListResponse as ProjectServiceAccountListResponse,
    )
    from .project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from .project_spend_alert_deleted_resource import (
        ProjectSpendAlertDeletedResource as ProjectSpendAlertDeletedResource,
    )
    from .project_spend_alert_list_resource import (
        ProjectSpendAlertListResource as ProjectSpendAlertListResource,
    )
    from .project_spend_limit_deleted_resource import (
        ProjectSpendLimitDeletedResource as ProjectSpendLimitDeletedResource,
    )
    from .project_spend_limit_resource import (
        ProjectSpendLimitResource as ProjectSpendLimitResource,
    )
    from .project_update_request import ProjectUpdateRequest as ProjectUpdateRequest
    from .project_user import ProjectUser as ProjectUser
    from .project_user_create_request import (
        ProjectUserCreateRequest as ProjectUserCreateRequest,
    )
    from .project_user_delete_response import (
        ProjectUserDeleteResponse as ProjectUserDeleteResponse,
    )
    from .project_user_list_response import (
        ProjectUserListResponse as ProjectUserListResponse,
    )
    from .project_user_update_request import (
        ProjectUserUpdateRequest as ProjectUserUpdateRequest,
    )
    from .prompt import Prompt as Prompt
    from .prompt_cache_breakpoint_config import (
        PromptCacheBreakpointConfig as PromptCacheBreakpointConfig,
    )
    from .prompt_cache_breakpoint_param import (
        PromptCacheBreakpointParam as PromptCacheBreakpointParam,
    )
    from .prompt_cache_mode_enum import PromptCacheModeEnum as PromptCacheModeEnum
    from .prompt_cache_options import PromptCacheOptions as PromptCacheOptions
    from .prompt_cache_options_param import (
        PromptCacheOptionsParam as PromptCacheOptionsParam,
    )
    from .prompt_cache_retention_enum import (
        PromptCacheRetentionEnum as PromptCacheRetentionEnum,
    )
    from .prompt_cache_ttl_enum import PromptCacheTTLEnum as PromptCacheTTLEnum
    from .prompt_variant1 import PromptVariant1 as PromptVariant1
    from .provenance_check_object import ProvenanceCheckObject as ProvenanceCheckObject
    from .provenance_detection_result_api import (
        ProvenanceDetectionResultApi as ProvenanceDetectionResultApi,
    )
    from .provenance_resource import ProvenanceResource as ProvenanceResource
    from .public_assign_organization_group_role_body import (
        PublicAssignOrganizationGroupRoleBody as PublicAssignOrganizationGroupRoleBody,
    )
    from .public_create_organization_role_body import (
        PublicCreateOrganizationRoleBody as PublicCreateOrganizationRoleBody,
    )
    from .public_project_residency import (
        PublicProjectResidency as PublicProjectResidency,
    )
    from .public_role_list_resource import (
        PublicRoleListResource as PublicRoleListResource,
    )
    from .public_update_organization_role_body import (
        PublicUpdateOrganizationRoleBody as PublicUpdateOrganizationRoleBody,
    )
    from .ranker_version_type import RankerVersionType as RankerVersionType
    from .ranking_options import RankingOptions as RankingOptions
    from .rate_limits_param import RateLimitsParam as RateLimitsParam
    from .realtime_audio_formats import RealtimeAudioFormats as RealtimeAudioFormats
    from .realtime_audio_formats_pcm_audio_format import (
        RealtimeAudioFormatsPCMAudioFormat as RealtimeAudioFormatsPCMAudioFormat,
    )
    from .realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat as RealtimeAudioFormatsPCMAAudioFormat,
    )
    from .realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat as RealtimeAudioFormatsPCMUAudioFormat,
    )
    from .realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate as RealtimeBetaClientEventConversationItemCreate,
    )
    from .realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete as RealtimeBetaClientEventConversationItemDelete,
    )
    from .realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve as RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate as RealtimeBetaClientEventConversationItemTruncate,
    )
    from .realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend as RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear as RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit as RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear as RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .realtime_beta_client_event_response_cancel import (
        RealtimeBetaClientEventResponseCancel as RealtimeBetaClientEventResponseCancel,
    )
    from .realtime_beta_client_event_response_create import (
        RealtimeBetaClientEventResponseCreate as RealtimeBetaClientEventResponseCreate,
    )
    from .realtime_beta_client_event_session_update import (
        RealtimeBetaClientEventSessionUpdate as RealtimeBetaClientEventSessionUpdate,
    )
    from .realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate as RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .realtime_beta_response import RealtimeBetaResponse as RealtimeBetaResponse
    from .realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams as RealtimeBetaResponseCreateParams,
    )
    from .realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem as RealtimeBetaResponseCreateParamsToolsItem,
    )
    from .realtime_beta_response_status_details import (
        RealtimeBetaResponseStatusDetails as RealtimeBetaResponseStatusDetails,
    )
    from .realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError as RealtimeBetaResponseStatusDetailsError,
    )
    from .realtime_beta_response_usage import (
        RealtimeBetaResponseUsage as RealtimeBetaResponseUsage,
    )
    from .realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails as RealtimeBetaResponseUsageInputTokenDetails,
    )
    from .realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails as RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from .realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated as RealtimeBetaServerEventConversationItemCreated,
    )
    from .realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted as RealtimeBetaServerEventConversationItemDeleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta as RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment as RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved as RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated as RealtimeBetaServerEventConversationItemTruncated,
    )
    from .realtime_beta_server_event_error import (
        RealtimeBetaServerEventError as RealtimeBetaServerEventError,
    )
    from .realtime_beta_server_event_error_error import (
        RealtimeBetaServerEventErrorError as RealtimeBetaServerEventErrorError,
    )
    from .realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared as RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted as RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted as RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped as RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted as RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed as RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress as RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated as RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta as RealtimeBetaServerEventResponseAudioDelta,
    )
    from .realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone as RealtimeBetaServerEventResponseAudioDone,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta as RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone as RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded as RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart as RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone as RealtimeBetaServerEventResponseContentPartDone,
    )
    from .realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart as RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .realtime_beta_server_event_response_created import (
        RealtimeBetaServerEventResponseCreated as RealtimeBetaServerEventResponseCreated,
    )
    from .realtime_beta_server_event_response_done import (
        RealtimeBetaServerEventResponseDone as RealtimeBetaServerEventResponseDone,
    )
    from .realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta as RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone as RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta as RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone as RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted as RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed as RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress as RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded as RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone as RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta as RealtimeBetaServerEventResponseTextDelta,
    )
    from .realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone as RealtimeBetaServerEventResponseTextDone,
    )
    from .realtime_beta_server_event_session_created import (
        RealtimeBetaServerEventSessionCreated as RealtimeBetaServerEventSessionCreated,
    )
    from .realtime_beta_server_event_session_updated import (
        RealtimeBetaServerEventSessionUpdated as RealtimeBetaServerEventSessionUpdated,
    )
    from .realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated as RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated as RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .realtime_call_create_request import (
        RealtimeCallCreateRequest as RealtimeCallCreateRequest,
    )
    from .realtime_call_refer_request import (
        RealtimeCallReferRequest as RealtimeCallReferRequest,
    )
    from .realtime_call_reject_request import (
        RealtimeCallRejectRequest as RealtimeCallRejectRequest,
    )
    from .realtime_client_event import RealtimeClientEvent as RealtimeClientEvent
    from .realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate as RealtimeClientEventConversationItemCreate,
    )
    from .realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete as RealtimeClientEventConversationItemDelete,
    )
    from .realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve as RealtimeClientEventConversationItemRetrieve,
    )
    from .realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate as RealtimeClientEventConversationItemTruncate,
    )
    from .realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend as RealtimeClientEventInputAudioBufferAppend,
    )
    from .realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear as RealtimeClientEventInputAudioBufferClear,
    )
    from .realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit as RealtimeClientEventInputAudioBufferCommit,
    )
    from .realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear as RealtimeClientEventOutputAudioBufferClear,
    )
    from .realtime_client_event_response_cancel import (
        RealtimeClientEventResponseCancel as RealtimeClientEventResponseCancel,
    )
    from .realtime_client_event_response_create import (
        RealtimeClientEventResponseCreate as RealtimeClientEventResponseCreate,
    )
    from .realtime_client_event_session_update import (
        RealtimeClientEventSessionUpdate as RealtimeClientEventSessionUpdate,
    )
    from .realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate as RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .realtime_conversation_item import (
        RealtimeConversationItem as RealtimeConversationItem,
    )
    from .realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall as RealtimeConversationItemFunctionCall,
    )
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput as RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant as RealtimeConversationItemMessageAssistant,
    )
    from .realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem as RealtimeConversationItemMessageAssistantContentItem,
    )
    from .realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem as RealtimeConversationItemMessageSystem,
    )
    from .realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem as RealtimeConversationItemMessageSystemContentItem,
    )
    from .realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser as RealtimeConversationItemMessageUser,
    )
    from .realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem as RealtimeConversationItemMessageUserContentItem,
    )
    from .realtime_conversation_item_with_reference import (
        RealtimeConversationItemWithReference as RealtimeConversationItemWithReference,
    )
    from .realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem as RealtimeConversationItemWithReferenceContentItem,
    )
    from .realtime_create_client_secret_request import (
        RealtimeCreateClientSecretRequest as RealtimeCreateClientSecretRequest,
    )
    from .realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter as RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from .realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
    )
    from .realtime_function_tool import RealtimeFunctionTool as RealtimeFunctionTool
    from .realtime_mcp_approval_request import (
        RealtimeMCPApprovalRequest as RealtimeMCPApprovalRequest,
    )
    from .realtime_mcp_approval_response import (
        RealtimeMCPApprovalResponse as RealtimeMCPApprovalResponse,
    )
    from .realtime_mcp_list_tools import RealtimeMCPListTools as RealtimeMCPListTools
    from .realtime_mcp_protocol_error import (
        RealtimeMCPProtocolError as RealtimeMCPProtocolError,
    )
    from .realtime_mcp_tool_call import RealtimeMCPToolCall as RealtimeMCPToolCall
    from .realtime_mcp_tool_execution_error import (
        RealtimeMCPToolExecutionError as RealtimeMCPToolExecutionError,
    )
    from .realtime_mcphttp_error import RealtimeMCPHTTPError as RealtimeMCPHTTPError
    from .realtime_reasoning import RealtimeReasoning as RealtimeReasoning
    from .realtime_reasoning_effort import (
        RealtimeReasoningEffort as RealtimeReasoningEffort,
    )
    from .realtime_response import RealtimeResponse as RealtimeResponse
    from .realtime_response_audio import RealtimeResponseAudio as RealtimeResponseAudio
    from .realtime_response_audio_output import (
        RealtimeResponseAudioOutput as RealtimeResponseAudioOutput,
    )
    from .realtime_response_create_params import (
        RealtimeResponseCreateParams as RealtimeResponseCreateParams,
    )
    from .realtime_response_create_params_audio import (
        RealtimeResponseCreateParamsAudio as RealtimeResponseCreateParamsAudio,
    )
    from .realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput as RealtimeResponseCreateParamsAudioOutput,
    )
    from .realtime_response_status_details import (
        RealtimeResponseStatusDetails as RealtimeResponseStatusDetails,
    )
    from .realtime_response_status_details_error import (
        RealtimeResponseStatusDetailsError as RealtimeResponseStatusDetailsError,
    )
    from .realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
    from .realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails as RealtimeResponseUsageInputTokenDetails,
    )
    from .realtime_response_usage_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails as RealtimeResponseUsageOutputTokenDetails,
    )
    from .realtime_server_event import RealtimeServerEvent as RealtimeServerEvent
    from .realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated as RealtimeServerEventConversationCreated,
    )
    from .realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation as RealtimeServerEventConversationCreatedConversation,
    )
    from .realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded as RealtimeServerEventConversationItemAdded,
    )
    from .realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated as RealtimeServerEventConversationItemCreated,
    )
    from .realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted as RealtimeServerEventConversationItemDeleted,
    )
    from .realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone as RealtimeServerEventConversationItemDone,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta as RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed as RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment as RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved as RealtimeServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated as RealtimeServerEventConversationItemTruncated,
    )
    from .realtime_server_event_error import (
        RealtimeServerEventError as RealtimeServerEventError,
    )
    from .realtime_server_event_error_error import (
        RealtimeServerEventErrorError as RealtimeServerEventErrorError,
    )
    from .realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared as RealtimeServerEventInputAudioBufferCleared,
    )
    from .realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted as RealtimeServerEventInputAudioBufferCommitted,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived as RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted as RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped as RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered as RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted as RealtimeServerEventMCPListToolsCompleted,
    )
    from .realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed as RealtimeServerEventMCPListToolsFailed,
    )
    from .realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress as RealtimeServerEventMCPListToolsInProgress,
    )
    from .realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared as RealtimeServerEventOutputAudioBufferCleared,
    )
    from .realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted as RealtimeServerEventOutputAudioBufferStarted,
    )
    from .realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped as RealtimeServerEventOutputAudioBufferStopped,
    )
    from .realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated as RealtimeServerEventRateLimitsUpdated,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem as RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta as RealtimeServerEventResponseAudioDelta,
    )
    from .realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone as RealtimeServerEventResponseAudioDone,
    )
    from .realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta as RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone as RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded as RealtimeServerEventResponseContentPartAdded,
    )
    from .realtime_server_event_response_content_part_added_part import (
        RealtimeServerEventResponseContentPartAddedPart as RealtimeServerEventResponseContentPartAddedPart,
    )
    from .realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone as RealtimeServerEventResponseContentPartDone,
    )
    from .realtime_server_event_response_content_part_done_part import (
        RealtimeServerEventResponseContentPartDonePart as RealtimeServerEventResponseContentPartDonePart,
    )
    from .realtime_server_event_response_created import (
        RealtimeServerEventResponseCreated as RealtimeServerEventResponseCreated,
    )
    from .realtime_server_event_response_done import (
        RealtimeServerEventResponseDone as RealtimeServerEventResponseDone,
    )
    from .realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta as RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone as RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta as RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone as RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted as RealtimeServerEventResponseMCPCallCompleted,
    )
    from .realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed as RealtimeServerEventResponseMCPCallFailed,
    )
    from .realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress as RealtimeServerEventResponseMCPCallInProgress,
    )
    from .realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded as RealtimeServerEventResponseOutputItemAdded,
    )
    from .realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone as RealtimeServerEventResponseOutputItemDone,
    )
    from .realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta as RealtimeServerEventResponseTextDelta,
    )
    from .realtime_server_event_response_text_done import (
        RealtimeServerEventResponseTextDone as RealtimeServerEventResponseTextDone,
    )
    from .realtime_server_event_session_created import (
        RealtimeServerEventSessionCreated as RealtimeServerEventSessionCreated,
    )
    from .realtime_server_event_session_updated import (
        RealtimeServerEventSessionUpdated as RealtimeServerEventSessionUpdated,
    )
    from .realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated as RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .realtime_session import RealtimeSession as RealtimeSession
    from .realtime_session_create_request import (
        RealtimeSessionCreateRequest as RealtimeSessionCreateRequest,
    )
    from .realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret as RealtimeSessionCreateRequestClientSecret,
    )
    from .realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA as RealtimeSessionCreateRequestGA,
    )
    from .realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio as RealtimeSessionCreateRequestGAAudio,
    )
    from .realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput as RealtimeSessionCreateRequestGAAudioInput,
    )
    from .realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction as RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput as RealtimeSessionCreateRequestGAAudioOutput,
    )
    from .realtime_session_create_request_ga_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingTracingConfiguration as RealtimeSessionCreateRequestGATracingTracingConfiguration,
    )
    from .realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription as RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from .realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem as RealtimeSessionCreateRequestToolsItem,
    )
    from .realtime_session_create_request_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestTracingTracingConfiguration as RealtimeSessionCreateRequestTracingTracingConfiguration,
    )
    from .realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection as RealtimeSessionCreateRequestTurnDetection,
    )
    from .realtime_session_create_response import (
        RealtimeSessionCreateResponse as RealtimeSessionCreateResponse,
    )
    from .realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio as RealtimeSessionCreateResponseAudio,
    )
    from .realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput as RealtimeSessionCreateResponseAudioInput,
    )
    from .realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction as RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_audio_input_turn_detection import (
        RealtimeSessionCreateResponseAudioInputTurnDetection as RealtimeSessionCreateResponseAudioInputTurnDetection,
    )
    from .realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput as RealtimeSessionCreateResponseAudioOutput,
    )
    from .realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA as RealtimeSessionCreateResponseGA,
    )
    from .realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio as RealtimeSessionCreateResponseGAAudio,
    )
    from .realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput as RealtimeSessionCreateResponseGAAudioInput,
    )
    from .realtime_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReduction as RealtimeSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput as RealtimeSessionCreateResponseGAAudioOutput,
    )
    from .realtime_session_create_response_ga_tracing_tracing_configuration_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration as RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration,
    )
    from .realtime_session_create_response_tracing_tracing_configuration import (
        RealtimeSessionCreateResponseTracingTracingConfiguration as RealtimeSessionCreateResponseTracingTracingConfiguration,
    )
    from .realtime_session_create_response_turn_detection import (
        RealtimeSessionCreateResponseTurnDetection as RealtimeSessionCreateResponseTurnDetection,
    )
    from .realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction as RealtimeSessionInputAudioNoiseReduction,
    )
    from .realtime_session_tracing_tracing_configuration_tracing_configuration import (
        RealtimeSessionTracingTracingConfigurationTracingConfiguration as RealtimeSessionTracingTracingConfigurationTracingConfiguration,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA as RealtimeTranscriptionSessionCreateRequestGA,
    )
    from .realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio as RealtimeTranscriptionSessionCreateRequestGAAudio,
    )
    from .realtime_transcription_session_create_request_ga_audio_input import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInput as RealtimeTranscriptionSessionCreateRequestGAAudioInput,
    )
    from .realtime_transcription_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction as RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from .realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection as RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret as RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA as RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio as RealtimeTranscriptionSessionCreateResponseGAAudio,
    )
    from .realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput as RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction as RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_turn_detection_variant1 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1 as RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1,
    )
    from .realtime_transcription_session_create_response_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseTurnDetection as RealtimeTranscriptionSessionCreateResponseTurnDetection,
    )
    from .realtime_translation_client_event import (
        RealtimeTranslationClientEvent as RealtimeTranslationClientEvent,
    )
    from .realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend as RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose as RealtimeTranslationClientEventSessionClose,
    )
    from .realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate as RealtimeTranslationClientEventSessionUpdate,
    )
    from .realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest as RealtimeTranslationClientSecretCreateRequest,
    )
    from .realtime_translation_client_secret_create_request_expires_after import (
        RealtimeTranslationClientSecretCreateRequestExpiresAfter as RealtimeTranslationClientSecretCreateRequestExpiresAfter,
    )
    from .realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
    )
    from .realtime_translation_server_event import (
        RealtimeTranslationServerEvent as RealtimeTranslationServerEvent,
    )
    from .realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed as RealtimeTranslationServerEventSessionClosed,
    )
    from .realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated as RealtimeTranslationServerEventSessionCreated,
    )
    from .realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta as RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta as RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta as RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated as RealtimeTranslationServerEventSessionUpdated,
    )
    from .realtime_translation_session import (
        RealtimeTranslationSession as RealtimeTranslationSession,
    )
    from .realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio as RealtimeTranslationSessionAudio,
    )
    from .realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput as RealtimeTranslationSessionAudioInput,
    )
    from .realtime_translation_session_audio_input_noise_reduction_variant1 import (
        RealtimeTranslationSessionAudioInputNoiseReductionVariant1 as RealtimeTranslationSessionAudioInputNoiseReductionVariant1,
    )
    from .realtime_translation_session_audio_input_transcription_variant1 import (
        RealtimeTranslationSessionAudioInputTranscriptionVariant1 as RealtimeTranslationSessionAudioInputTranscriptionVariant1,
    )
    from .realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput as RealtimeTranslationSessionAudioOutput,
    )
    from .realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest as RealtimeTranslationSessionCreateRequest,
    )
    from .realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio as RealtimeTranslationSessionCreateRequestAudio,
    )
    from .realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput as RealtimeTranslationSessionCreateRequestAudioInput,
    )
    from .realtime_translation_session_create_request_audio_input_noise_reduction_variant1 import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1 as RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1,
    )
    from .realtime_translation_session_create_request_audio_input_transcription_variant1 import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1 as RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1,
    )
    from .realtime_translation_session_create_request_audio_output import (
        RealtimeTranslationSessionCreateRequestAudioOutput as RealtimeTranslationSessionCreateRequestAudioOutput,
    )
    from .realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest as RealtimeTranslationSessionUpdateRequest,
    )
    from .realtime_translation_session_update_request_audio import (
        RealtimeTranslationSessionUpdateRequestAudio as RealtimeTranslationSessionUpdateRequestAudio,
    )
    from .realtime_translation_session_update_request_audio_input import (
        RealtimeTranslationSessionUpdateRequestAudioInput as RealtimeTranslationSessionUpdateRequestAudioInput,
    )
    from .realtime_translation_session_update_request_audio_input_noise_reduction_variant1 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1 as RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1,
    )
    from .realtime_translation_session_update_request_audio_input_transcription_variant1 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1 as RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1,
    )
    from .realtime_translation_session_update_request_audio_output import (
        RealtimeTranslationSessionUpdateRequestAudioOutput as RealtimeTranslationSessionUpdateRequestAudioOutput,
    )
    from .realtime_truncation import RealtimeTruncation as RealtimeTruncation
    from .realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation as RealtimeTruncationRetentionRatioTruncation,
    )
    from .realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits as RealtimeTruncationRetentionRatioTruncationTokenLimits,
    )
    from .realtime_turn_detection import RealtimeTurnDetection as RealtimeTurnDetection
    from .realtime_turn_detection_realtime_turn_detection_semantic_vad import (
        RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD as RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD,
    )
    from .realtime_turn_detection_realtime_turn_detection_server_vad import (
        RealtimeTurnDetectionRealtimeTurnDetectionServerVAD as RealtimeTurnDetectionRealtimeTurnDetectionServerVAD,
    )
    from .reasoning import Reasoning as Reasoning
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .reasoning_item import ReasoningItem as ReasoningItem
    from .reasoning_mode_enum import ReasoningModeEnum as ReasoningModeEnum
    from .reasoning_text_content import ReasoningTextContent as ReasoningTextContent
    from .refusal_content import RefusalContent as RefusalContent
    from .response import Response as Response
    from .response_audio_delta_event import (
        ResponseAudioDeltaEvent as ResponseAudioDeltaEvent,
    )
    from .response_audio_done_event import (
        ResponseAudioDoneEvent as ResponseAudioDoneEvent,
    )
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent as ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent as ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent as ResponseCodeInterpreterCallCompletedEvent,
    )
    from .response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent as ResponseCodeInterpreterCallInProgressEvent,
    )
    from .response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent as ResponseCodeInterpreterCallInterpretingEvent,
    )
    from .response_completed_event import (
        ResponseCompletedEvent as ResponseCompletedEvent,
    )
    from .response_content_part_added_event import (
        ResponseContentPartAddedEvent as ResponseContentPartAddedEvent,
    )
    from .response_content_part_done_event import (
        ResponseContentPartDoneEvent as ResponseContentPartDoneEvent,
    )
    from .response_conversation import ResponseConversation as ResponseConversation
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_custom_tool_call_input_delta_event import (
        ResponseCustomToolCallInputDeltaEvent as ResponseCustomToolCallInputDeltaEvent,
    )
    from .response_custom_tool_call_input_done_event import (
        ResponseCustomToolCallInputDoneEvent as ResponseCustomToolCallInputDoneEvent,
    )
    from .response_error import ResponseError as ResponseError
    from .response_error_code import ResponseErrorCode as ResponseErrorCode
    from .response_error_event import ResponseErrorEvent as ResponseErrorEvent
    from .response_error_variant1 import ResponseErrorVariant1 as ResponseErrorVariant1
    from .response_failed_event import ResponseFailedEvent as ResponseFailedEvent
    from .response_file_search_call_completed_event import (
        ResponseFileSearchCallCompletedEvent as ResponseFileSearchCallCompletedEvent,
    )
    from .response_file_search_call_in_progress_event import (
        ResponseFileSearchCallInProgressEvent as ResponseFileSearchCallInProgressEvent,
    )
    from .response_file_search_call_searching_event import (
        ResponseFileSearchCallSearchingEvent as ResponseFileSearchCallSearchingEvent,
    )
    from .response_format_json_object import (
        ResponseFormatJsonObject as ResponseFormatJsonObject,
    )
    from .response_format_json_schema import (
        ResponseFormatJsonSchema as ResponseFormatJsonSchema,
    )
    from .response_format_json_schema_json_schema import (
        ResponseFormatJsonSchemaJsonSchema as ResponseFormatJsonSchemaJsonSchema,
    )
    from .response_format_json_schema_schema import (
        ResponseFormatJsonSchemaSchema as ResponseFormatJsonSchemaSchema,
    )
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .response_format_text_grammar import (
        ResponseFormatTextGrammar as ResponseFormatTextGrammar,
    )
    from .response_format_text_python import (
        ResponseFormatTextPython as ResponseFormatTextPython,
    )
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_image_gen_call_completed_event import (
        ResponseImageGenCallCompletedEvent as ResponseImageGenCallCompletedEvent,
    )
    from .response_image_gen_call_generating_event import (
        ResponseImageGenCallGeneratingEvent as ResponseImageGenCallGeneratingEvent,
    )
    from .response_image_gen_call_in_progress_event import (
        ResponseImageGenCallInProgressEvent as ResponseImageGenCallInProgressEvent,
    )
    from .response_image_gen_call_partial_image_event import (
        ResponseImageGenCallPartialImageEvent as ResponseImageGenCallPartialImageEvent,
    )
    from .response_in_progress_event import (
        ResponseInProgressEvent as ResponseInProgressEvent,
    )
    from .response_incomplete_details_variant1 import (
        ResponseIncompleteDetailsVariant1 as ResponseIncompleteDetailsVariant1,
    )
    from .response_incomplete_event import (
        ResponseIncompleteEvent as ResponseIncompleteEvent,
    )
    from .response_item_list import ResponseItemList as ResponseItemList
    from .response_log_prob import ResponseLogProb as ResponseLogProb
    from .response_log_prob_top_logprobs_item import (
        ResponseLogProbTopLogprobsItem as ResponseLogProbTopLogprobsItem,
    )
    from .response_mcp_call_arguments_delta_event import (
        ResponseMCPCallArgumentsDeltaEvent as ResponseMCPCallArgumentsDeltaEvent,
    )
    from .response_mcp_call_arguments_done_event import (
        ResponseMCPCallArgumentsDoneEvent as ResponseMCPCallArgumentsDoneEvent,
    )
    from .response_mcp_call_completed_event import (
        ResponseMCPCallCompletedEvent as ResponseMCPCallCompletedEvent,
    )
    from .response_mcp_call_failed_event import (
        ResponseMCPCallFailedEvent as ResponseMCPCallFailedEvent,
    )
    from .response_mcp_call_in_progress_event import (
        ResponseMCPCallInProgressEvent as ResponseMCPCallInProgressEvent,
    )
    from .response_mcp_list_tools_completed_event import (
        ResponseMCPListToolsCompletedEvent as ResponseMCPListToolsCompletedEvent,
    )
    from .response_mcp_list_tools_failed_event import (
        ResponseMCPListToolsFailedEvent as ResponseMCPListToolsFailedEvent,
    )
    from .response_mcp_list_tools_in_progress_event import (
        ResponseMCPListToolsInProgressEvent as ResponseMCPListToolsInProgressEvent,
    )
    from .response_modalities import ResponseModalities as ResponseModalities
    from .response_output_item_added_event import (
        ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent,
    )
    from .response_output_item_done_event import (
        ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent,
    )
    from .response_output_text import ResponseOutputText as ResponseOutputText
    from .response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent as ResponseOutputTextAnnotationAddedEvent,
    )
    from .response_prompt_variables import (
        ResponsePromptVariables as ResponsePromptVariables,
    )
    from .response_properties import ResponseProperties as ResponseProperties
    from .response_queued_event import ResponseQueuedEvent as ResponseQueuedEvent
    from .response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent as ResponseReasoningSummaryPartAddedEvent,
    )
    from .response_reasoning_summary_part_added_event_part import (
        ResponseReasoningSummaryPartAddedEventPart as ResponseReasoningSummaryPartAddedEventPart,
    )
    from .response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent as ResponseReasoningSummaryPartDoneEvent,
    )
    from .response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart as ResponseReasoningSummaryPartDoneEventPart,
    )
    from .response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent as ResponseReasoningSummaryTextDeltaEvent,
    )
    from .response_reasoning_summary_text_done_event import (
        ResponseReasoningSummaryTextDoneEvent as ResponseReasoningSummaryTextDoneEvent,
    )
    from .response_reasoning_text_delta_event import (
        ResponseReasoningTextDeltaEvent as ResponseReasoningTextDeltaEvent,
    )
    from .response_reasoning_text_done_event import (
        ResponseReasoningTextDoneEvent as ResponseReasoningTextDoneEvent,
    )
    from .response_refusal_delta_event import (
        ResponseRefusalDeltaEvent as ResponseRefusalDeltaEvent,
    )
    from .response_refusal_done_event import (
        ResponseRefusalDoneEvent as ResponseRefusalDoneEvent,
    )
    from .response_shell_call_command_added_streaming_event import (
        ResponseShellCallCommandAddedStreamingEvent as ResponseShellCallCommandAddedStreamingEvent,
    )
    from .response_shell_call_command_delta_streaming_event import (
        ResponseShellCallCommandDeltaStreamingEvent as ResponseShellCallCommandDeltaStreamingEvent,
    )
    from .response_shell_call_command_done_streaming_event import (
        ResponseShellCallCommandDoneStreamingEvent as ResponseShellCallCommandDoneStreamingEvent,
    )
    from .response_shell_call_output_content_delta_streaming_event import (
        ResponseShellCallOutputContentDeltaStreamingEvent as ResponseShellCallOutputContentDeltaStreamingEvent,
    )
    from .response_shell_call_output_content_done_streaming_event import (
        ResponseShellCallOutputContentDoneStreamingEvent as ResponseShellCallOutputContentDoneStreamingEvent,
    )
    from .response_stream_event import ResponseStreamEvent as ResponseStreamEvent
    from .response_stream_options import ResponseStreamOptions as ResponseStreamOptions
    from .response_stream_options_variant1 import (
        ResponseStreamOptionsVariant1 as ResponseStreamOptionsVariant1,
    )
    from .response_text_delta_event import (
        ResponseTextDeltaEvent as ResponseTextDeltaEvent,
    )
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .response_text_param import ResponseTextParam as ResponseTextParam
    from .response_usage import ResponseUsage as ResponseUsage
    from .response_usage_input_tokens_details import (
        ResponseUsageInputTokensDetails as ResponseUsageInputTokensDetails,
    )
    from .response_usage_output_tokens_details import (
        ResponseUsageOutputTokensDetails as ResponseUsageOutputTokensDetails,
    )
    from .response_web_search_call_completed_event import (
        ResponseWebSearchCallCompletedEvent as ResponseWebSearchCallCompletedEvent,
    )
    from .response_web_search_call_in_progress_event import (
        ResponseWebSearchCallInProgressEvent as ResponseWebSearchCallInProgressEvent,
    )
    from .response_web_search_call_searching_event import (
        ResponseWebSearchCallSearchingEvent as ResponseWebSearchCallSearchingEvent,
    )
    from .response_ws_error import ResponseWsError as ResponseWsError
    from .responses_client_event import ResponsesClientEvent as ResponsesClientEvent
    from .responses_client_event_response_create import (
        ResponsesClientEventResponseCreate as ResponsesClientEventResponseCreate,
    )
    from .responses_server_event import ResponsesServerEvent as ResponsesServerEvent
    from .responses_server_event_response_audio_transcript_ws_delta import (
        ResponsesServerEventResponseAudioTranscriptWsDelta as ResponsesServerEventResponseAudioTranscriptWsDelta,
    )
    from .responses_server_event_response_audio_transcript_ws_done import (
        ResponsesServerEventResponseAudioTranscriptWsDone as ResponsesServerEventResponseAudioTranscriptWsDone,
    )
    from .responses_server_event_response_audio_ws_delta import (
        ResponsesServerEventResponseAudioWsDelta as ResponsesServerEventResponseAudioWsDelta,
    )
    from .responses_server_event_response_audio_ws_done import (
        ResponsesServerEventResponseAudioWsDone as ResponsesServerEventResponseAudioWsDone,
    )
    from .responses_server_event_response_code_interpreter_call_code_ws_delta import (
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta as ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta,
    )
    from .responses_server_event_response_code_interpreter_call_code_ws_done import (
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDone as ResponsesServerEventResponseCodeInterpreterCallCodeWsDone,
    )
    from .responses_server_event_response_code_interpreter_call_in_ws_progress import (
        ResponsesServerEventResponseCodeInterpreterCallInWsProgress as ResponsesServerEventResponseCodeInterpreterCallInWsProgress,
    )
    from .responses_server_event_response_code_interpreter_call_ws_completed import (
        ResponsesServerEventResponseCodeInterpreterCallWsCompleted as ResponsesServerEventResponseCodeInterpreterCallWsCompleted,
    )
    from .responses_server_event_response_code_interpreter_call_ws_interpreting import (
        ResponsesServerEventResponseCodeInterpreterCallWsInterpreting as ResponsesServerEventResponseCodeInterpreterCallWsInterpreting,
    )
    from .responses_server_event_response_content_part_ws_added import (
        ResponsesServerEventResponseContentPartWsAdded as ResponsesServerEventResponseContentPartWsAdded,
    )
    from .responses_server_event_response_content_part_ws_done import (
        ResponsesServerEventResponseContentPartWsDone as ResponsesServerEventResponseContentPartWsDone,
    )
    from .responses_server_event_response_custom_tool_call_input_ws_delta import (
        ResponsesServerEventResponseCustomToolCallInputWsDelta as ResponsesServerEventResponseCustomToolCallInputWsDelta,
    )
    from .responses_server_event_response_custom_tool_call_input_ws_done import (
        ResponsesServerEventResponseCustomToolCallInputWsDone as ResponsesServerEventResponseCustomToolCallInputWsDone,
    )
    from .responses_server_event_response_file_search_call_in_ws_progress import (
        ResponsesServerEventResponseFileSearchCallInWsProgress as ResponsesServerEventResponseFileSearchCallInWsProgress,
    )
    from .responses_server_event_response_file_search_call_ws_completed import (
        ResponsesServerEventResponseFileSearchCallWsCompleted as ResponsesServerEventResponseFileSearchCallWsCompleted,
    )
    from .responses_server_event_response_file_search_call_ws_searching import (
        ResponsesServerEventResponseFileSearchCallWsSearching as ResponsesServerEventResponseFileSearchCallWsSearching,
    )
    from .responses_server_event_response_function_call_arguments_ws_delta import (
        ResponsesServerEventResponseFunctionCallArgumentsWsDelta as ResponsesServerEventResponseFunctionCallArgumentsWsDelta,
    )
    from .responses_server_event_response_function_call_arguments_ws_done import (
        ResponsesServerEventResponseFunctionCallArgumentsWsDone as ResponsesServerEventResponseFunctionCallArgumentsWsDone,
    )
    from .responses_server_event_response_image_gen_call_in_ws_progress import (
        ResponsesServerEventResponseImageGenCallInWsProgress as ResponsesServerEventResponseImageGenCallInWsProgress,
    )
    from .responses_server_event_response_image_gen_call_partial_ws_image import (
        ResponsesServerEventResponseImageGenCallPartialWsImage as ResponsesServerEventResponseImageGenCallPartialWsImage,
    )
    from .responses_server_event_response_image_gen_call_ws_completed import (
        ResponsesServerEventResponseImageGenCallWsCompleted as ResponsesServerEventResponseImageGenCallWsCompleted,
    )
    from .responses_server_event_response_image_gen_call_ws_generating import (
        ResponsesServerEventResponseImageGenCallWsGenerating as ResponsesServerEventResponseImageGenCallWsGenerating,
    )
    from .responses_server_event_response_in_ws_progress import (
        ResponsesServerEventResponseInWsProgress as ResponsesServerEventResponseInWsProgress,
    )
    from .responses_server_event_response_mcp_call_arguments_ws_delta import (
        ResponsesServerEventResponseMcpCallArgumentsWsDelta as ResponsesServerEventResponseMcpCallArgumentsWsDelta,
    )
    from .responses_server_event_response_mcp_call_arguments_ws_done import (
        ResponsesServerEventResponseMcpCallArgumentsWsDone as ResponsesServerEventResponseMcpCallArgumentsWsDone,
    )
    from .responses_server_event_response_mcp_call_in_ws_progress import (
        ResponsesServerEventResponseMcpCallInWsProgress as ResponsesServerEventResponseMcpCallInWsProgress,
    )
    from .responses_server_event_response_mcp_call_ws_completed import (
        ResponsesServerEventResponseMcpCallWsCompleted as ResponsesServerEventResponseMcpCallWsCompleted,
    )
    from .responses_server_event_response_mcp_call_ws_failed import (
        ResponsesServerEventResponseMcpCallWsFailed as ResponsesServerEventResponseMcpCallWsFailed,
    )
    from .responses_server_event_response_mcp_list_tools_in_ws_progress import (
        ResponsesServerEventResponseMcpListToolsInWsProgress as ResponsesServerEventResponseMcpListToolsInWsProgress,
    )
    from .responses_server_event_response_mcp_list_tools_ws_completed import (
        ResponsesServerEventResponseMcpListToolsWsCompleted as ResponsesServerEventResponseMcpListToolsWsCompleted,
    )
    from .responses_server_event_response_mcp_list_tools_ws_failed import (
        ResponsesServerEventResponseMcpListToolsWsFailed as ResponsesServerEventResponseMcpListToolsWsFailed,
    )
    from .responses_server_event_response_output_item_ws_added import (
        ResponsesServerEventResponseOutputItemWsAdded as ResponsesServerEventResponseOutputItemWsAdded,
    )
    from .responses_server_event_response_output_item_ws_done import (
        ResponsesServerEventResponseOutputItemWsDone as ResponsesServerEventResponseOutputItemWsDone,
    )
    from .responses_server_event_response_output_text_annotation_ws_added import (
        ResponsesServerEventResponseOutputTextAnnotationWsAdded as ResponsesServerEventResponseOutputTextAnnotationWsAdded,
    )
    from .responses_server_event_response_reasoning_summary_part_ws_added import (
        ResponsesServerEventResponseReasoningSummaryPartWsAdded as ResponsesServerEventResponseReasoningSummaryPartWsAdded,
    )
    from .responses_server_event_response_reasoning_summary_part_ws_done import (
        ResponsesServerEventResponseReasoningSummaryPartWsDone as ResponsesServerEventResponseReasoningSummaryPartWsDone,
    )
    from .responses_server_event_response_reasoning_summary_text_ws_delta import (
        ResponsesServerEventResponseReasoningSummaryTextWsDelta as ResponsesServerEventResponseReasoningSummaryTextWsDelta,
    )
    from .responses_server_event_response_reasoning_summary_text_ws_done import (
        ResponsesServerEventResponseReasoningSummaryTextWsDone as ResponsesServerEventResponseReasoningSummaryTextWsDone,
    )
    from .responses_server_event_response_reasoning_text_ws_delta import (
        ResponsesServerEventResponseReasoningTextWsDelta as ResponsesServerEventResponseReasoningTextWsDelta,
    )
    from .responses_server_event_response_reasoning_text_ws_done import (
        ResponsesServerEventResponseReasoningTextWsDone as ResponsesServerEventResponseReasoningTextWsDone,
    )
    from .responses_server_event_response_refusal_ws_delta import (
        ResponsesServerEventResponseRefusalWsDelta as ResponsesServerEventResponseRefusalWsDelta,
    )
    from .responses_server_event_response_refusal_ws_done import (
        ResponsesServerEventResponseRefusalWsDone as ResponsesServerEventResponseRefusalWsDone,
    )
    from .responses_server_event_response_shell_call_command_ws_added import (
        ResponsesServerEventResponseShellCallCommandWsAdded as ResponsesServerEventResponseShellCallCommandWsAdded,
    )
    from .responses_server_event_response_shell_call_command_ws_delta import (
        ResponsesServerEventResponseShellCallCommandWsDelta as ResponsesServerEventResponseShellCallCommandWsDelta,
    )
    from .responses_server_event_response_shell_call_command_ws_done import (
        ResponsesServerEventResponseShellCallCommandWsDone as ResponsesServerEventResponseShellCallCommandWsDone,
    )
    from .responses_server_event_response_shell_call_output_content_ws_delta import (
        ResponsesServerEventResponseShellCallOutputContentWsDelta as ResponsesServerEventResponseShellCallOutputContentWsDelta,
    )
    from .responses_server_event_response_shell_call_output_content_ws_done import (
        ResponsesServerEventResponseShellCallOutputContentWsDone as ResponsesServerEventResponseShellCallOutputContentWsDone,
    )
    from .responses_server_event_response_text_ws_delta import (
        ResponsesServerEventResponseTextWsDelta as ResponsesServerEventResponseTextWsDelta,
    )
    from .responses_server_event_response_text_ws_done import (
        ResponsesServerEventResponseTextWsDone as ResponsesServerEventResponseTextWsDone,
    )
    from .responses_server_event_response_web_search_call_in_ws_progress import (
        ResponsesServerEventResponseWebSearchCallInWsProgress as ResponsesServerEventResponseWebSearchCallInWsProgress,
    )
    from .responses_server_event_response_web_search_call_ws_completed import (
        ResponsesServerEventResponseWebSearchCallWsCompleted as ResponsesServerEventResponseWebSearchCallWsCompleted,
    )
    from .responses_server_event_response_web_search_call_ws_searching import (
        ResponsesServerEventResponseWebSearchCallWsSearching as ResponsesServerEventResponseWebSearchCallWsSearching,
    )
    from .responses_server_event_response_ws_completed import (
        ResponsesServerEventResponseWsCompleted as ResponsesServerEventResponseWsCompleted,
    )
    from .responses_server_event_response_ws_created import (
        ResponsesServerEventResponseWsCreated as ResponsesServerEventResponseWsCreated,
    )
    from .responses_server_event_response_ws_failed import (
        ResponsesServerEventResponseWsFailed as ResponsesServerEventResponseWsFailed,
    )
    from .responses_server_event_response_ws_incomplete import (
        ResponsesServerEventResponseWsIncomplete as ResponsesServerEventResponseWsIncomplete,
    )
    from .responses_server_event_response_ws_queued import (
        ResponsesServerEventResponseWsQueued as ResponsesServerEventResponseWsQueued,
    )
    from .responses_web_socket_stream_event import (
        ResponsesWebSocketStreamEvent as ResponsesWebSocketStreamEvent,
    )
    from .role import Role as Role
    from .role_deleted_resource import RoleDeletedResource as RoleDeletedResource
    from .role_list_resource import RoleListResource as RoleListResource
    from .run_completion_usage import RunCompletionUsage as RunCompletionUsage
    from .run_completion_usage_variant1 import (
        RunCompletionUsageVariant1 as RunCompletionUsageVariant1,
    )
    from .run_grader_request import RunGraderRequest as RunGraderRequest
    from .run_grader_response import RunGraderResponse as RunGraderResponse
    from .run_grader_response_metadata import (
        RunGraderResponseMetadata as RunGraderResponseMetadata,
    )
    from .run_grader_response_metadata_errors import (
        RunGraderResponseMetadataErrors as RunGraderResponseMetadataErrors,
    )
    from .run_object import RunObject as RunObject
    from .run_object_incomplete_details import (
        RunObjectIncompleteDetails as RunObjectIncompleteDetails,
    )
    from .run_object_last_error import RunObjectLastError as RunObjectLastError
    from .run_object_required_action import (
        RunObjectRequiredAction as RunObjectRequiredAction,
    )
    from .run_object_required_action_submit_tool_outputs import (
        RunObjectRequiredActionSubmitToolOutputs as RunObjectRequiredActionSubmitToolOutputs,
    )
    from .run_step_completion_usage import (
        RunStepCompletionUsage as RunStepCompletionUsage,
    )
    from .run_step_completion_usage_variant1 import (
        RunStepCompletionUsageVariant1 as RunStepCompletionUsageVariant1,
    )
    from .run_step_delta_object import RunStepDeltaObject as RunStepDeltaObject
    from .run_step_delta_object_delta import (
        RunStepDeltaObjectDelta as RunStepDeltaObjectDelta,
    )
    from .run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject as RunStepDeltaStepDetailsMessageCreationObject,
    )
    from .run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation as RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject as RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from .run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject as RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject as RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject as RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject as RunStepDeltaStepDetailsToolCallsFunctionObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction as RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject as RunStepDeltaStepDetailsToolCallsObject,
    )
    from .run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject as RunStepDetailsMessageCreationObject,
    )
    from .run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation as RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject as RunStepDetailsToolCallsCodeObject,
    )
    from .run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject as RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject as RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject as RunStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_details_tool_calls_file_search_object_file_search import (
        RunStepDetailsToolCallsFileSearchObjectFileSearch as RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject as RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from .run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject as RunStepDetailsToolCallsFileSearchResultObject,
    )
    from .run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem as RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )
    from .run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject as RunStepDetailsToolCallsFunctionObject,
    )
    from .run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction as RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_details_tool_calls_object import (
        RunStepDetailsToolCallsObject as RunStepDetailsToolCallsObject,
    )
    from .run_step_object import RunStepObject as RunStepObject
    from .run_step_object_last_error_variant1 import (
        RunStepObjectLastErrorVariant1 as RunStepObjectLastErrorVariant1,
    )
    from .run_step_stream_event import RunStepStreamEvent as RunStepStreamEvent
    from .run_step_stream_event_variant1 import (
        RunStepStreamEventVariant1 as RunStepStreamEventVariant1,
    )
    from .run_step_stream_event_variant2 import (
        RunStepStreamEventVariant2 as RunStepStreamEventVariant2,
    )
    from .run_step_stream_event_variant3 import (
        RunStepStreamEventVariant3 as RunStepStreamEventVariant3,
    )
    from .run_step_stream_event_variant4 import (
        RunStepStreamEventVariant4 as RunStepStreamEventVariant4,
    )
    from .run_step_stream_event_variant5 import (
        RunStepStreamEventVariant5 as RunStepStreamEventVariant5,
    )
    from .run_step_stream_event_variant6 import (
        RunStepStreamEventVariant6 as RunStepStreamEventVariant6,
    )
    from .run_step_stream_event_variant7 import (
        RunStepStreamEventVariant7 as RunStepStreamEventVariant7,
    )
    from .run_stream_event import RunStreamEvent as RunStreamEvent
    from .run_stream_event_variant1 import (
        RunStreamEventVariant1 as RunStreamEventVariant1,
    )
    from .run_stream_event_variant2 import (
        RunStreamEventVariant2 as RunStreamEventVariant2,
    )
    from .run_stream_event_variant3 import (
        RunStreamEventVariant3 as RunStreamEventVariant3,
    )
    from .run_stream_event_variant4 import (
        RunStreamEventVariant4 as RunStreamEventVariant4,
    )
    from .run_stream_event_variant5 import (
        RunStreamEventVariant5 as RunStreamEventVariant5,
    )
    from .run_stream_event_variant6 import (
        RunStreamEventVariant6 as RunStreamEventVariant6,
    )
    from .run_stream_event_variant7 import (
        RunStreamEventVariant7 as RunStreamEventVariant7,
    )
    from .run_stream_event_variant8 import (
        RunStreamEventVariant8 as RunStreamEventVariant8,
    )
    from .run_stream_event_variant9 import (
        RunStreamEventVariant9 as RunStreamEventVariant9,
    )
    from .run_stream_event_variant10 import (
        RunStreamEventVariant10 as RunStreamEventVariant10,
    )
    from .run_tool_call_object import RunToolCallObject as RunToolCallObject
    from .run_tool_call_object_function import (
        RunToolCallObjectFunction as RunToolCallObjectFunction,
    )
    from .screenshot_param import ScreenshotParam as ScreenshotParam
    from .scroll_param import ScrollParam as ScrollParam
    from .search_content_type import SearchContentType as SearchContentType
    from .search_context_size import SearchContextSize as SearchContextSize
    from .service_account_api_key_body import (
        ServiceAccountApiKeyBody as ServiceAccountApiKeyBody,
    )
    from .service_tier import ServiceTier as ServiceTier
    from .service_tier_enum import ServiceTierEnum as ServiceTierEnum
    from .service_tier_responses import ServiceTierResponses as ServiceTierResponses
    from .set_default_skill_version_body import (
        SetDefaultSkillVersionBody as SetDefaultSkillVersionBody,
    )
    from .shell_call_output_delta import ShellCallOutputDelta as ShellCallOutputDelta
    from .skill_list_resource import SkillListResource as SkillListResource
    from .skill_reference_param import SkillReferenceParam as SkillReferenceParam
    from .skill_resource import SkillResource as SkillResource
    from .skill_version_list_resource import (
        SkillVersionListResource as SkillVersionListResource,
    )
    from .skill_version_resource import SkillVersionResource as SkillVersionResource
    from .specific_apply_patch_param import (
        SpecificApplyPatchParam as SpecificApplyPatchParam,
    )
    from .specific_function_shell_param import (
        SpecificFunctionShellParam as SpecificFunctionShellParam,
    )
    from .specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam as SpecificProgrammaticToolCallingParam,
    )
    from .speech_audio_delta_event import SpeechAudioDeltaEvent as SpeechAudioDeltaEvent
    from .speech_audio_done_event import SpeechAudioDoneEvent as SpeechAudioDoneEvent
    from .speech_audio_done_event_usage import (
        SpeechAudioDoneEventUsage as SpeechAudioDoneEventUsage,
    )
    from .spend_alert_notification_channel import (
        SpendAlertNotificationChannel as SpendAlertNotificationChannel,
    )
    from .spend_limit_currency import SpendLimitCurrency as SpendLimitCurrency
    from .spend_limit_enforcement import SpendLimitEnforcement as SpendLimitEnforcement
    from .spend_limit_enforcement_status import (
        SpendLimitEnforcementStatus as SpendLimitEnforcementStatus,
    )
    from .spend_limit_interval import SpendLimitInterval as SpendLimitInterval
    from .static_chunking_strategy import (
        StaticChunkingStrategy as StaticChunkingStrategy,
    )
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam as StaticChunkingStrategyRequestParam,
    )
    from .static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam as StaticChunkingStrategyResponseParam,
    )
    from .stop_configuration import StopConfiguration as StopConfiguration
    from .submit_tool_outputs_run_request import (
        SubmitToolOutputsRunRequest as SubmitToolOutputsRunRequest,
    )
    from .submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem as SubmitToolOutputsRunRequestToolOutputsItem,
    )
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .synth_id_provenance_result import (
        SynthIDProvenanceResult as SynthIDProvenanceResult,
    )
    from .task_group_item import TaskGroupItem as TaskGroupItem
    from .task_group_task import TaskGroupTask as TaskGroupTask
    from .task_item import TaskItem as TaskItem
    from .task_type import TaskType as TaskType
    from .text_content import TextContent as TextContent
    from .text_response_format_configuration import (
        TextResponseFormatConfiguration as TextResponseFormatConfiguration,
    )
    from .text_response_format_json_schema import (
        TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
    )
    from .thread_item import ThreadItem as ThreadItem
    from .thread_item_list_resource import (
        ThreadItemListResource as ThreadItemListResource,
    )
    from .thread_list_resource import ThreadListResource as ThreadListResource
    from .thread_object import ThreadObject as ThreadObject
    from .thread_object_tool_resources_variant1 import (
        ThreadObjectToolResourcesVariant1 as ThreadObjectToolResourcesVariant1,
    )
    from .thread_object_tool_resources_variant1_code_interpreter import (
        ThreadObjectToolResourcesVariant1CodeInterpreter as ThreadObjectToolResourcesVariant1CodeInterpreter,
    )
    from .thread_object_tool_resources_variant1_file_search import (
        ThreadObjectToolResourcesVariant1FileSearch as ThreadObjectToolResourcesVariant1FileSearch,
    )
    from .thread_resource import ThreadResource as ThreadResource
    from .thread_stream_event import ThreadStreamEvent as ThreadStreamEvent
    from .thread_stream_event_variant1 import (
        ThreadStreamEventVariant1 as ThreadStreamEventVariant1,
    )
    from .toggle_certificates_request import (
        ToggleCertificatesRequest as ToggleCertificatesRequest,
    )
    from .token_counts_body import TokenCountsBody as TokenCountsBody
    from .token_counts_resource import TokenCountsResource as TokenCountsResource
    from .tool import Tool as Tool
    from .tool_call_caller import ToolCallCaller as ToolCallCaller
    from .tool_call_caller_param import ToolCallCallerParam as ToolCallCallerParam
    from .tool_choice import ToolChoice as ToolChoice
    from .tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
    from .tool_choice_custom import ToolChoiceCustom as ToolChoiceCustom
    from .tool_choice_function import ToolChoiceFunction as ToolChoiceFunction
    from .tool_choice_mcp import ToolChoiceMCP as ToolChoiceMCP
    from .tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
    from .tool_choice_param import ToolChoiceParam as ToolChoiceParam
    from .tool_choice_types import ToolChoiceTypes as ToolChoiceTypes
    from .tool_search_call import ToolSearchCall as ToolSearchCall
    from .tool_search_call_item_param import (
        ToolSearchCallItemParam as ToolSearchCallItemParam,
    )
    from .tool_search_execution_type import (
        ToolSearchExecutionType as ToolSearchExecutionType,
    )
    from .tool_search_output import ToolSearchOutput as ToolSearchOutput
    from .tool_search_output_item_param import (
        ToolSearchOutputItemParam as ToolSearchOutputItemParam,
    )
    from .tool_search_tool_param import ToolSearchToolParam as ToolSearchToolParam
    from .tools_array import ToolsArray as ToolsArray
    from .top_log_prob import TopLogProb as TopLogProb
    from .transcript_text_delta_event import (
        TranscriptTextDeltaEvent as TranscriptTextDeltaEvent,
    )
    from .transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem as TranscriptTextDeltaEventLogprobsItem,
    )
    from .transcript_text_done_event import (
        TranscriptTextDoneEvent as TranscriptTextDoneEvent,
    )
    from .transcript_text_done_event_logprobs_item import (
        TranscriptTextDoneEventLogprobsItem as TranscriptTextDoneEventLogprobsItem,
    )
    from .transcript_text_segment_event import (
        TranscriptTextSegmentEvent as TranscriptTextSegmentEvent,
    )
    from .transcript_text_usage_duration import (
        TranscriptTextUsageDuration as TranscriptTextUsageDuration,
    )
    from .transcript_text_usage_tokens import (
        TranscriptTextUsageTokens as TranscriptTextUsageTokens,
    )
    from .transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails as TranscriptTextUsageTokensInputTokenDetails,
    )
    from .transcription_chunking_strategy import (
        TranscriptionChunkingStrategy as TranscriptionChunkingStrategy,
    )
    from .transcription_diarized_segment import (
        TranscriptionDiarizedSegment as TranscriptionDiarizedSegment,
    )
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_language import TranscriptionLanguage as TranscriptionLanguage
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .truncation_enum import TruncationEnum as TruncationEnum
    from .truncation_object import TruncationObject as TruncationObject
    from .type_param import TypeParam as TypeParam
    from .update_chat_completion_request import (
        UpdateChatCompletionRequest as UpdateChatCompletionRequest,
    )
    from .update_conversation_body import (
        UpdateConversationBody as UpdateConversationBody,
    )
    from .update_eval_request import UpdateEvalRequest as UpdateEvalRequest
    from .update_group_body import UpdateGroupBody as UpdateGroupBody
    from .update_organization_data_retention_body import (
        UpdateOrganizationDataRetentionBody as UpdateOrganizationDataRetentionBody,
    )
    from .update_organization_spend_limit_body import (
        UpdateOrganizationSpendLimitBody as UpdateOrganizationSpendLimitBody,
    )
    from .update_project_data_retention_body import (
        UpdateProjectDataRetentionBody as UpdateProjectDataRetentionBody,
    )
    from .update_project_service_account_body import (
        UpdateProjectServiceAccountBody as UpdateProjectServiceAccountBody,
    )
    from .update_project_spend_limit_body import (
        UpdateProjectSpendLimitBody as UpdateProjectSpendLimitBody,
    )
    from .update_vector_store_file_attributes_request import (
        UpdateVectorStoreFileAttributesRequest as UpdateVectorStoreFileAttributesRequest,
    )
    from .update_vector_store_request import (
        UpdateVectorStoreRequest as UpdateVectorStoreRequest,
    )
    from .update_voice_consent_request import (
        UpdateVoiceConsentRequest as UpdateVoiceConsentRequest,
    )
    from .upload import Upload as Upload
    from .upload_certificate_request import (
        UploadCertificateRequest as UploadCertificateRequest,
    )
    from .upload_part import UploadPart as UploadPart
    from .url_annotation import UrlAnnotation as UrlAnnotation
    from .url_annotation_source import UrlAnnotationSource as UrlAnnotationSource
    from .url_citation_body import UrlCitationBody as UrlCitationBody
    from .url_citation_param import UrlCitationParam as UrlCitationParam
    from .usage_audio_speeches_result import (
        UsageAudioSpeechesResult as UsageAudioSpeechesResult,
    )
    from .usage_audio_transcriptions_result import (
        UsageAudioTranscriptionsResult as UsageAudioTranscriptionsResult,
    )
    from .usage_code_interpreter_sessions_result import (
        UsageCodeInterpreterSessionsResult as UsageCodeInterpreterSessionsResult,
    )
    from .usage_completions_result import (
        UsageCompletionsResult as UsageCompletionsResult,
    )
    from .usage_embeddings_result import UsageEmbeddingsResult as UsageEmbeddingsResult
    from .usage_file_search_calls_result import (
        UsageFileSearchCallsResult as UsageFileSearchCallsResult,
    )
    from .usage_images_result import UsageImagesResult as UsageImagesResult
    from .usage_moderations_result import (
        UsageModerationsResult as UsageModerationsResult,
    )
    from .usage_response import UsageResponse as UsageResponse
    from .usage_time_bucket import UsageTimeBucket as UsageTimeBucket
    from .usage_vector_stores_result import (
        UsageVectorStoresResult as UsageVectorStoresResult,
    )
    from .usage_web_search_calls_result import (
        UsageWebSearchCallsResult as UsageWebSearchCallsResult,
    )
    from .user import User as User
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_list_resource import UserListResource as UserListResource
    from .user_list_response import UserListResponse as UserListResponse
    from .user_message_input_text import UserMessageInputText as UserMessageInputText
    from .user_message_item import UserMessageItem as UserMessageItem
    from .user_message_quoted_text import UserMessageQuotedText as UserMessageQuotedText
    from .user_projects_variant1 import UserProjectsVariant1 as UserProjectsVariant1
    from .user_projects_variant1_data_item import (
        UserProjectsVariant1DataItem as UserProjectsVariant1DataItem,
    )
    from .user_role_assignment import UserRoleAssignment as UserRoleAssignment
    from .user_role_update_request import UserRoleUpdateRequest as UserRoleUpdateRequest
    from .user_user import UserUser as UserUser
    from .vad_config import VadConfig as VadConfig
    from .validate_grader_request import ValidateGraderRequest as ValidateGraderRequest
    from .validate_grader_response import (
        ValidateGraderResponse as ValidateGraderResponse,
    )
    from .vector_store_expiration_after import (
        VectorStoreExpirationAfter as VectorStoreExpirationAfter,
    )
    from .vector_store_file_attributes import (
        VectorStoreFileAttributes as VectorStoreFileAttributes,
    )
    from .vector_store_file_batch_object import (
        VectorStoreFileBatchObject as VectorStoreFileBatchObject,
    )
    from .vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts as VectorStoreFileBatchObjectFileCounts,
    )
    from .vector_store_file_content_response import (
        VectorStoreFileContentResponse as VectorStoreFileContentResponse,
    )
    from .vector_store_file_content_response_data_item import (
        VectorStoreFileContentResponseDataItem as VectorStoreFileContentResponseDataItem,
    )
    from .vector_store_file_object import VectorStoreFileObject as VectorStoreFileObject
    from .vector_store_file_object_last_error_variant1 import (
        VectorStoreFileObjectLastErrorVariant1 as VectorStoreFileObjectLastErrorVariant1,
    )
    from .vector_store_object import VectorStoreObject as VectorStoreObject
    from .vector_store_object_file_counts import (
        VectorStoreObjectFileCounts as VectorStoreObjectFileCounts,
    )
    from .vector_store_search_request import (
        VectorStoreSearchRequest as VectorStoreSearchRequest,
    )
    from .vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions as VectorStoreSearchRequestRankingOptions,
    )
    from .vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject as VectorStoreSearchResultContentObject,
    )
    from .vector_store_search_result_item import (
        VectorStoreSearchResultItem as VectorStoreSearchResultItem,
    )
    from .vector_store_search_results_page import (
        VectorStoreSearchResultsPage as VectorStoreSearchResultsPage,
    )
    from .verbosity import Verbosity as Verbosity
    from .video_character_resource import (
        VideoCharacterResource as VideoCharacterResource,
    )
    from .video_content_variant import VideoContentVariant as VideoContentVariant
    from .video_list_resource import VideoListResource as VideoListResource
    from .video_model import VideoModel as VideoModel
    from .video_reference_input_param import (
        VideoReferenceInputParam as VideoReferenceInputParam,
    )
    from .video_resource import VideoResource as VideoResource
    from .video_seconds import VideoSeconds as VideoSeconds
    from .video_size import VideoSize as VideoSize
    from .video_status import VideoStatus as VideoStatus
    from .voice_consent_deleted_resource import (
        VoiceConsentDeletedResource as VoiceConsentDeletedResource,
    )
    from .voice_consent_list_resource import (
        VoiceConsentListResource as VoiceConsentListResource,
    )
    from .voice_consent_resource import VoiceConsentResource as VoiceConsentResource
    from .voice_ids_or_custom_voice import (
        VoiceIdsOrCustomVoice as VoiceIdsOrCustomVoice,
    )
    from .voice_ids_or_custom_voice_variant2 import (
        VoiceIdsOrCustomVoiceVariant2 as VoiceIdsOrCustomVoiceVariant2,
    )
    from .voice_ids_shared import VoiceIdsShared as VoiceIdsShared
    from .voice_resource import VoiceResource as VoiceResource
    from .wait_param import WaitParam as WaitParam
    from .web_search_action_find import WebSearchActionFind as WebSearchActionFind
    from .web_search_action_open_page import (
        WebSearchActionOpenPage as WebSearchActionOpenPage,
    )
    from .web_search_action_search import WebSearchActionSearch as WebSearchActionSearch
    from .web_search_action_search_sources_item import (
        WebSearchActionSearchSourcesItem as WebSearchActionSearchSourcesItem,
    )
    from .web_search_approximate_location import (
        WebSearchApproximateLocation as WebSearchApproximateLocation,
    )
    from .web_search_approximate_location_web_search_approximate_location import (
        WebSearchApproximateLocationWebSearchApproximateLocation as WebSearchApproximateLocationWebSearchApproximateLocation,
    )
    from .web_search_context_size import WebSearchContextSize as WebSearchContextSize
    from .web_search_location import WebSearchLocation as WebSearchLocation
    from .web_search_preview_tool import WebSearchPreviewTool as WebSearchPreviewTool
    from .web_search_tool import WebSearchTool as WebSearchTool
    from .web_search_tool_call import WebSearchToolCall as WebSearchToolCall
    from .web_search_tool_filters_variant1 import (
        WebSearchToolFiltersVariant1 as WebSearchToolFiltersVariant1,
    )
    from .webhook_batch_cancelled import WebhookBatchCancelled as WebhookBatchCancelled
    from .webhook_batch_cancelled_data import (
        WebhookBatchCancelledData as WebhookBatchCancelledData,
    )
    from .webhook_batch_completed import WebhookBatchCompleted as WebhookBatchCompleted
    from .webhook_batch_completed_data import (
        WebhookBatchCompletedData as WebhookBatchCompletedData,
    )
    from .webhook_batch_expired import WebhookBatchExpired as WebhookBatchExpired
    from .webhook_batch_expired_data import (
        WebhookBatchExpiredData as WebhookBatchExpiredData,
    )
    from .webhook_batch_failed import WebhookBatchFailed as WebhookBatchFailed
    from .webhook_batch_failed_data import (
        WebhookBatchFailedData as WebhookBatchFailedData,
    )
    from .webhook_eval_run_canceled import (
        WebhookEvalRunCanceled as WebhookEvalRunCanceled,
    )
    from .webhook_eval_run_canceled_data import (
        WebhookEvalRunCanceledData as WebhookEvalRunCanceledData,
    )
    from .webhook_eval_run_failed import WebhookEvalRunFailed as WebhookEvalRunFailed
    from .webhook_eval_run_failed_data import (
        WebhookEvalRunFailedData as WebhookEvalRunFailedData,
    )
    from .webhook_eval_run_succeeded import (
        WebhookEvalRunSucceeded as WebhookEvalRunSucceeded,
    )
    from .webhook_eval_run_succeeded_data import (
        WebhookEvalRunSucceededData as WebhookEvalRunSucceededData,
    )
    from .webhook_fine_tuning_job_cancelled import (
        WebhookFineTuningJobCancelled as WebhookFineTuningJobCancelled,
    )
    from .webhook_fine_tuning_job_cancelled_data import (
        WebhookFineTuningJobCancelledData as WebhookFineTuningJobCancelledData,
    )
    from .webhook_fine_tuning_job_failed import (
        WebhookFineTuningJobFailed as WebhookFineTuningJobFailed,
    )
    from .webhook_fine_tuning_job_failed_data import (
        WebhookFineTuningJobFailedData as WebhookFineTuningJobFailedData,
    )
    from .webhook_fine_tuning_job_succeeded import (
        WebhookFineTuningJobSucceeded as WebhookFineTuningJobSucceeded,
    )
    from .webhook_fine_tuning_job_succeeded_data import (
        WebhookFineTuningJobSucceededData as WebhookFineTuningJobSucceededData,
    )
    from .webhook_live_call_incoming import (
        WebhookLiveCallIncoming as WebhookLiveCallIncoming,
    )
    from .webhook_live_call_incoming_data import (
        WebhookLiveCallIncomingData as WebhookLiveCallIncomingData,
    )
    from .webhook_live_call_incoming_data_sip_headers_item import (
        WebhookLiveCallIncomingDataSipHeadersItem as WebhookLiveCallIncomingDataSipHeadersItem,
    )
    from .webhook_realtime_call_incoming import (
        WebhookRealtimeCallIncoming as WebhookRealtimeCallIncoming,
    )
    from .webhook_realtime_call_incoming_data import (
        WebhookRealtimeCallIncomingData as WebhookRealtimeCallIncomingData,
    )
    from .webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem as WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .webhook_response_cancelled import (
        WebhookResponseCancelled as WebhookResponseCancelled,
    )
    from .webhook_response_cancelled_data import (
        WebhookResponseCancelledData as WebhookResponseCancelledData,
    )
    from .webhook_response_completed import (
        WebhookResponseCompleted as WebhookResponseCompleted,
    )
    from .webhook_response_completed_data import (
        WebhookResponseCompletedData as WebhookResponseCompletedData,
    )
    from .webhook_response_failed import WebhookResponseFailed as WebhookResponseFailed
    from .webhook_response_failed_data import (
        WebhookResponseFailedData as WebhookResponseFailedData,
    )
    from .webhook_response_incomplete import (
        WebhookResponseIncomplete as WebhookResponseIncomplete,
    )
    from .webhook_response_incomplete_data import (
        WebhookResponseIncompleteData as WebhookResponseIncompleteData,
    )
    from .widget_message_item import WidgetMessageItem as WidgetMessageItem
    from .workflow_param import WorkflowParam as WorkflowParam
    from .workflow_tracing_param import WorkflowTracingParam as WorkflowTracingParam

_MODULES: dict[str, str] = {
    "ActiveStatus": "active_status",
    "AddUploadPartRequest": "add_upload_part_request",
    "AdditionalTools": "additional_tools",
    "AdditionalToolsItemParam": "additional_tools_item_param",
    "AdminApiKey": "admin_api_key",
    "AdminApiKeyCreateResponse": "admin_api_key_create_response",
    "AdminApiKeyOwner": "admin_api_key_owner",
    "AdminApiKeysCreateRequest": "admin_api_keys_create_request",
    "AdminApiKeysDeleteResponse": "admin_api_keys_delete_response",
    "Annotation": "annotation",
    "ApiKeyList": "api_key_list",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": "apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCallStatusParam": "apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": "apply_patch_create_file_operation_param",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchOperationParam": "apply_patch_operation_param",
    "ApplyPatchToolCall": "apply_patch_tool_call",
    "ApplyPatchToolCallItemParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallOutput": "apply_patch_tool_call_output",
    "ApplyPatchToolCallOutputItemParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": "apply_patch_update_file_operation_param",
    "ApproximateLocation": "approximate_location",
    "AssignedRoleDetails": "assigned_role_details",
    "AssignedRoleDetailsAssignmentSourcesVariant1Item": "assigned_role_details_assignment_sources_variant1_item",
    "AssistantMessageItem": "assistant_message_item",
    "AssistantObject": "assistant_object",
    "AssistantObjectToolResourcesVariant1": "assistant_object_tool_resources_variant1",
    "AssistantObjectToolResourcesVariant1CodeInterpreter": "assistant_object_tool_resources_variant1_code_interpreter",
    "AssistantObjectToolResourcesVariant1FileSearch": "assistant_object_tool_resources_variant1_file_search",
    "AssistantStreamEvent": "assistant_stream_event",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearch": "assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantsApiResponseFormatOption": "assistants_api_response_format_option",
    "AssistantsApiToolChoiceOption": "assistants_api_tool_choice_option",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice_function",
    "Attachment": "attachment",
    "AttachmentType": "attachment_type",
    "AudioResponseFormat": "audio_response_format",
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AuditLog": "audit_log",
    "AuditLogActor": "audit_log_actor",
    "AuditLogActorApiKey": "audit_log_actor_api_key",
    "AuditLogActorServiceAccount": "audit_log_actor_service_account",
    "AuditLogActorSession": "audit_log_actor_session",
    "AuditLogActorUser": "audit_log_actor_user",
    "AuditLogApiKeyCreated": "audit_log_api_key_created",
    "AuditLogApiKeyCreatedData": "audit_log_api_key_created_data",
    "AuditLogApiKeyDeleted": "audit_log_api_key_deleted",
    "AuditLogApiKeyUpdated": "audit_log_api_key_updated",
    "AuditLogApiKeyUpdatedChangesRequested": "audit_log_api_key_updated_changes_requested",
    "AuditLogCertificateCreated": "audit_log_certificate_created",
    "AuditLogCertificateDeleted": "audit_log_certificate_deleted",
    "AuditLogCertificateUpdated": "audit_log_certificate_updated",
    "AuditLogCertificatesActivated": "audit_log_certificates_activated",
    "AuditLogCertificatesActivatedCertificatesItem": "audit_log_certificates_activated_certificates_item",
    "AuditLogCertificatesDeactivated": "audit_log_certificates_deactivated",
    "AuditLogCertificatesDeactivatedCertificatesItem": "audit_log_certificates_deactivated_certificates_item",
    "AuditLogCheckpointPermissionCreated": "audit_log_checkpoint_permission_created",
    "AuditLogCheckpointPermissionCreatedData": "audit_log_checkpoint_permission_created_data",
    "AuditLogCheckpointPermissionDeleted": "audit_log_checkpoint_permission_deleted",
    "AuditLogEventType": "audit_log_event_type",
    "AuditLogExternalKeyRegistered": "audit_log_external_key_registered",
    "AuditLogExternalKeyRemoved": "audit_log_external_key_removed",
    "AuditLogGroupCreated": "audit_log_group_created",
    "AuditLogGroupCreatedData": "audit_log_group_created_data",
    "AuditLogGroupDeleted": "audit_log_group_deleted",
    "AuditLogGroupUpdated": "audit_log_group_updated",
    "AuditLogGroupUpdatedChangesRequested": "audit_log_group_updated_changes_requested",
    "AuditLogInviteAccepted": "audit_log_invite_accepted",
    "AuditLogInviteDeleted": "audit_log_invite_deleted",
    "AuditLogInviteSent": "audit_log_invite_sent",
    "AuditLogInviteSentData": "audit_log_invite_sent_data",
    "AuditLogIpAllowlistConfigActivated": "audit_log_ip_allowlist_config_activated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem": "audit_log_ip_allowlist_config_activated_configs_item",
    "AuditLogIpAllowlistConfigDeactivated": "audit_log_ip_allowlist_config_deactivated",
    "AuditLogIpAllowlistConfigDeactivatedConfigsItem": "audit_log_ip_allowlist_config_deactivated_configs_item",
    "AuditLogIpAllowlistCreated": "audit_log_ip_allowlist_created",
    "AuditLogIpAllowlistDeleted": "audit_log_ip_allowlist_deleted",
    "AuditLogIpAllowlistUpdated": "audit_log_ip_allowlist_updated",
    "AuditLogLoginFailed": "audit_log_login_failed",
    "AuditLogLogoutFailed": "audit_log_logout_failed",
    "AuditLogOrganizationUpdated": "audit_log_organization_updated",
    "AuditLogOrganizationUpdatedChangesRequested": "audit_log_organization_updated_changes_requested",
    "AuditLogProject": "audit_log_project",
    "AuditLogProjectArchived": "audit_log_project_archived",
    "AuditLogProjectCreated": "audit_log_project_created",
    "AuditLogProjectCreatedData": "audit_log_project_created_data",
    "AuditLogProjectDeleted": "audit_log_project_deleted",
    "AuditLogProjectUpdated": "audit_log_project_updated",
    "AuditLogProjectUpdatedChangesRequested": "audit_log_project_updated_changes_requested",
    "AuditLogRateLimitDeleted": "audit_log_rate_limit_deleted",
    "AuditLogRateLimitUpdated": "audit_log_rate_limit_updated",
    "AuditLogRateLimitUpdatedChangesRequested": "audit_log_rate_limit_updated_changes_requested",
    "AuditLogRoleAssignmentCreated": "audit_log_role_assignment_created",
    "AuditLogRoleAssignmentDeleted": "audit_log_role_assignment_deleted",
    "AuditLogRoleBoundToResource": "audit_log_role_bound_to_resource",
    "AuditLogRoleCreated": "audit_log_role_created",
    "AuditLogRoleDeleted": "audit_log_role_deleted",
    "AuditLogRoleUnboundFromResource": "audit_log_role_unbound_from_resource",
    "AuditLogRoleUpdated": "audit_log_role_updated",
    "AuditLogRoleUpdatedChangesRequested": "audit_log_role_updated_changes_requested",
    "AuditLogScimDisabled": "audit_log_scim_disabled",
    "AuditLogScimEnabled": "audit_log_scim_enabled",
    "AuditLogServiceAccountCreated": "audit_log_service_account_created",
    "AuditLogServiceAccountCreatedData": "audit_log_service_account_created_data",
    "AuditLogServiceAccountDeleted": "audit_log_service_account_deleted",
    "AuditLogServiceAccountUpdated": "audit_log_service_account_updated",
    "AuditLogServiceAccountUpdatedChangesRequested": "audit_log_service_account_updated_changes_requested",
    "AuditLogUserAdded": "audit_log_user_added",
    "AuditLogUserAddedData": "audit_log_user_added_data",
    "AuditLogUserDeleted": "audit_log_user_deleted",
    "AuditLogUserUpdated": "audit_log_user_updated",
    "AuditLogUserUpdatedChangesRequested": "audit_log_user_updated_changes_requested",
    "AuditLogWorkloadIdentityProviderCreated": "audit_log_workload_identity_provider_created",
    "AuditLogWorkloadIdentityProviderDeleted": "audit_log_workload_identity_provider_deleted",
    "AuditLogWorkloadIdentityProviderMappingCreated": "audit_log_workload_identity_provider_mapping_created",
    "AuditLogWorkloadIdentityProviderMappingDeleted": "audit_log_workload_identity_provider_mapping_deleted",
    "AuditLogWorkloadIdentityProviderMappingUpdated": "audit_log_workload_identity_provider_mapping_updated",
    "AuditLogWorkloadIdentityProviderUpdated": "audit_log_workload_identity_provider_updated",
    "AutoChunkingStrategyRequestParam": "auto_chunking_strategy_request_param",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutomaticThreadTitlingParam": "automatic_thread_titling_param",
    "Batch": "batch",
    "BatchError": "batch_error",
    "BatchErrors": "batch_errors",
    "BatchFileExpirationAfter": "batch_file_expiration_after",
    "BatchRequestCounts": "batch_request_counts",
    "BatchUsage": "batch_usage",
    "BatchUsageInputTokensDetails": "batch_usage_input_tokens_details",
    "BatchUsageOutputTokensDetails": "batch_usage_output_tokens_details",
    "BetaAdditionalTools": "beta_additional_tools",
    "BetaAdditionalToolsItemParam": "beta_additional_tools_item_param",
    "BetaAgentMessage": "beta_agent_message",
    "BetaAgentMessageItemParam": "beta_agent_message_item_param",
    "BetaAgentTag": "beta_agent_tag",
    "BetaAgentTagParam": "beta_agent_tag_param",
    "BetaAnnotation": "beta_annotation",
    "BetaApplyPatchCallOutputStatus": "beta_apply_patch_call_output_status",
    "BetaApplyPatchCallOutputStatusParam": "beta_apply_patch_call_output_status_param",
    "BetaApplyPatchCallStatus": "beta_apply_patch_call_status",
    "BetaApplyPatchCallStatusParam": "beta_apply_patch_call_status_param",
    "BetaApplyPatchCreateFileOperation": "beta_apply_patch_create_file_operation",
    "BetaApplyPatchCreateFileOperationParam": "beta_apply_patch_create_file_operation_param",
    "BetaApplyPatchDeleteFileOperation": "beta_apply_patch_delete_file_operation",
    "BetaApplyPatchDeleteFileOperationParam": "beta_apply_patch_delete_file_operation_param",
    "BetaApplyPatchOperationParam": "beta_apply_patch_operation_param",
    "BetaApplyPatchToolCall": "beta_apply_patch_tool_call",
    "BetaApplyPatchToolCallItemParam": "beta_apply_patch_tool_call_item_param",
    "BetaApplyPatchToolCallOutput": "beta_apply_patch_tool_call_output",
    "BetaApplyPatchToolCallOutputItemParam": "beta_apply_patch_tool_call_output_item_param",
    "BetaApplyPatchToolParam": "beta_apply_patch_tool_param",
    "BetaApplyPatchUpdateFileOperation": "beta_apply_patch_update_file_operation",
    "BetaApplyPatchUpdateFileOperationParam": "beta_apply_patch_update_file_operation_param",
    "BetaApproximateLocation": "beta_approximate_location",
    "BetaAutoCodeInterpreterToolParam": "beta_auto_code_interpreter_tool_param",
    "BetaCallableToolAllowedCaller": "beta_callable_tool_allowed_caller",
    "BetaClickButtonType": "beta_click_button_type",
    "BetaClickParam": "beta_click_param",
    "BetaCodeInterpreterOutputImage": "beta_code_interpreter_output_image",
    "BetaCodeInterpreterOutputLogs": "beta_code_interpreter_output_logs",
    "BetaCodeInterpreterTool": "beta_code_interpreter_tool",
    "BetaCodeInterpreterToolCall": "beta_code_interpreter_tool_call",
    "BetaCompactResource": "beta_compact_resource",
    "BetaCompactResponseMethodPublicBody": "beta_compact_response_method_public_body",
    "BetaCompactionBody": "beta_compaction_body",
    "BetaCompactionSummaryItemParam": "beta_compaction_summary_item_param",
    "BetaCompactionTriggerItemParam": "beta_compaction_trigger_item_param",
    "BetaComparisonFilter": "beta_comparison_filter",
    "BetaCompoundFilter": "beta_compound_filter",
    "BetaComputerAction": "beta_computer_action",
    "BetaComputerActionList": "beta_computer_action_list",
    "BetaComputerCallOutputItemParam": "beta_computer_call_output_item_param",
    "BetaComputerCallOutputStatus": "beta_computer_call_output_status",
    "BetaComputerCallSafetyCheckParam": "beta_computer_call_safety_check_param",
    "BetaComputerEnvironment": "beta_computer_environment",
    "BetaComputerScreenshotContent": "beta_computer_screenshot_content",
    "BetaComputerScreenshotImage": "beta_computer_screenshot_image",
    "BetaComputerTool": "beta_computer_tool",
    "BetaComputerToolCall": "beta_computer_tool_call",
    "BetaComputerToolCallOutput": "beta_computer_tool_call_output",
    "BetaComputerToolCallOutputResource": "beta_computer_tool_call_output_resource",
    "BetaComputerUsePreviewTool": "beta_computer_use_preview_tool",
    "BetaContainerAutoParam": "beta_container_auto_param",
    "BetaContainerFileCitationBody": "beta_container_file_citation_body",
    "BetaContainerFileCitationParam": "beta_container_file_citation_param",
    "BetaContainerMemoryLimit": "beta_container_memory_limit",
    "BetaContainerNetworkPolicyAllowlistParam": "beta_container_network_policy_allowlist_param",
    "BetaContainerNetworkPolicyDisabledParam": "beta_container_network_policy_disabled_param",
    "BetaContainerNetworkPolicyDomainSecretParam": "beta_container_network_policy_domain_secret_param",
    "BetaContainerReferenceParam": "beta_container_reference_param",
    "BetaContainerReferenceResource": "beta_container_reference_resource",
    "BetaContent": "beta_content",
    "BetaContextManagementParam": "beta_context_management_param",
    "BetaConversationParam": "beta_conversation_param",
    "BetaConversationParam2": "beta_conversation_param2",
    "BetaCoordParam": "beta_coord_param",
    "BetaCreateModelResponseProperties": "beta_create_model_response_properties",
    "BetaCreateResponse": "beta_create_response",
    "BetaCustomGrammarFormatParam": "beta_custom_grammar_format_param",
    "BetaCustomTextFormatParam": "beta_custom_text_format_param",
    "BetaCustomToolCall": "beta_custom_tool_call",
    "BetaCustomToolCallOutput": "beta_custom_tool_call_output",
    "BetaCustomToolCallOutputResource": "beta_custom_tool_call_output_resource",
    "BetaCustomToolCallResource": "beta_custom_tool_call_resource",
    "BetaCustomToolParam": "beta_custom_tool_param",
    "BetaDetailEnum": "beta_detail_enum",
    "BetaDirectToolCallCaller": "beta_direct_tool_call_caller",
    "BetaDirectToolCallCallerParam": "beta_direct_tool_call_caller_param",
    "BetaDoubleClickAction": "beta_double_click_action",
    "BetaDragParam": "beta_drag_param",
    "BetaEasyInputMessage": "beta_easy_input_message",
    "BetaEmptyModelParam": "beta_empty_model_param",
    "BetaEncryptedContent": "beta_encrypted_content",
    "BetaEncryptedContentParam": "beta_encrypted_content_param",
    "BetaError": "beta_error",
    "BetaErrorPayload": "beta_error_payload",
    "BetaFileCitationBody": "beta_file_citation_body",
    "BetaFileCitationParam": "beta_file_citation_param",
    "BetaFileDetailEnum": "beta_file_detail_enum",
    "BetaFileInputDetail": "beta_file_input_detail",
    "BetaFilePath": "beta_file_path",
    "BetaFileSearchTool": "beta_file_search_tool",
    "BetaFileSearchToolCall": "beta_file_search_tool_call",
    "BetaFileSearchToolCallResultsVariant1Item": "beta_file_search_tool_call_results_variant1_item",
    "BetaFilters": "beta_filters",
    "BetaFunctionAndCustomToolCallOutput": "beta_function_and_custom_tool_call_output",
    "BetaFunctionCallItemStatus": "beta_function_call_item_status",
    "BetaFunctionCallOutputItemParam": "beta_function_call_output_item_param",
    "BetaFunctionCallOutputStatusEnum": "beta_function_call_output_status_enum",
    "BetaFunctionCallStatus": "beta_function_call_status",
    "BetaFunctionShellAction": "beta_function_shell_action",
    "BetaFunctionShellActionParam": "beta_function_shell_action_param",
    "BetaFunctionShellCall": "beta_function_shell_call",
    "BetaFunctionShellCallItemParam": "beta_function_shell_call_item_param",
    "BetaFunctionShellCallItemStatus": "beta_function_shell_call_item_status",
    "BetaFunctionShellCallOutput": "beta_function_shell_call_output",
    "BetaFunctionShellCallOutputContent": "beta_function_shell_call_output_content",
    "BetaFunctionShellCallOutputContentParam": "beta_function_shell_call_output_content_param",
    "BetaFunctionShellCallOutputExitOutcome": "beta_function_shell_call_output_exit_outcome",
    "BetaFunctionShellCallOutputExitOutcomeParam": "beta_function_shell_call_output_exit_outcome_param",
    "BetaFunctionShellCallOutputItemParam": "beta_function_shell_call_output_item_param",
    "BetaFunctionShellCallOutputOutcomeParam": "beta_function_shell_call_output_outcome_param",
    "BetaFunctionShellCallOutputStatusEnum": "beta_function_shell_call_output_status_enum",
    "BetaFunctionShellCallOutputTimeoutOutcome": "beta_function_shell_call_output_timeout_outcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam": "beta_function_shell_call_output_timeout_outcome_param",
    "BetaFunctionShellCallStatus": "beta_function_shell_call_status",
    "BetaFunctionShellToolParam": "beta_function_shell_tool_param",
    "BetaFunctionTool": "beta_function_tool",
    "BetaFunctionToolCall": "beta_function_tool_call",
    "BetaFunctionToolCallOutput": "beta_function_tool_call_output",
    "BetaFunctionToolCallOutputResource": "beta_function_tool_call_output_resource",
    "BetaFunctionToolCallResource": "beta_function_tool_call_resource",
    "BetaFunctionToolParam": "beta_function_tool_param",
    "BetaGrammarSyntax1": "beta_grammar_syntax1",
    "BetaHTTPError": "beta_http_error",
    "BetaHybridSearchOptions": "beta_hybrid_search_options",
    "BetaImageDetail": "beta_image_detail",
    "BetaImageGenActionEnum": "beta_image_gen_action_enum",
    "BetaImageGenTool": "beta_image_gen_tool",
    "BetaImageGenToolCall": "beta_image_gen_tool_call",
    "BetaImageGenToolInputImageMask": "beta_image_gen_tool_input_image_mask",
    "BetaIncludeEnum": "beta_include_enum",
    "BetaInlineSkillParam": "beta_inline_skill_param",
    "BetaInlineSkillSourceParam": "beta_inline_skill_source_param",
    "BetaInputAudio": "beta_input_audio",
    "BetaInputAudioInputAudio": "beta_input_audio_input_audio",
    "BetaInputContent": "beta_input_content",
    "BetaInputFidelity": "beta_input_fidelity",
    "BetaInputFileContent": "beta_input_file_content",
    "BetaInputFileContentParam": "beta_input_file_content_param",
    "BetaInputImageContent": "beta_input_image_content",
    "BetaInputImageContentParamAutoParam": "beta_input_image_content_param_auto_param",
    "BetaInputItem": "beta_input_item",
    "BetaInputMessage": "beta_input_message",
    "BetaInputMessageContentList": "beta_input_message_content_list",
    "BetaInputMessageResource": "beta_input_message_resource",
    "BetaInputParam": "beta_input_param",
    "BetaInputTextContent": "beta_input_text_content",
    "BetaInputTextContentParam": "beta_input_text_content_param",
    "BetaItem": "beta_item",
    "BetaItemField": "beta_item_field",
    "BetaItemReferenceParam": "beta_item_reference_param",
    "BetaItemResource": "beta_item_resource",
    "BetaKeyPressAction": "beta_key_press_action",
    "BetaLocalEnvironmentParam": "beta_local_environment_param",
    "BetaLocalEnvironmentResource": "beta_local_environment_resource",
    "BetaLocalShellExecAction": "beta_local_shell_exec_action",
    "BetaLocalShellToolCall": "beta_local_shell_tool_call",
    "BetaLocalShellToolCallOutput": "beta_local_shell_tool_call_output",
    "BetaLocalShellToolParam": "beta_local_shell_tool_param",
    "BetaLocalSkillParam": "beta_local_skill_param",
    "BetaLogProb": "beta_log_prob",
    "BetaMCPApprovalRequest": "beta_mcp_approval_request",
    "BetaMCPApprovalResponse": "beta_mcp_approval_response",
    "BetaMCPApprovalResponseResource": "beta_mcp_approval_response_resource",
    "BetaMCPListTools": "beta_mcp_list_tools",
    "BetaMCPListToolsTool": "beta_mcp_list_tools_tool",
    "BetaMCPProtocolError": "beta_mcp_protocol_error",
    "BetaMCPTool": "beta_mcp_tool",
    "BetaMCPToolCall": "beta_mcp_tool_call",
    "BetaMCPToolCallError": "beta_mcp_tool_call_error",
    "BetaMCPToolCallStatus": "beta_mcp_tool_call_status",
    "BetaMCPToolExecutionError": "beta_mcp_tool_execution_error",
    "BetaMCPToolFilter": "beta_mcp_tool_filter",
    "BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter": "beta_mcp_tool_require_approval_variant1_mcp_tool_approval_filter",
    "BetaMessage": "beta_message",
    "BetaMessagePhase": "beta_message_phase",
    "BetaMessagePhase2": "beta_message_phase2",
    "BetaMessageRole": "beta_message_role",
    "BetaMessageStatus": "beta_message_status",
    "BetaMetadata": "beta_metadata",
    "BetaModelIdsCompaction": "beta_model_ids_compaction",
    "BetaModelIdsResponses": "beta_model_ids_responses",
    "BetaModelIdsShared": "beta_model_ids_shared",
    "BetaModelResponseProperties": "beta_model_response_properties",
    "BetaModeration": "beta_moderation",
    "BetaModerationConfigParam": "beta_moderation_config_param",
    "BetaModerationErrorBody": "beta_moderation_error_body",
    "BetaModerationInputType": "beta_moderation_input_type",
    "BetaModerationMode": "beta_moderation_mode",
    "BetaModerationParam": "beta_moderation_param",
    "BetaModerationPolicyParam": "beta_moderation_policy_param",
    "BetaModerationResultBody": "beta_moderation_result_body",
    "BetaMoveParam": "beta_move_param",
    "BetaMultiAgentAction": "beta_multi_agent_action",
    "BetaMultiAgentAction1": "beta_multi_agent_action1",
    "BetaMultiAgentCall": "beta_multi_agent_call",
    "BetaMultiAgentCallItemParam": "beta_multi_agent_call_item_param",
    "BetaMultiAgentCallOutput": "beta_multi_agent_call_output",
    "BetaMultiAgentCallOutputItemParam": "beta_multi_agent_call_output_item_param",
    "BetaMultiAgentParam": "beta_multi_agent_param",
    "BetaNamespaceToolParam": "beta_namespace_tool_param",
    "BetaOutputAudio": "beta_output_audio",
    "BetaOutputContent": "beta_output_content",
    "BetaOutputItem": "beta_output_item",
    "BetaOutputMessage": "beta_output_message",
    "BetaOutputMessageContent": "beta_output_message_content",
    "BetaOutputTextContent": "beta_output_text_content",
    "BetaOutputTextContentParam": "beta_output_text_content_param",
    "BetaPersonalityEnum": "beta_personality_enum",
    "BetaProgram": "beta_program",
    "BetaProgramItemParam": "beta_program_item_param",
    "BetaProgramOutput": "beta_program_output",
    "BetaProgramOutputItemParam": "beta_program_output_item_param",
    "BetaProgramOutputItemStatus": "beta_program_output_item_status",
    "BetaProgramOutputStatus": "beta_program_output_status",
    "BetaProgramToolCallCaller": "beta_program_tool_call_caller",
    "BetaProgramToolCallCallerParam": "beta_program_tool_call_caller_param",
    "BetaProgrammaticToolCallingParam": "beta_programmatic_tool_calling_param",
    "BetaPrompt": "beta_prompt",
    "BetaPromptCacheBreakpointConfig": "beta_prompt_cache_breakpoint_config",
    "BetaPromptCacheBreakpointParam": "beta_prompt_cache_breakpoint_param",
    "BetaPromptCacheModeEnum": "beta_prompt_cache_mode_enum",
    "BetaPromptCacheOptions": "beta_prompt_cache_options",
    "BetaPromptCacheOptionsParam": "beta_prompt_cache_options_param",
    "BetaPromptCacheRetentionEnum": "beta_prompt_cache_retention_enum",
    "BetaPromptCacheTTLEnum": "beta_prompt_cache_ttl_enum",
    "BetaPromptVariant1": "beta_prompt_variant1",
    "BetaRankerVersionType": "beta_ranker_version_type",
    "BetaRankingOptions": "beta_ranking_options",
    "BetaReasoning": "beta_reasoning",
    "BetaReasoningEffort": "beta_reasoning_effort",
    "BetaReasoningItem": "beta_reasoning_item",
    "BetaReasoningModeEnum": "beta_reasoning_mode_enum",
    "BetaReasoningTextContent": "beta_reasoning_text_content",
    "BetaRefusalContent": "beta_refusal_content",
    "BetaResponse": "beta_response",
    "BetaResponseAudioDeltaEvent": "beta_response_audio_delta_event",
    "BetaResponseAudioDoneEvent": "beta_response_audio_done_event",
    "BetaResponseAudioTranscriptDeltaEvent": "beta_response_audio_transcript_delta_event",
    "BetaResponseAudioTranscriptDoneEvent": "beta_response_audio_transcript_done_event",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent": "beta_response_code_interpreter_call_code_delta_event",
    "BetaResponseCodeInterpreterCallCodeDoneEvent": "beta_response_code_interpreter_call_code_done_event",
    "BetaResponseCodeInterpreterCallCompletedEvent": "beta_response_code_interpreter_call_completed_event",
    "BetaResponseCodeInterpreterCallInProgressEvent": "beta_response_code_interpreter_call_in_progress_event",
    "BetaResponseCodeInterpreterCallInterpretingEvent": "beta_response_code_interpreter_call_interpreting_event",
    "BetaResponseCompletedEvent": "beta_response_completed_event",
    "BetaResponseContentPartAddedEvent": "beta_response_content_part_added_event",
    "BetaResponseContentPartDoneEvent": "beta_response_content_part_done_event",
    "BetaResponseConversation": "beta_response_conversation",
    "BetaResponseCreatedEvent": "beta_response_created_event",
    "BetaResponseCustomToolCallInputDeltaEvent": "beta_response_custom_tool_call_input_delta_event",
    "BetaResponseCustomToolCallInputDoneEvent": "beta_response_custom_tool_call_input_done_event",
    "BetaResponseError": "beta_response_error",
    "BetaResponseErrorCode": "beta_response_error_code",
    "BetaResponseErrorEvent": "beta_response_error_event",
    "BetaResponseErrorVariant1": "beta_response_error_variant1",
    "BetaResponseFailedEvent": "beta_response_failed_event",
    "BetaResponseFileSearchCallCompletedEvent": "beta_response_file_search_call_completed_event",
    "BetaResponseFileSearchCallInProgressEvent": "beta_response_file_search_call_in_progress_event",
    "BetaResponseFileSearchCallSearchingEvent": "beta_response_file_search_call_searching_event",
    "BetaResponseFormatJsonObject": "beta_response_format_json_object",
    "BetaResponseFormatJsonSchemaSchema": "beta_response_format_json_schema_schema",
    "BetaResponseFormatText": "beta_response_format_text",
    "BetaResponseFunctionCallArgumentsDeltaEvent": "beta_response_function_call_arguments_delta_event",
    "BetaResponseFunctionCallArgumentsDoneEvent": "beta_response_function_call_arguments_done_event",
    "BetaResponseImageGenCallCompletedEvent": "beta_response_image_gen_call_completed_event",
    "BetaResponseImageGenCallGeneratingEvent": "beta_response_image_gen_call_generating_event",
    "BetaResponseImageGenCallInProgressEvent": "beta_response_image_gen_call_in_progress_event",
    "BetaResponseImageGenCallPartialImageEvent": "beta_response_image_gen_call_partial_image_event",
    "BetaResponseInProgressEvent": "beta_response_in_progress_event",
    "BetaResponseIncompleteDetailsVariant1": "beta_response_incomplete_details_variant1",
    "BetaResponseIncompleteEvent": "beta_response_incomplete_event",
    "BetaResponseInjectCreatedEvent": "beta_response_inject_created_event",
    "BetaResponseInjectEvent": "beta_response_inject_event",
    "BetaResponseInjectFailedEvent": "beta_response_inject_failed_event",
    "BetaResponseInjectFailedEventError": "beta_response_inject_failed_event_error",
    "BetaResponseItemList": "beta_response_item_list",
    "BetaResponseLogProb": "beta_response_log_prob",
    "BetaResponseLogProbTopLogprobsItem": "beta_response_log_prob_top_logprobs_item",
    "BetaResponseMCPCallArgumentsDeltaEvent": "beta_response_mcp_call_arguments_delta_event",
    "BetaResponseMCPCallArgumentsDoneEvent": "beta_response_mcp_call_arguments_done_event",
    "BetaResponseMCPCallCompletedEvent": "beta_response_mcp_call_completed_event",
    "BetaResponseMCPCallFailedEvent": "beta_response_mcp_call_failed_event",
    "BetaResponseMCPCallInProgressEvent": "beta_response_mcp_call_in_progress_event",
    "BetaResponseMCPListToolsCompletedEvent": "beta_response_mcp_list_tools_completed_event",
    "BetaResponseMCPListToolsFailedEvent": "beta_response_mcp_list_tools_failed_event",
    "BetaResponseMCPListToolsInProgressEvent": "beta_response_mcp_list_tools_in_progress_event",
    "BetaResponseOutputItemAddedEvent": "beta_response_output_item_added_event",
    "BetaResponseOutputItemDoneEvent": "beta_response_output_item_done_event",
    "BetaResponseOutputTextAnnotationAddedEvent": "beta_response_output_text_annotation_added_event",
    "BetaResponsePromptVariables": "beta_response_prompt_variables",
    "BetaResponseProperties": "beta_response_properties",
    "BetaResponseQueuedEvent": "beta_response_queued_event",
    "BetaResponseReasoningSummaryPartAddedEvent": "beta_response_reasoning_summary_part_added_event",
    "BetaResponseReasoningSummaryPartAddedEventPart": "beta_response_reasoning_summary_part_added_event_part",
    "BetaResponseReasoningSummaryPartDoneEvent": "beta_response_reasoning_summary_part_done_event",
    "BetaResponseReasoningSummaryPartDoneEventPart": "beta_response_reasoning_summary_part_done_event_part",
    "BetaResponseReasoningSummaryTextDeltaEvent": "beta_response_reasoning_summary_text_delta_event",
    "BetaResponseReasoningSummaryTextDoneEvent": "beta_response_reasoning_summary_text_done_event",
    "BetaResponseReasoningTextDeltaEvent": "beta_response_reasoning_text_delta_event",
    "BetaResponseReasoningTextDoneEvent": "beta_response_reasoning_text_done_event",
    "BetaResponseRefusalDeltaEvent": "beta_response_refusal_delta_event",
    "BetaResponseRefusalDoneEvent": "beta_response_refusal_done_event",
    "BetaResponseShellCallCommandAddedStreamingEvent": "beta_response_shell_call_command_added_streaming_event",
    "BetaResponseShellCallCommandDeltaStreamingEvent": "beta_response_shell_call_command_delta_streaming_event",
    "BetaResponseShellCallCommandDoneStreamingEvent": "beta_response_shell_call_command_done_streaming_event",
    "BetaResponseShellCallOutputContentDeltaStreamingEvent": "beta_response_shell_call_output_content_delta_streaming_event",
    "BetaResponseShellCallOutputContentDoneStreamingEvent": "beta_response_shell_call_output_content_done_streaming_event",
    "BetaResponseStreamEvent": "beta_response_stream_event",
    "BetaResponseStreamOptions": "beta_response_stream_options",
    "BetaResponseStreamOptionsVariant1": "beta_response_stream_options_variant1",
    "BetaResponseTextDeltaEvent": "beta_response_text_delta_event",
    "BetaResponseTextDoneEvent": "beta_response_text_done_event",
    "BetaResponseTextParam": "beta_response_text_param",
    "BetaResponseUsage": "beta_response_usage",
    "BetaResponseUsageInputTokensDetails": "beta_response_usage_input_tokens_details",
    "BetaResponseUsageOutputTokensDetails": "beta_response_usage_output_tokens_details",
    "BetaResponseWebSearchCallCompletedEvent": "beta_response_web_search_call_completed_event",
    "BetaResponseWebSearchCallInProgressEvent": "beta_response_web_search_call_in_progress_event",
    "BetaResponseWebSearchCallSearchingEvent": "beta_response_web_search_call_searching_event",
    "BetaResponseWsError": "beta_response_ws_error",
    "BetaResponsesClientEvent": "beta_responses_client_event",
    "BetaResponsesClientEventResponseCreate": "beta_responses_client_event_response_create",
    "BetaResponsesServerEvent": "beta_responses_server_event",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta": "beta_responses_server_event_beta_response_audio_transcript_ws_delta",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDone": "beta_responses_server_event_beta_response_audio_transcript_ws_done",
    "BetaResponsesServerEventBetaResponseAudioWsDelta": "beta_responses_server_event_beta_response_audio_ws_delta",
    "BetaResponsesServerEventBetaResponseAudioWsDone": "beta_responses_server_event_beta_response_audio_ws_done",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta": "beta_responses_server_event_beta_response_code_interpreter_call_code_ws_delta",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone": "beta_responses_server_event_beta_response_code_interpreter_call_code_ws_done",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress": "beta_responses_server_event_beta_response_code_interpreter_call_in_ws_progress",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted": "beta_responses_server_event_beta_response_code_interpreter_call_ws_completed",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting": "beta_responses_server_event_beta_response_code_interpreter_call_ws_interpreting",
    "BetaResponsesServerEventBetaResponseContentPartWsAdded": "beta_responses_server_event_beta_response_content_part_ws_added",
    "BetaResponsesServerEventBetaResponseContentPartWsDone": "beta_responses_server_event_beta_response_content_part_ws_done",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta": "beta_responses_server_event_beta_response_custom_tool_call_input_ws_delta",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone": "beta_responses_server_event_beta_response_custom_tool_call_input_ws_done",
    "BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress": "beta_responses_server_event_beta_response_file_search_call_in_ws_progress",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted": "beta_responses_server_event_beta_response_file_search_call_ws_completed",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsSearching": "beta_responses_server_event_beta_response_file_search_call_ws_searching",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta": "beta_responses_server_event_beta_response_function_call_arguments_ws_delta",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone": "beta_responses_server_event_beta_response_function_call_arguments_ws_done",
    "BetaResponsesServerEventBetaResponseImageGenCallInWsProgress": "beta_responses_server_event_beta_response_image_gen_call_in_ws_progress",
    "BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage": "beta_responses_server_event_beta_response_image_gen_call_partial_ws_image",
    "BetaResponsesServerEventBetaResponseImageGenCallWsCompleted": "beta_responses_server_event_beta_response_image_gen_call_ws_completed",
    "BetaResponsesServerEventBetaResponseImageGenCallWsGenerating": "beta_responses_server_event_beta_response_image_gen_call_ws_generating",
    "BetaResponsesServerEventBetaResponseInWsProgress": "beta_responses_server_event_beta_response_in_ws_progress",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta": "beta_responses_server_event_beta_response_mcp_call_arguments_ws_delta",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone": "beta_responses_server_event_beta_response_mcp_call_arguments_ws_done",
    "BetaResponsesServerEventBetaResponseMcpCallInWsProgress": "beta_responses_server_event_beta_response_mcp_call_in_ws_progress",
    "BetaResponsesServerEventBetaResponseMcpCallWsCompleted": "beta_responses_server_event_beta_response_mcp_call_ws_completed",
    "BetaResponsesServerEventBetaResponseMcpCallWsFailed": "beta_responses_server_event_beta_response_mcp_call_ws_failed",
    "BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress": "beta_responses_server_event_beta_response_mcp_list_tools_in_ws_progress",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted": "beta_responses_server_event_beta_response_mcp_list_tools_ws_completed",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsFailed": "beta_responses_server_event_beta_response_mcp_list_tools_ws_failed",
    "BetaResponsesServerEventBetaResponseOutputItemWsAdded": "beta_responses_server_event_beta_response_output_item_ws_added",
    "BetaResponsesServerEventBetaResponseOutputItemWsDone": "beta_responses_server_event_beta_response_output_item_ws_done",
    "BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded": "beta_responses_server_event_beta_response_output_text_annotation_ws_added",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded": "beta_responses_server_event_beta_response_reasoning_summary_part_ws_added",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone": "beta_responses_server_event_beta_response_reasoning_summary_part_ws_done",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta": "beta_responses_server_event_beta_response_reasoning_summary_text_ws_delta",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone": "beta_responses_server_event_beta_response_reasoning_summary_text_ws_done",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDelta": "beta_responses_server_event_beta_response_reasoning_text_ws_delta",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDone": "beta_responses_server_event_beta_response_reasoning_text_ws_done",
    "BetaResponsesServerEventBetaResponseRefusalWsDelta": "beta_responses_server_event_beta_response_refusal_ws_delta",
    "BetaResponsesServerEventBetaResponseRefusalWsDone": "beta_responses_server_event_beta_response_refusal_ws_done",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsAdded": "beta_responses_server_event_beta_response_shell_call_command_ws_added",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDelta": "beta_responses_server_event_beta_response_shell_call_command_ws_delta",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDone": "beta_responses_server_event_beta_response_shell_call_command_ws_done",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta": "beta_responses_server_event_beta_response_shell_call_output_content_ws_delta",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone": "beta_responses_server_event_beta_response_shell_call_output_content_ws_done",
    "BetaResponsesServerEventBetaResponseTextWsDelta": "beta_responses_server_event_beta_response_text_ws_delta",
    "BetaResponsesServerEventBetaResponseTextWsDone": "beta_responses_server_event_beta_response_text_ws_done",
    "BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress": "beta_responses_server_event_beta_response_web_search_call_in_ws_progress",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted": "beta_responses_server_event_beta_response_web_search_call_ws_completed",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsSearching": "beta_responses_server_event_beta_response_web_search_call_ws_searching",
    "BetaResponsesServerEventBetaResponseWsCompleted": "beta_responses_server_event_beta_response_ws_completed",
    "BetaResponsesServerEventBetaResponseWsCreated": "beta_responses_server_event_beta_response_ws_created",
    "BetaResponsesServerEventBetaResponseWsFailed": "beta_responses_server_event_beta_response_ws_failed",
    "BetaResponsesServerEventBetaResponseWsIncomplete": "beta_responses_server_event_beta_response_ws_incomplete",
    "BetaResponsesServerEventBetaResponseWsQueued": "beta_responses_server_event_beta_response_ws_queued",
    "BetaResponsesWebSocketStreamEvent": "beta_responses_web_socket_stream_event",
    "BetaScreenshotParam": "beta_screenshot_param",
    "BetaScrollParam": "beta_scroll_param",
    "BetaSearchContentType": "beta_search_content_type",
    "BetaSearchContextSize": "beta_search_context_size",
    "BetaServiceTierEnum": "beta_service_tier_enum",
    "BetaServiceTierResponses": "beta_service_tier_responses",
    "BetaShellCallOutputDelta": "beta_shell_call_output_delta",
    "BetaSkillReferenceParam": "beta_skill_reference_param",
    "BetaSpecificApplyPatchParam": "beta_specific_apply_patch_param",
    "BetaSpecificFunctionShellParam": "beta_specific_function_shell_param",
    "BetaSpecificProgrammaticToolCallingParam": "beta_specific_programmatic_tool_calling_param",
    "BetaSummaryTextContent": "beta_summary_text_content",
    "BetaTextContent": "beta_text_content",
    "BetaTextResponseFormatConfiguration": "beta_text_response_format_configuration",
    "BetaTextResponseFormatJsonSchema": "beta_text_response_format_json_schema",
    "BetaTokenCountsBody": "beta_token_counts_body",
    "BetaTokenCountsResource": "beta_token_counts_resource",
    "BetaTool": "beta_tool",
    "BetaToolCallCaller": "beta_tool_call_caller",
    "BetaToolCallCallerParam": "beta_tool_call_caller_param",
    "BetaToolChoiceAllowed": "beta_tool_choice_allowed",
    "BetaToolChoiceCustom": "beta_tool_choice_custom",
    "BetaToolChoiceFunction": "beta_tool_choice_function",
    "BetaToolChoiceMCP": "beta_tool_choice_mcp",
    "BetaToolChoiceOptions": "beta_tool_choice_options",
    "BetaToolChoiceParam": "beta_tool_choice_param",
    "BetaToolChoiceTypes": "beta_tool_choice_types",
    "BetaToolSearchCall": "beta_tool_search_call",
    "BetaToolSearchCallItemParam": "beta_tool_search_call_item_param",
    "BetaToolSearchExecutionType": "beta_tool_search_execution_type",
    "BetaToolSearchOutput": "beta_tool_search_output",
    "BetaToolSearchOutputItemParam": "beta_tool_search_output_item_param",
    "BetaToolSearchToolParam": "beta_tool_search_tool_param",
    "BetaToolsArray": "beta_tools_array",
    "BetaTopLogProb": "beta_top_log_prob",
    "BetaTruncationEnum": "beta_truncation_enum",
    "BetaTypeParam": "beta_type_param",
    "BetaUrlCitationBody": "beta_url_citation_body",
    "BetaUrlCitationParam": "beta_url_citation_param",
    "BetaVectorStoreFileAttributes": "beta_vector_store_file_attributes",
    "BetaVerbosity": "beta_verbosity",
    "BetaWaitParam": "beta_wait_param",
    "BetaWebSearchActionFind": "beta_web_search_action_find",
    "BetaWebSearchActionOpenPage": "beta_web_search_action_open_page",
    "BetaWebSearchActionSearch": "beta_web_search_action_search",
    "BetaWebSearchActionSearchSourcesItem": "beta_web_search_action_search_sources_item",
    "BetaWebSearchApproximateLocation": "beta_web_search_approximate_location",
    "BetaWebSearchApproximateLocationWebSearchApproximateLocation": "beta_web_search_approximate_location_web_search_approximate_location",
    "BetaWebSearchPreviewTool": "beta_web_search_preview_tool",
    "BetaWebSearchTool": "beta_web_search_tool",
    "BetaWebSearchToolCall": "beta_web_search_tool_call",
    "BetaWebSearchToolFiltersVariant1": "beta_web_search_tool_filters_variant1",
    "C2PAProvenanceResult": "c2_pa_provenance_result",
    "C2PAValidationStateApi": "c2_pa_validation_state_api",
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "Certificate": "certificate",
    "CertificateCertificateDetails": "certificate_certificate_details",
    "ChatCompletionAllowedTools": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionDeleted": "chat_completion_deleted",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionList": "chat_completion_list",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallCustom": "chat_completion_message_custom_tool_call_custom",
    "ChatCompletionMessageList": "chat_completion_message_list",
    "ChatCompletionMessageListDataItem": "chat_completion_message_list_data_item",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCalls": "chat_completion_message_tool_calls",
    "ChatCompletionModalities": "chat_completion_modalities",
    "ChatCompletionModeration": "chat_completion_moderation",
    "ChatCompletionModerationError": "chat_completion_moderation_error",
    "ChatCompletionModerationResults": "chat_completion_moderation_results",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomCustom": "chat_completion_named_tool_choice_custom_custom",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice_function",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageAudioVariant1": "chat_completion_request_assistant_message_audio_variant1",
    "ChatCompletionRequestAssistantMessageContentPart": "chat_completion_request_assistant_message_content_part",
    "ChatCompletionRequestAssistantMessageFunctionCallVariant1": "chat_completion_request_assistant_message_function_call_variant1",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestMessage": "chat_completion_request_message",
    "ChatCompletionRequestMessageContentPartAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio": "chat_completion_request_message_content_part_audio_input_audio",
    "ChatCompletionRequestMessageContentPartFile": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileFile": "chat_completion_request_message_content_part_file_file",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageImageUrl": "chat_completion_request_message_content_part_image_image_url",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageContentPart": "chat_completion_request_system_message_content_part",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageContentPart": "chat_completion_request_tool_message_content_part",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionRequestUserMessageContentPart": "chat_completion_request_user_message_content_part",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionResponseMessageAnnotationsItem": "chat_completion_response_message_annotations_item",
    "ChatCompletionResponseMessageAnnotationsItemUrlCitation": "chat_completion_response_message_annotations_item_url_citation",
    "ChatCompletionResponseMessageAudioVariant1": "chat_completion_response_message_audio_variant1",
    "ChatCompletionResponseMessageFunctionCall": "chat_completion_response_message_function_call",
    "ChatCompletionRole": "chat_completion_role",
    "ChatCompletionStreamOptions": "chat_completion_stream_options",
    "ChatCompletionStreamOptionsVariant1": "chat_completion_stream_options_variant1",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaFunctionCall": "chat_completion_stream_response_delta_function_call",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprobsItem": "chat_completion_token_logprob_top_logprobs_item",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOption": "chat_completion_tool_choice_option",
    "ChatSessionAutomaticThreadTitling": "chat_session_automatic_thread_titling",
    "ChatSessionChatkitConfiguration": "chat_session_chatkit_configuration",
    "ChatSessionFileUpload": "chat_session_file_upload",
    "ChatSessionHistory": "chat_session_history",
    "ChatSessionRateLimits": "chat_session_rate_limits",
    "ChatSessionResource": "chat_session_resource",
    "ChatSessionStatus": "chat_session_status",
    "ChatkitConfigurationParam": "chatkit_configuration_param",
    "ChatkitWorkflow": "chatkit_workflow",
    "ChatkitWorkflowTracing": "chatkit_workflow_tracing",
    "ChunkingStrategyRequestParam": "chunking_strategy_request_param",
    "ClickButtonType": "click_button_type",
    "ClickParam": "click_param",
    "ClientToolCallItem": "client_tool_call_item",
    "ClientToolCallStatus": "client_tool_call_status",
    "ClosedStatus": "closed_status",
    "CodeInterpreterFileOutput": "code_interpreter_file_output",
    "CodeInterpreterFileOutputFilesItem": "code_interpreter_file_output_files_item",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterTextOutput": "code_interpreter_text_output",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CompactResource": "compact_resource",
    "CompactResponseMethodPublicBody": "compact_response_method_public_body",
    "CompactionBody": "compaction_body",
    "CompactionSummaryItemParam": "compaction_summary_item_param",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "ComparisonFilter": "comparison_filter",
    "CompleteUploadRequest": "complete_upload_request",
    "CompletionUsage": "completion_usage",
    "CompletionUsageCompletionTokensDetails": "completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": "completion_usage_prompt_tokens_details",
    "CompoundFilter": "compound_filter",
    "ComputerAction": "computer_action",
    "ComputerActionList": "computer_action_list",
    "ComputerCallOutputItemParam": "computer_call_output_item_param",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ComputerCallSafetyCheckParam": "computer_call_safety_check_param",
    "ComputerEnvironment": "computer_environment",
    "ComputerScreenshotContent": "computer_screenshot_content",
    "ComputerScreenshotImage": "computer_screenshot_image",
    "ComputerTool": "computer_tool",
    "ComputerToolCall": "computer_tool_call",
    "ComputerToolCallOutput": "computer_tool_call_output",
    "ComputerToolCallOutputResource": "computer_tool_call_output_resource",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ContainerAutoParam": "container_auto_param",
    "ContainerFileCitationBody": "container_file_citation_body",
    "ContainerFileCitationParam": "container_file_citation_param",
    "ContainerFileListResource": "container_file_list_resource",
    "ContainerFileResource": "container_file_resource",
    "ContainerListResource": "container_list_resource",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerReferenceParam": "container_reference_param",
    "ContainerReferenceResource": "container_reference_resource",
    "ContainerResource": "container_resource",
    "ContainerResourceExpiresAfter": "container_resource_expires_after",
    "ContainerResourceNetworkPolicy": "container_resource_network_policy",
    "Content": "content",
    "ContextManagementParam": "context_management_param",
    "ConversationItem": "conversation_item",
    "ConversationItemList": "conversation_item_list",
    "ConversationParam": "conversation_param",
    "ConversationParam2": "conversation_param2",
    "ConversationResource": "conversation_resource",
    "CoordParam": "coord_param",
    "CostsResult": "costs_result",
    "CostsResultAmount": "costs_result_amount",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestToolResourcesVariant1": "create_assistant_request_tool_resources_variant1",
    "CreateAssistantRequestToolResourcesVariant1CodeInterpreter": "create_assistant_request_tool_resources_variant1_code_interpreter",
    "CreateBatchRequest": "create_batch_request",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestAudio": "create_chat_completion_request_audio",
    "CreateChatCompletionRequestWebSearchOptions": "create_chat_completion_request_web_search_options",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation": "create_chat_completion_request_web_search_options_user_location",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoicesItem": "create_chat_completion_response_choices_item",
    "CreateChatCompletionResponseChoicesItemLogprobsVariant1": "create_chat_completion_response_choices_item_logprobs_variant1",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoicesItem": "create_chat_completion_stream_response_choices_item",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs": "create_chat_completion_stream_response_choices_item_logprobs",
    "CreateChatSessionBody": "create_chat_session_body",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoicesItem": "create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemLogprobsVariant1": "create_completion_response_choices_item_logprobs_variant1",
    "CreateContainerBody": "create_container_body",
    "CreateContainerBodyExpiresAfter": "create_container_body_expires_after",
    "CreateContainerFileBody": "create_container_file_body",
    "CreateContentProvenanceBody": "create_content_provenance_body",
    "CreateConversationBody": "create_conversation_body",
    "CreateConversationItemsRequest": "create_conversation_items_request",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateEvalCompletionsRunDataSource": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages": "create_eval_completions_run_data_source_input_messages_item_reference_input_messages",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages": "create_eval_completions_run_data_source_input_messages_template_input_messages",
    "CreateEvalCompletionsRunDataSourceSamplingParams": "create_eval_completions_run_data_source_sampling_params",
    "CreateEvalCustomDataSourceConfig": "create_eval_custom_data_source_config",
    "CreateEvalItem": "create_eval_item",
    "CreateEvalItemSimpleInputMessage": "create_eval_item_simple_input_message",
    "CreateEvalJsonlRunDataSource": "create_eval_jsonl_run_data_source",
    "CreateEvalLabelModelGrader": "create_eval_label_model_grader",
    "CreateEvalLogsDataSourceConfig": "create_eval_logs_data_source_config",
    "CreateEvalRequest": "create_eval_request",
    "CreateEvalResponsesRunDataSource": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference": "create_eval_responses_run_data_source_input_messages_input_messages_item_reference",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate": "create_eval_responses_run_data_source_input_messages_input_messages_template",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage": "create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message",
    "CreateEvalResponsesRunDataSourceSamplingParams": "create_eval_responses_run_data_source_sampling_params",
    "CreateEvalResponsesRunDataSourceSamplingParamsText": "create_eval_responses_run_data_source_sampling_params_text",
    "CreateEvalRunRequest": "create_eval_run_request",
    "CreateEvalStoredCompletionsDataSourceConfig": "create_eval_stored_completions_data_source_config",
    "CreateFileRequest": "create_file_request",
    "CreateFineTuningCheckpointPermissionRequest": "create_fine_tuning_checkpoint_permission_request",
    "CreateFineTuningJobRequest": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestHyperparameters": "create_fine_tuning_job_request_hyperparameters",
    "CreateFineTuningJobRequestIntegrationsItem": "create_fine_tuning_job_request_integrations_item",
    "CreateFineTuningJobRequestIntegrationsItemWandb": "create_fine_tuning_job_request_integrations_item_wandb",
    "CreateGroupBody": "create_group_body",
    "CreateGroupUserBody": "create_group_user_body",
    "CreateImageEditRequest": "create_image_edit_request",
    "CreateImageRequest": "create_image_request",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestAttachmentsVariant1Item": "create_message_request_attachments_variant1_item",
    "CreateModelResponseProperties": "create_model_response_properties",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationRequestInputVariant3ItemVariant1": "create_moderation_request_input_variant3_item_variant1",
    "CreateModerationRequestInputVariant3ItemVariant1ImageUrl": "create_moderation_request_input_variant3_item_variant1_image_url",
    "CreateModerationRequestInputVariant3ItemVariant2": "create_moderation_request_input_variant3_item_variant2",
    "CreateModerationResponse": "create_moderation_response",
    "CreateModerationResponseResultsItem": "create_moderation_response_results_item",
    "CreateModerationResponseResultsItemCategories": "create_moderation_response_results_item_categories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes": "create_moderation_response_results_item_category_applied_input_types",
    "CreateModerationResponseResultsItemCategoryScores": "create_moderation_response_results_item_category_scores",
    "CreateProjectServiceAccountApiKeyBody": "create_project_service_account_api_key_body",
    "CreateResponse": "create_response",
    "CreateRunRequest": "create_run_request",
    "CreateSkillBody": "create_skill_body",
    "CreateSkillVersionBody": "create_skill_version_body",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechResponseStreamEvent": "create_speech_response_stream_event",
    "CreateSpendAlertBody": "create_spend_alert_body",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResources": "create_thread_and_run_request_tool_resources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter": "create_thread_and_run_request_tool_resources_code_interpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearch": "create_thread_and_run_request_tool_resources_file_search",
    "CreateThreadRequest": "create_thread_request",
    "CreateThreadRequestToolResourcesVariant1": "create_thread_request_tool_resources_variant1",
    "CreateThreadRequestToolResourcesVariant1CodeInterpreter": "create_thread_request_tool_resources_variant1_code_interpreter",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionResponseDiarizedJson": "create_transcription_response_diarized_json",
    "CreateTranscriptionResponseJson": "create_transcription_response_json",
    "CreateTranscriptionResponseJsonLogprobsItem": "create_transcription_response_json_logprobs_item",
    "CreateTranscriptionResponseStreamEvent": "create_transcription_response_stream_event",
    "CreateTranscriptionResponseVerboseJson": "create_transcription_response_verbose_json",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationResponseJson": "create_translation_response_json",
    "CreateTranslationResponseVerboseJson": "create_translation_response_verbose_json",
    "CreateUploadRequest": "create_upload_request",
    "CreateVectorStoreFileBatchRequest": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": "create_vector_store_file_request",
    "CreateVectorStoreRequest": "create_vector_store_request",
    "CreateVideoCharacterBody": "create_video_character_body",
    "CreateVideoEditJsonBody": "create_video_edit_json_body",
    "CreateVideoEditMultipartBody": "create_video_edit_multipart_body",
    "CreateVideoExtendJsonBody": "create_video_extend_json_body",
    "CreateVideoExtendMultipartBody": "create_video_extend_multipart_body",
    "CreateVideoJsonBody": "create_video_json_body",
    "CreateVideoMultipartBody": "create_video_multipart_body",
    "CreateVideoRemixBody": "create_video_remix_body",
    "CreateVoiceConsentRequest": "create_voice_consent_request",
    "CreateVoiceRequest": "create_voice_request",
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomToolCall": "custom_tool_call",
    "CustomToolCallOutput": "custom_tool_call_output",
    "CustomToolCallOutputResource": "custom_tool_call_output_resource",
    "CustomToolCallResource": "custom_tool_call_resource",
    "CustomToolChatCompletions": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustom": "custom_tool_chat_completions_custom",
    "CustomToolChatCompletionsCustomFormatGrammarFormat": "custom_tool_chat_completions_custom_format_grammar_format",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar": "custom_tool_chat_completions_custom_format_grammar_format_grammar",
    "CustomToolChatCompletionsCustomFormatTextFormat": "custom_tool_chat_completions_custom_format_text_format",
    "CustomToolParam": "custom_tool_param",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteCertificateResponse": "delete_certificate_response",
    "DeleteEvalResponse": "delete_eval_response",
    "DeleteEvalRunResponse": "delete_eval_run_response",
    "DeleteFileResponse": "delete_file_response",
    "DeleteFineTuningCheckpointPermissionResponse": "delete_fine_tuning_checkpoint_permission_response",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteModelResponse": "delete_model_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DeleteVectorStoreFileResponse": "delete_vector_store_file_response",
    "DeleteVectorStoreResponse": "delete_vector_store_response",
    "DeletedConversation": "deleted_conversation",
    "DeletedConversationResource": "deleted_conversation_resource",
    "DeletedRoleAssignmentResource": "deleted_role_assignment_resource",
    "DeletedSkillResource": "deleted_skill_resource",
    "DeletedSkillVersionResource": "deleted_skill_version_resource",
    "DeletedThreadResource": "deleted_thread_resource",
    "DeletedVideoResource": "deleted_video_resource",
    "DetailEnum": "detail_enum",
    "DirectToolCallCaller": "direct_tool_call_caller",
    "DirectToolCallCallerParam": "direct_tool_call_caller_param",
    "DoneEvent": "done_event",
    "DoubleClickAction": "double_click_action",
    "DragParam": "drag_param",
    "DragPoint": "drag_point",
    "EasyInputMessage": "easy_input_message",
    "EditImageBodyJsonParam": "edit_image_body_json_param",
    "Embedding": "embedding",
    "EmptyModelParam": "empty_model_param",
    "Error": "error",
    "Error2": "error2",
    "ErrorEvent": "error_event",
    "ErrorPayload": "error_payload",
    "ErrorResponse": "error_response",
    "Eval": "eval",
    "EvalApiError": "eval_api_error",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalGraderLabelModel": "eval_grader_label_model",
    "EvalGraderPython": "eval_grader_python",
    "EvalGraderScoreModel": "eval_grader_score_model",
    "EvalGraderStringCheck": "eval_grader_string_check",
    "EvalGraderTextSimilarity": "eval_grader_text_similarity",
    "EvalItem": "eval_item",
    "EvalItemContent": "eval_item_content",
    "EvalItemContentArray": "eval_item_content_array",
    "EvalItemContentItem": "eval_item_content_item",
    "EvalItemContentOutputText": "eval_item_content_output_text",
    "EvalItemContentText": "eval_item_content_text",
    "EvalItemInputImage": "eval_item_input_image",
    "EvalJsonlFileContentSource": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceContentItem": "eval_jsonl_file_content_source_content_item",
    "EvalJsonlFileIdSource": "eval_jsonl_file_id_source",
    "EvalList": "eval_list",
    "EvalLogsDataSourceConfig": "eval_logs_data_source_config",
    "EvalResponsesSource": "eval_responses_source",
    "EvalRun": "eval_run",
    "EvalRunList": "eval_run_list",
    "EvalRunOutputItem": "eval_run_output_item",
    "EvalRunOutputItemList": "eval_run_output_item_list",
    "EvalRunOutputItemResult": "eval_run_output_item_result",
    "EvalRunOutputItemSample": "eval_run_output_item_sample",
    "EvalRunOutputItemSampleInputItem": "eval_run_output_item_sample_input_item",
    "EvalRunOutputItemSampleOutputItem": "eval_run_output_item_sample_output_item",
    "EvalRunOutputItemSampleUsage": "eval_run_output_item_sample_usage",
    "EvalRunPerModelUsageItem": "eval_run_per_model_usage_item",
    "EvalRunPerTestingCriteriaResultsItem": "eval_run_per_testing_criteria_results_item",
    "EvalRunResultCounts": "eval_run_result_counts",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalStoredCompletionsSource": "eval_stored_completions_source",
    "ExpiresAfterParam": "expires_after_param",
    "FileAnnotation": "file_annotation",
    "FileAnnotationSource": "file_annotation_source",
    "FileCitationBody": "file_citation_body",
    "FileCitationParam": "file_citation_param",
    "FileDetailEnum": "file_detail_enum",
    "FileExpirationAfter": "file_expiration_after",
    "FileInputDetail": "file_input_detail",
    "FilePath": "file_path",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallResultsVariant1Item": "file_search_tool_call_results_variant1_item",
    "FileUploadParam": "file_upload_param",
    "Filters": "filters",
    "FineTuneChatCompletionRequestAssistantMessage": "fine_tune_chat_completion_request_assistant_message",
    "FineTuneDPOHyperparameters": "fine_tune_dpo_hyperparameters",
    "FineTuneDPOMethod": "fine_tune_dpo_method",
    "FineTuneMethod": "fine_tune_method",
    "FineTuneReinforcementHyperparameters": "fine_tune_reinforcement_hyperparameters",
    "FineTuneReinforcementMethod": "fine_tune_reinforcement_method",
    "FineTuneSupervisedHyperparameters": "fine_tune_supervised_hyperparameters",
    "FineTuneSupervisedMethod": "fine_tune_supervised_method",
    "FineTuningCheckpointPermission": "fine_tuning_checkpoint_permission",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationWandb": "fine_tuning_integration_wandb",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobCheckpoint": "fine_tuning_job_checkpoint",
    "FineTuningJobCheckpointMetrics": "fine_tuning_job_checkpoint_metrics",
    "FineTuningJobErrorVariant1": "fine_tuning_job_error_variant1",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobHyperparameters": "fine_tuning_job_hyperparameters",
    "FunctionAndCustomToolCallOutput": "function_and_custom_tool_call_output",
    "FunctionCallItemStatus": "function_call_item_status",
    "FunctionCallOutputItemParam": "function_call_output_item_param",
    "FunctionCallOutputStatusEnum": "function_call_output_status_enum",
    "FunctionCallStatus": "function_call_status",
    "FunctionObject": "function_object",
    "FunctionParameters": "function_parameters",
    "FunctionShellAction": "function_shell_action",
    "FunctionShellActionParam": "function_shell_action_param",
    "FunctionShellCall": "function_shell_call",
    "FunctionShellCallItemParam": "function_shell_call_item_param",
    "FunctionShellCallItemStatus": "function_shell_call_item_status",
    "FunctionShellCallOutput": "function_shell_call_output",
    "FunctionShellCallOutputContent": "function_shell_call_output_content",
    "FunctionShellCallOutputContentParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputExitOutcome": "function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputItemParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputOutcomeParam": "function_shell_call_output_outcome_param",
    "FunctionShellCallOutputStatusEnum": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": "function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallStatus": "function_shell_call_status",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionTool": "function_tool",
    "FunctionToolCall": "function_tool_call",
    "FunctionToolCallOutput": "function_tool_call_output",
    "FunctionToolCallOutputResource": "function_tool_call_output_resource",
    "FunctionToolCallResource": "function_tool_call_resource",
    "FunctionToolParam": "function_tool_param",
    "GraderLabelModel": "grader_label_model",
    "GraderMulti": "grader_multi",
    "GraderPython": "grader_python",
    "GraderScoreModel": "grader_score_model",
    "GraderScoreModelSamplingParams": "grader_score_model_sampling_params",
    "GraderStringCheck": "grader_string_check",
    "GraderTextSimilarity": "grader_text_similarity",
    "GrammarSyntax1": "grammar_syntax1",
    "Group": "group",
    "GroupDeletedResource": "group_deleted_resource",
    "GroupListResource": "group_list_resource",
    "GroupMemberUser": "group_member_user",
    "GroupResourceWithSuccess": "group_resource_with_success",
    "GroupResponse": "group_response",
    "GroupRoleAssignment": "group_role_assignment",
    "GroupUser": "group_user",
    "GroupUserAssignment": "group_user_assignment",
    "GroupUserDeletedResource": "group_user_deleted_resource",
    "HTTPError": "http_error",
    "HistoryParam": "history_param",
    "HostedToolPermission": "hosted_tool_permission",
    "HostedToolPermissionUpdate": "hosted_tool_permission_update",
    "HybridSearchOptions": "hybrid_search_options",
    "Image": "image",
    "ImageDetail": "image_detail",
    "ImageEditCompletedEvent": "image_edit_completed_event",
    "ImageEditPartialImageEvent": "image_edit_partial_image_event",
    "ImageEditStreamEvent": "image_edit_stream_event",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenInputUsageDetails": "image_gen_input_usage_details",
    "ImageGenOutputTokensDetails": "image_gen_output_tokens_details",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenStreamEvent": "image_gen_stream_event",
    "ImageGenTool": "image_gen_tool",
    "ImageGenToolCall": "image_gen_tool_call",
    "ImageGenToolInputImageMask": "image_gen_tool_input_image_mask",
    "ImageGenUsage": "image_gen_usage",
    "ImageRefParam": "image_ref_param",
    "ImageRefParam2": "image_ref_param2",
    "ImagesResponse": "images_response",
    "ImagesUsage": "images_usage",
    "ImagesUsageInputTokensDetails": "images_usage_input_tokens_details",
    "IncludeEnum": "include_enum",
    "InferenceOptions": "inference_options",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InputAudio": "input_audio",
    "InputAudioInputAudio": "input_audio_input_audio",
    "InputContent": "input_content",
    "InputFidelity": "input_fidelity",
    "InputFileContent": "input_file_content",
    "InputFileContentParam": "input_file_content_param",
    "InputImageContent": "input_image_content",
    "InputImageContentParamAutoParam": "input_image_content_param_auto_param",
    "InputItem": "input_item",
    "InputMessage": "input_message",
    "InputMessageContentList": "input_message_content_list",
    "InputMessageResource": "input_message_resource",
    "InputParam": "input_param",
    "InputTextContent": "input_text_content",
    "InputTextContentParam": "input_text_content_param",
    "Invite": "invite",
    "InviteDeleteResponse": "invite_delete_response",
    "InviteListResponse": "invite_list_response",
    "InviteProjectGroupBody": "invite_project_group_body",
    "InviteProjectsItem": "invite_projects_item",
    "InviteRequest": "invite_request",
    "InviteRequestProjectsItem": "invite_request_projects_item",
    "Item": "item",
    "ItemField": "item_field",
    "ItemReferenceParam": "item_reference_param",
    "ItemResource": "item_resource",
    "KeyPressAction": "key_press_action",
    "ListAssistantsResponse": "list_assistants_response",
    "ListAuditLogsEffectiveAt": "list_audit_logs_effective_at",
    "ListAuditLogsResponse": "list_audit_logs_response",
    "ListBatchesResponse": "list_batches_response",
    "ListCertificatesResponse": "list_certificates_response",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningCheckpointPermissionResponse": "list_fine_tuning_checkpoint_permission_response",
    "ListFineTuningJobCheckpointsResponse": "list_fine_tuning_job_checkpoints_response",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListMessagesResponse": "list_messages_response",
    "ListModelsResponse": "list_models_response",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "ListProjectCertificatesResponse": "list_project_certificates_response",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsResponse": "list_runs_response",
    "ListVectorStoreFilesResponse": "list_vector_store_files_response",
    "ListVectorStoresResponse": "list_vector_stores_response",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalEnvironmentResource": "local_environment_resource",
    "LocalShellExecAction": "local_shell_exec_action",
    "LocalShellToolCall": "local_shell_tool_call",
    "LocalShellToolCallOutput": "local_shell_tool_call_output",
    "LocalShellToolParam": "local_shell_tool_param",
    "LocalSkillParam": "local_skill_param",
    "LockedStatus": "locked_status",
    "LogProb": "log_prob",
    "LogProbProperties": "log_prob_properties",
    "MCPApprovalRequest": "mcp_approval_request",
    "MCPApprovalResponse": "mcp_approval_response",
    "MCPApprovalResponseResource": "mcp_approval_response_resource",
    "MCPListTools": "mcp_list_tools",
    "MCPListToolsTool": "mcp_list_tools_tool",
    "MCPProtocolError": "mcp_protocol_error",
    "MCPTool": "mcp_tool",
    "MCPToolCall": "mcp_tool_call",
    "MCPToolCallError": "mcp_tool_call_error",
    "MCPToolCallStatus": "mcp_tool_call_status",
    "MCPToolExecutionError": "mcp_tool_execution_error",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilter": "mcp_tool_require_approval_variant1_mcp_tool_approval_filter",
    "Message": "message",
    "MessageContentImageFileObject": "message_content_image_file_object",
    "MessageContentImageFileObjectImageFile": "message_content_image_file_object_image_file",
    "MessageContentImageUrlObject": "message_content_image_url_object",
    "MessageContentImageUrlObjectImageUrl": "message_content_image_url_object_image_url",
    "MessageContentRefusalObject": "message_content_refusal_object",
    "MessageContentTextAnnotationsFileCitationObject": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation": "message_content_text_annotations_file_citation_object_file_citation",
    "MessageContentTextAnnotationsFilePathObject": "message_content_text_annotations_file_path_object",
    "MessageContentTextAnnotationsFilePathObjectFilePath": "message_content_text_annotations_file_path_object_file_path",
    "MessageContentTextObject": "message_content_text_object",
    "MessageContentTextObjectText": "message_content_text_object_text",
    "MessageDeltaContentImageFileObject": "message_delta_content_image_file_object",
    "MessageDeltaContentImageFileObjectImageFile": "message_delta_content_image_file_object_image_file",
    "MessageDeltaContentImageUrlObject": "message_delta_content_image_url_object",
    "MessageDeltaContentImageUrlObjectImageUrl": "message_delta_content_image_url_object_image_url",
    "MessageDeltaContentRefusalObject": "message_delta_content_refusal_object",
    "MessageDeltaContentTextAnnotationsFileCitationObject": "message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation": "message_delta_content_text_annotations_file_citation_object_file_citation",
    "MessageDeltaContentTextAnnotationsFilePathObject": "message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath": "message_delta_content_text_annotations_file_path_object_file_path",
    "MessageDeltaContentTextObject": "message_delta_content_text_object",
    "MessageDeltaContentTextObjectText": "message_delta_content_text_object_text",
    "MessageDeltaObject": "message_delta_object",
    "MessageDeltaObjectDelta": "message_delta_object_delta",
    "MessageObject": "message_object",
    "MessageObjectAttachmentsVariant1Item": "message_object_attachments_variant1_item",
    "MessageObjectIncompleteDetailsVariant1": "message_object_incomplete_details_variant1",
    "MessagePhase": "message_phase",
    "MessagePhase2": "message_phase2",
    "MessageRequestContentTextObject": "message_request_content_text_object",
    "MessageRole": "message_role",
    "MessageStatus": "message_status",
    "MessageStreamEvent": "message_stream_event",
    "MessageStreamEventVariant1": "message_stream_event_variant1",
    "MessageStreamEventVariant2": "message_stream_event_variant2",
    "MessageStreamEventVariant3": "message_stream_event_variant3",
    "MessageStreamEventVariant4": "message_stream_event_variant4",
    "MessageStreamEventVariant5": "message_stream_event_variant5",
    "Metadata": "metadata",
    "Model": "model",
    "ModelIds": "model_ids",
    "ModelIdsCompaction": "model_ids_compaction",
    "ModelIdsResponses": "model_ids_responses",
    "ModelIdsShared": "model_ids_shared",
    "ModelResponseProperties": "model_response_properties",
    "Moderation": "moderation",
    "ModerationConfigParam": "moderation_config_param",
    "ModerationErrorBody": "moderation_error_body",
    "ModerationInputType": "moderation_input_type",
    "ModerationMode": "moderation_mode",
    "ModerationParam": "moderation_param",
    "ModerationPolicyParam": "moderation_policy_param",
    "ModerationResultBody": "moderation_result_body",
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesVariant1": "modify_assistant_request_tool_resources_variant1",
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreter": "modify_assistant_request_tool_resources_variant1_code_interpreter",
    "ModifyAssistantRequestToolResourcesVariant1FileSearch": "modify_assistant_request_tool_resources_variant1_file_search",
    "ModifyCertificateRequest": "modify_certificate_request",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "ModifyThreadRequestToolResourcesVariant1": "modify_thread_request_tool_resources_variant1",
    "ModifyThreadRequestToolResourcesVariant1CodeInterpreter": "modify_thread_request_tool_resources_variant1_code_interpreter",
    "ModifyThreadRequestToolResourcesVariant1FileSearch": "modify_thread_request_tool_resources_variant1_file_search",
    "MoveParam": "move_param",
    "NamespaceToolParam": "namespace_tool_param",
    "NoiseReductionType": "noise_reduction_type",
    "OpenAIFile": "open_ai_file",
    "OrderEnum": "order_enum",
    "OrganizationCertificate": "organization_certificate",
    "OrganizationCertificateActivationResponse": "organization_certificate_activation_response",
    "OrganizationCertificateCertificateDetails": "organization_certificate_certificate_details",
    "OrganizationCertificateDeactivationResponse": "organization_certificate_deactivation_response",
    "OrganizationDataRetention": "organization_data_retention",
    "OrganizationProjectCertificate": "organization_project_certificate",
    "OrganizationProjectCertificateActivationResponse": "organization_project_certificate_activation_response",
    "OrganizationProjectCertificateCertificateDetails": "organization_project_certificate_certificate_details",
    "OrganizationProjectCertificateDeactivationResponse": "organization_project_certificate_deactivation_response",
    "OrganizationSpendAlert": "organization_spend_alert",
    "OrganizationSpendAlertDeletedResource": "organization_spend_alert_deleted_resource",
    "OrganizationSpendAlertListResource": "organization_spend_alert_list_resource",
    "OrganizationSpendLimitDeletedResource": "organization_spend_limit_deleted_resource",
    "OrganizationSpendLimitResource": "organization_spend_limit_resource",
    "OtherChunkingStrategyResponseParam": "other_chunking_strategy_response_param",
    "OutputAudio": "output_audio",
    "OutputContent": "output_content",
    "OutputItem": "output_item",
    "OutputMessage": "output_message",
    "OutputMessageContent": "output_message_content",
    "OutputTextContent": "output_text_content",
    "ParallelToolCalls": "parallel_tool_calls",
    "PartialImages": "partial_images",
    "PersonalityEnum": "personality_enum",
    "PredictionContent": "prediction_content",
    "Program": "program",
    "ProgramItemParam": "program_item_param",
    "ProgramOutput": "program_output",
    "ProgramOutputItemParam": "program_output_item_param",
    "ProgramOutputItemStatus": "program_output_item_status",
    "ProgramOutputStatus": "program_output_status",
    "ProgramToolCallCaller": "program_tool_call_caller",
    "ProgramToolCallCallerParam": "program_tool_call_caller_param",
    "ProgrammaticToolCallingParam": "programmatic_tool_calling_param",
    "Project": "project",
    "ProjectApiKey": "project_api_key",
    "ProjectApiKeyDeleteResponse": "project_api_key_delete_response",
    "ProjectApiKeyListResponse": "project_api_key_list_response",
    "ProjectApiKeyOwner": "project_api_key_owner",
    "ProjectApiKeyOwnerServiceAccount": "project_api_key_owner_service_account",
    "ProjectApiKeyOwnerUser": "project_api_key_owner_user",
    "ProjectCreateRequest": "project_create_request",
    "ProjectDataRetention": "project_data_retention",
    "ProjectGroup": "project_group",
    "ProjectGroupDeletedResource": "project_group_deleted_resource",
    "ProjectGroupListResource": "project_group_list_resource",
    "ProjectHostedToolPermissions": "project_hosted_tool_permissions",
    "ProjectHostedToolPermissionsUpdateRequest": "project_hosted_tool_permissions_update_request",
    "ProjectListResponse": "project_list_response",
    "ProjectModelPermissions": "project_model_permissions",
    "ProjectModelPermissionsDeleteResponse": "project_model_permissions_delete_response",
    "ProjectModelPermissionsUpdateRequest": "project_model_permissions_update_request",
    "ProjectRateLimit": "project_rate_limit",
    "ProjectRateLimitListResponse": "project_rate_limit_list_response",
    "ProjectRateLimitUpdateRequest": "project_rate_limit_update_request",
    "ProjectServiceAccount": "project_service_account",
    "ProjectServiceAccountApiKey": "project_service_account_api_key",
    "ProjectServiceAccountCreateRequest": "project_service_account_create_request",
    "ProjectServiceAccountCreateResponse": "project_service_account_create_response",
    "ProjectServiceAccountDeleteResponse": "project_service_account_delete_response",
    "ProjectServiceAccountListResponse": "project_service_account_list_response",
    "ProjectSpendAlert": "project_spend_alert",
    "ProjectSpendAlertDeletedResource": "project_spend_alert_deleted_resource",
    "ProjectSpendAlertListResource": "project_spend_alert_list_resource",
    "ProjectSpendLimitDeletedResource": "project_spend_limit_deleted_resource",
    "ProjectSpendLimitResource": "project_spend_limit_resource",
    "ProjectUpdateRequest": "project_update_request",
    "ProjectUser": "project_user",
    "ProjectUserCreateRequest": "project_user_create_request",
    "ProjectUserDeleteResponse": "project_user_delete_response",
    "ProjectUserListResponse": "project_user_list_response",
    "ProjectUserUpdateRequest": "project_user_update_request",
    "Prompt": "prompt",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointParam": "prompt_cache_breakpoint_param",
    "PromptCacheModeEnum": "prompt_cache_mode_enum",
    "PromptCacheOptions": "prompt_cache_options",
    "PromptCacheOptionsParam": "prompt_cache_options_param",
    "PromptCacheRetentionEnum": "prompt_cache_retention_enum",
    "PromptCacheTTLEnum": "prompt_cache_ttl_enum",
    "PromptVariant1": "prompt_variant1",
    "ProvenanceCheckObject": "provenance_check_object",
    "ProvenanceDetectionResultApi": "provenance_detection_result_api",
    "ProvenanceResource": "provenance_resource",
    "PublicAssignOrganizationGroupRoleBody": "public_assign_organization_group_role_body",
    "PublicCreateOrganizationRoleBody": "public_create_organization_role_body",
    "PublicProjectResidency": "public_project_residency",
    "PublicRoleListResource": "public_role_list_resource",
    "PublicUpdateOrganizationRoleBody": "public_update_organization_role_body",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "RateLimitsParam": "rate_limits_param",
    "RealtimeAudioFormats": "realtime_audio_formats",
    "RealtimeAudioFormatsPCMAAudioFormat": "realtime_audio_formats_pcma_audio_format",
    "RealtimeAudioFormatsPCMAudioFormat": "realtime_audio_formats_pcm_audio_format",
    "RealtimeAudioFormatsPCMUAudioFormat": "realtime_audio_formats_pcmu_audio_format",
    "RealtimeBetaClientEventConversationItemCreate": "realtime_beta_client_event_conversation_item_create",
    "RealtimeBetaClientEventConversationItemDelete": "realtime_beta_client_event_conversation_item_delete",
    "RealtimeBetaClientEventConversationItemRetrieve": "realtime_beta_client_event_conversation_item_retrieve",
    "RealtimeBetaClientEventConversationItemTruncate": "realtime_beta_client_event_conversation_item_truncate",
    "RealtimeBetaClientEventInputAudioBufferAppend": "realtime_beta_client_event_input_audio_buffer_append",
    "RealtimeBetaClientEventInputAudioBufferClear": "realtime_beta_client_event_input_audio_buffer_clear",
    "RealtimeBetaClientEventInputAudioBufferCommit": "realtime_beta_client_event_input_audio_buffer_commit",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaClientEventResponseCancel": "realtime_beta_client_event_response_cancel",
    "RealtimeBetaClientEventResponseCreate": "realtime_beta_client_event_response_create",
    "RealtimeBetaClientEventSessionUpdate": "realtime_beta_client_event_session_update",
    "RealtimeBetaClientEventTranscriptionSessionUpdate": "realtime_beta_client_event_transcription_session_update",
    "RealtimeBetaResponse": "realtime_beta_response",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaResponseCreateParamsToolsItem": "realtime_beta_response_create_params_tools_item",
    "RealtimeBetaResponseStatusDetails": "realtime_beta_response_status_details",
    "RealtimeBetaResponseStatusDetailsError": "realtime_beta_response_status_details_error",
    "RealtimeBetaResponseUsage": "realtime_beta_response_usage",
    "RealtimeBetaResponseUsageInputTokenDetails": "realtime_beta_response_usage_input_token_details",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_beta_response_usage_input_token_details_cached_tokens_details",
    "RealtimeBetaResponseUsageOutputTokenDetails": "realtime_beta_response_usage_output_token_details",
    "RealtimeBetaServerEventConversationItemCreated": "realtime_beta_server_event_conversation_item_created",
    "RealtimeBetaServerEventConversationItemDeleted": "realtime_beta_server_event_conversation_item_deleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeBetaServerEventConversationItemTruncated": "realtime_beta_server_event_conversation_item_truncated",
    "RealtimeBetaServerEventError": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventErrorError": "realtime_beta_server_event_error_error",
    "RealtimeBetaServerEventInputAudioBufferCleared": "realtime_beta_server_event_input_audio_buffer_cleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted": "realtime_beta_server_event_input_audio_buffer_committed",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted": "realtime_beta_server_event_input_audio_buffer_speech_started",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped": "realtime_beta_server_event_input_audio_buffer_speech_stopped",
    "RealtimeBetaServerEventMCPListToolsCompleted": "realtime_beta_server_event_mcp_list_tools_completed",
    "RealtimeBetaServerEventMCPListToolsFailed": "realtime_beta_server_event_mcp_list_tools_failed",
    "RealtimeBetaServerEventMCPListToolsInProgress": "realtime_beta_server_event_mcp_list_tools_in_progress",
    "RealtimeBetaServerEventRateLimitsUpdated": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem": "realtime_beta_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeBetaServerEventResponseAudioDelta": "realtime_beta_server_event_response_audio_delta",
    "RealtimeBetaServerEventResponseAudioDone": "realtime_beta_server_event_response_audio_done",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "realtime_beta_server_event_response_audio_transcript_delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "realtime_beta_server_event_response_audio_transcript_done",
    "RealtimeBetaServerEventResponseContentPartAdded": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartAddedPart": "realtime_beta_server_event_response_content_part_added_part",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done_part",
    "RealtimeBetaServerEventResponseCreated": "realtime_beta_server_event_response_created",
    "RealtimeBetaServerEventResponseDone": "realtime_beta_server_event_response_done",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta": "realtime_beta_server_event_response_function_call_arguments_delta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone": "realtime_beta_server_event_response_function_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta": "realtime_beta_server_event_response_mcp_call_arguments_delta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone": "realtime_beta_server_event_response_mcp_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallCompleted": "realtime_beta_server_event_response_mcp_call_completed",
    "RealtimeBetaServerEventResponseMCPCallFailed": "realtime_beta_server_event_response_mcp_call_failed",
    "RealtimeBetaServerEventResponseMCPCallInProgress": "realtime_beta_server_event_response_mcp_call_in_progress",
    "RealtimeBetaServerEventResponseOutputItemAdded": "realtime_beta_server_event_response_output_item_added",
    "RealtimeBetaServerEventResponseOutputItemDone": "realtime_beta_server_event_response_output_item_done",
    "RealtimeBetaServerEventResponseTextDelta": "realtime_beta_server_event_response_text_delta",
    "RealtimeBetaServerEventResponseTextDone": "realtime_beta_server_event_response_text_done",
    "RealtimeBetaServerEventSessionCreated": "realtime_beta_server_event_session_created",
    "RealtimeBetaServerEventSessionUpdated": "realtime_beta_server_event_session_updated",
    "RealtimeBetaServerEventTranscriptionSessionCreated": "realtime_beta_server_event_transcription_session_created",
    "RealtimeBetaServerEventTranscriptionSessionUpdated": "realtime_beta_server_event_transcription_session_updated",
    "RealtimeCallCreateRequest": "realtime_call_create_request",
    "RealtimeCallReferRequest": "realtime_call_refer_request",
    "RealtimeCallRejectRequest": "realtime_call_reject_request",
    "RealtimeClientEvent": "realtime_client_event",
    "RealtimeClientEventConversationItemCreate": "realtime_client_event_conversation_item_create",
    "RealtimeClientEventConversationItemDelete": "realtime_client_event_conversation_item_delete",
    "RealtimeClientEventConversationItemRetrieve": "realtime_client_event_conversation_item_retrieve",
    "RealtimeClientEventConversationItemTruncate": "realtime_client_event_conversation_item_truncate",
    "RealtimeClientEventInputAudioBufferAppend": "realtime_client_event_input_audio_buffer_append",
    "RealtimeClientEventInputAudioBufferClear": "realtime_client_event_input_audio_buffer_clear",
    "RealtimeClientEventInputAudioBufferCommit": "realtime_client_event_input_audio_buffer_commit",
    "RealtimeClientEventOutputAudioBufferClear": "realtime_client_event_output_audio_buffer_clear",
    "RealtimeClientEventResponseCancel": "realtime_client_event_response_cancel",
    "RealtimeClientEventResponseCreate": "realtime_client_event_response_create",
    "RealtimeClientEventSessionUpdate": "realtime_client_event_session_update",
    "RealtimeClientEventTranscriptionSessionUpdate": "realtime_client_event_transcription_session_update",
    "RealtimeConversationItem": "realtime_conversation_item",
    "RealtimeConversationItemFunctionCall": "realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant_content_item",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system_content_item",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user_content_item",
    "RealtimeConversationItemWithReference": "realtime_conversation_item_with_reference",
    "RealtimeConversationItemWithReferenceContentItem": "realtime_conversation_item_with_reference_content_item",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfter": "realtime_create_client_secret_request_expires_after",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeMCPApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMCPApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMCPHTTPError": "realtime_mcphttp_error",
    "RealtimeMCPListTools": "realtime_mcp_list_tools",
    "RealtimeMCPProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMCPToolCall": "realtime_mcp_tool_call",
    "RealtimeMCPToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeResponse": "realtime_response",
    "RealtimeResponseAudio": "realtime_response_audio",
    "RealtimeResponseAudioOutput": "realtime_response_audio_output",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudio": "realtime_response_create_params_audio",
    "RealtimeResponseCreateParamsAudioOutput": "realtime_response_create_params_audio_output",
    "RealtimeResponseStatusDetails": "realtime_response_status_details",
    "RealtimeResponseStatusDetailsError": "realtime_response_status_details_error",
    "RealtimeResponseUsage": "realtime_response_usage",
    "RealtimeResponseUsageInputTokenDetails": "realtime_response_usage_input_token_details",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_response_usage_input_token_details_cached_tokens_details",
    "RealtimeResponseUsageOutputTokenDetails": "realtime_response_usage_output_token_details",
    "RealtimeServerEvent": "realtime_server_event",
    "RealtimeServerEventConversationCreated": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationCreatedConversation": "realtime_server_event_conversation_created_conversation",
    "RealtimeServerEventConversationItemAdded": "realtime_server_event_conversation_item_added",
    "RealtimeServerEventConversationItemCreated": "realtime_server_event_conversation_item_created",
    "RealtimeServerEventConversationItemDeleted": "realtime_server_event_conversation_item_deleted",
    "RealtimeServerEventConversationItemDone": "realtime_server_event_conversation_item_done",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta": "realtime_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment": "realtime_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemTruncated": "realtime_server_event_conversation_item_truncated",
    "RealtimeServerEventError": "realtime_server_event_error",
    "RealtimeServerEventErrorError": "realtime_server_event_error_error",
    "RealtimeServerEventInputAudioBufferCleared": "realtime_server_event_input_audio_buffer_cleared",
    "RealtimeServerEventInputAudioBufferCommitted": "realtime_server_event_input_audio_buffer_committed",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "realtime_server_event_input_audio_buffer_dtmf_event_received",
    "RealtimeServerEventInputAudioBufferSpeechStarted": "realtime_server_event_input_audio_buffer_speech_started",
    "RealtimeServerEventInputAudioBufferSpeechStopped": "realtime_server_event_input_audio_buffer_speech_stopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered": "realtime_server_event_input_audio_buffer_timeout_triggered",
    "RealtimeServerEventMCPListToolsCompleted": "realtime_server_event_mcp_list_tools_completed",
    "RealtimeServerEventMCPListToolsFailed": "realtime_server_event_mcp_list_tools_failed",
    "RealtimeServerEventMCPListToolsInProgress": "realtime_server_event_mcp_list_tools_in_progress",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeServerEventRateLimitsUpdated": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem": "realtime_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeServerEventResponseAudioDelta": "realtime_server_event_response_audio_delta",
    "RealtimeServerEventResponseAudioDone": "realtime_server_event_response_audio_done",
    "RealtimeServerEventResponseAudioTranscriptDelta": "realtime_server_event_response_audio_transcript_delta",
    "RealtimeServerEventResponseAudioTranscriptDone": "realtime_server_event_response_audio_transcript_done",
    "RealtimeServerEventResponseContentPartAdded": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartAddedPart": "realtime_server_event_response_content_part_added_part",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseContentPartDonePart": "realtime_server_event_response_content_part_done_part",
    "RealtimeServerEventResponseCreated": "realtime_server_event_response_created",
    "RealtimeServerEventResponseDone": "realtime_server_event_response_done",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta": "realtime_server_event_response_function_call_arguments_delta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone": "realtime_server_event_response_function_call_arguments_done",
    "RealtimeServerEventResponseMCPCallArgumentsDelta": "realtime_server_event_response_mcp_call_arguments_delta",
    "RealtimeServerEventResponseMCPCallArgumentsDone": "realtime_server_event_response_mcp_call_arguments_done",
    "RealtimeServerEventResponseMCPCallCompleted": "realtime_server_event_response_mcp_call_completed",
    "RealtimeServerEventResponseMCPCallFailed": "realtime_server_event_response_mcp_call_failed",
    "RealtimeServerEventResponseMCPCallInProgress": "realtime_server_event_response_mcp_call_in_progress",
    "RealtimeServerEventResponseOutputItemAdded": "realtime_server_event_response_output_item_added",
    "RealtimeServerEventResponseOutputItemDone": "realtime_server_event_response_output_item_done",
    "RealtimeServerEventResponseTextDelta": "realtime_server_event_response_text_delta",
    "RealtimeServerEventResponseTextDone": "realtime_server_event_response_text_done",
    "RealtimeServerEventSessionCreated": "realtime_server_event_session_created",
    "RealtimeServerEventSessionUpdated": "realtime_server_event_session_updated",
    "RealtimeServerEventTranscriptionSessionUpdated": "realtime_server_event_transcription_session_updated",
    "RealtimeSession": "realtime_session",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestClientSecret": "realtime_session_create_request_client_secret",
    "RealtimeSessionCreateRequestGA": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAAudio": "realtime_session_create_request_ga_audio",
    "RealtimeSessionCreateRequestGAAudioInput": "realtime_session_create_request_ga_audio_input",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction": "realtime_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateRequestGAAudioOutput": "realtime_session_create_request_ga_audio_output",
    "RealtimeSessionCreateRequestGATracingTracingConfiguration": "realtime_session_create_request_ga_tracing_tracing_configuration",
    "RealtimeSessionCreateRequestInputAudioTranscription": "realtime_session_create_request_input_audio_transcription",
    "RealtimeSessionCreateRequestToolsItem": "realtime_session_create_request_tools_item",
    "RealtimeSessionCreateRequestTracingTracingConfiguration": "realtime_session_create_request_tracing_tracing_configuration",
    "RealtimeSessionCreateRequestTurnDetection": "realtime_session_create_request_turn_detection",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": "realtime_session_create_response_audio",
    "RealtimeSessionCreateResponseAudioInput": "realtime_session_create_response_audio_input",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction": "realtime_session_create_response_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection": "realtime_session_create_response_audio_input_turn_detection",
    "RealtimeSessionCreateResponseAudioOutput": "realtime_session_create_response_audio_output",
    "RealtimeSessionCreateResponseGA": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGAAudio": "realtime_session_create_response_ga_audio",
    "RealtimeSessionCreateResponseGAAudioInput": "realtime_session_create_response_ga_audio_input",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction": "realtime_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseGAAudioOutput": "realtime_session_create_response_ga_audio_output",
    "RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration": "realtime_session_create_response_ga_tracing_tracing_configuration_tracing_configuration",
    "RealtimeSessionCreateResponseTracingTracingConfiguration": "realtime_session_create_response_tracing_tracing_configuration",
    "RealtimeSessionCreateResponseTurnDetection": "realtime_session_create_response_turn_detection",
    "RealtimeSessionInputAudioNoiseReduction": "realtime_session_input_audio_noise_reduction",
    "RealtimeSessionTracingTracingConfigurationTracingConfiguration": "realtime_session_tracing_tracing_configuration_tracing_configuration",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestGA": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAAudio": "realtime_transcription_session_create_request_ga_audio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput": "realtime_transcription_session_create_request_ga_audio_input",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction": "realtime_transcription_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction": "realtime_transcription_session_create_request_input_audio_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection": "realtime_transcription_session_create_request_turn_detection",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseClientSecret": "realtime_transcription_session_create_response_client_secret",
    "RealtimeTranscriptionSessionCreateResponseGA": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGAAudio": "realtime_transcription_session_create_response_ga_audio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput": "realtime_transcription_session_create_response_ga_audio_input",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction": "realtime_transcription_session_create_response_ga_audio_input_noise_reduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1": "realtime_transcription_session_create_response_ga_audio_input_turn_detection_variant1",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection": "realtime_transcription_session_create_response_turn_detection",
    "RealtimeTranslationClientEvent": "realtime_translation_client_event",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter": "realtime_translation_client_secret_create_request_expires_after",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEvent": "realtime_translation_server_event",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session_audio",
    "RealtimeTranslationSessionAudioInput": "realtime_translation_session_audio_input",
    "RealtimeTranslationSessionAudioInputNoiseReductionVariant1": "realtime_translation_session_audio_input_noise_reduction_variant1",
    "RealtimeTranslationSessionAudioInputTranscriptionVariant1": "realtime_translation_session_audio_input_transcription_variant1",
    "RealtimeTranslationSessionAudioOutput": "realtime_translation_session_audio_output",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudio": "realtime_translation_session_create_request_audio",
    "RealtimeTranslationSessionCreateRequestAudioInput": "realtime_translation_session_create_request_audio_input",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1": "realtime_translation_session_create_request_audio_input_noise_reduction_variant1",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1": "realtime_translation_session_create_request_audio_input_transcription_variant1",
    "RealtimeTranslationSessionCreateRequestAudioOutput": "realtime_translation_session_create_request_audio_output",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudio": "realtime_translation_session_update_request_audio",
    "RealtimeTranslationSessionUpdateRequestAudioInput": "realtime_translation_session_update_request_audio_input",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1": "realtime_translation_session_update_request_audio_input_noise_reduction_variant1",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1": "realtime_translation_session_update_request_audio_input_transcription_variant1",
    "RealtimeTranslationSessionUpdateRequestAudioOutput": "realtime_translation_session_update_request_audio_output",
    "RealtimeTruncation": "realtime_truncation",
    "RealtimeTruncationRetentionRatioTruncation": "realtime_truncation_retention_ratio_truncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits": "realtime_truncation_retention_ratio_truncation_token_limits",
    "RealtimeTurnDetection": "realtime_turn_detection",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD": "realtime_turn_detection_realtime_turn_detection_semantic_vad",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVAD": "realtime_turn_detection_realtime_turn_detection_server_vad",
    "Reasoning": "reasoning",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningItem": "reasoning_item",
    "ReasoningModeEnum": "reasoning_mode_enum",
    "ReasoningTextContent": "reasoning_text_content",
    "RefusalContent": "refusal_content",
    "Response": "response",
    "ResponseAudioDeltaEvent": "response_audio_delta_event",
    "ResponseAudioDoneEvent": "response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": "response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": "response_audio_transcript_done_event",
    "ResponseCodeInterpreterCallCodeDeltaEvent": "response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDoneEvent": "response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCompletedEvent": "response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallInProgressEvent": "response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInterpretingEvent": "response_code_interpreter_call_interpreting_event",
    "ResponseCompletedEvent": "response_completed_event",
    "ResponseContentPartAddedEvent": "response_content_part_added_event",
    "ResponseContentPartDoneEvent": "response_content_part_done_event",
    "ResponseConversation": "response_conversation",
    "ResponseCreatedEvent": "response_created_event",
    "ResponseCustomToolCallInputDeltaEvent": "response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": "response_custom_tool_call_input_done_event",
    "ResponseError": "response_error",
    "ResponseErrorCode": "response_error_code",
    "ResponseErrorEvent": "response_error_event",
    "ResponseErrorVariant1": "response_error_variant1",
    "ResponseFailedEvent": "response_failed_event",
    "ResponseFileSearchCallCompletedEvent": "response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": "response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": "response_file_search_call_searching_event",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema_json_schema",
    "ResponseFormatJsonSchemaSchema": "response_format_json_schema_schema",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextGrammar": "response_format_text_grammar",
    "ResponseFormatTextPython": "response_format_text_python",
    "ResponseFunctionCallArgumentsDeltaEvent": "response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": "response_function_call_arguments_done_event",
    "ResponseImageGenCallCompletedEvent": "response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": "response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": "response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": "response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": "response_in_progress_event",
    "ResponseIncompleteDetailsVariant1": "response_incomplete_details_variant1",
    "ResponseIncompleteEvent": "response_incomplete_event",
    "ResponseItemList": "response_item_list",
    "ResponseLogProb": "response_log_prob",
    "ResponseLogProbTopLogprobsItem": "response_log_prob_top_logprobs_item",
    "ResponseMCPCallArgumentsDeltaEvent": "response_mcp_call_arguments_delta_event",
    "ResponseMCPCallArgumentsDoneEvent": "response_mcp_call_arguments_done_event",
    "ResponseMCPCallCompletedEvent": "response_mcp_call_completed_event",
    "ResponseMCPCallFailedEvent": "response_mcp_call_failed_event",
    "ResponseMCPCallInProgressEvent": "response_mcp_call_in_progress_event",
    "ResponseMCPListToolsCompletedEvent": "response_mcp_list_tools_completed_event",
    "ResponseMCPListToolsFailedEvent": "response_mcp_list_tools_failed_event",
    "ResponseMCPListToolsInProgressEvent": "response_mcp_list_tools_in_progress_event",
    "ResponseModalities": "response_modalities",
    "ResponseOutputItemAddedEvent": "response_output_item_added_event",
    "ResponseOutputItemDoneEvent": "response_output_item_done_event",
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": "response_output_text_annotation_added_event",
    "ResponsePromptVariables": "response_prompt_variables",
    "ResponseProperties": "response_properties",
    "ResponseQueuedEvent": "response_queued_event",
    "ResponseReasoningSummaryPartAddedEvent": "response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartAddedEventPart": "response_reasoning_summary_part_added_event_part",
    "ResponseReasoningSummaryPartDoneEvent": "response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryPartDoneEventPart": "response_reasoning_summary_part_done_event_part",
    "ResponseReasoningSummaryTextDeltaEvent": "response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": "response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": "response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": "response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": "response_refusal_delta_event",
    "ResponseRefusalDoneEvent": "response_refusal_done_event",
    "ResponseShellCallCommandAddedStreamingEvent": "response_shell_call_command_added_streaming_event",
    "ResponseShellCallCommandDeltaStreamingEvent": "response_shell_call_command_delta_streaming_event",
    "ResponseShellCallCommandDoneStreamingEvent": "response_shell_call_command_done_streaming_event",
    "ResponseShellCallOutputContentDeltaStreamingEvent": "response_shell_call_output_content_delta_streaming_event",
    "ResponseShellCallOutputContentDoneStreamingEvent": "response_shell_call_output_content_done_streaming_event",
    "ResponseStreamEvent": "response_stream_event",
    "ResponseStreamOptions": "response_stream_options",
    "ResponseStreamOptionsVariant1": "response_stream_options_variant1",
    "ResponseTextDeltaEvent": "response_text_delta_event",
    "ResponseTextDoneEvent": "response_text_done_event",
    "ResponseTextParam": "response_text_param",
    "ResponseUsage": "response_usage",
    "ResponseUsageInputTokensDetails": "response_usage_input_tokens_details",
    "ResponseUsageOutputTokensDetails": "response_usage_output_tokens_details",
    "ResponseWebSearchCallCompletedEvent": "response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": "response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": "response_web_search_call_searching_event",
    "ResponseWsError": "response_ws_error",
    "ResponsesClientEvent": "responses_client_event",
    "ResponsesClientEventResponseCreate": "responses_client_event_response_create",
    "ResponsesServerEvent": "responses_server_event",
    "ResponsesServerEventResponseAudioTranscriptWsDelta": "responses_server_event_response_audio_transcript_ws_delta",
    "ResponsesServerEventResponseAudioTranscriptWsDone": "responses_server_event_response_audio_transcript_ws_done",
    "ResponsesServerEventResponseAudioWsDelta": "responses_server_event_response_audio_ws_delta",
    "ResponsesServerEventResponseAudioWsDone": "responses_server_event_response_audio_ws_done",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta": "responses_server_event_response_code_interpreter_call_code_ws_delta",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDone": "responses_server_event_response_code_interpreter_call_code_ws_done",
    "ResponsesServerEventResponseCodeInterpreterCallInWsProgress": "responses_server_event_response_code_interpreter_call_in_ws_progress",
    "ResponsesServerEventResponseCodeInterpreterCallWsCompleted": "responses_server_event_response_code_interpreter_call_ws_completed",
    "ResponsesServerEventResponseCodeInterpreterCallWsInterpreting": "responses_server_event_response_code_interpreter_call_ws_interpreting",
    "ResponsesServerEventResponseContentPartWsAdded": "responses_server_event_response_content_part_ws_added",
    "ResponsesServerEventResponseContentPartWsDone": "responses_server_event_response_content_part_ws_done",
    "ResponsesServerEventResponseCustomToolCallInputWsDelta": "responses_server_event_response_custom_tool_call_input_ws_delta",
    "ResponsesServerEventResponseCustomToolCallInputWsDone": "responses_server_event_response_custom_tool_call_input_ws_done",
    "ResponsesServerEventResponseFileSearchCallInWsProgress": "responses_server_event_response_file_search_call_in_ws_progress",
    "ResponsesServerEventResponseFileSearchCallWsCompleted": "responses_server_event_response_file_search_call_ws_completed",
    "ResponsesServerEventResponseFileSearchCallWsSearching": "responses_server_event_response_file_search_call_ws_searching",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDelta": "responses_server_event_response_function_call_arguments_ws_delta",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDone": "responses_server_event_response_function_call_arguments_ws_done",
    "ResponsesServerEventResponseImageGenCallInWsProgress": "responses_server_event_response_image_gen_call_in_ws_progress",
    "ResponsesServerEventResponseImageGenCallPartialWsImage": "responses_server_event_response_image_gen_call_partial_ws_image",
    "ResponsesServerEventResponseImageGenCallWsCompleted": "responses_server_event_response_image_gen_call_ws_completed",
    "ResponsesServerEventResponseImageGenCallWsGenerating": "responses_server_event_response_image_gen_call_ws_generating",
    "ResponsesServerEventResponseInWsProgress": "responses_server_event_response_in_ws_progress",
    "ResponsesServerEventResponseMcpCallArgumentsWsDelta": "responses_server_event_response_mcp_call_arguments_ws_delta",
    "ResponsesServerEventResponseMcpCallArgumentsWsDone": "responses_server_event_response_mcp_call_arguments_ws_done",
    "ResponsesServerEventResponseMcpCallInWsProgress": "responses_server_event_response_mcp_call_in_ws_progress",
    "ResponsesServerEventResponseMcpCallWsCompleted": "responses_server_event_response_mcp_call_ws_completed",
    "ResponsesServerEventResponseMcpCallWsFailed": "responses_server_event_response_mcp_call_ws_failed",
    "ResponsesServerEventResponseMcpListToolsInWsProgress": "responses_server_event_response_mcp_list_tools_in_ws_progress",
    "ResponsesServerEventResponseMcpListToolsWsCompleted": "responses_server_event_response_mcp_list_tools_ws_completed",
    "ResponsesServerEventResponseMcpListToolsWsFailed": "responses_server_event_response_mcp_list_tools_ws_failed",
    "ResponsesServerEventResponseOutputItemWsAdded": "responses_server_event_response_output_item_ws_added",
    "ResponsesServerEventResponseOutputItemWsDone": "responses_server_event_response_output_item_ws_done",
    "ResponsesServerEventResponseOutputTextAnnotationWsAdded": "responses_server_event_response_output_text_annotation_ws_added",
    "ResponsesServerEventResponseReasoningSummaryPartWsAdded": "responses_server_event_response_reasoning_summary_part_ws_added",
    "ResponsesServerEventResponseReasoningSummaryPartWsDone": "responses_server_event_response_reasoning_summary_part_ws_done",
    "ResponsesServerEventResponseReasoningSummaryTextWsDelta": "responses_server_event_response_reasoning_summary_text_ws_delta",
    "ResponsesServerEventResponseReasoningSummaryTextWsDone": "responses_server_event_response_reasoning_summary_text_ws_done",
    "ResponsesServerEventResponseReasoningTextWsDelta": "responses_server_event_response_reasoning_text_ws_delta",
    "ResponsesServerEventResponseReasoningTextWsDone": "responses_server_event_response_reasoning_text_ws_done",
    "ResponsesServerEventResponseRefusalWsDelta": "responses_server_event_response_refusal_ws_delta",
    "ResponsesServerEventResponseRefusalWsDone": "responses_server_event_response_refusal_ws_done",
    "ResponsesServerEventResponseShellCallCommandWsAdded": "responses_server_event_response_shell_call_command_ws_added",
    "ResponsesServerEventResponseShellCallCommandWsDelta": "responses_server_event_response_shell_call_command_ws_delta",
    "ResponsesServerEventResponseShellCallCommandWsDone": "responses_server_event_response_shell_call_command_ws_done",
    "ResponsesServerEventResponseShellCallOutputContentWsDelta": "responses_server_event_response_shell_call_output_content_ws_delta",
    "ResponsesServerEventResponseShellCallOutputContentWsDone": "responses_server_event_response_shell_call_output_content_ws_done",
    "ResponsesServerEventResponseTextWsDelta": "responses_server_event_response_text_ws_delta",
    "ResponsesServerEventResponseTextWsDone": "responses_server_event_response_text_ws_done",
    "ResponsesServerEventResponseWebSearchCallInWsProgress": "responses_server_event_response_web_search_call_in_ws_progress",
    "ResponsesServerEventResponseWebSearchCallWsCompleted": "responses_server_event_response_web_search_call_ws_completed",
    "ResponsesServerEventResponseWebSearchCallWsSearching": "responses_server_event_response_web_search_call_ws_searching",
    "ResponsesServerEventResponseWsCompleted": "responses_server_event_response_ws_completed",
    "ResponsesServerEventResponseWsCreated": "responses_server_event_response_ws_created",
    "ResponsesServerEventResponseWsFailed": "responses_server_event_response_ws_failed",
    "ResponsesServerEventResponseWsIncomplete": "responses_server_event_response_ws_incomplete",
    "ResponsesServerEventResponseWsQueued": "responses_server_event_response_ws_queued",
    "ResponsesWebSocketStreamEvent": "responses_web_socket_stream_event",
    "Role": "role",
    "RoleDeletedResource": "role_deleted_resource",
    "RoleListResource": "role_list_resource",
    "RunCompletionUsage": "run_completion_usage",
    "RunCompletionUsageVariant1": "run_completion_usage_variant1",
    "RunGraderRequest": "run_grader_request",
    "RunGraderResponse": "run_grader_response",
    "RunGraderResponseMetadata": "run_grader_response_metadata",
    "RunGraderResponseMetadataErrors": "run_grader_response_metadata_errors",
    "RunObject": "run_object",
    "RunObjectIncompleteDetails": "run_object_incomplete_details",
    "RunObjectLastError": "run_object_last_error",
    "RunObjectRequiredAction": "run_object_required_action",
    "RunObjectRequiredActionSubmitToolOutputs": "run_object_required_action_submit_tool_outputs",
    "RunStepCompletionUsage": "run_step_completion_usage",
    "RunStepCompletionUsageVariant1": "run_step_completion_usage_variant1",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDeltaObjectDelta": "run_step_delta_object_delta",
    "RunStepDeltaStepDetailsMessageCreationObject": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation": "run_step_delta_step_details_message_creation_object_message_creation",
    "RunStepDeltaStepDetailsToolCallsCodeObject": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_delta_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_delta_step_details_tool_calls_code_output_image_object_image",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": "run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": "run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction": "run_step_delta_step_details_tool_calls_function_object_function",
    "RunStepDeltaStepDetailsToolCallsObject": "run_step_delta_step_details_tool_calls_object",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsMessageCreationObjectMessageCreation": "run_step_details_message_creation_object_message_creation",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_details_tool_calls_code_output_image_object_image",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_details_tool_calls_file_search_object_file_search",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem": "run_step_details_tool_calls_file_search_result_object_content_item",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsFunctionObjectFunction": "run_step_details_tool_calls_function_object_function",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepObject": "run_step_object",
    "RunStepObjectLastErrorVariant1": "run_step_object_last_error_variant1",
    "RunStepStreamEvent": "run_step_stream_event",
    "RunStepStreamEventVariant1": "run_step_stream_event_variant1",
    "RunStepStreamEventVariant2": "run_step_stream_event_variant2",
    "RunStepStreamEventVariant3": "run_step_stream_event_variant3",
    "RunStepStreamEventVariant4": "run_step_stream_event_variant4",
    "RunStepStreamEventVariant5": "run_step_stream_event_variant5",
    "RunStepStreamEventVariant6": "run_step_stream_event_variant6",
    "RunStepStreamEventVariant7": "run_step_stream_event_variant7",
    "RunStreamEvent": "run_stream_event",
    "RunStreamEventVariant1": "run_stream_event_variant1",
    "RunStreamEventVariant10": "run_stream_event_variant10",
    "RunStreamEventVariant2": "run_stream_event_variant2",
    "RunStreamEventVariant3": "run_stream_event_variant3",
    "RunStreamEventVariant4": "run_stream_event_variant4",
    "RunStreamEventVariant5": "run_stream_event_variant5",
    "RunStreamEventVariant6": "run_stream_event_variant6",
    "RunStreamEventVariant7": "run_stream_event_variant7",
    "RunStreamEventVariant8": "run_stream_event_variant8",
    "RunStreamEventVariant9": "run_stream_event_variant9",
    "RunToolCallObject": "run_tool_call_object",
    "RunToolCallObjectFunction": "run_tool_call_object_function",
    "ScreenshotParam": "screenshot_param",
    "ScrollParam": "scroll_param",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "ServiceAccountApiKeyBody": "service_account_api_key_body",
    "ServiceTier": "service_tier",
    "ServiceTierEnum": "service_tier_enum",
    "ServiceTierResponses": "service_tier_responses",
    "SetDefaultSkillVersionBody": "set_default_skill_version_body",
    "ShellCallOutputDelta": "shell_call_output_delta",
    "SkillListResource": "skill_list_resource",
    "SkillReferenceParam": "skill_reference_param",
    "SkillResource": "skill_resource",
    "SkillVersionListResource": "skill_version_list_resource",
    "SkillVersionResource": "skill_version_resource",
    "SpecificApplyPatchParam": "specific_apply_patch_param",
    "SpecificFunctionShellParam": "specific_function_shell_param",
    "SpecificProgrammaticToolCallingParam": "specific_programmatic_tool_calling_param",
    "SpeechAudioDeltaEvent": "speech_audio_delta_event",
    "SpeechAudioDoneEvent": "speech_audio_done_event",
    "SpeechAudioDoneEventUsage": "speech_audio_done_event_usage",
    "SpendAlertNotificationChannel": "spend_alert_notification_channel",
    "SpendLimitCurrency": "spend_limit_currency",
    "SpendLimitEnforcement": "spend_limit_enforcement",
    "SpendLimitEnforcementStatus": "spend_limit_enforcement_status",
    "SpendLimitInterval": "spend_limit_interval",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyResponseParam": "static_chunking_strategy_response_param",
    "StopConfiguration": "stop_configuration",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputsItem": "submit_tool_outputs_run_request_tool_outputs_item",
    "SummaryTextContent": "summary_text_content",
    "SynthIDProvenanceResult": "synth_id_provenance_result",
    "TaskGroupItem": "task_group_item",
    "TaskGroupTask": "task_group_task",
    "TaskItem": "task_item",
    "TaskType": "task_type",
    "TextContent": "text_content",
    "TextResponseFormatConfiguration": "text_response_format_configuration",
    "TextResponseFormatJsonSchema": "text_response_format_json_schema",
    "ThreadItem": "thread_item",
    "ThreadItemListResource": "thread_item_list_resource",
    "ThreadListResource": "thread_list_resource",
    "ThreadObject": "thread_object",
    "ThreadObjectToolResourcesVariant1": "thread_object_tool_resources_variant1",
    "ThreadObjectToolResourcesVariant1CodeInterpreter": "thread_object_tool_resources_variant1_code_interpreter",
    "ThreadObjectToolResourcesVariant1FileSearch": "thread_object_tool_resources_variant1_file_search",
    "ThreadResource": "thread_resource",
    "ThreadStreamEvent": "thread_stream_event",
    "ThreadStreamEventVariant1": "thread_stream_event_variant1",
    "ToggleCertificatesRequest": "toggle_certificates_request",
    "TokenCountsBody": "token_counts_body",
    "TokenCountsResource": "token_counts_resource",
    "Tool": "tool",
    "ToolCallCaller": "tool_call_caller",
    "ToolCallCallerParam": "tool_call_caller_param",
    "ToolChoice": "tool_choice",
    "ToolChoiceAllowed": "tool_choice_allowed",
    "ToolChoiceCustom": "tool_choice_custom",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceMCP": "tool_choice_mcp",
    "ToolChoiceOptions": "tool_choice_options",
    "ToolChoiceParam": "tool_choice_param",
    "ToolChoiceTypes": "tool_choice_types",
    "ToolSearchCall": "tool_search_call",
    "ToolSearchCallItemParam": "tool_search_call_item_param",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchOutput": "tool_search_output",
    "ToolSearchOutputItemParam": "tool_search_output_item_param",
    "ToolSearchToolParam": "tool_search_tool_param",
    "ToolsArray": "tools_array",
    "TopLogProb": "top_log_prob",
    "TranscriptTextDeltaEvent": "transcript_text_delta_event",
    "TranscriptTextDeltaEventLogprobsItem": "transcript_text_delta_event_logprobs_item",
    "TranscriptTextDoneEvent": "transcript_text_done_event",
    "TranscriptTextDoneEventLogprobsItem": "transcript_text_done_event_logprobs_item",
    "TranscriptTextSegmentEvent": "transcript_text_segment_event",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetails": "transcript_text_usage_tokens_input_token_details",
    "TranscriptionChunkingStrategy": "transcription_chunking_strategy",
    "TranscriptionDiarizedSegment": "transcription_diarized_segment",
    "TranscriptionInclude": "transcription_include",
    "TranscriptionLanguage": "transcription_language",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
    "TruncationEnum": "truncation_enum",
    "TruncationObject": "truncation_object",
    "TypeParam": "type_param",
    "UpdateChatCompletionRequest": "update_chat_completion_request",
    "UpdateConversationBody": "update_conversation_body",
    "UpdateEvalRequest": "update_eval_request",
    "UpdateGroupBody": "update_group_body",
    "UpdateOrganizationDataRetentionBody": "update_organization_data_retention_body",
    "UpdateOrganizationSpendLimitBody": "update_organization_spend_limit_body",
    "UpdateProjectDataRetentionBody": "update_project_data_retention_body",
    "UpdateProjectServiceAccountBody": "update_project_service_account_body",
    "UpdateProjectSpendLimitBody": "update_project_spend_limit_body",
    "UpdateVectorStoreFileAttributesRequest": "update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": "update_vector_store_request",
    "UpdateVoiceConsentRequest": "update_voice_consent_request",
    "Upload": "upload",
    "UploadCertificateRequest": "upload_certificate_request",
    "UploadPart": "upload_part",
    "UrlAnnotation": "url_annotation",
    "UrlAnnotationSource": "url_annotation_source",
    "UrlCitationBody": "url_citation_body",
    "UrlCitationParam": "url_citation_param",
    "UsageAudioSpeechesResult": "usage_audio_speeches_result",
    "UsageAudioTranscriptionsResult": "usage_audio_transcriptions_result",
    "UsageCodeInterpreterSessionsResult": "usage_code_interpreter_sessions_result",
    "UsageCompletionsResult": "usage_completions_result",
    "UsageEmbeddingsResult": "usage_embeddings_result",
    "UsageFileSearchCallsResult": "usage_file_search_calls_result",
    "UsageImagesResult": "usage_images_result",
    "UsageModerationsResult": "usage_moderations_result",
    "UsageResponse": "usage_response",
    "UsageTimeBucket": "usage_time_bucket",
    "UsageVectorStoresResult": "usage_vector_stores_result",
    "UsageWebSearchCallsResult": "usage_web_search_calls_result",
    "User": "user",
    "UserDeleteResponse": "user_delete_response",
    "UserListResource": "user_list_resource",
    "UserListResponse": "user_list_response",
    "UserMessageInputText": "user_message_input_text",
    "UserMessageItem": "user_message_item",
    "UserMessageQuotedText": "user_message_quoted_text",
    "UserProjectsVariant1": "user_projects_variant1",
    "UserProjectsVariant1DataItem": "user_projects_variant1_data_item",
    "UserRoleAssignment": "user_role_assignment",
    "UserRoleUpdateRequest": "user_role_update_request",
    "UserUser": "user_user",
    "VadConfig": "vad_config",
    "ValidateGraderRequest": "validate_grader_request",
    "ValidateGraderResponse": "validate_grader_response",
    "VectorStoreExpirationAfter": "vector_store_expiration_after",
    "VectorStoreFileAttributes": "vector_store_file_attributes",
    "VectorStoreFileBatchObject": "vector_store_file_batch_object",
    "VectorStoreFileBatchObjectFileCounts": "vector_store_file_batch_object_file_counts",
    "VectorStoreFileContentResponse": "vector_store_file_content_response",
    "VectorStoreFileContentResponseDataItem": "vector_store_file_content_response_data_item",
    "VectorStoreFileObject": "vector_store_file_object",
    "VectorStoreFileObjectLastErrorVariant1": "vector_store_file_object_last_error_variant1",
    "VectorStoreObject": "vector_store_object",
    "VectorStoreObjectFileCounts": "vector_store_object_file_counts",
    "VectorStoreSearchRequest": "vector_store_search_request",
    "VectorStoreSearchRequestRankingOptions": "vector_store_search_request_ranking_options",
    "VectorStoreSearchResultContentObject": "vector_store_search_result_content_object",
    "VectorStoreSearchResultItem": "vector_store_search_result_item",
    "VectorStoreSearchResultsPage": "vector_store_search_results_page",
    "Verbosity": "verbosity",
    "VideoCharacterResource": "video_character_resource",
    "VideoContentVariant": "video_content_variant",
    "VideoListResource": "video_list_resource",
    "VideoModel": "video_model",
    "VideoReferenceInputParam": "video_reference_input_param",
    "VideoResource": "video_resource",
    "VideoSeconds": "video_seconds",
    "VideoSize": "video_size",
    "VideoStatus": "video_status",
    "VoiceConsentDeletedResource": "voice_consent_deleted_resource",
    "VoiceConsentListResource": "voice_consent_list_resource",
    "VoiceConsentResource": "voice_consent_resource",
    "VoiceIdsOrCustomVoice": "voice_ids_or_custom_voice",
    "VoiceIdsOrCustomVoiceVariant2": "voice_ids_or_custom_voice_variant2",
    "VoiceIdsShared": "voice_ids_shared",
    "VoiceResource": "voice_resource",
    "WaitParam": "wait_param",
    "WebSearchActionFind": "web_search_action_find",
    "WebSearchActionOpenPage": "web_search_action_open_page",
    "WebSearchActionSearch": "web_search_action_search",
    "WebSearchActionSearchSourcesItem": "web_search_action_search_sources_item",
    "WebSearchApproximateLocation": "web_search_approximate_location",
    "WebSearchApproximateLocationWebSearchApproximateLocation": "web_search_approximate_location_web_search_approximate_location",
    "WebSearchContextSize": "web_search_context_size",
    "WebSearchLocation": "web_search_location",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolCall": "web_search_tool_call",
    "WebSearchToolFiltersVariant1": "web_search_tool_filters_variant1",
    "WebhookBatchCancelled": "webhook_batch_cancelled",
    "WebhookBatchCancelledData": "webhook_batch_cancelled_data",
    "WebhookBatchCompleted": "webhook_batch_completed",
    "WebhookBatchCompletedData": "webhook_batch_completed_data",
    "WebhookBatchExpired": "webhook_batch_expired",
    "WebhookBatchExpiredData": "webhook_batch_expired_data",
    "WebhookBatchFailed": "webhook_batch_failed",
    "WebhookBatchFailedData": "webhook_batch_failed_data",
    "WebhookEvalRunCanceled": "webhook_eval_run_canceled",
    "WebhookEvalRunCanceledData": "webhook_eval_run_canceled_data",
    "WebhookEvalRunFailed": "webhook_eval_run_failed",
    "WebhookEvalRunFailedData": "webhook_eval_run_failed_data",
    "WebhookEvalRunSucceeded": "webhook_eval_run_succeeded",
    "WebhookEvalRunSucceededData": "webhook_eval_run_succeeded_data",
    "WebhookFineTuningJobCancelled": "webhook_fine_tuning_job_cancelled",
    "WebhookFineTuningJobCancelledData": "webhook_fine_tuning_job_cancelled_data",
    "WebhookFineTuningJobFailed": "webhook_fine_tuning_job_failed",
    "WebhookFineTuningJobFailedData": "webhook_fine_tuning_job_failed_data",
    "WebhookFineTuningJobSucceeded": "webhook_fine_tuning_job_succeeded",
    "WebhookFineTuningJobSucceededData": "webhook_fine_tuning_job_succeeded_data",
    "WebhookLiveCallIncoming": "webhook_live_call_incoming",
    "WebhookLiveCallIncomingData": "webhook_live_call_incoming_data",
    "WebhookLiveCallIncomingDataSipHeadersItem": "webhook_live_call_incoming_data_sip_headers_item",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming_data",
    "WebhookRealtimeCallIncomingDataSipHeadersItem": "webhook_realtime_call_incoming_data_sip_headers_item",
    "WebhookResponseCancelled": "webhook_response_cancelled",
    "WebhookResponseCancelledData": "webhook_response_cancelled_data",
    "WebhookResponseCompleted": "webhook_response_completed",
    "WebhookResponseCompletedData": "webhook_response_completed_data",
    "WebhookResponseFailed": "webhook_response_failed",
    "WebhookResponseFailedData": "webhook_response_failed_data",
    "WebhookResponseIncomplete": "webhook_response_incomplete",
    "WebhookResponseIncompleteData": "webhook_response_incomplete_data",
    "WidgetMessageItem": "widget_message_item",
    "WorkflowParam": "workflow_param",
    "WorkflowTracingParam": "workflow_tracing_param",
}

__all__ = [
    "ActiveStatus",
    "AddUploadPartRequest",
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeyOwner",
    "AdminApiKeysCreateRequest",
    "AdminApiKeysDeleteResponse",
    "Annotation",
    "ApiKeyList",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchOperationParam",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolParam",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApproximateLocation",
    "AssignedRoleDetails",
    "AssignedRoleDetailsAssignmentSourcesVariant1Item",
    "AssistantMessageItem",
    "AssistantObject",
    "AssistantObjectToolResourcesVariant1",
    "AssistantObjectToolResourcesVariant1CodeInterpreter",
    "AssistantObjectToolResourcesVariant1FileSearch",
    "AssistantStreamEvent",
    "AssistantSupportedModels",
    "AssistantToolsCode",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchFileSearch",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFunction",
    "AssistantsApiResponseFormatOption",
    "AssistantsApiToolChoiceOption",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "Attachment",
    "AttachmentType",
    "AudioResponseFormat",
    "AudioTranscription",
    "AudioTranscriptionResponse",
    "AuditLog",
    "AuditLogActor",
    "AuditLogActorApiKey",
    "AuditLogActorServiceAccount",
    "AuditLogActorSession",
    "AuditLogActorUser",
    "AuditLogApiKeyCreated",
    "AuditLogApiKeyCreatedData",
    "AuditLogApiKeyDeleted",
    "AuditLogApiKeyUpdated",
    "AuditLogApiKeyUpdatedChangesRequested",
    "AuditLogCertificateCreated",
    "AuditLogCertificateDeleted",
    "AuditLogCertificateUpdated",
    "AuditLogCertificatesActivated",
    "AuditLogCertificatesActivatedCertificatesItem",
    "AuditLogCertificatesDeactivated",
    "AuditLogCertificatesDeactivatedCertificatesItem",
    "AuditLogCheckpointPermissionCreated",
    "AuditLogCheckpointPermissionCreatedData",
    "AuditLogCheckpointPermissionDeleted",
    "AuditLogEventType",
    "AuditLogExternalKeyRegistered",
    "AuditLogExternalKeyRemoved",
    "AuditLogGroupCreated",
    "AuditLogGroupCreatedData",
    "AuditLogGroupDeleted",
    "AuditLogGroupUpdated",
    "AuditLogGroupUpdatedChangesRequested",
    "AuditLogInviteAccepted",
    "AuditLogInviteDeleted",
    "AuditLogInviteSent",
    "AuditLogInviteSentData",
    "AuditLogIpAllowlistConfigActivated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem",
    "AuditLogIpAllowlistConfigDeactivated",
    "AuditLogIpAllowlistConfigDeactivatedConfigsItem",
    "AuditLogIpAllowlistCreated",
    "AuditLogIpAllowlistDeleted",
    "AuditLogIpAllowlistUpdated",
    "AuditLogLoginFailed",
    "AuditLogLogoutFailed",
    "AuditLogOrganizationUpdated",
    "AuditLogOrganizationUpdatedChangesRequested",
    "AuditLogProject",
    "AuditLogProjectArchived",
    "AuditLogProjectCreated",
    "AuditLogProjectCreatedData",
    "AuditLogProjectDeleted",
    "AuditLogProjectUpdated",
    "AuditLogProjectUpdatedChangesRequested",
    "AuditLogRateLimitDeleted",
    "AuditLogRateLimitUpdated",
    "AuditLogRateLimitUpdatedChangesRequested",
    "AuditLogRoleAssignmentCreated",
    "AuditLogRoleAssignmentDeleted",
    "AuditLogRoleBoundToResource",
    "AuditLogRoleCreated",
    "AuditLogRoleDeleted",
    "AuditLogRoleUnboundFromResource",
    "AuditLogRoleUpdated",
    "AuditLogRoleUpdatedChangesRequested",
    "AuditLogScimDisabled",
    "AuditLogScimEnabled",
    "AuditLogServiceAccountCreated",
    "AuditLogServiceAccountCreatedData",
    "AuditLogServiceAccountDeleted",
    "AuditLogServiceAccountUpdated",
    "AuditLogServiceAccountUpdatedChangesRequested",
    "AuditLogUserAdded",
    "AuditLogUserAddedData",
    "AuditLogUserDeleted",
    "AuditLogUserUpdated",
    "AuditLogUserUpdatedChangesRequested",
    "AuditLogWorkloadIdentityProviderCreated",
    "AuditLogWorkloadIdentityProviderDeleted",
    "AuditLogWorkloadIdentityProviderMappingCreated",
    "AuditLogWorkloadIdentityProviderMappingDeleted",
    "AuditLogWorkloadIdentityProviderMappingUpdated",
    "AuditLogWorkloadIdentityProviderUpdated",
    "AutoChunkingStrategyRequestParam",
    "AutoCodeInterpreterToolParam",
    "AutomaticThreadTitlingParam",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchFileExpirationAfter",
    "BatchRequestCounts",
    "BatchUsage",
    "BatchUsageInputTokensDetails",
    "BatchUsageOutputTokensDetails",
    "BetaAdditionalTools",
    "BetaAdditionalToolsItemParam",
    "BetaAgentMessage",
    "BetaAgentMessageItemParam",
    "BetaAgentTag",
    "BetaAgentTagParam",
    "BetaAnnotation",
    "BetaApplyPatchCallOutputStatus",
    "BetaApplyPatchCallOutputStatusParam",
    "BetaApplyPatchCallStatus",
    "BetaApplyPatchCallStatusParam",
    "BetaApplyPatchCreateFileOperation",
    "BetaApplyPatchCreateFileOperationParam",
    "BetaApplyPatchDeleteFileOperation",
    "BetaApplyPatchDeleteFileOperationParam",
    "BetaApplyPatchOperationParam",
    "BetaApplyPatchToolCall",
    "BetaApplyPatchToolCallItemParam",
    "BetaApplyPatchToolCallOutput",
    "BetaApplyPatchToolCallOutputItemParam",
    "BetaApplyPatchToolParam",
    "BetaApplyPatchUpdateFileOperation",
    "BetaApplyPatchUpdateFileOperationParam",
    "BetaApproximateLocation",
    "BetaAutoCodeInterpreterToolParam",
    "BetaCallableToolAllowedCaller",
    "BetaClickButtonType",
    "BetaClickParam",
    "BetaCodeInterpreterOutputImage",
    "BetaCodeInterpreterOutputLogs",
    "BetaCodeInterpreterTool",
    "BetaCodeInterpreterToolCall",
    "BetaCompactResource",
    "BetaCompactResponseMethodPublicBody",
    "BetaCompactionBody",
    "BetaCompactionSummaryItemParam",
    "BetaCompactionTriggerItemParam",
    "BetaComparisonFilter",
    "BetaCompoundFilter",
    "BetaComputerAction",
    "BetaComputerActionList",
    "BetaComputerCallOutputItemParam",
    "BetaComputerCallOutputStatus",
    "BetaComputerCallSafetyCheckParam",
    "BetaComputerEnvironment",
    "BetaComputerScreenshotContent",
    "BetaComputerScreenshotImage",
    "BetaComputerTool",
    "BetaComputerToolCall",
    "BetaComputerToolCallOutput",
    "BetaComputerToolCallOutputResource",
    "BetaComputerUsePreviewTool",
    "BetaContainerAutoParam",
    "BetaContainerFileCitationBody",
    "BetaContainerFileCitationParam",
    "BetaContainerMemoryLimit",
    "BetaContainerNetworkPolicyAllowlistParam",
    "BetaContainerNetworkPolicyDisabledParam",
    "BetaContainerNetworkPolicyDomainSecretParam",
    "BetaContainerReferenceParam",
    "BetaContainerReferenceResource",
    "BetaContent",
    "BetaContextManagementParam",
    "BetaConversationParam",
    "BetaConversationParam2",
    "BetaCoordParam",
    "BetaCreateModelResponseProperties",
    "BetaCreateResponse",
    "BetaCustomGrammarFormatParam",
    "BetaCustomTextFormatParam",
    "BetaCustomToolCall",
    "BetaCustomToolCallOutput",
    "BetaCustomToolCallOutputResource",
    "BetaCustomToolCallResource",
    "BetaCustomToolParam",
    "BetaDetailEnum",
    "BetaDirectToolCallCaller",
    "BetaDirectToolCallCallerParam",
    "BetaDoubleClickAction",
    "BetaDragParam",
    "BetaEasyInputMessage",
    "BetaEmptyModelParam",
    "BetaEncryptedContent",
    "BetaEncryptedContentParam",
    "BetaError",
    "BetaErrorPayload",
    "BetaFileCitationBody",
    "BetaFileCitationParam",
    "BetaFileDetailEnum",
    "BetaFileInputDetail",
    "BetaFilePath",
    "BetaFileSearchTool",
    "BetaFileSearchToolCall",
    "BetaFileSearchToolCallResultsVariant1Item",
    "BetaFilters",
    "BetaFunctionAndCustomToolCallOutput",
    "BetaFunctionCallItemStatus",
    "BetaFunctionCallOutputItemParam",
    "BetaFunctionCallOutputStatusEnum",
    "BetaFunctionCallStatus",
    "BetaFunctionShellAction",
    "BetaFunctionShellActionParam",
    "BetaFunctionShellCall",
    "BetaFunctionShellCallItemParam",
    "BetaFunctionShellCallItemStatus",
    "BetaFunctionShellCallOutput",
    "BetaFunctionShellCallOutputContent",
    "BetaFunctionShellCallOutputContentParam",
    "BetaFunctionShellCallOutputExitOutcome",
    "BetaFunctionShellCallOutputExitOutcomeParam",
    "BetaFunctionShellCallOutputItemParam",
    "BetaFunctionShellCallOutputOutcomeParam",
    "BetaFunctionShellCallOutputStatusEnum",
    "BetaFunctionShellCallOutputTimeoutOutcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam",
    "BetaFunctionShellCallStatus",
    "BetaFunctionShellToolParam",
    "BetaFunctionTool",
    "BetaFunctionToolCall",
    "BetaFunctionToolCallOutput",
    "BetaFunctionToolCallOutputResource",
    "BetaFunctionToolCallResource",
    "BetaFunctionToolParam",
    "BetaGrammarSyntax1",
    "BetaHTTPError",
    "BetaHybridSearchOptions",
    "BetaImageDetail",
    "BetaImageGenActionEnum",
    "BetaImageGenTool",
    "BetaImageGenToolCall",
    "BetaImageGenToolInputImageMask",
    "BetaIncludeEnum",
    "BetaInlineSkillParam",
    "BetaInlineSkillSourceParam",
    "BetaInputAudio",
    "BetaInputAudioInputAudio",
    "BetaInputContent",
    "BetaInputFidelity",
    "BetaInputFileContent",
    "BetaInputFileContentParam",
    "BetaInputImageContent",
    "BetaInputImageContentParamAutoParam",
    "BetaInputItem",
    "BetaInputMessage",
    "BetaInputMessageContentList",
    "BetaInputMessageResource",
    "BetaInputParam",
    "BetaInputTextContent",
    "BetaInputTextContentParam",
    "BetaItem",
    "BetaItemField",
    "BetaItemReferenceParam",
    "BetaItemResource",
    "BetaKeyPressAction",
    "BetaLocalEnvironmentParam",
    "BetaLocalEnvironmentResource",
    "BetaLocalShellExecAction",
    "BetaLocalShellToolCall",
    "BetaLocalShellToolCallOutput",
    "BetaLocalShellToolParam",
    "BetaLocalSkillParam",
    "BetaLogProb",
    "BetaMCPApprovalRequest",
    "BetaMCPApprovalResponse",
    "BetaMCPApprovalResponseResource",
    "BetaMCPListTools",
    "BetaMCPListToolsTool",
    "BetaMCPProtocolError",
    "BetaMCPTool",
    "BetaMCPToolCall",
    "BetaMCPToolCallError",
    "BetaMCPToolCallStatus",
    "BetaMCPToolExecutionError",
    "BetaMCPToolFilter",
    "BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter",
    "BetaMessage",
    "BetaMessagePhase",
    "BetaMessagePhase2",
    "BetaMessageRole",
    "BetaMessageStatus",
    "BetaMetadata",
    "BetaModelIdsCompaction",
    "BetaModelIdsResponses",
    "BetaModelIdsShared",
    "BetaModelResponseProperties",
    "BetaModeration",
    "BetaModerationConfigParam",
    "BetaModerationErrorBody",
    "BetaModerationInputType",
    "BetaModerationMode",
    "BetaModerationParam",
    "BetaModerationPolicyParam",
    "BetaModerationResultBody",
    "BetaMoveParam",
    "BetaMultiAgentAction",
    "BetaMultiAgentAction1",
    "BetaMultiAgentCall",
    "BetaMultiAgentCallItemParam",
    "BetaMultiAgentCallOutput",
    "BetaMultiAgentCallOutputItemParam",
    "BetaMultiAgentParam",
    "BetaNamespaceToolParam",
    "BetaOutputAudio",
    "BetaOutputContent",
    "BetaOutputItem",
    "BetaOutputMessage",
    "BetaOutputMessageContent",
    "BetaOutputTextContent",
    "BetaOutputTextContentParam",
    "BetaPersonalityEnum",
    "BetaProgram",
    "BetaProgramItemParam",
    "BetaProgramOutput",
    "BetaProgramOutputItemParam",
    "BetaProgramOutputItemStatus",
    "BetaProgramOutputStatus",
    "BetaProgramToolCallCaller",
    "BetaProgramToolCallCallerParam",
    "BetaProgrammaticToolCallingParam",
    "BetaPrompt",
    "BetaPromptCacheBreakpointConfig",
    "BetaPromptCacheBreakpointParam",
    "BetaPromptCacheModeEnum",
    "BetaPromptCacheOptions",
    "BetaPromptCacheOptionsParam",
    "BetaPromptCacheRetentionEnum",
    "BetaPromptCacheTTLEnum",
    "BetaPromptVariant1",
    "BetaRankerVersionType",
    "BetaRankingOptions",
    "BetaReasoning",
    "BetaReasoningEffort",
    "BetaReasoningItem",
    "BetaReasoningModeEnum",
    "BetaReasoningTextContent",
    "BetaRefusalContent",
    "BetaResponse",
    "BetaResponseAudioDeltaEvent",
    "BetaResponseAudioDoneEvent",
    "BetaResponseAudioTranscriptDeltaEvent",
    "BetaResponseAudioTranscriptDoneEvent",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent",
    "BetaResponseCodeInterpreterCallCodeDoneEvent",
    "BetaResponseCodeInterpreterCallCompletedEvent",
    "BetaResponseCodeInterpreterCallInProgressEvent",
    "BetaResponseCodeInterpreterCallInterpretingEvent",
    "BetaResponseCompletedEvent",
    "BetaResponseContentPartAddedEvent",
    "BetaResponseContentPartDoneEvent",
    "BetaResponseConversation",
    "BetaResponseCreatedEvent",
    "BetaResponseCustomToolCallInputDeltaEvent",
    "BetaResponseCustomToolCallInputDoneEvent",
    "BetaResponseError",
    "BetaResponseErrorCode",
    "BetaResponseErrorEvent",
    "BetaResponseErrorVariant1",
    "BetaResponseFailedEvent",
    "BetaResponseFileSearchCallCompletedEvent",
    "BetaResponseFileSearchCallInProgressEvent",
    "BetaResponseFileSearchCallSearchingEvent",
    "BetaResponseFormatJsonObject",
    "BetaResponseFormatJsonSchemaSchema",
    "BetaResponseFormatText",
    "BetaResponseFunctionCallArgumentsDeltaEvent",
    "BetaResponseFunctionCallArgumentsDoneEvent",
    "BetaResponseImageGenCallCompletedEvent",
    "BetaResponseImageGenCallGeneratingEvent",
    "BetaResponseImageGenCallInProgressEvent",
    "BetaResponseImageGenCallPartialImageEvent",
    "BetaResponseInProgressEvent",
    "BetaResponseIncompleteDetailsVariant1",
    "BetaResponseIncompleteEvent",
    "BetaResponseInjectCreatedEvent",
    "BetaResponseInjectEvent",
    "BetaResponseInjectFailedEvent",
    "BetaResponseInjectFailedEventError",
    "BetaResponseItemList",
    "BetaResponseLogProb",
    "BetaResponseLogProbTopLogprobsItem",
    "BetaResponseMCPCallArgumentsDeltaEvent",
    "BetaResponseMCPCallArgumentsDoneEvent",
    "BetaResponseMCPCallCompletedEvent",
    "BetaResponseMCPCallFailedEvent",
    "BetaResponseMCPCallInProgressEvent",
    "BetaResponseMCPListToolsCompletedEvent",
    "BetaResponseMCPListToolsFailedEvent",
    "BetaResponseMCPListToolsInProgressEvent",
    "BetaResponseOutputItemAddedEvent",
    "BetaResponseOutputItemDoneEvent",
    "BetaResponseOutputTextAnnotationAddedEvent",
    "BetaResponsePromptVariables",
    "BetaResponseProperties",
    "BetaResponseQueuedEvent",
    "BetaResponseReasoningSummaryPartAddedEvent",
    "BetaResponseReasoningSummaryPartAddedEventPart",
    "BetaResponseReasoningSummaryPartDoneEvent",
    "BetaResponseReasoningSummaryPartDoneEventPart",
    "BetaResponseReasoningSummaryTextDeltaEvent",
    "BetaResponseReasoningSummaryTextDoneEvent",
    "BetaResponseReasoningTextDeltaEvent",
    "BetaResponseReasoningTextDoneEvent",
    "BetaResponseRefusalDeltaEvent",
    "BetaResponseRefusalDoneEvent",
    "BetaResponseShellCallCommandAddedStreamingEvent",
    "BetaResponseShellCallCommandDeltaStreamingEvent",
    "BetaResponseShellCallCommandDoneStreamingEvent",
    "BetaResponseShellCallOutputContentDeltaStreamingEvent",
    "BetaResponseShellCallOutputContentDoneStreamingEvent",
    "BetaResponseStreamEvent",
    "BetaResponseStreamOptions",
    "BetaResponseStreamOptionsVariant1",
    "BetaResponseTextDeltaEvent",
    "BetaResponseTextDoneEvent",
    "BetaResponseTextParam",
    "BetaResponseUsage",
    "BetaResponseUsageInputTokensDetails",
    "BetaResponseUsageOutputTokensDetails",
    "BetaResponseWebSearchCallCompletedEvent",
    "BetaResponseWebSearchCallInProgressEvent",
    "BetaResponseWebSearchCallSearchingEvent",
    "BetaResponseWsError",
    "BetaResponsesClientEvent",
    "BetaResponsesClientEventResponseCreate",
    "BetaResponsesServerEvent",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta",
    "BetaResponsesServerEventBetaResponseAudioTranscriptWsDone",
    "BetaResponsesServerEventBetaResponseAudioWsDelta",
    "BetaResponsesServerEventBetaResponseAudioWsDone",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted",
    "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting",
    "BetaResponsesServerEventBetaResponseContentPartWsAdded",
    "BetaResponsesServerEventBetaResponseContentPartWsDone",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta",
    "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone",
    "BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted",
    "BetaResponsesServerEventBetaResponseFileSearchCallWsSearching",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta",
    "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone",
    "BetaResponsesServerEventBetaResponseImageGenCallInWsProgress",
    "BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage",
    "BetaResponsesServerEventBetaResponseImageGenCallWsCompleted",
    "BetaResponsesServerEventBetaResponseImageGenCallWsGenerating",
    "BetaResponsesServerEventBetaResponseInWsProgress",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta",
    "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone",
    "BetaResponsesServerEventBetaResponseMcpCallInWsProgress",
    "BetaResponsesServerEventBetaResponseMcpCallWsCompleted",
    "BetaResponsesServerEventBetaResponseMcpCallWsFailed",
    "BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted",
    "BetaResponsesServerEventBetaResponseMcpListToolsWsFailed",
    "BetaResponsesServerEventBetaResponseOutputItemWsAdded",
    "BetaResponsesServerEventBetaResponseOutputItemWsDone",
    "BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded",
    "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta",
    "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDelta",
    "BetaResponsesServerEventBetaResponseReasoningTextWsDone",
    "BetaResponsesServerEventBetaResponseRefusalWsDelta",
    "BetaResponsesServerEventBetaResponseRefusalWsDone",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsAdded",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDelta",
    "BetaResponsesServerEventBetaResponseShellCallCommandWsDone",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta",
    "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone",
    "BetaResponsesServerEventBetaResponseTextWsDelta",
    "BetaResponsesServerEventBetaResponseTextWsDone",
    "BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted",
    "BetaResponsesServerEventBetaResponseWebSearchCallWsSearching",
    "BetaResponsesServerEventBetaResponseWsCompleted",
    "BetaResponsesServerEventBetaResponseWsCreated",
    "BetaResponsesServerEventBetaResponseWsFailed",
    "BetaResponsesServerEventBetaResponseWsIncomplete",
    "BetaResponsesServerEventBetaResponseWsQueued",
    "BetaResponsesWebSocketStreamEvent",
    "BetaScreenshotParam",
    "BetaScrollParam",
    "BetaSearchContentType",
    "BetaSearchContextSize",
    "BetaServiceTierEnum",
    "BetaServiceTierResponses",
    "BetaShellCallOutputDelta",
    "BetaSkillReferenceParam",
    "BetaSpecificApplyPatchParam",
    "BetaSpecificFunctionShellParam",
    "BetaSpecificProgrammaticToolCallingParam",
    "BetaSummaryTextContent",
    "BetaTextContent",
    "BetaTextResponseFormatConfiguration",
    "BetaTextResponseFormatJsonSchema",
    "BetaTokenCountsBody",
    "BetaTokenCountsResource",
    "BetaTool",
    "BetaToolCallCaller",
    "BetaToolCallCallerParam",
    "BetaToolChoiceAllowed",
    "BetaToolChoiceCustom",
    "BetaToolChoiceFunction",
    "BetaToolChoiceMCP",
    "BetaToolChoiceOptions",
    "BetaToolChoiceParam",
    "BetaToolChoiceTypes",
    "BetaToolSearchCall",
    "BetaToolSearchCallItemParam",
    "BetaToolSearchExecutionType",
    "BetaToolSearchOutput",
    "BetaToolSearchOutputItemParam",
    "BetaToolSearchToolParam",
    "BetaToolsArray",
    "BetaTopLogProb",
    "BetaTruncationEnum",
    "BetaTypeParam",
    "BetaUrlCitationBody",
    "BetaUrlCitationParam",
    "BetaVectorStoreFileAttributes",
    "BetaVerbosity",
    "BetaWaitParam",
    "BetaWebSearchActionFind",
    "BetaWebSearchActionOpenPage",
    "BetaWebSearchActionSearch",
    "BetaWebSearchActionSearchSourcesItem",
    "BetaWebSearchApproximateLocation",
    "BetaWebSearchApproximateLocationWebSearchApproximateLocation",
    "BetaWebSearchPreviewTool",
    "BetaWebSearchTool",
    "BetaWebSearchToolCall",
    "BetaWebSearchToolFiltersVariant1",
    "C2PAProvenanceResult",
    "C2PAValidationStateApi",
    "CallableToolAllowedCaller",
    "Certificate",
    "CertificateCertificateDetails",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionDeleted",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionList",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageList",
    "ChatCompletionMessageListDataItem",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionModalities",
    "ChatCompletionModeration",
    "ChatCompletionModerationError",
    "ChatCompletionModerationResults",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomCustom",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageAudioVariant1",
    "ChatCompletionRequestAssistantMessageContentPart",
    "ChatCompletionRequestAssistantMessageFunctionCallVariant1",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartFileFile",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionRequestUserMessageContentPart",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageAnnotationsItem",
    "ChatCompletionResponseMessageAnnotationsItemUrlCitation",
    "ChatCompletionResponseMessageAudioVariant1",
    "ChatCompletionResponseMessageFunctionCall",
    "ChatCompletionRole",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamOptionsVariant1",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "ChatSessionAutomaticThreadTitling",
    "ChatSessionChatkitConfiguration",
    "ChatSessionFileUpload",
    "ChatSessionHistory",
    "ChatSessionRateLimits",
    "ChatSessionResource",
    "ChatSessionStatus",
    "ChatkitConfigurationParam",
    "ChatkitWorkflow",
    "ChatkitWorkflowTracing",
    "ChunkingStrategyRequestParam",
    "ClickButtonType",
    "ClickParam",
    "ClientToolCallItem",
    "ClientToolCallStatus",
    "ClosedStatus",
    "CodeInterpreterFileOutput",
    "CodeInterpreterFileOutputFilesItem",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterTextOutput",
    "CodeInterpreterTool",
    "CodeInterpreterToolCall",
    "CompactResource",
    "CompactResponseMethodPublicBody",
    "CompactionBody",
    "CompactionSummaryItemParam",
    "CompactionTriggerItemParam",
    "ComparisonFilter",
    "CompleteUploadRequest",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CompoundFilter",
    "ComputerAction",
    "ComputerActionList",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerEnvironment",
    "ComputerScreenshotContent",
    "ComputerScreenshotImage",
    "ComputerTool",
    "ComputerToolCall",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputResource",
    "ComputerUsePreviewTool",
    "ContainerAutoParam",
    "ContainerFileCitationBody",
    "ContainerFileCitationParam",
    "ContainerFileListResource",
    "ContainerFileResource",
    "ContainerListResource",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReferenceParam",
    "ContainerReferenceResource",
    "ContainerResource",
    "ContainerResourceExpiresAfter",
    "ContainerResourceNetworkPolicy",
    "Content",
    "ContextManagementParam",
    "ConversationItem",
    "ConversationItemList",
    "ConversationParam",
    "ConversationParam2",
    "ConversationResource",
    "CoordParam",
    "CostsResult",
    "CostsResultAmount",
    "CreateAssistantRequest",
    "CreateAssistantRequestToolResourcesVariant1",
    "CreateAssistantRequestToolResourcesVariant1CodeInterpreter",
    "CreateBatchRequest",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestAudio",
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemLogprobsVariant1",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs",
    "CreateChatSessionBody",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemLogprobsVariant1",
    "CreateContainerBody",
    "CreateContainerBodyExpiresAfter",
    "CreateContainerFileBody",
    "CreateContentProvenanceBody",
    "CreateConversationBody",
    "CreateConversationItemsRequest",
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseUsage",
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages",
    "CreateEvalCompletionsRunDataSourceSamplingParams",
    "CreateEvalCustomDataSourceConfig",
    "CreateEvalItem",
    "CreateEvalItemSimpleInputMessage",
    "CreateEvalJsonlRunDataSource",
    "CreateEvalLabelModelGrader",
    "CreateEvalLogsDataSourceConfig",
    "CreateEvalRequest",
    "CreateEvalResponsesRunDataSource",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage",
    "CreateEvalResponsesRunDataSourceSamplingParams",
    "CreateEvalResponsesRunDataSourceSamplingParamsText",
    "CreateEvalRunRequest",
    "CreateEvalStoredCompletionsDataSourceConfig",
    "CreateFileRequest",
    "CreateFineTuningCheckpointPermissionRequest",
    "CreateFineTuningJobRequest",
    "CreateFineTuningJobRequestHyperparameters",
    "CreateFineTuningJobRequestIntegrationsItem",
    "CreateFineTuningJobRequestIntegrationsItemWandb",
    "CreateGroupBody",
    "CreateGroupUserBody",
    "CreateImageEditRequest",
    "CreateImageRequest",
    "CreateImageVariationRequest",
    "CreateMessageRequest",
    "CreateMessageRequestAttachmentsVariant1Item",
    "CreateModelResponseProperties",
    "CreateModerationRequest",
    "CreateModerationRequestInputVariant3ItemVariant1",
    "CreateModerationRequestInputVariant3ItemVariant1ImageUrl",
    "CreateModerationRequestInputVariant3ItemVariant2",
    "CreateModerationResponse",
    "CreateModerationResponseResultsItem",
    "CreateModerationResponseResultsItemCategories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes",
    "CreateModerationResponseResultsItemCategoryScores",
    "CreateProjectServiceAccountApiKeyBody",
    "CreateResponse",
    "CreateRunRequest",
    "CreateSkillBody",
    "CreateSkillVersionBody",
    "CreateSpeechRequest",
    "CreateSpeechResponseStreamEvent",
    "CreateSpendAlertBody",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestToolResources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearch",
    "CreateThreadRequest",
    "CreateThreadRequestToolResourcesVariant1",
    "CreateThreadRequestToolResourcesVariant1CodeInterpreter",
    "CreateTranscriptionRequest",
    "CreateTranscriptionResponseDiarizedJson",
    "CreateTranscriptionResponseJson",
    "CreateTranscriptionResponseJsonLogprobsItem",
    "CreateTranscriptionResponseStreamEvent",
    "CreateTranscriptionResponseVerboseJson",
    "CreateTranslationRequest",
    "CreateTranslationResponseJson",
    "CreateTranslationResponseVerboseJson",
    "CreateUploadRequest",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "CreateVideoCharacterBody",
    "CreateVideoEditJsonBody",
    "CreateVideoEditMultipartBody",
    "CreateVideoExtendJsonBody",
    "CreateVideoExtendMultipartBody",
    "CreateVideoJsonBody",
    "CreateVideoMultipartBody",
    "CreateVideoRemixBody",
    "CreateVoiceConsentRequest",
    "CreateVoiceRequest",
    "CustomGrammarFormatParam",
    "CustomTextFormatParam",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputResource",
    "CustomToolCallResource",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomFormatGrammarFormat",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar",
    "CustomToolChatCompletionsCustomFormatTextFormat",
    "CustomToolParam",
    "DeleteAssistantResponse",
    "DeleteCertificateResponse",
    "DeleteEvalResponse",
    "DeleteEvalRunResponse",
    "DeleteFileResponse",
    "DeleteFineTuningCheckpointPermissionResponse",
    "DeleteMessageResponse",
    "DeleteModelResponse",
    "DeleteThreadResponse",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreResponse",
    "DeletedConversation",
    "DeletedConversationResource",
    "DeletedRoleAssignmentResource",
    "DeletedSkillResource",
    "DeletedSkillVersionResource",
    "DeletedThreadResource",
    "DeletedVideoResource",
    "DetailEnum",
    "DirectToolCallCaller",
    "DirectToolCallCallerParam",
    "DoneEvent",
    "DoubleClickAction",
    "DragParam",
    "DragPoint",
    "EasyInputMessage",
    "EditImageBodyJsonParam",
    "Embedding",
    "EmptyModelParam",
    "Error",
    "Error2",
    "ErrorEvent",
    "ErrorPayload",
    "ErrorResponse",
    "Eval",
    "EvalApiError",
    "EvalCustomDataSourceConfig",
    "EvalGraderLabelModel",
    "EvalGraderPython",
    "EvalGraderScoreModel",
    "EvalGraderStringCheck",
    "EvalGraderTextSimilarity",
    "EvalItem",
    "EvalItemContent",
    "EvalItemContentArray",
    "EvalItemContentItem",
    "EvalItemContentOutputText",
    "EvalItemContentText",
    "EvalItemInputImage",
    "EvalJsonlFileContentSource",
    "EvalJsonlFileContentSourceContentItem",
    "EvalJsonlFileIdSource",
    "EvalList",
    "EvalLogsDataSourceConfig",
    "EvalResponsesSource",
    "EvalRun",
    "EvalRunList",
    "EvalRunOutputItem",
    "EvalRunOutputItemList",
    "EvalRunOutputItemResult",
    "EvalRunOutputItemSample",
    "EvalRunOutputItemSampleInputItem",
    "EvalRunOutputItemSampleOutputItem",
    "EvalRunOutputItemSampleUsage",
    "EvalRunPerModelUsageItem",
    "EvalRunPerTestingCriteriaResultsItem",
    "EvalRunResultCounts",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalStoredCompletionsSource",
    "ExpiresAfterParam",
    "FileAnnotation",
    "FileAnnotationSource",
    "FileCitationBody",
    "FileCitationParam",
    "FileDetailEnum",
    "FileExpirationAfter",
    "FileInputDetail",
    "FilePath",
    "FileSearchRanker",
    "FileSearchRankingOptions",
    "FileSearchTool",
    "FileSearchToolCall",
    "FileSearchToolCallResultsVariant1Item",
    "FileUploadParam",
    "Filters",
    "FineTuneChatCompletionRequestAssistantMessage",
    "FineTuneDPOHyperparameters",
    "FineTuneDPOMethod",
    "FineTuneMethod",
    "FineTuneReinforcementHyperparameters",
    "FineTuneReinforcementMethod",
    "FineTuneSupervisedHyperparameters",
    "FineTuneSupervisedMethod",
    "FineTuningCheckpointPermission",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobErrorVariant1",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "FunctionAndCustomToolCallOutput",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionObject",
    "FunctionParameters",
    "FunctionShellAction",
    "FunctionShellActionParam",
    "FunctionShellCall",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemStatus",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputOutcomeParam",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallStatus",
    "FunctionShellToolParam",
    "FunctionTool",
    "FunctionToolCall",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputResource",
    "FunctionToolCallResource",
    "FunctionToolParam",
    "GraderLabelModel",
    "GraderMulti",
    "GraderPython",
    "GraderScoreModel",
    "GraderScoreModelSamplingParams",
    "GraderStringCheck",
    "GraderTextSimilarity",
    "GrammarSyntax1",
    "Group",
    "GroupDeletedResource",
    "GroupListResource",
    "GroupMemberUser",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupRoleAssignment",
    "GroupUser",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "HTTPError",
    "HistoryParam",
    "HostedToolPermission",
    "HostedToolPermissionUpdate",
    "HybridSearchOptions",
    "Image",
    "ImageDetail",
    "ImageEditCompletedEvent",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenActionEnum",
    "ImageGenCompletedEvent",
    "ImageGenInputUsageDetails",
    "ImageGenOutputTokensDetails",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageGenTool",
    "ImageGenToolCall",
    "ImageGenToolInputImageMask",
    "ImageGenUsage",
    "ImageRefParam",
    "ImageRefParam2",
    "ImagesResponse",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "IncludeEnum",
    "InferenceOptions",
    "InlineSkillParam",
    "InlineSkillSourceParam",
    "InputAudio",
    "InputAudioInputAudio",
    "InputContent",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam",
    "InputImageContent",
    "InputImageContentParamAutoParam",
    "InputItem",
    "InputMessage",
    "InputMessageContentList",
    "InputMessageResource",
    "InputParam",
    "InputTextContent",
    "InputTextContentParam",
    "Invite",
    "InviteDeleteResponse",
    "InviteListResponse",
    "InviteProjectGroupBody",
    "InviteProjectsItem",
    "InviteRequest",
    "InviteRequestProjectsItem",
    "Item",
    "ItemField",
    "ItemReferenceParam",
    "ItemResource",
    "KeyPressAction",
    "ListAssistantsResponse",
    "ListAuditLogsEffectiveAt",
    "ListAuditLogsResponse",
    "ListBatchesResponse",
    "ListCertificatesResponse",
    "ListFilesResponse",
    "ListFineTuningCheckpointPermissionResponse",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "ListProjectCertificatesResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresResponse",
    "LocalEnvironmentParam",
    "LocalEnvironmentResource",
    "LocalShellExecAction",
    "LocalShellToolCall",
    "LocalShellToolCallOutput",
    "LocalShellToolParam",
    "LocalSkillParam",
    "LockedStatus",
    "LogProb",
    "LogProbProperties",
    "MCPApprovalRequest",
    "MCPApprovalResponse",
    "MCPApprovalResponseResource",
    "MCPListTools",
    "MCPListToolsTool",
    "MCPProtocolError",
    "MCPTool",
    "MCPToolCall",
    "MCPToolCallError",
    "MCPToolCallStatus",
    "MCPToolExecutionError",
    "MCPToolFilter",
    "MCPToolRequireApprovalVariant1MCPToolApprovalFilter",
    "Message",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectImageFile",
    "MessageContentImageUrlObject",
    "MessageContentImageUrlObjectImageUrl",
    "MessageContentRefusalObject",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextAnnotationsFilePathObjectFilePath",
    "MessageContentTextObject",
    "MessageContentTextObjectText",
    "MessageDeltaContentImageFileObject",
    "MessageDeltaContentImageFileObjectImageFile",
    "MessageDeltaContentImageUrlObject",
    "MessageDeltaContentImageUrlObjectImageUrl",
    "MessageDeltaContentRefusalObject",
    "MessageDeltaContentTextAnnotationsFileCitationObject",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageDeltaContentTextAnnotationsFilePathObject",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath",
    "MessageDeltaContentTextObject",
    "MessageDeltaContentTextObjectText",
    "MessageDeltaObject",
    "MessageDeltaObjectDelta",
    "MessageObject",
    "MessageObjectAttachmentsVariant1Item",
    "MessageObjectIncompleteDetailsVariant1",
    "MessagePhase",
    "MessagePhase2",
    "MessageRequestContentTextObject",
    "MessageRole",
    "MessageStatus",
    "MessageStreamEvent",
    "MessageStreamEventVariant1",
    "MessageStreamEventVariant2",
    "MessageStreamEventVariant3",
    "MessageStreamEventVariant4",
    "MessageStreamEventVariant5",
    "Metadata",
    "Model",
    "ModelIds",
    "ModelIdsCompaction",
    "ModelIdsResponses",
    "ModelIdsShared",
    "ModelResponseProperties",
    "Moderation",
    "ModerationConfigParam",
    "ModerationErrorBody",
    "ModerationInputType",
    "ModerationMode",
    "ModerationParam",
    "ModerationPolicyParam",
    "ModerationResultBody",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestToolResourcesVariant1",
    "ModifyAssistantRequestToolResourcesVariant1CodeInterpreter",
    "ModifyAssistantRequestToolResourcesVariant1FileSearch",
    "ModifyCertificateRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "ModifyThreadRequestToolResourcesVariant1",
    "ModifyThreadRequestToolResourcesVariant1CodeInterpreter",
    "ModifyThreadRequestToolResourcesVariant1FileSearch",
    "MoveParam",
    "NamespaceToolParam",
    "NoiseReductionType",
    "OpenAIFile",
    "OrderEnum",
    "OrganizationCertificate",
    "OrganizationCertificateActivationResponse",
    "OrganizationCertificateCertificateDetails",
    "OrganizationCertificateDeactivationResponse",
    "OrganizationDataRetention",
    "OrganizationProjectCertificate",
    "OrganizationProjectCertificateActivationResponse",
    "OrganizationProjectCertificateCertificateDetails",
    "OrganizationProjectCertificateDeactivationResponse",
    "OrganizationSpendAlert",
    "OrganizationSpendAlertDeletedResource",
    "OrganizationSpendAlertListResource",
    "OrganizationSpendLimitDeletedResource",
    "OrganizationSpendLimitResource",
    "OtherChunkingStrategyResponseParam",
    "OutputAudio",
    "OutputContent",
    "OutputItem",
    "OutputMessage",
    "OutputMessageContent",
    "OutputTextContent",
    "ParallelToolCalls",
    "PartialImages",
    "PersonalityEnum",
    "PredictionContent",
    "Program",
    "ProgramItemParam",
    "ProgramOutput",
    "ProgramOutputItemParam",
    "ProgramOutputItemStatus",
    "ProgramOutputStatus",
    "ProgramToolCallCaller",
    "ProgramToolCallCallerParam",
    "ProgrammaticToolCallingParam",
    "Project",
    "ProjectApiKey",
    "ProjectApiKeyDeleteResponse",
    "ProjectApiKeyListResponse",
    "ProjectApiKeyOwner",
    "ProjectApiKeyOwnerServiceAccount",
    "ProjectApiKeyOwnerUser",
    "ProjectCreateRequest",
    "ProjectDataRetention",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "ProjectGroupListResource",
    "ProjectHostedToolPermissions",
    "ProjectHostedToolPermissionsUpdateRequest",
    "ProjectListResponse",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleteResponse",
    "ProjectModelPermissionsUpdateRequest",
    "ProjectRateLimit",
    "ProjectRateLimitListResponse",
    "ProjectRateLimitUpdateRequest",
    "ProjectServiceAccount",
    "ProjectServiceAccountApiKey",
    "ProjectServiceAccountCreateRequest",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountDeleteResponse",
    "ProjectServiceAccountListResponse",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeletedResource",
    "ProjectSpendAlertListResource",
    "ProjectSpendLimitDeletedResource",
    "ProjectSpendLimitResource",
    "ProjectUpdateRequest",
    "ProjectUser",
    "ProjectUserCreateRequest",
    "ProjectUserDeleteResponse",
    "ProjectUserListResponse",
    "ProjectUserUpdateRequest",
    "Prompt",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointParam",
    "PromptCacheModeEnum",
    "PromptCacheOptions",
    "PromptCacheOptionsParam",
    "PromptCacheRetentionEnum",
    "PromptCacheTTLEnum",
    "PromptVariant1",
    "ProvenanceCheckObject",
    "ProvenanceDetectionResultApi",
    "ProvenanceResource",
    "PublicAssignOrganizationGroupRoleBody",
    "PublicCreateOrganizationRoleBody",
    "PublicProjectResidency",
    "PublicRoleListResource",
    "PublicUpdateOrganizationRoleBody",
    "RankerVersionType",
    "RankingOptions",
    "RateLimitsParam",
    "RealtimeAudioFormats",
    "RealtimeAudioFormatsPCMAAudioFormat",
    "RealtimeAudioFormatsPCMAudioFormat",
    "RealtimeAudioFormatsPCMUAudioFormat",
    "RealtimeBetaClientEventConversationItemCreate",
    "RealtimeBetaClientEventConversationItemDelete",
    "RealtimeBetaClientEventConversationItemRetrieve",
    "RealtimeBetaClientEventConversationItemTruncate",
    "RealtimeBetaClientEventInputAudioBufferAppend",
    "RealtimeBetaClientEventInputAudioBufferClear",
    "RealtimeBetaClientEventInputAudioBufferCommit",
    "RealtimeBetaClientEventOutputAudioBufferClear",
    "RealtimeBetaClientEventResponseCancel",
    "RealtimeBetaClientEventResponseCreate",
    "RealtimeBetaClientEventSessionUpdate",
    "RealtimeBetaClientEventTranscriptionSessionUpdate",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseCreateParams",
    "RealtimeBetaResponseCreateParamsToolsItem",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseStatusDetailsError",
    "RealtimeBetaResponseUsage",
    "RealtimeBetaResponseUsageInputTokenDetails",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeBetaResponseUsageOutputTokenDetails",
    "RealtimeBetaServerEventConversationItemCreated",
    "RealtimeBetaServerEventConversationItemDeleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeBetaServerEventConversationItemRetrieved",
    "RealtimeBetaServerEventConversationItemTruncated",
    "RealtimeBetaServerEventError",
    "RealtimeBetaServerEventErrorError",
    "RealtimeBetaServerEventInputAudioBufferCleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    "RealtimeBetaServerEventMCPListToolsCompleted",
    "RealtimeBetaServerEventMCPListToolsFailed",
    "RealtimeBetaServerEventMCPListToolsInProgress",
    "RealtimeBetaServerEventRateLimitsUpdated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeBetaServerEventResponseAudioDelta",
    "RealtimeBetaServerEventResponseAudioDone",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone",
    "RealtimeBetaServerEventResponseContentPartAdded",
    "RealtimeBetaServerEventResponseContentPartAddedPart",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseCreated",
    "RealtimeBetaServerEventResponseDone",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallCompleted",
    "RealtimeBetaServerEventResponseMCPCallFailed",
    "RealtimeBetaServerEventResponseMCPCallInProgress",
    "RealtimeBetaServerEventResponseOutputItemAdded",
    "RealtimeBetaServerEventResponseOutputItemDone",
    "RealtimeBetaServerEventResponseTextDelta",
    "RealtimeBetaServerEventResponseTextDone",
    "RealtimeBetaServerEventSessionCreated",
    "RealtimeBetaServerEventSessionUpdated",
    "RealtimeBetaServerEventTranscriptionSessionCreated",
    "RealtimeBetaServerEventTranscriptionSessionUpdated",
    "RealtimeCallCreateRequest",
    "RealtimeCallReferRequest",
    "RealtimeCallRejectRequest",
    "RealtimeClientEvent",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventTranscriptionSessionUpdate",
    "RealtimeConversationItem",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemWithReference",
    "RealtimeConversationItemWithReferenceContentItem",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestExpiresAfter",
    "RealtimeCreateClientSecretResponse",
    "RealtimeFunctionTool",
    "RealtimeMCPApprovalRequest",
    "RealtimeMCPApprovalResponse",
    "RealtimeMCPHTTPError",
    "RealtimeMCPListTools",
    "RealtimeMCPProtocolError",
    "RealtimeMCPToolCall",
    "RealtimeMCPToolExecutionError",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateParamsAudioOutput",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsError",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeServerEvent",
    "RealtimeServerEventConversationCreated",
    "RealtimeServerEventConversationCreatedConversation",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemCreated",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventError",
    "RealtimeServerEventErrorError",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventMCPListToolsCompleted",
    "RealtimeServerEventMCPListToolsFailed",
    "RealtimeServerEventMCPListToolsInProgress",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeServerEventResponseAudioDelta",
    "RealtimeServerEventResponseAudioDone",
    "RealtimeServerEventResponseAudioTranscriptDelta",
    "RealtimeServerEventResponseAudioTranscriptDone",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartAddedPart",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDonePart",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallArgumentsDelta",
    "RealtimeServerEventResponseMCPCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallCompleted",
    "RealtimeServerEventResponseMCPCallFailed",
    "RealtimeServerEventResponseMCPCallInProgress",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseTextDelta",
    "RealtimeServerEventResponseTextDone",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventTranscriptionSessionUpdated",
    "RealtimeSession",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestClientSecret",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAAudio",
    "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeSessionCreateRequestGATracingTracingConfiguration",
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestToolsItem",
    "RealtimeSessionCreateRequestTracingTracingConfiguration",
    "RealtimeSessionCreateRequestTurnDetection",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseGA",
    "RealtimeSessionCreateResponseGAAudio",
    "RealtimeSessionCreateResponseGAAudioInput",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseGAAudioOutput",
    "RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration",
    "RealtimeSessionCreateResponseTracingTracingConfiguration",
    "RealtimeSessionCreateResponseTurnDetection",
    "RealtimeSessionInputAudioNoiseReduction",
    "RealtimeSessionTracingTracingConfigurationTracingConfiguration",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseClientSecret",
    "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionCreateResponseGAAudio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1",
    "RealtimeTranscriptionSessionCreateResponseTurnDetection",
    "RealtimeTranslationClientEvent",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestExpiresAfter",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEvent",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInput",
    "RealtimeTranslationSessionAudioInputNoiseReductionVariant1",
    "RealtimeTranslationSessionAudioInputTranscriptionVariant1",
    "RealtimeTranslationSessionAudioOutput",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1",
    "RealtimeTranslationSessionCreateRequestAudioOutput",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTranslationSessionUpdateRequestAudio",
    "RealtimeTranslationSessionUpdateRequestAudioInput",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1",
    "RealtimeTranslationSessionUpdateRequestAudioOutput",
    "RealtimeTruncation",
    "RealtimeTruncationRetentionRatioTruncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits",
    "RealtimeTurnDetection",
    "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVAD",
    "RealtimeTurnDetectionRealtimeTurnDetectionServerVAD",
    "Reasoning",
    "ReasoningEffort",
    "ReasoningItem",
    "ReasoningModeEnum",
    "ReasoningTextContent",
    "RefusalContent",
    "Response",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseConversation",
    "ResponseCreatedEvent",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseError",
    "ResponseErrorCode",
    "ResponseErrorEvent",
    "ResponseErrorVariant1",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseInProgressEvent",
    "ResponseIncompleteDetailsVariant1",
    "ResponseIncompleteEvent",
    "ResponseItemList",
    "ResponseLogProb",
    "ResponseLogProbTopLogprobsItem",
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsInProgressEvent",
    "ResponseModalities",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponsePromptVariables",
    "ResponseProperties",
    "ResponseQueuedEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseShellCallCommandAddedStreamingEvent",
    "ResponseShellCallCommandDeltaStreamingEvent",
    "ResponseShellCallCommandDoneStreamingEvent",
    "ResponseShellCallOutputContentDeltaStreamingEvent",
    "ResponseShellCallOutputContentDoneStreamingEvent",
    "ResponseStreamEvent",
    "ResponseStreamOptions",
    "ResponseStreamOptionsVariant1",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseTextParam",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWsError",
    "ResponsesClientEvent",
    "ResponsesClientEventResponseCreate",
    "ResponsesServerEvent",
    "ResponsesServerEventResponseAudioTranscriptWsDelta",
    "ResponsesServerEventResponseAudioTranscriptWsDone",
    "ResponsesServerEventResponseAudioWsDelta",
    "ResponsesServerEventResponseAudioWsDone",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta",
    "ResponsesServerEventResponseCodeInterpreterCallCodeWsDone",
    "ResponsesServerEventResponseCodeInterpreterCallInWsProgress",
    "ResponsesServerEventResponseCodeInterpreterCallWsCompleted",
    "ResponsesServerEventResponseCodeInterpreterCallWsInterpreting",
    "ResponsesServerEventResponseContentPartWsAdded",
    "ResponsesServerEventResponseContentPartWsDone",
    "ResponsesServerEventResponseCustomToolCallInputWsDelta",
    "ResponsesServerEventResponseCustomToolCallInputWsDone",
    "ResponsesServerEventResponseFileSearchCallInWsProgress",
    "ResponsesServerEventResponseFileSearchCallWsCompleted",
    "ResponsesServerEventResponseFileSearchCallWsSearching",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDelta",
    "ResponsesServerEventResponseFunctionCallArgumentsWsDone",
    "ResponsesServerEventResponseImageGenCallInWsProgress",
    "ResponsesServerEventResponseImageGenCallPartialWsImage",
    "ResponsesServerEventResponseImageGenCallWsCompleted",
    "ResponsesServerEventResponseImageGenCallWsGenerating",
    "ResponsesServerEventResponseInWsProgress",
    "ResponsesServerEventResponseMcpCallArgumentsWsDelta",
    "ResponsesServerEventResponseMcpCallArgumentsWsDone",
    "ResponsesServerEventResponseMcpCallInWsProgress",
    "ResponsesServerEventResponseMcpCallWsCompleted",
    "ResponsesServerEventResponseMcpCallWsFailed",
    "ResponsesServerEventResponseMcpListToolsInWsProgress",
    "ResponsesServerEventResponseMcpListToolsWsCompleted",
    "ResponsesServerEventResponseMcpListToolsWsFailed",
    "ResponsesServerEventResponseOutputItemWsAdded",
    "ResponsesServerEventResponseOutputItemWsDone",
    "ResponsesServerEventResponseOutputTextAnnotationWsAdded",
    "ResponsesServerEventResponseReasoningSummaryPartWsAdded",
    "ResponsesServerEventResponseReasoningSummaryPartWsDone",
    "ResponsesServerEventResponseReasoningSummaryTextWsDelta",
    "ResponsesServerEventResponseReasoningSummaryTextWsDone",
    "ResponsesServerEventResponseReasoningTextWsDelta",
    "ResponsesServerEventResponseReasoningTextWsDone",
    "ResponsesServerEventResponseRefusalWsDelta",
    "ResponsesServerEventResponseRefusalWsDone",
    "ResponsesServerEventResponseShellCallCommandWsAdded",
    "ResponsesServerEventResponseShellCallCommandWsDelta",
    "ResponsesServerEventResponseShellCallCommandWsDone",
    "ResponsesServerEventResponseShellCallOutputContentWsDelta",
    "ResponsesServerEventResponseShellCallOutputContentWsDone",
    "ResponsesServerEventResponseTextWsDelta",
    "ResponsesServerEventResponseTextWsDone",
    "ResponsesServerEventResponseWebSearchCallInWsProgress",
    "ResponsesServerEventResponseWebSearchCallWsCompleted",
    "ResponsesServerEventResponseWebSearchCallWsSearching",
    "ResponsesServerEventResponseWsCompleted",
    "ResponsesServerEventResponseWsCreated",
    "ResponsesServerEventResponseWsFailed",
    "ResponsesServerEventResponseWsIncomplete",
    "ResponsesServerEventResponseWsQueued",
    "ResponsesWebSocketStreamEvent",
    "Role",
    "RoleDeletedResource",
    "RoleListResource",
    "RunCompletionUsage",
    "RunCompletionUsageVariant1",
    "RunGraderRequest",
    "RunGraderResponse",
    "RunGraderResponseMetadata",
    "RunGraderResponseMetadataErrors",
    "RunObject",
    "RunObjectIncompleteDetails",
    "RunObjectLastError",
    "RunObjectRequiredAction",
    "RunObjectRequiredActionSubmitToolOutputs",
    "RunStepCompletionUsage",
    "RunStepCompletionUsageVariant1",
    "RunStepDeltaObject",
    "RunStepDeltaObjectDelta",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject",
    "RunStepDetailsToolCallsFileSearchResultObject",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDetailsToolCallsObject",
    "RunStepObject",
    "RunStepObjectLastErrorVariant1",
    "RunStepStreamEvent",
    "RunStepStreamEventVariant1",
    "RunStepStreamEventVariant2",
    "RunStepStreamEventVariant3",
    "RunStepStreamEventVariant4",
    "RunStepStreamEventVariant5",
    "RunStepStreamEventVariant6",
    "RunStepStreamEventVariant7",
    "RunStreamEvent",
    "RunStreamEventVariant1",
    "RunStreamEventVariant10",
    "RunStreamEventVariant2",
    "RunStreamEventVariant3",
    "RunStreamEventVariant4",
    "RunStreamEventVariant5",
    "RunStreamEventVariant6",
    "RunStreamEventVariant7",
    "RunStreamEventVariant8",
    "RunStreamEventVariant9",
    "RunToolCallObject",
    "RunToolCallObjectFunction",
    "ScreenshotParam",
    "ScrollParam",
    "SearchContentType",
    "SearchContextSize",
    "ServiceAccountApiKeyBody",
    "ServiceTier",
    "ServiceTierEnum",
    "ServiceTierResponses",
    "SetDefaultSkillVersionBody",
    "ShellCallOutputDelta",
    "SkillListResource",
    "SkillReferenceParam",
    "SkillResource",
    "SkillVersionListResource",
    "SkillVersionResource",
    "SpecificApplyPatchParam",
    "SpecificFunctionShellParam",
    "SpecificProgrammaticToolCallingParam",
    "SpeechAudioDeltaEvent",
    "SpeechAudioDoneEvent",
    "SpeechAudioDoneEventUsage",
    "SpendAlertNotificationChannel",
    "SpendLimitCurrency",
    "SpendLimitEnforcement",
    "SpendLimitEnforcementStatus",
    "SpendLimitInterval",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyResponseParam",
    "StopConfiguration",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestToolOutputsItem",
    "SummaryTextContent",
    "SynthIDProvenanceResult",
    "TaskGroupItem",
    "TaskGroupTask",
    "TaskItem",
    "TaskType",
    "TextContent",
    "TextResponseFormatConfiguration",
    "TextResponseFormatJsonSchema",
    "ThreadItem",
    "ThreadItemListResource",
    "ThreadListResource",
    "ThreadObject",
    "ThreadObjectToolResourcesVariant1",
    "ThreadObjectToolResourcesVariant1CodeInterpreter",
    "ThreadObjectToolResourcesVariant1FileSearch",
    "ThreadResource",
    "ThreadStreamEvent",
    "ThreadStreamEventVariant1",
    "ToggleCertificatesRequest",
    "TokenCountsBody",
    "TokenCountsResource",
    "Tool",
    "ToolCallCaller",
    "ToolCallCallerParam",
    "ToolChoice",
    "ToolChoiceAllowed",
    "ToolChoiceCustom",
    "ToolChoiceFunction",
    "ToolChoiceMCP",
    "ToolChoiceOptions",
    "ToolChoiceParam",
    "ToolChoiceTypes",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchToolParam",
    "ToolsArray",
    "TopLogProb",
    "TranscriptTextDeltaEvent",
    "TranscriptTextDeltaEventLogprobsItem",
    "TranscriptTextDoneEvent",
    "TranscriptTextDoneEventLogprobsItem",
    "TranscriptTextSegmentEvent",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptionChunkingStrategy",
    "TranscriptionDiarizedSegment",
    "TranscriptionInclude",
    "TranscriptionLanguage",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TruncationEnum",
    "TruncationObject",
    "TypeParam",
    "UpdateChatCompletionRequest",
    "UpdateConversationBody",
    "UpdateEvalRequest",
    "UpdateGroupBody",
    "UpdateOrganizationDataRetentionBody",
    "UpdateOrganizationSpendLimitBody",
    "UpdateProjectDataRetentionBody",
    "UpdateProjectServiceAccountBody",
    "UpdateProjectSpendLimitBody",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest",
    "UpdateVoiceConsentRequest",
    "Upload",
    "UploadCertificateRequest",
    "UploadPart",
    "UrlAnnotation",
    "UrlAnnotationSource",
    "UrlCitationBody",
    "UrlCitationParam",
    "UsageAudioSpeechesResult",
    "UsageAudioTranscriptionsResult",
    "UsageCodeInterpreterSessionsResult",
    "UsageCompletionsResult",
    "UsageEmbeddingsResult",
    "UsageFileSearchCallsResult",
    "UsageImagesResult",
    "UsageModerationsResult",
    "UsageResponse",
    "UsageTimeBucket",
    "UsageVectorStoresResult",
    "UsageWebSearchCallsResult",
    "User",
    "UserDeleteResponse",
    "UserListResource",
    "UserListResponse",
    "UserMessageInputText",
    "UserMessageItem",
    "UserMessageQuotedText",
    "UserProjectsVariant1",
    "UserProjectsVariant1DataItem",
    "UserRoleAssignment",
    "UserRoleUpdateRequest",
    "UserUser",
    "VadConfig",
    "ValidateGraderRequest",
    "ValidateGraderResponse",
    "VectorStoreExpirationAfter",
    "VectorStoreFileAttributes",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseDataItem",
    "VectorStoreFileObject",
    "VectorStoreFileObjectLastErrorVariant1",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultItem",
    "VectorStoreSearchResultsPage",
    "Verbosity",
    "VideoCharacterResource",
    "VideoContentVariant",
    "VideoListResource",
    "VideoModel",
    "VideoReferenceInputParam",
    "VideoResource",
    "VideoSeconds",
    "VideoSize",
    "VideoStatus",
    "VoiceConsentDeletedResource",
    "VoiceConsentListResource",
    "VoiceConsentResource",
    "VoiceIdsOrCustomVoice",
    "VoiceIdsOrCustomVoiceVariant2",
    "VoiceIdsShared",
    "VoiceResource",
    "WaitParam",
    "WebSearchActionFind",
    "WebSearchActionOpenPage",
    "WebSearchActionSearch",
    "WebSearchActionSearchSourcesItem",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocationWebSearchApproximateLocation",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchPreviewTool",
    "WebSearchTool",
    "WebSearchToolCall",
    "WebSearchToolFiltersVariant1",
    "WebhookBatchCancelled",
    "WebhookBatchCancelledData",
    "WebhookBatchCompleted",
    "WebhookBatchCompletedData",
    "WebhookBatchExpired",
    "WebhookBatchExpiredData",
    "WebhookBatchFailed",
    "WebhookBatchFailedData",
    "WebhookEvalRunCanceled",
    "WebhookEvalRunCanceledData",
    "WebhookEvalRunFailed",
    "WebhookEvalRunFailedData",
    "WebhookEvalRunSucceeded",
    "WebhookEvalRunSucceededData",
    "WebhookFineTuningJobCancelled",
    "WebhookFineTuningJobCancelledData",
    "WebhookFineTuningJobFailed",
    "WebhookFineTuningJobFailedData",
    "WebhookFineTuningJobSucceeded",
    "WebhookFineTuningJobSucceededData",
    "WebhookLiveCallIncoming",
    "WebhookLiveCallIncomingData",
    "WebhookLiveCallIncomingDataSipHeadersItem",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeadersItem",
    "WebhookResponseCancelled",
    "WebhookResponseCancelledData",
    "WebhookResponseCompleted",
    "WebhookResponseCompletedData",
    "WebhookResponseFailed",
    "WebhookResponseFailedData",
    "WebhookResponseIncomplete",
    "WebhookResponseIncompleteData",
    "WidgetMessageItem",
    "WorkflowParam",
    "WorkflowTracingParam",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
