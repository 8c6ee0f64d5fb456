# re: one compiled pattern used from several threads at once (match-data cache)
import re, threading
pat = re.compile(r"(\w+)=(\d+)")
text = " ".join("k%d=%d" % (i, i * i) for i in range(200))
results = []
def worker():
    total = 0
    for _ in range(20):
        total += sum(int(v) for _, v in pat.findall(text))
        m = pat.search(text, 100)
        total += len(m.group(1))
    results.append(total)
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(results), len(set(results)), results[0])
