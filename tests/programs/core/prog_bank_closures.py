class InsufficientFunds(Exception):
    pass
def open_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise InsufficientFunds(owner + " has only " + str(balance))
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def get_balance():
        return balance
    def statement():
        return owner + ": " + ", ".join([kind + " " + str(a) for kind, a in history]) + " => " + str(balance)
    return {"deposit": deposit, "withdraw": withdraw, "balance": get_balance, "statement": statement}
alice = open_account("alice", 100)
bob = open_account("bob")
print(alice["deposit"](50), bob["deposit"](10), alice["withdraw"](30))
for acct, amt in [(bob, 25), (alice, 500), (alice, 20)]:
    try:
        print("ok", acct["withdraw"](amt))
    except InsufficientFunds as e:
        print(type(e).__name__, e)
try:
    bob["deposit"](-5)
except ValueError as e:
    print(type(e).__name__, e)
def transfer(src, dst, amount):
    src["withdraw"](amount)
    dst["deposit"](amount)
transfer(alice, bob, 40)
print(alice["balance"](), bob["balance"]())
print(alice["statement"]())
print(bob["statement"]())
accounts = {name: open_account(name, i * 10) for i, name in enumerate(["x", "y", "z"])}
for name in accounts:
    accounts[name]["deposit"](5)
print({name: a["balance"]() for name, a in accounts.items()})
print(sum([a["balance"]() for a in accounts.values()]))
