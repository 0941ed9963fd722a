"""Forms compiled from `ui/*.ui` by tools/build_forms.py; never edited by hand."""
