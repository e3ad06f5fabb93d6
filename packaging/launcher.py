"""PyInstaller's entry script: the bundled `smallcrm` executable runs the same CLI as the venv."""

import sys

from smallcrm.cli import main

if __name__ == "__main__":
    sys.exit(main())
