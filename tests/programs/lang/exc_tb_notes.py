def validate(age):
    if age < 0:
        e = ValueError("age must be non-negative, got %d" % age)
        e.add_note("while validating user record 7")
        e.add_note("hint: check the input file")
        raise e
    return age

print(validate(5))
validate(-3)
