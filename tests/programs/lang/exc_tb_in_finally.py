def risky():
    try:
        raise ValueError("primary failure")
    finally:
        print("finally block runs")
        {}["secondary"]

risky()
