"""The handbook's macros for mkdocs-macros-plugin: `define_env` is the entry point.

`mkdocs serve` keeps imported modules between rebuilds, so the submodules are
dropped (from sys.modules and as attributes of this package, which
`from . import x` would otherwise reuse) and imported afresh on every build:
an edit to any file in macros/ shows up without restarting the server.
"""

import importlib
import sys


def define_env(env) -> None:
    package = sys.modules[__name__]
    for name in [n for n in sys.modules if n.startswith(__name__ + ".")]:
        del sys.modules[name]
        vars(package).pop(name.rsplit(".", 1)[1], None)
    importlib.import_module(__name__ + ".register").define_env(env)


def on_post_build(env) -> None:
    sys.modules[__name__ + ".register"].on_post_build(env)
