def handle(command):
    match command:
        case ["go", direction]:
            return direction
        case ["take", *items]:
            return items
        case {"action": action, **extra}:
            return action, extra
        case Point(x=px, y=0) as pt:
            return px, pt
        case str() | bytes() as text:
            return text
        case [1, _, other] if other > limit:
            return other
        case _:
            return None
match subject:
    case (a, b):
        pass
    case [*_]:
        pass
    case Color.RED:
        pass
