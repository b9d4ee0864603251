"""mscprep desktop application. `python main.py --selftest` checks it offscreen."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
