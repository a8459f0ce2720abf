class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise self.Insufficient(self.balance, amount)
        self.balance -= amount
        return self.balance

    class Insufficient(Exception):
        def __init__(self, have, want):
            super().__init__("have %d, want %d" % (have, want))

acct = Account(100)
print(acct.withdraw(30))
apply = lambda a, n: a.withdraw(n)
print(apply(acct, 50))
apply(acct, 50)
