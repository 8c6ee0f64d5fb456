"""ThreadPoolExecutor: runs calls in a pool of worker threads (pure Python
for shoal, behaving as CPython 3.11's concurrent.futures.thread)."""

import os
import queue
import threading

from concurrent.futures import _base

# Every live worker thread -> its work queue, so that the interpreter's exit
# can wake each worker and wait for it (see _python_exit).
_threads_queues = {}
_shutdown = False
# Taken by submit() so that no work is scheduled once the exit has begun.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    # Run by threading._shutdown() before it waits for non-daemon threads:
    # the workers finish the work already queued, then stop.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # the traceback references this frame: break the cycle
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(_base._generic_alias)


class _PoolState:
    # What the workers share with their executor.  The workers do not hold
    # the executor itself, so an executor that is dropped without shutdown()
    # can still be collected; its __del__ then lets the workers go.

    def __init__(self):
        self.work_queue = queue.SimpleQueue()
        self.idle_semaphore = threading.Semaphore(0)
        self.shutdown_lock = threading.Lock()
        self.shutdown = False
        self.abandoned = False
        self.broken = False

    def initializer_failed(self):
        with self.shutdown_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            # fail every call still waiting to run
            while True:
                try:
                    work_item = self.work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(pool, initializer, initargs):
    work_queue = pool.work_queue
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log_critical('Exception in initializer:', exc_info=True)
                pool.initializer_failed()
                return
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                # one more idle worker, for submit() to reuse
                pool.idle_semaphore.release()
                continue
            # None wakes us to check whether it is time to stop: the
            # interpreter is exiting, or the executor was shut down or
            # dropped.
            if _shutdown or pool.shutdown or pool.abandoned:
                pool.shutdown = True
                # pass the wake-up on to the next worker
                work_queue.put(None)
                return
    except BaseException:
        _base._log_critical('Exception in worker', exc_info=True)
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs the calls in a pool of at most max_workers
    threads, started as work arrives."""

    _counter_lock = threading.Lock()
    _counter_value = 0

    @classmethod
    def _counter(cls):
        # a number for each executor created without a thread_name_prefix
        with ThreadPoolExecutor._counter_lock:
            n = ThreadPoolExecutor._counter_value
            ThreadPoolExecutor._counter_value = n + 1
        return n

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Create an executor.

        max_workers: the most threads it runs at once; by default
            min(32, os.cpu_count() + 4).
        thread_name_prefix: names its threads PREFIX_0, PREFIX_1, ...
            (default prefix: ThreadPoolExecutor-N).
        initializer: called as initializer(*initargs) at the start of each
            worker thread; if it raises, the pool becomes broken.
        """
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._pool = pool = _PoolState()
        self._work_queue = pool.work_queue
        self._idle_semaphore = pool.idle_semaphore
        self._shutdown_lock = pool.shutdown_lock
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    @property
    def _shutdown(self):
        return self._pool.shutdown

    @property
    def _broken(self):
        return self._pool.broken

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            pool = self._pool
            if pool.broken:
                raise BrokenThreadPool(pool.broken)
            if pool.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # reuse an idle worker if there is one
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self._pool, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        self._pool.initializer_failed()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._pool.shutdown = True
            if cancel_futures:
                # cancel what no worker has picked up yet
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # wake a worker; each one leaving wakes the next
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    def __del__(self):
        try:
            pool = self._pool
        except AttributeError:
            return
        if not pool.shutdown:
            pool.abandoned = True
            try:
                pool.work_queue.put(None)
            except Exception:
                pass
