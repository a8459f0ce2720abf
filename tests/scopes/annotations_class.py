class Config:
    name: str
    size: int = 10
    tags: list = []
    ref: "Config"
    def method(self) -> "Config":
        local: int = 1
        return self
