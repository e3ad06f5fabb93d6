"""Qt item models that hold ids and fetch only the rows a view shows."""
