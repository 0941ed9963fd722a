"""Qt item models over rows fetched from the store."""
