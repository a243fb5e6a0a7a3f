class ConfigError(Exception):
    """A custom error."""
def load(name):
    raise ConfigError(f"cannot load {name!r}")
print("loading")
load("settings")
