"""A stand-in for the SDK's `_version.py`, which is rendered per API and never copied from here.

It holds the names the runtime modules import, so that they import, type-check and run as a
package in clientgen's own tests.
"""

__version__ = "0.0.0"
__api_version__ = "0.0.0"
USER_AGENT = "clientgen-runtime/0.0.0 (python; httpx)"
