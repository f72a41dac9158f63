"""The package's version, the API's version as written, and the User-Agent it sends."""

__version__ = "2.3.0"
__api_version__ = "2.3.0"
USER_AGENT = "openai-uploads/2.3.0 (python; httpx)"
