class ValidationError(Exception):
    pass
def check_age(age):
    if age < 0:
        raise ValidationError("age must be non-negative, got " + str(age))
    return age
def load(records):
    return [check_age(r) for r in records]
def main():
    print(load([1, 2]))
    print(load([3, -4, 5]))
main()
