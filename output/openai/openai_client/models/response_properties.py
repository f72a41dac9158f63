from .._base_model import BaseModel
from .model_ids_responses import ModelIdsResponses
from .prompt import Prompt
from .response_text_param import ResponseTextParam
from .tool import Tool
from .tool_choice_param import ToolChoiceParam

__all__ = ["ResponseProperties"]


class ResponseProperties(BaseModel):
    previous_response_id: str | None = None

    model: ModelIdsResponses | None = None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](https://api.openai.com/docs/models)
    to browse and compare available models.
    """

    background: bool | None = None

    max_tool_calls: int | None = None

    text: ResponseTextParam | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://api.openai.com/docs/guides/text)
    - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
    """

    tools: list[Tool] | None = None
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web
      search](https://api.openai.com/docs/guides/tools-web-search)
      or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn
      more about
      [built-in tools](https://api.openai.com/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](https://api.openai.com/docs/guides/function-calling). You
      can also use
      custom tools to call your own code.
    """

    tool_choice: ToolChoiceParam | None = None
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: Prompt | None = None
