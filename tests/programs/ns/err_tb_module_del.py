# uncaught NameError from deleting a name twice at the top level of exec'd code
import sys
sys.tracebacklimit = 1
ns = {}
exec(compile("temp = 1\ndel temp", "<del1>", "exec"), ns)
print(sorted(k for k in ns if k != '__builtins__'))
exec(compile("temp = 1\ndel temp\ndel temp\n", "<del2>", "exec"), ns)
