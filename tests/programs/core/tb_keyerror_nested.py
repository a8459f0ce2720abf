config = {"host": "localhost", "port": 8080}
def get(key):
    return config[key]
def connect():
    host = get("host")
    port = get("port")
    user = get("user")
    return host, port, user
def main():
    print("connecting")
    connect()
main()
