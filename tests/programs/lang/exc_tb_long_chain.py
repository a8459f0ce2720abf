class StorageError(Exception):
    def __init__(self, path, reason):
        super().__init__(path, reason)
        self.path = path
        self.reason = reason
    def __str__(self):
        return "cannot store %s: %s" % (self.path, self.reason)

def write():
    raise OSError("disk full")

def save():
    try:
        write()
    except OSError as e:
        raise StorageError("data.bin", "io") from e

def main():
    try:
        save()
    except StorageError:
        x = None
        x.flush()

main()
