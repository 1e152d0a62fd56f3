"""`python -m canteen` and the packaged app's entry point: the `canteen` command line."""

from __future__ import annotations

import sys

from canteen.cli import main

if __name__ == "__main__":
    sys.exit(main())
