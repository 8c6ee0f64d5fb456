# Exception thrown into a generator with throw() and not handled there
def worker():
    print("worker started")
    while True:
        item = yield
        print("worker got", item)

w = worker()
next(w)
w.send("job1")
w.throw(ValueError("cancelled"))
