try:
    pass
except ValueError as err:
    msg = str(err)
except (KeyError, IndexError) as err2:
    pass
def f():
    try:
        risky()
    except Exception as e:
        return e
    finally:
        cleanup = True
def g():
    try:
        pass
    except* ValueError as eg:
        handled = eg
