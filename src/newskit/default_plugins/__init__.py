"""Built-in plugins, written exactly like third-party plugins (with the public ``hookimpl``).

Each module is registered under its full module name; block it by that name to replace it.
"""
