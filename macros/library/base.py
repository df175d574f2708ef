"""What every area's macros share: the renderer and the page being built."""

from __future__ import annotations

from collections.abc import Callable

from ..render import Renderer


class MacroBase:
    """Binds the renderer to the page being built. Public methods of subclasses are the macros."""

    def __init__(
        self,
        renderer: Renderer,
        current_page: Callable[[], str],
        current_url: Callable[[], str] = str,
        directory_urls: bool = True,
        data_read: Callable[[frozenset[str]], None] = lambda files: None,
    ):
        self._r = renderer
        self._here = current_page
        self._url = current_url
        self._directory_urls = directory_urls
        self._data_read = data_read  # told which data files each macro call read
