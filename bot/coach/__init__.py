"""The coach: what the leader just did, a better move, hints."""
