"""The Stages page's models and small widgets (see yansenne/ui/pages/stages.py)."""
