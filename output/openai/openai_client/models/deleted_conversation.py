from .deleted_conversation_resource import DeletedConversationResource

__all__ = ["DeletedConversation"]


class DeletedConversation(DeletedConversationResource):
    pass
