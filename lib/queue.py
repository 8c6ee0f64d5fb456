"""Synchronised queues for handing work between threads (pure Python for
shoal, with the interface of CPython 3.11's queue module)."""

import threading
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _generic_alias(cls, item):
    # Queue[int] and the like, as in CPython
    from types import GenericAlias
    try:
        return GenericAlias(cls, item)
    except TypeError:
        # an interpreter whose GenericAlias cannot be built from Python
        return cls


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    '''A FIFO queue for passing items between threads.

    Queue(maxsize): with maxsize <= 0 the queue has no bound; otherwise put()
    waits while maxsize items are in it.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the items and the count of unfinished tasks; the
        # three conditions share it.
        self.mutex = threading.Lock()
        # notified when an item is added: get() waits on it
        self.not_empty = threading.Condition(self.mutex)
        # notified when an item is removed: put() waits on it
        self.not_full = threading.Condition(self.mutex)
        # notified when the count of unfinished tasks drops to zero
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Tell the queue that one item fetched with get() has been dealt
        with.  join() returns once this was called for every item ever put;
        ValueError if called more often than items were put.'''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Wait until every item put in the queue was fetched and marked
        done with task_done().'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return how many items are in the queue (at once outdated if
        other threads use the queue).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue holds no items (at once outdated if
        other threads use the queue).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue holds maxsize items (at once outdated
        if other threads use the queue).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Add an item to the queue.

        With block true, wait while the queue is full: forever if timeout is None,
        else at most timeout seconds, then raise Full.  With block false, raise
        Full at once if there is no room (timeout is then ignored).'''
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return the next item.

        With block true, wait while the queue is empty: forever if timeout is None,
        else at most timeout seconds, then raise Empty.  With block false, raise
        Empty at once if there is no item (timeout is then ignored).'''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Add an item if there is room at once, else raise Full
        (put(item, False)).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item if one is there, else raise Empty
        (get(False)).'''
        return self.get(block=False)

    # The storage: subclasses override these four (always called with the
    # mutex held).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_generic_alias)


class PriorityQueue(Queue):
    '''A queue that hands out its smallest item first (typically
    (priority, data) tuples).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    '''A queue that hands out the item added last first (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''An unbounded FIFO queue without task tracking.'''

    # Items live in a list with a moving head (compacted now and then):
    # put() appends, get() advances the head under the mutex.  Waiting
    # getters sleep on private locks, woken one per put().

    def __init__(self):
        # Reentrant, so that put() works from a destructor that runs (from
        # the cycle collector) while this thread is inside get().
        self._mutex = threading.RLock()
        self._items = []
        self._head = 0
        self._getters = []

    def put(self, item, block=True, timeout=None):
        '''Add an item; never blocks (block and timeout are accepted for
        compatibility with Queue and ignored).'''
        # The append needs no lock (one list operation is atomic) and comes
        # first, so that a put() made reentrantly (from a destructor run by
        # the cycle collector) cannot overtake this one.
        self._items.append(item)
        with self._mutex:
            if self._getters:
                self._getters.pop(0).release()

    def put_nowait(self, item):
        '''Add an item; the same as put(item).'''
        return self.put(item, block=False)

    def _take(self):
        # with the mutex held and an item present
        items = self._items
        head = self._head
        item = items[head]
        items[head] = None
        head += 1
        # drop the consumed prefix now and then (never clear(): a put()
        # may be appending right now without the mutex)
        if head >= 64 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._head = head
        return item

    def get(self, block=True, timeout=None):
        '''Remove and return the next item.

        With block true, wait while the queue is empty: forever if timeout is None,
        else at most timeout seconds, then raise Empty.  With block false, raise
        Empty at once if there is no item.'''
        if block and timeout is not None:
            _check_timeout(timeout)
            deadline = _time() + timeout
        else:
            deadline = None
        mutex = self._mutex
        while True:
            with mutex:
                if self._head < len(self._items):
                    return self._take()
                if not block:
                    raise Empty
                if deadline is not None:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        raise Empty
                waiter = threading.Lock()
                waiter.acquire()
                if self._head < len(self._items):
                    # a reentrant put() came in meanwhile
                    continue
                self._getters.append(waiter)
            if deadline is None:
                waiter.acquire()
            elif not waiter.acquire(True, remaining):
                with mutex:
                    try:
                        self._getters.remove(waiter)
                    except ValueError:
                        # a put() woke us just as we gave up: the loop
                        # takes its item
                        pass

    def get_nowait(self):
        '''Remove and return an item if one is there, else raise Empty.'''
        return self.get(block=False)

    def empty(self):
        '''Return True if the queue holds no items (at once outdated if
        other threads use it).'''
        with self._mutex:
            return self._head >= len(self._items)

    def qsize(self):
        '''Return how many items are in the queue (at once outdated if
        other threads use it).'''
        with self._mutex:
            return len(self._items) - self._head

    __class_getitem__ = classmethod(_generic_alias)


# the pure-Python implementation under the name CPython gives it
_PySimpleQueue = SimpleQueue
