"""Value types and pure rules of the canteen domain."""
