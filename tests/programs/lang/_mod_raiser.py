def parse_record(line):
    fields = line.split(",")
    return {"name": fields[0], "age": int(fields[1])}


class Loader:
    def __init__(self, lines):
        self.lines = lines

    def load(self):
        return [parse_record(l) for l in self.lines]
