"""The desk's pages, listed in order in `registry.py` and shown in the window's sidebar."""
