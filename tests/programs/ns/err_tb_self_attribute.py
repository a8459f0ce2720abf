# uncaught NameError in a method where the name exists as an instance attribute
import sys
sys.tracebacklimit = 2
src = '''
class Account:
    def __init__(self):
        self.balance = 10
    def report(self):
        return balance
Account().report()
'''
exec(compile(src, "<acct>", "exec"), {})
