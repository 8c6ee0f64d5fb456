# An uncaught ExceptionGroup is printed with its sub-exceptions
def run_all():
    errors = []
    for i, task in enumerate(["ok", "bad", "worse"]):
        try:
            if task != "ok":
                raise ValueError(f"task {i} failed: {task}")
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)

run_all()
