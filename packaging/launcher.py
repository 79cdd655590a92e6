"""Entry point of the frozen app: the same ``main()`` as ``python -m mentorvault``."""

import sys

from mentorvault.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
