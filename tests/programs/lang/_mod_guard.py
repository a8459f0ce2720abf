def main():
    return "guarded main ran"

RESULT = "module level ran, __name__ = " + __name__

if __name__ == "__main__":
    print("this must not print when imported")
