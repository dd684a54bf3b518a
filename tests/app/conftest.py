"""The app's entry code runs a real Qt window: the GUI tests' fixtures apply here too."""

from tests.ui.conftest import gui_thread_gc

__all__ = ["gui_thread_gc"]  # autouse: registered by being here
