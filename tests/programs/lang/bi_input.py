name = input()
print("Hello, " + name + "!")
age = int(input("Age: "))
print("Next year you will be", age + 1)
nums = list(map(int, input().split()))
print("sum", sum(nums), "max", max(nums))
line = input()
print(repr(line))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOFError", repr(str(e)))
        break
print(rest)
try:
    input()
except EOFError:
    print("EOF again")
