"""Futures, executors and the functions that wait for futures (pure Python
for shoal, with the behaviour of CPython 3.11's concurrent.futures)."""

import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                         # cancelled, waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """
        Raised when a executor has become non-functional after a severe failure.
        """


def _log(message, level, exc_info):
    # What CPython does with logging.getLogger("concurrent.futures"); without
    # a logging module, print what logging's last-resort handler would.
    try:
        import logging
    except ImportError:
        logging = None
    if logging is not None:
        logger = logging.getLogger("concurrent.futures")
        if level == "critical":
            logger.critical(message, exc_info=exc_info)
        else:
            logger.error(message, exc_info=exc_info)
        return
    text = message
    if exc_info:
        import traceback
        text = text + "\n" + traceback.format_exc().rstrip("\n")
    stderr = sys.stderr
    if stderr is not None:
        stderr.write(text + "\n")


def _log_exception(message):
    # LOGGER.exception(message): an error with the current traceback
    _log(message, "error", True)


def _log_critical(message, exc_info=False):
    _log(message, "critical", exc_info)


# ---- waiting for several futures ----------------------------------------------

class _Waiter:
    # Installed on a set of futures by wait() and as_completed(); each
    # future tells it when it finishes or is cancelled.

    def __init__(self, mode, pending=0):
        self.mode = mode
        self.pending = pending          # for ALL_COMPLETED / FIRST_EXCEPTION
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _record(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            mode = self.mode
            if mode in (_AS_COMPLETED, FIRST_COMPLETED):
                self.event.set()
                return
            if mode == FIRST_EXCEPTION and failed:
                self.event.set()
                return
            self.pending -= 1
            if self.pending <= 0:
                self.event.set()

    def add_result(self, future):
        self._record(future, False)

    def add_exception(self, future):
        self._record(future, True)

    def add_cancelled(self, future):
        # a cancelled future counts as a failure for FIRST_EXCEPTION only in
        # the sense of finishing; it does not stop the wait early
        self._record(future, False)


class _AcquireFutures:
    # Holds the conditions of several futures at once, taken in a fixed
    # (id) order so that two such waits cannot deadlock.

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, return_when, pending_count):
    if return_when == _AS_COMPLETED or return_when == FIRST_COMPLETED:
        waiter = _Waiter(return_when)
    elif return_when in (FIRST_EXCEPTION, ALL_COMPLETED):
        waiter = _Waiter(return_when, pending_count)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Iterate over the futures in fs, yielding each one as it completes
    (finishes or is cancelled); a future given twice is yielded once.
    With a timeout (seconds), raise TimeoutError if some futures are still
    unfinished when it runs out."""
    if timeout is not None:
        deadline = timeout + time.monotonic()

    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _DONE_STATES]
        pending = fs.difference(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED, 0)
    try:
        yield from _hand_over(finished, waiter, (fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = deadline - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # in the order they completed
            finished.reverse()
            yield from _hand_over(finished, waiter, (fs, pending))
    finally:
        _remove_waiter(fs, waiter)


def _hand_over(futures, waiter, holders):
    # Yield the futures popped from the end of the list `futures`, after
    # forgetting each one everywhere else (the sets in `holders`, the
    # waiter), so that the caller's reference is the only one left.
    while futures:
        f = futures[-1]
        for holder in holders:
            holder.discard(f)
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass
        del f
        yield futures.pop()


class DoneAndNotDoneFutures(tuple):
    'DoneAndNotDoneFutures(done, not_done)'

    __slots__ = ()
    _fields = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        'Alias for field number 0'
        return self[0]

    @property
    def not_done(self):
        'Alias for field number 1'
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % tuple(self)

    def _asdict(self):
        return {'done': self[0], 'not_done': self[1]}

    def __getnewargs__(self):
        return tuple(self)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; return DoneAndNotDoneFutures(done,
    not_done), two sets.

    return_when is FIRST_COMPLETED (any future finishes or is cancelled),
    FIRST_EXCEPTION (any future raises; else as ALL_COMPLETED) or
    ALL_COMPLETED (the default).  With a timeout (seconds), return when it
    runs out even if the condition is not met."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _DONE_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if f._state == FINISHED and f._exception is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if not not_done:
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when, len(not_done))

    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


# ---- futures ------------------------------------------------------------------------

def _generic_alias(cls, item):
    # Queue[int] and the like, as in CPython
    from types import GenericAlias
    try:
        return GenericAlias(cls, item)
    except TypeError:
        # an interpreter whose GenericAlias cannot be built from Python
        return cls


class Future(object):
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_exception('exception calling callback for %r' % (self,))

    def __repr__(self):
        with self._condition:
            state = self._state
            description = _STATE_TO_DESCRIPTION_MAP[state]
            if state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), description,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), description,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), description)

    def cancel(self):
        """Try to cancel the future: False if it is running or done,
        True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # do not keep the traceback's frames (and this future) alive
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) once the future finishes or is cancelled, in
        the thread that completes it, in the order the callbacks were added; at
        once if it is already done."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r' % (self,))

    def result(self, timeout=None):
        """Return the result of the call, waiting at most `timeout`
        seconds (None: no limit).  Raises the call's exception if it raised,
        CancelledError if the future was cancelled, TimeoutError if the time ran
        out."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned),
        waiting at most `timeout` seconds.  Raises CancelledError if the future
        was cancelled, TimeoutError if the time ran out."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # The following methods should only be used by Executors and in tests.

    def set_running_or_notify_cancel(self):
        """For executors: called before running the work.  Returns False
        (telling the waiters) if the future was cancelled; otherwise marks it
        running and returns True.  RuntimeError if it already ran."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log_critical('Future %s in unexpected state: %s'
                          % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors: finish the future with this result."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: finish the future with this exception."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_generic_alias)


# ---- executors ----------------------------------------------------------------------

def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        # break the reference cycle through the traceback
        del fut


class Executor(object):
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the executor.

        All calls are submitted at once; the returned iterator yields their results
        in order, raising a call's exception when it reaches it, and TimeoutError
        if the results are not all in within `timeout` seconds of the call to
        map().  chunksize is ignored (it matters to process pools only)."""
        if timeout is not None:
            deadline = timeout + time.monotonic()

        # every call is submitted now; the results are collected lazily
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                # kept in reverse so that pop() takes the next one and each
                # yielded future is dropped at once
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(),
                                                deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; no more submissions afterwards.
        Safe to call more than once.  With wait, return only once the pending
        work is done; with cancel_futures, cancel the work not yet started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
