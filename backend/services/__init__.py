"""Domain logic. Services take models and plain data, never a Flask request, and
flush rather than commit: the caller owns the transaction."""
