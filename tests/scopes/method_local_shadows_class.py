class C:
    name = "class"
    def name_method(self):
        name = "local"
        return name
    def reads(self):
        return name
    def name(self):
        return 1
