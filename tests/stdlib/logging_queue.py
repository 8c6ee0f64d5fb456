# logging.handlers: QueueHandler and QueueListener.
import logging
import logging.handlers
import queue
import sys
import threading

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log = logging.getLogger("q")
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(qh)

# prepare(): formatted message, no args/exc_info/exc_text/stack_info; a copy
log.info("plain %s", "args")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("with traceback")
log.warning("stack", stack_info=True)
records = []
while not q.empty():
    records.append(q.get_nowait())
for r in records:
    lines = r.msg.splitlines()
    print(repr(lines[0]), len(lines) > 1, r.args, r.exc_info, r.exc_text,
          r.stack_info, r.message == r.msg, r.levelname, r.name)


class Original(logging.Handler):
    def emit(self, record):
        print("original still has args:", record.args, record.msg)


orig = Original()
log.addHandler(orig)
log.info("copy %d", 1)
log.removeHandler(orig)
print(q.get_nowait().msg)

# QueueListener on its own thread
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("listener got %(message)s on %(threadName)s"))
errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("errors_only got %(message)s"))
qh.setFormatter(None)
listener = logging.handlers.QueueListener(q, out, errors_only)
listener.start()
log.debug("one")
log.error("two")
listener.stop()
print(listener._thread)

listener = logging.handlers.QueueListener(q, out, errors_only,
                                          respect_handler_level=True)
listener.start()


def worker(n):
    log.info("from worker %d", n)


t = threading.Thread(target=worker, args=(1,), name="Worker-1")
t.start()
t.join()
log.critical("three")
listener.stop()
print(q.qsize())


# custom enqueue/prepare and a SimpleQueue
class ListHandler(logging.handlers.QueueHandler):
    def enqueue(self, record):
        self.queue.append(record)

    def prepare(self, record):
        return record.getMessage().upper()


items = []
lh = ListHandler(items)
log.addHandler(lh)
log.info("custom %s", "enqueue")
log.removeHandler(lh)
print(items)

sq = queue.SimpleQueue()
lst = logging.handlers.QueueListener(sq, out)
lst.start()
sq.put(logging.makeLogRecord({"msg": "from a SimpleQueue"}))
lst.stop()


class BrokenQueue:
    def put_nowait(self, item):
        raise OSError("queue broken")


logging.raiseExceptions = False
broken = logging.handlers.QueueHandler(BrokenQueue())
broken.handle(logging.makeLogRecord({"msg": "lost"}))
print("done")
