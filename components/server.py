"""Start Rasa (``python -m components.server run …``, the arguments of ``rasa``) with
the project's speed-up of Rasa's action-response check installed first.

``scripts/serve.sh`` and the tests start the Rasa server this way, so the speed-up is
an explicit step of starting the server, not a side effect of importing a module.
"""

from __future__ import annotations

import sys
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> None:
    from components import rasa_speedups

    rasa_speedups.install()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *(sys.argv[1:] if argv is None else argv)]
    rasa_main()


if __name__ == "__main__":
    main()
