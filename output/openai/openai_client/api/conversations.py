"""Conversations operations: Manage conversations and conversation items."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.conversation_item import ConversationItem
from ..models.conversation_item_list import ConversationItemList
from ..models.conversation_resource import ConversationResource
from ..models.create_conversation_body import CreateConversationBody
from ..models.create_conversation_items_request import CreateConversationItemsRequest
from ..models.deleted_conversation_resource import DeletedConversationResource
from ..models.error_response import ErrorResponse
from ..models.include_enum import IncludeEnum
from ..models.input_item import InputItem
from ..models.metadata import Metadata
from ..models.update_conversation_body import UpdateConversationBody

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["ConversationsApi", "AsyncConversationsApi"]

_CREATE_CONVERSATION_ITEMS = _Endpoint(
    method="POST",
    path="/conversations/{conversation_id}/items",
    operation_id="createConversationItems",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ConversationItemList,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("conversation_id", "conversation_id", "path"),
        ("items", "items", "field"),
        ("include", "include", "query"),
    ),
    body_mode="fields",
    body_required=True,
)

_LIST_CONVERSATION_ITEMS = _Endpoint(
    method="GET",
    path="/conversations/{conversation_id}/items",
    operation_id="listConversationItems",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ConversationItemList,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("conversation_id", "conversation_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
        ("include", "include", "query"),
    ),
    body_mode="none",
)
_LIST_CONVERSATION_ITEMS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_GET_CONVERSATION_ITEM = _Endpoint(
    method="GET",
    path="/conversations/{conversation_id}/items/{item_id}",
    operation_id="getConversationItem",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ConversationItem,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("conversation_id", "conversation_id", "path"),
        ("item_id", "item_id", "path"),
        ("include", "include", "query"),
    ),
    body_mode="none",
)

_DELETE_CONVERSATION_ITEM = _Endpoint(
    method="DELETE",
    path="/conversations/{conversation_id}/items/{item_id}",
    operation_id="deleteConversationItem",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ConversationResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("conversation_id", "conversation_id", "path"),
        ("item_id", "item_id", "path"),
    ),
    body_mode="none",
)

_CREATE_CONVERSATION = _Endpoint(
    method="POST",
    path="/conversations",
    operation_id="createConversation",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ConversationResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("metadata", "metadata", "field"),
        ("items", "items", "field"),
    ),
    body_mode="fields",
)

_GET_CONVERSATION = _Endpoint(
    method="GET",
    path="/conversations/{conversation_id}",
    operation_id="getConversation",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ConversationResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("conversation_id", "conversation_id", "path"),),
    body_mode="none",
)

_DELETE_CONVERSATION = _Endpoint(
    method="DELETE",
    path="/conversations/{conversation_id}",
    operation_id="deleteConversation",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeletedConversationResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("conversation_id", "conversation_id", "path"),),
    body_mode="none",
)

_UPDATE_CONVERSATION = _Endpoint(
    method="POST",
    path="/conversations/{conversation_id}",
    operation_id="updateConversation",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ConversationResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("conversation_id", "conversation_id", "path"),
        ("metadata", "metadata", "field"),
    ),
    body_mode="fields",
)


class ConversationsApi:
    """Conversations operations: Manage conversations and conversation items.

    Reach it as `client.conversations`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_conversation_items(
        self,
        conversation_id: str,
        *,
        body: CreateConversationItemsRequest | dict[str, Any],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList: ...

    @overload
    def create_conversation_items(
        self,
        conversation_id: str,
        *,
        items: list[InputItem],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList: ...

    def create_conversation_items(
        self,
        conversation_id: str,
        *,
        items: list[InputItem] | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        body: CreateConversationItemsRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList:
        """Create items in a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to add the item to.
            include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](https://api.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
            items: The items to add to the conversation. You may add up to 20 items at a time.
        """
        _response: ApiResponse[ConversationItemList] = self._client._request(
            _CREATE_CONVERSATION_ITEMS, locals()
        )
        return _response.data

    @overload
    def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        body: CreateConversationItemsRequest | dict[str, Any],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]: ...

    @overload
    def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        items: list[InputItem],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]: ...

    def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        items: list[InputItem] | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        body: CreateConversationItemsRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like `create_conversation_items`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_CREATE_CONVERSATION_ITEMS, locals())

    def list_conversation_items(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList:
        """List all items for a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to list items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Specify additional output data to include in the model response. Currently supported values are: - `web_search_call.action.sources`: Include the sources of the web search tool call. - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls from the computer call output. - `file_search_call.results`: Include the search results of the file search tool call. - `message.input_image.image_url`: Include image urls from the input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
        """
        _response: ApiResponse[ConversationItemList] = self._client._request(
            _LIST_CONVERSATION_ITEMS, locals()
        )
        return _response.data

    def list_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like `list_conversation_items`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_LIST_CONVERSATION_ITEMS, locals())

    def list_conversation_items_iter(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[ConversationItem]:
        """Like `list_conversation_items`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_CONVERSATION_ITEMS,
            locals(),
            _LIST_CONVERSATION_ITEMS_PAGES,
        )

    def get_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItem:
        """Get a single item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to retrieve.
            include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](https://api.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
        """
        _response: ApiResponse[ConversationItem] = self._client._request(
            _GET_CONVERSATION_ITEM, locals()
        )
        return _response.data

    def get_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItem]:
        """Like `get_conversation_item`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_GET_CONVERSATION_ITEM, locals())

    def delete_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Delete an item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to delete.
        """
        _response: ApiResponse[ConversationResource] = self._client._request(
            _DELETE_CONVERSATION_ITEM, locals()
        )
        return _response.data

    def delete_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `delete_conversation_item`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_DELETE_CONVERSATION_ITEM, locals())

    @overload
    def create_conversation(
        self,
        *,
        body: CreateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    @overload
    def create_conversation(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    def create_conversation(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        body: CreateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Create a conversation."""
        _response: ApiResponse[ConversationResource] = self._client._request(
            _CREATE_CONVERSATION, locals()
        )
        return _response.data

    @overload
    def create_conversation_with_http_info(
        self,
        *,
        body: CreateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    @overload
    def create_conversation_with_http_info(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    def create_conversation_with_http_info(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        body: CreateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `create_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_CONVERSATION, locals())

    def get_conversation(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Get a conversation

        Args:
            conversation_id: The ID of the conversation to retrieve.
        """
        _response: ApiResponse[ConversationResource] = self._client._request(
            _GET_CONVERSATION, locals()
        )
        return _response.data

    def get_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `get_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_CONVERSATION, locals())

    def delete_conversation(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedConversationResource:
        """Delete a conversation. Items in the conversation will not be deleted.

        Args:
            conversation_id: The ID of the conversation to delete.
        """
        _response: ApiResponse[DeletedConversationResource] = self._client._request(
            _DELETE_CONVERSATION, locals()
        )
        return _response.data

    def delete_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedConversationResource]:
        """Like `delete_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_CONVERSATION, locals())

    @overload
    def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    @overload
    def update_conversation(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    def update_conversation(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Update a conversation

        Args:
            conversation_id: The ID of the conversation to update.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """
        _response: ApiResponse[ConversationResource] = self._client._request(
            _UPDATE_CONVERSATION, locals()
        )
        return _response.data

    @overload
    def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    @overload
    def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `update_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_UPDATE_CONVERSATION, locals())


class AsyncConversationsApi:
    """Conversations operations (async): Manage conversations and conversation items.

    Reach it as `client.conversations`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_conversation_items(
        self,
        conversation_id: str,
        *,
        body: CreateConversationItemsRequest | dict[str, Any],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList: ...

    @overload
    async def create_conversation_items(
        self,
        conversation_id: str,
        *,
        items: list[InputItem],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList: ...

    async def create_conversation_items(
        self,
        conversation_id: str,
        *,
        items: list[InputItem] | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        body: CreateConversationItemsRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList:
        """Create items in a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to add the item to.
            include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](https://api.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
            items: The items to add to the conversation. You may add up to 20 items at a time.
        """
        _response: ApiResponse[ConversationItemList] = await self._client._request(
            _CREATE_CONVERSATION_ITEMS, locals()
        )
        return _response.data

    @overload
    async def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        body: CreateConversationItemsRequest | dict[str, Any],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]: ...

    @overload
    async def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        items: list[InputItem],
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]: ...

    async def create_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        items: list[InputItem] | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        body: CreateConversationItemsRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like `create_conversation_items`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_CREATE_CONVERSATION_ITEMS, locals())

    async def list_conversation_items(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItemList:
        """List all items for a conversation with the given ID.

        Args:
            conversation_id: The ID of the conversation to list items for.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            order: The order to return the input items in. Default is `desc`. - `asc`: Return the input items in ascending order. - `desc`: Return the input items in descending order.
            after: An item ID to list items after, used in pagination.
            include: Specify additional output data to include in the model response. Currently supported values are: - `web_search_call.action.sources`: Include the sources of the web search tool call. - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items. - `computer_call_output.output.image_url`: Include image urls from the computer call output. - `file_search_call.results`: Include the search results of the file search tool call. - `message.input_image.image_url`: Include image urls from the input message. - `message.output_text.logprobs`: Include logprobs with assistant messages. - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
        """
        _response: ApiResponse[ConversationItemList] = await self._client._request(
            _LIST_CONVERSATION_ITEMS, locals()
        )
        return _response.data

    async def list_conversation_items_with_http_info(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItemList]:
        """Like `list_conversation_items`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_LIST_CONVERSATION_ITEMS, locals())

    def list_conversation_items_iter(
        self,
        conversation_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[ConversationItem]:
        """Like `list_conversation_items`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_CONVERSATION_ITEMS,
            locals(),
            _LIST_CONVERSATION_ITEMS_PAGES,
        )

    async def get_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationItem:
        """Get a single item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to retrieve.
            include: Additional fields to include in the response. See the `include` parameter for [listing Conversation items above](https://api.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
        """
        _response: ApiResponse[ConversationItem] = await self._client._request(
            _GET_CONVERSATION_ITEM, locals()
        )
        return _response.data

    async def get_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: list[IncludeEnum] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationItem]:
        """Like `get_conversation_item`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_GET_CONVERSATION_ITEM, locals())

    async def delete_conversation_item(
        self,
        conversation_id: str,
        item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Delete an item from a conversation with the given IDs.

        Args:
            conversation_id: The ID of the conversation that contains the item.
            item_id: The ID of the item to delete.
        """
        _response: ApiResponse[ConversationResource] = await self._client._request(
            _DELETE_CONVERSATION_ITEM, locals()
        )
        return _response.data

    async def delete_conversation_item_with_http_info(
        self,
        conversation_id: str,
        item_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `delete_conversation_item`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_DELETE_CONVERSATION_ITEM, locals())

    @overload
    async def create_conversation(
        self,
        *,
        body: CreateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    @overload
    async def create_conversation(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    async def create_conversation(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        body: CreateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Create a conversation."""
        _response: ApiResponse[ConversationResource] = await self._client._request(
            _CREATE_CONVERSATION, locals()
        )
        return _response.data

    @overload
    async def create_conversation_with_http_info(
        self,
        *,
        body: CreateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    @overload
    async def create_conversation_with_http_info(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    async def create_conversation_with_http_info(
        self,
        *,
        metadata: Metadata | None | NotGiven = NOT_GIVEN,
        items: list[InputItem] | None | NotGiven = NOT_GIVEN,
        body: CreateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `create_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_CONVERSATION, locals())

    async def get_conversation(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Get a conversation

        Args:
            conversation_id: The ID of the conversation to retrieve.
        """
        _response: ApiResponse[ConversationResource] = await self._client._request(
            _GET_CONVERSATION, locals()
        )
        return _response.data

    async def get_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `get_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_CONVERSATION, locals())

    async def delete_conversation(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedConversationResource:
        """Delete a conversation. Items in the conversation will not be deleted.

        Args:
            conversation_id: The ID of the conversation to delete.
        """
        _response: ApiResponse[DeletedConversationResource] = (
            await self._client._request(_DELETE_CONVERSATION, locals())
        )
        return _response.data

    async def delete_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedConversationResource]:
        """Like `delete_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_CONVERSATION, locals())

    @overload
    async def update_conversation(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    @overload
    async def update_conversation(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource: ...

    async def update_conversation(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ConversationResource:
        """Update a conversation

        Args:
            conversation_id: The ID of the conversation to update.
            metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """
        _response: ApiResponse[ConversationResource] = await self._client._request(
            _UPDATE_CONVERSATION, locals()
        )
        return _response.data

    @overload
    async def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        body: UpdateConversationBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    @overload
    async def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]: ...

    async def update_conversation_with_http_info(
        self,
        conversation_id: str,
        *,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        body: UpdateConversationBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ConversationResource]:
        """Like `update_conversation`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_UPDATE_CONVERSATION, locals())
