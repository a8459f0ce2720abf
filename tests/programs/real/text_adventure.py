"""A text adventure driven by a scripted list of commands: rooms, items, doors,
a small state machine for the game phase, and an event log."""

class GameOver(Exception):
    pass

class CommandError(Exception):
    pass

class Item:
    def __init__(self, name, weight, description, usable_on=None):
        self.name = name
        self.weight = weight
        self.description = description
        self.usable_on = usable_on

    def __repr__(self):
        return f"Item({self.name!r})"

class Room:
    def __init__(self, key, title, description):
        self.key = key
        self.title = title
        self.description = description
        self.exits = {}
        self.locked = {}
        self.items = []
        self.dark = False

    def connect(self, direction, other, back, locked_by=None):
        self.exits[direction] = other
        other.exits[back] = self
        if locked_by:
            self.locked[direction] = locked_by
            other.locked[back] = locked_by

class Player:
    MAX_WEIGHT = 10

    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.visited = {room.key}

    @property
    def carried_weight(self):
        return sum(i.weight for i in self.inventory)

    def find(self, name):
        for item in self.inventory:
            if item.name == name:
                return item
        return None

class Game:
    DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}
    OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east", "up": "down", "down": "up"}

    def __init__(self):
        self.state = "playing"
        self.log = []
        self.rooms = self.build_world()
        self.player = Player(self.rooms["hall"])
        self.handlers = {
            "look": self.cmd_look, "go": self.cmd_go, "take": self.cmd_take, "drop": self.cmd_drop,
            "inventory": self.cmd_inventory, "use": self.cmd_use, "examine": self.cmd_examine,
            "score": self.cmd_score, "quit": self.cmd_quit,
        }

    def build_world(self):
        hall = Room("hall", "Great Hall", "A vast hall with a cold fireplace.")
        library = Room("library", "Library", "Dusty shelves line the walls.")
        cellar = Room("cellar", "Cellar", "It smells of old wine.")
        tower = Room("tower", "Tower Top", "Wind howls around the battlements.")
        vault = Room("vault", "Vault", "Gold glitters everywhere.")
        hall.connect("north", library, "south")
        hall.connect("down", cellar, "up")
        library.connect("up", tower, "down", locked_by="brass key")
        cellar.connect("east", vault, "west", locked_by="iron key")
        cellar.dark = True
        hall.items.append(Item("lamp", 3, "An oil lamp, still working."))
        library.items.append(Item("book", 2, "A book titled 'Secrets of the Tower'."))
        library.items.append(Item("brass key", 1, "A small brass key.", usable_on="up"))
        tower.items.append(Item("iron key", 1, "A heavy iron key.", usable_on="east"))
        tower.items.append(Item("anvil", 50, "Far too heavy to carry."))
        vault.items.append(Item("crown", 4, "The lost crown of the kingdom."))
        return {r.key: r for r in (hall, library, cellar, tower, vault)}

    def say(self, text):
        self.log.append(text)
        print("  " + text)

    def can_see(self):
        return not self.player.room.dark or self.player.find("lamp") is not None

    def cmd_look(self, args):
        room = self.player.room
        if not self.can_see():
            self.say("It is pitch dark. You might be eaten by a grue.")
            return
        self.say(f"{room.title}: {room.description}")
        if room.items:
            self.say("You see: " + ", ".join(i.name for i in room.items))
        exits = []
        for d in sorted(room.exits):
            exits.append(d + (" (locked)" if d in room.locked else ""))
        self.say("Exits: " + ", ".join(exits))

    def cmd_go(self, args):
        if not args:
            raise CommandError("Go where?")
        direction = self.DIRECTIONS.get(args[0], args[0])
        room = self.player.room
        if direction not in room.exits:
            raise CommandError(f"You can't go {direction} from here.")
        if direction in room.locked:
            raise CommandError(f"The way {direction} is locked.")
        if room.dark and not self.can_see() and direction != "up":
            raise CommandError("You stumble in the dark and cannot find the way.")
        self.player.room = room.exits[direction]
        if self.player.room.key not in self.player.visited:
            self.player.visited.add(self.player.room.key)
            self.player.score += 5
        self.cmd_look([])

    def cmd_take(self, args):
        name = " ".join(args)
        room = self.player.room
        if not self.can_see():
            raise CommandError("You fumble around but find nothing.")
        for item in room.items:
            if item.name == name:
                if self.player.carried_weight + item.weight > Player.MAX_WEIGHT:
                    raise CommandError(f"The {name} is too heavy ({item.weight} > {Player.MAX_WEIGHT - self.player.carried_weight} left).")
                room.items.remove(item)
                self.player.inventory.append(item)
                self.say(f"Taken: {name}.")
                if name == "crown":
                    self.player.score += 50
                    self.state = "won"
                return
        raise CommandError(f"There is no {name} here.")

    def cmd_drop(self, args):
        name = " ".join(args)
        item = self.player.find(name)
        if item is None:
            raise CommandError(f"You don't have the {name}.")
        self.player.inventory.remove(item)
        self.player.room.items.append(item)
        self.say(f"Dropped: {name}.")

    def cmd_inventory(self, args):
        if not self.player.inventory:
            self.say("You are empty-handed.")
        else:
            names = sorted(i.name for i in self.player.inventory)
            self.say(f"You carry ({self.player.carried_weight}/{Player.MAX_WEIGHT}): " + ", ".join(names))

    def cmd_use(self, args):
        name = " ".join(args)
        item = self.player.find(name)
        if item is None:
            raise CommandError(f"You don't have the {name}.")
        room = self.player.room
        if item.usable_on and item.usable_on in room.locked and room.locked[item.usable_on] == item.name:
            target = room.exits[item.usable_on]
            del room.locked[item.usable_on]
            del target.locked[self.OPPOSITE[item.usable_on]]
            self.player.score += 10
            self.say(f"You unlock the way {item.usable_on} with the {name}.")
        else:
            raise CommandError(f"Nothing happens when you use the {name} here.")

    def cmd_examine(self, args):
        name = " ".join(args)
        item = self.player.find(name) or next((i for i in self.player.room.items if i.name == name), None)
        if item is None:
            raise CommandError(f"You see no {name}.")
        self.say(item.description)

    def cmd_score(self, args):
        self.say(f"Score: {self.player.score} in {self.player.moves} moves, visited {len(self.player.visited)} rooms.")

    def cmd_quit(self, args):
        self.state = "quit"
        raise GameOver("You give up.")

    def execute(self, line):
        words = line.lower().split()
        if not words:
            return
        verb, args = words[0], words[1:]
        if verb in self.DIRECTIONS or verb in self.OPPOSITE:
            verb, args = "go", [verb]
        aliases = {"i": "inventory", "l": "look", "get": "take", "x": "examine"}
        verb = aliases.get(verb, verb)
        handler = self.handlers.get(verb)
        if handler is None:
            raise CommandError(f"I don't know how to '{verb}'.")
        self.player.moves += 1
        handler(args)

    def play(self, script):
        self.cmd_look([])
        for line in script:
            if self.state != "playing":
                break
            print(f"> {line}")
            try:
                self.execute(line)
            except CommandError as e:
                self.say(str(e))
            except GameOver as e:
                self.say(str(e))
        print(f"[state={self.state}, moves={self.player.moves}, score={self.player.score}]")

SCRIPT = [
    "look", "take lamp", "dance", "n", "x book", "get book", "take brass key", "i",
    "up", "use brass key", "u", "take anvil", "take iron key", "drop book", "score",
    "d", "s", "down", "e", "use iron key", "east", "take crown", "look",
]

game = Game()
game.play(SCRIPT)
print(len(game.log), "log lines;", sum(1 for l in game.log if "locked" in l), "mention locks")

print("--- second run: dark cellar without the lamp, then quitting")
game2 = Game()
game2.play(["d", "look", "take crown", "e", "up", "inventory", "quit", "look"])
print(sorted(game2.player.visited))
