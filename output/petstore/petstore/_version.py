"""The package's version, the API's version as written, and the User-Agent it sends."""

__version__ = "1.0.27.dev0"
__api_version__ = "1.0.27-SNAPSHOT"
USER_AGENT = "petstore/1.0.27.dev0 (python; httpx)"
