"""PyInstaller's entry script: the bundled `smallcrm` executable runs the same CLI as the venv."""

import multiprocessing
import sys

from smallcrm.cli import main

if __name__ == "__main__":
    # A helper process (the mail sync's parser) is this same executable started again:
    # freeze_support makes it run the helper's work, not a second SmallCRM.
    multiprocessing.freeze_support()
    sys.exit(main())
