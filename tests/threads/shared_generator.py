# Threads share one generator: each next() runs it alone ("generator
# already executing" for a thread that collides), every item goes to
# exactly one thread, and nothing crashes.
import threading

N = 3000


def numbers():
    for i in range(N):
        yield str(i)


def drain(gen, out, errors):
    while True:
        try:
            out.append(next(gen))
        except StopIteration:
            return
        except ValueError as e:
            if "already executing" not in str(e):
                errors.append(e)


for rep in range(5):
    gen = numbers()
    outs = [[] for _ in range(4)]
    errors = []
    ts = [threading.Thread(target=drain, args=(gen, out, errors)) for out in outs]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    got = [x for out in outs for x in out]
    print(rep, len(got) == N, sorted(got, key=int) == [str(i) for i in range(N)], errors)
