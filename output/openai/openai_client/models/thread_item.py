from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .assistant_message_item import AssistantMessageItem
from .client_tool_call_item import ClientToolCallItem
from .task_group_item import TaskGroupItem
from .task_item import TaskItem
from .user_message_item import UserMessageItem
from .widget_message_item import WidgetMessageItem

__all__ = ["ThreadItem"]

ThreadItem: TypeAlias = Annotated[
    Annotated[UserMessageItem, pydantic.Tag("UserMessageItem")]
    | Annotated[AssistantMessageItem, pydantic.Tag("AssistantMessageItem")]
    | Annotated[WidgetMessageItem, pydantic.Tag("WidgetMessageItem")]
    | Annotated[ClientToolCallItem, pydantic.Tag("ClientToolCallItem")]
    | Annotated[TaskItem, pydantic.Tag("TaskItem")]
    | Annotated[TaskGroupItem, pydantic.Tag("TaskGroupItem")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "chatkit.user_message": "UserMessageItem",
            "chatkit.assistant_message": "AssistantMessageItem",
            "chatkit.widget": "WidgetMessageItem",
            "chatkit.client_tool_call": "ClientToolCallItem",
            "chatkit.task": "TaskItem",
            "chatkit.task_group": "TaskGroupItem",
        },
    ),
]
