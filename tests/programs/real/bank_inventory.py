"""A bank and an inventory system built from classes, properties, class methods,
custom exception hierarchies, context managers for transactions and an audit log."""

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        super().__init__(account.number, requested)
        self.account = account
        self.requested = requested

    def __str__(self):
        return (f"account {self.account.number} has {self.account.balance_str}, "
                f"cannot withdraw {format_cents(self.requested)}")

class AccountFrozen(BankError):
    pass

class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"no such account: {self.args[0]!r}"

def format_cents(cents):
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(cents), 100)
    return f"{sign}${d:,}.{c:02d}"

class Account:
    _next_number = 1000
    kind = "basic"
    fee = 0

    def __init__(self, owner, opening=0):
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self._balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening, memo="opening")

    @property
    def balance(self):
        return self._balance

    @property
    def balance_str(self):
        return format_cents(self._balance)

    def _record(self, kind, amount, memo):
        self.history.append((kind, amount, self._balance, memo))

    def deposit(self, cents, memo=""):
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        self._balance += cents
        self._record("dep", cents, memo)

    def withdraw(self, cents, memo=""):
        if cents <= 0:
            raise ValueError(f"withdrawal must be positive, got {cents}")
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        total = cents + self.fee
        if total > self._balance + self.overdraft_limit():
            raise InsufficientFunds(self, cents)
        self._balance -= total
        self._record("wd", total, memo)

    def overdraft_limit(self):
        return 0

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner} {self.balance_str}>"

class Savings(Account):
    kind = "savings"
    rate_bp = 125

    def month_end(self):
        interest = self._balance * self.rate_bp // 120000
        if interest:
            self._balance += interest
            self._record("int", interest, "interest")

class Checking(Account):
    kind = "checking"
    fee = 50

    def overdraft_limit(self):
        return 20000

    def month_end(self):
        if self._balance < 0:
            penalty = 1500
            self._balance -= penalty
            self._record("fee", penalty, "overdraft penalty")

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []

    def open(self, cls, owner, opening=0):
        acct = cls(owner, opening)
        self.accounts[acct.number] = acct
        self.audit.append(f"open {acct.number} {cls.kind} {owner}")
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, cents):
        a, b = self.get(src), self.get(dst)
        snapshot = (a._balance, len(a.history), b._balance, len(b.history))
        try:
            a.withdraw(cents, memo=f"to {dst}")
            b.deposit(cents, memo=f"from {src}")
        except BankError as e:
            a._balance, b._balance = snapshot[0], snapshot[2]
            del a.history[snapshot[1]:]
            del b.history[snapshot[3]:]
            self.audit.append(f"FAILED transfer {src}->{dst} {cents}: {type(e).__name__}")
            raise
        self.audit.append(f"transfer {src}->{dst} {cents}")

    def month_end(self):
        for acct in sorted(self.accounts.values(), key=lambda a: a.number):
            acct.month_end()

    def total_deposits(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name}: {len(self.accounts)} accounts, total {format_cents(self.total_deposits())}")
        for acct in sorted(self.accounts.values(), key=lambda a: (a.kind, a.number)):
            print(f"   {acct.number} {acct.kind:<8} {acct.owner:<6} {acct.balance_str:>12}  ({len(acct.history)} entries)")

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    pass

class Inventory:
    def __init__(self):
        self.stock = {}
        self.prices = {}
        self.reserved = {}

    def add(self, sku, qty, price=None):
        if qty <= 0:
            raise InventoryError(f"bad quantity {qty} for {sku}")
        self.stock[sku] = self.stock.get(sku, 0) + qty
        if price is not None:
            self.prices[sku] = price

    def available(self, sku):
        return self.stock.get(sku, 0) - self.reserved.get(sku, 0)

    class Order:
        def __init__(self, inv, lines):
            self.inv = inv
            self.lines = lines

        def __enter__(self):
            for sku, qty in self.lines:
                if sku not in self.inv.stock:
                    raise InventoryError(f"unknown sku {sku}")
                if self.inv.available(sku) < qty:
                    raise OutOfStock(f"{sku}: want {qty}, have {self.inv.available(sku)}")
            for sku, qty in self.lines:
                self.inv.reserved[sku] = self.inv.reserved.get(sku, 0) + qty
            return sum(self.inv.prices[s] * q for s, q in self.lines)

        def __exit__(self, exc_type, exc, tb):
            for sku, qty in self.lines:
                self.inv.reserved[sku] -= qty
                if exc_type is None:
                    self.inv.stock[sku] -= qty
            return exc_type is not None and issubclass(exc_type, BankError)

    def order(self, *lines):
        return Inventory.Order(self, lines)

    def value(self):
        return sum(self.prices[s] * q for s, q in self.stock.items())

bank = Bank("First Python Bank")
alice = bank.open(Savings, "alice", 100000)
bob = bank.open(Checking, "bob", 5000)
carol = bank.open(Account, "carol")
print(alice, bob, carol)

bank.transfer(alice.number, bob.number, 25000)
for args in [(bob.number, carol.number, 60000), (carol.number, alice.number, 1), (alice.number, 9999, 5)]:
    try:
        bank.transfer(*args)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e)
    except UnknownAccount as e:
        print("UnknownAccount:", e, isinstance(e, KeyError))
bob.withdraw(45000, memo="rent")
print(bob, bob.history[-1])
for bad in (lambda: alice.deposit(0), lambda: alice.withdraw(-5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
carol.frozen = True
try:
    carol.deposit(100)
except BankError as e:
    print(type(e).__name__ + ":", e)
bank.month_end()
bank.report()
print(alice.history)
print(bank.audit)

inv = Inventory()
inv.add("apple", 50, 40)
inv.add("pear", 10, 65)
inv.add("apple", 25)
try:
    inv.add("plum", 0, 10)
except InventoryError as e:
    print("InventoryError:", e)
print(inv.stock, format_cents(inv.value()))
with inv.order(("apple", 30), ("pear", 4)) as cost:
    print("order cost", format_cents(cost), "reserved", inv.reserved)
print(inv.stock, inv.reserved)
for lines in [(("pear", 7),), (("kiwi", 1),)]:
    try:
        with inv.order(*lines) as cost:
            print("never")
    except InventoryError as e:
        print(type(e).__name__ + ":", e)
with inv.order(("apple", 5)) as cost:
    bob.withdraw(10 ** 9)
print("payment failed, order rolled back:", inv.stock, inv.reserved)
try:
    with inv.order(("pear", 1)):
        raise RuntimeError("crash during packing")
except RuntimeError as e:
    print("RuntimeError:", e, inv.stock["pear"], inv.reserved["pear"])
