# Exception in a with-body propagates after __exit__ runs
class Tracker:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False

def run():
    with Tracker():
        print("in body")
        raise LookupError("not found in body")

run()
