"""`python -m smallcrm`: the same entry as the `smallcrm` command."""

import sys

from smallcrm.cli import main

sys.exit(main())
