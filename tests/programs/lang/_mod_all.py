__all__ = ["exported", "also_exported", "_underscore_but_listed"]

exported = "E1"
also_exported = "E2"
not_exported = "N"
_underscore_but_listed = "U"
_private = "P"
