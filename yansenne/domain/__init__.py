"""The domain: every rule once, between the store and its users."""
