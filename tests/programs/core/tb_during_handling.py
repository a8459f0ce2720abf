def parse(text):
    return int(text)
def safe_parse(text):
    try:
        return parse(text)
    except ValueError:
        return fallback[text]  # NameError while handling the ValueError
def main():
    print(safe_parse("12"))
    print(safe_parse("zz"))
main()
