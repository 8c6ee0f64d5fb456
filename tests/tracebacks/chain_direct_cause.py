# Explicit chaining: "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
    return int(text)

print(parse_port("8080"))
parse_port("eighty")
