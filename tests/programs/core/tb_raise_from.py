class ConfigError(Exception):
    pass
def read_value(d, key):
    return d[key]
def load_config(d):
    try:
        return read_value(d, "timeout")
    except KeyError as e:
        raise ConfigError("missing setting") from e
def main():
    print(load_config({"timeout": 5}))
    print(load_config({}))
main()
