import sys

sys.stderr.write("diagnostic on stderr\n")
print("stdout line")
sys.exit("fatal: configuration missing")
