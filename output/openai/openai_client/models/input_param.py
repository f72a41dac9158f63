"""InputParam: Text, image, or file inputs to the model, used to generate a response.

Learn more:
- [Text inputs and outputs](https://api.openai.com/docs/guides/text)
- [Image inputs](https://api.openai.com/docs/guides/images)
- [File inputs](https://api.openai.com/docs/guides/pdf-files)
- [Conversation state](https://api.openai.com/docs/guides/conversation-state)
- [Function calling](https://api.openai.com/docs/guides/function-calling)
"""

from typing import TypeAlias

from .input_item import InputItem

__all__ = ["InputParam"]

InputParam: TypeAlias = str | list[InputItem]
"""Text, image, or file inputs to the model, used to generate a response.

Learn more:
- [Text inputs and outputs](https://api.openai.com/docs/guides/text)
- [Image inputs](https://api.openai.com/docs/guides/images)
- [File inputs](https://api.openai.com/docs/guides/pdf-files)
- [Conversation state](https://api.openai.com/docs/guides/conversation-state)
- [Function calling](https://api.openai.com/docs/guides/function-calling)
"""
