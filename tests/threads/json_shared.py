# One JSONDecoder and one JSONEncoder (the C scanner and encoder) shared by
# threads: every result is exactly the single-threaded one.
import json
import threading

dec = json.JSONDecoder()
enc = json.JSONEncoder(sort_keys=True)
docs = [json.dumps({"k%d" % i: [i, str(i) * 3, {"x": i / 4, "y": None, "z": i % 2 == 0}]})
        for i in range(50)]
expected = [enc.encode(dec.decode(d)) for d in docs]
bad = []


def worker(seed):
    for r in range(200):
        i = (seed * 7 + r) % len(docs)
        if enc.encode(dec.decode(docs[i])) != expected[i]:
            bad.append(i)


threads = [threading.Thread(target=worker, args=(s,)) for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("mismatches:", bad[:3], "checked:", 4 * 200)
