from .._base_model import BaseModel

__all__ = ["ChatCompletionTokenLogprobTopLogprobsItem"]


class ChatCompletionTokenLogprobTopLogprobsItem(BaseModel):
    token: str
    """The token."""

    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens.
    Otherwise, the value `-9999.0` is used to signify that the token is very
    unlikely.
    """

    bytes: list[int] | None
