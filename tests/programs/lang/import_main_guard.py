import _mod_guard

print(__name__)
print(_mod_guard.RESULT)
print(_mod_guard.__name__)

def main():
    print("main() of the test program runs")
    print(_mod_guard.main())

if __name__ == "__main__":
    main()
else:
    print("not main")
