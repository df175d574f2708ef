"""The handbook's macros for mkdocs-macros-plugin: `define_env` is the entry point.

`mkdocs serve` keeps imported modules between rebuilds, so the submodules are
dropped (from sys.modules and as attributes of this package, which
`from . import x` would otherwise reuse) and imported afresh on every build:
an edit to any file in macros/ shows up without restarting the server.
Loaders that run this file without registering the package (Zensical) are
handled too: the package is then imported by name from the project folder.
"""

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

_NAME = Path(__file__).parent.name


def _register() -> ModuleType:
    if _NAME not in sys.modules:
        project = str(Path(__file__).parent.parent)
        if project not in sys.path:
            sys.path.insert(0, project)
        importlib.import_module(_NAME)
    package = sys.modules[_NAME]
    for name in [n for n in sys.modules if n.startswith(_NAME + ".")]:
        del sys.modules[name]
        vars(package).pop(name.rsplit(".", 1)[1], None)
    return importlib.import_module(_NAME + ".register")


def define_env(env: Any) -> None:
    _register().define_env(env)


def on_post_build(env: Any) -> None:
    sys.modules[_NAME + ".register"].on_post_build(env)
