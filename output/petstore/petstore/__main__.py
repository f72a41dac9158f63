"""The command line: `python -m petstore <operation> [key=value ...]`; `--help` lists
the operations.
"""

import sys

from ._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
