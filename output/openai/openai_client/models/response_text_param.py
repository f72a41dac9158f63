"""ResponseTextParam: Configuration options for a text response from the model. Can be
plain
text or structured JSON data. Learn more:
- [Text inputs and outputs](https://api.openai.com/docs/guides/text)
- [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
"""

from .._base_model import BaseModel
from .text_response_format_configuration import TextResponseFormatConfiguration
from .verbosity import Verbosity

__all__ = ["ResponseTextParam"]


class ResponseTextParam(BaseModel):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://api.openai.com/docs/guides/text)
    - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
    """

    format: TextResponseFormatConfiguration | None = None
    """An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    which ensures the model will match your supplied JSON schema. Learn more in the
    [Structured Outputs
    guide](https://api.openai.com/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """

    verbosity: Verbosity | None = None
