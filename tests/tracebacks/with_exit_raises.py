# Exception raised inside __exit__ chained to the body's exception
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, et, ev, tb):
        print("release after", et.__name__)
        raise RuntimeError("release failed")

def use():
    with Resource():
        raise KeyError("body failed")

use()
