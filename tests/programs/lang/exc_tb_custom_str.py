class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code)
        self.code = code
        self.reason = reason
    def __str__(self):
        return "%d %s" % (self.code, self.reason)

class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path

routes = {"/": "home"}
for path in ["/", "/missing"]:
    if path in routes:
        print(path, "->", routes[path])
    else:
        raise NotFound(path)
