# A value goes below -2**63 in a hot loop (sub), then comes back.
def down(n):
    x = -2**63 + 1500
    for i in range(n):
        x = x - 1
        if i % 300 == 0 or -2**63 - 2 <= x <= -2**63 + 2:
            print(i, x)
    return x

def down_var(n, d):
    x = 0
    for i in range(n):
        x -= d
        if i % 1000 == 999:
            print(i, x)
    return x

def up_again(n):
    x = -2**63 - 1000
    for i in range(n):
        x = x - (-1)
        if i % 400 == 0 or x == -2**63:
            print(i, x)
    return x

print(down(3000))
print(down_var(5000, 2**61))
print(up_again(2000))
print(0 - (-2**63), -2**63 - 1, -2**63 - (-2**63))
