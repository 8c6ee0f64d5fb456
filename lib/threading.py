"""Thread objects and synchronisation primitives (pure Python for shoal).

Built on the low-level _thread module.  The interface and the observable
behaviour (reprs, error messages, naming of threads, the report printed for
an exception that escapes a thread) are those of CPython 3.11's threading.

shoal has no global interpreter lock, so nothing here relies on one: every
piece of state shared between threads is either guarded by a lock or only
touched through single dict/list/set operations, which shoal's containers
perform atomically.
"""

import sys as _sys
import _thread

from time import monotonic as _time
from _threading_local import local, _thread_finished as _forget_locals

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile']

# ---- what _thread provides ---------------------------------------------------

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = getattr(_thread, '_set_sentinel', None)
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
    _HAVE_THREAD_NATIVE_ID = True
    __all__.append('get_native_id')
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
ThreadError = _thread.error
_CRLock = getattr(_thread, 'RLock', None)
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

Lock = _allocate_lock


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---- trace and profile hooks for threads started from here -------------------

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading
    module; it is passed to sys.setprofile() in each thread before run()."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Return the profiler function set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading
    module; it is passed to sys.settrace() in each thread before run()."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Return the trace function set by threading.settrace()."""
    return _trace_hook


# ---- reentrant lock ------------------------------------------------------------

def RLock(*args, **kwargs):
    """Return a new reentrant lock: the thread that holds it may acquire it
    again, and must release it as many times as it acquired it."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock written in Python, used when _thread has no RLock."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _active.get(owner)
        if thread is not None:
            owner = thread.name
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # used by Condition
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        # how many times the calling thread holds the lock
        if self._owner != get_ident():
            return 0
        return self._count


_PyRLock = _RLock


# ---- condition variables -------------------------------------------------------

class Condition:
    """A condition variable: lets threads wait until another thread notifies
    them.  It is always associated with a lock (a new RLock by default),
    which must be held to wait or notify."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows how to save and restore its full state (an
        # RLock) lends those methods; a plain lock uses the defaults below.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        # One private lock per waiting thread, held until it is notified;
        # only touched while self._lock is held.
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # Only meaningful for a lock that does not track its owner: if we
        # can take it, nobody (in particular not us) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout (in
        seconds) passes, then take the lock again.  Return False if the
        timeout passed, else True."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
        finally:
            self._acquire_restore(saved)
            if not woken:
                # Timed out (or interrupted): stop being a waiter.  If a
                # notify() took us off the list meanwhile, that notification
                # was meant for us: report it rather than lose it.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    woken = True
        return woken

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (it is evaluated with the lock
        held) or the timeout passes; return the last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiters.pop(0).release()
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition (deprecated alias
        of notify_all())."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---- semaphores ------------------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero.  With blocking
        false, or once `timeout` seconds have passed, give up and return
        False; return True when the counter was decremented."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may never rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value, self._initial_value)

    def release(self, n=1):
        """Increment the counter by n; ValueError if that would take it
        above the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- events ------------------------------------------------------------------------

class Event:
    """A flag that threads can wait for: set() makes it true and wakes all
    waiters, clear() makes it false again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %s: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return True if and only if the flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the flag is true (deprecated alias of
        is_set())."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Make the flag true and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Make the flag false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout passes; return the
        flag (False only when the timeout passed)."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# ---- barriers ------------------------------------------------------------------------

_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets a fixed number of threads wait until all of them have arrived.
    The barrier can be used again and again."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0   # threads inside wait()

    def __repr__(self):
        name = "%s.%s at %s" % (self.__class__.__module__,
                                self.__class__.__qualname__, hex(id(self)))
        if self.broken:
            return "<%s: broken>" % name
        return "<%s: waiters=%d/%d>" % (name, self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait until `parties` threads have called wait().  Returns a
        different index in range(parties) in each of them.  Raises
        BrokenBarrierError if the barrier is broken or reset meanwhile, or
        if the timeout passes (which breaks it)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # a previous round may still be letting its threads out
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _trip(self):
        # the last thread arrived: run the action, then let everyone out
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            # the last thread out opens the barrier for the next round
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty initial state; threads waiting
        in it get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state: current and future calls
        to wait() raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


# ---- the registry of threads ---------------------------------------------------------

_counter_lock = _allocate_lock()
_counter_value = 0


def _counter():
    # the next number for a default thread name: 1, 2, 3, ...
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        return _counter_value


def _newname(name_template="Thread-%d"):
    return name_template % _counter()


_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for every running thread
_limbo = {}     # Thread -> Thread, started but not yet running

class _NullSet:
    # Stands in for a WeakSet where weak references are not available: it
    # keeps nothing (holding the threads strongly would keep them alive).
    def add(self, item):
        pass

    def discard(self, item):
        pass

    def copy(self):
        return set()

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


try:
    from _weakrefset import WeakSet
except Exception:
    try:
        from weakref import WeakSet
    except Exception:
        WeakSet = None
# Every Thread object ever created and not yet collected (for tests).
_dangling = WeakSet() if WeakSet is not None else _NullSet()

# The tstate locks of non-daemon threads; _shutdown() waits for each of them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    # forget the locks of threads that ended but were never joined
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(done)


# ---- exceptions escaping from threads ------------------------------------------------

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook(): exc_type, exc_value,
    exc_traceback and thread."""

    __slots__ = ()
    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(items))
        return tuple.__new__(cls, items)

    @property
    def exc_type(self):
        """Exception type"""
        return self[0]

    @property
    def exc_value(self):
        """Exception value"""
        return self[1]

    @property
    def exc_traceback(self):
        """Exception traceback"""
        return self[2]

    @property
    def thread(self):
        """Thread"""
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))

    def __reduce__(self):
        return (self.__class__, (tuple(self),))


_ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs = _ExceptHookArgs


def _print_exception(exc_type, exc_value, exc_tb, file):
    try:
        import traceback
        print_exception = traceback.print_exception
    except ImportError:
        print_exception = None
    if print_exception is not None:
        print_exception(exc_type, exc_value, exc_tb, file=file)
        return
    # No traceback module: the plain report, without source carets.
    lines = ["Traceback (most recent call last):\n"] if exc_tb is not None else []
    while exc_tb is not None:
        code = exc_tb.tb_frame.f_code
        lines.append('  File "%s", line %d, in %s\n'
                     % (code.co_filename, exc_tb.tb_lineno, code.co_name))
        source = _source_line(code.co_filename, exc_tb.tb_lineno)
        if source:
            lines.append('    %s\n' % source)
        exc_tb = exc_tb.tb_next
    name = getattr(exc_type, '__qualname__', str(exc_type))
    module = getattr(exc_type, '__module__', None)
    if module not in (None, 'builtins', '__main__'):
        name = module + '.' + name
    try:
        text = str(exc_value)
    except Exception:
        text = '<exception str() failed>'
    lines.append('%s: %s\n' % (name, text) if text else '%s\n' % name)
    file.write(''.join(lines))


def _source_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for i, line in zip(range(lineno), f):
                pass
        return line.strip() if i == lineno - 1 else ''
    except Exception:
        return ''


def excepthook(args, /):
    """Handle an exception that escaped a thread's run(): print
    "Exception in thread NAME:" and the traceback to stderr.  SystemExit is
    silently ignored."""
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                     file=stderr)
    stderr.flush()


# The original value of threading.excepthook, as sys.__excepthook__.
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Capture the hooks now, so that a thread can still report its error
    # while the interpreter is shutting down and module globals are gone.
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    exc_info = _sys.exc_info
    sys_module = _sys

    def invoke_excepthook(thread):
        args = None
        try:
            hook = excepthook
            if hook is None:
                hook = fallback_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as exc:
            # the hook itself failed: say so, and hand that error to
            # sys.excepthook
            exc.__suppress_context__ = True
            del exc
            if sys_module is not None and sys_module.stderr is not None:
                stderr = sys_module.stderr
            else:
                stderr = thread._stderr
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            sys_hook = None
            if sys_module is not None:
                sys_hook = sys_module.excepthook
            if sys_hook is None:
                sys_hook = fallback_sys_hook
            sys_hook(*exc_info())
        finally:
            args = None

    return invoke_excepthook


# ---- threads ---------------------------------------------------------------------------

class Thread:
    """A thread of control.  Pass a callable as `target`, or subclass and
    override run(); then call start()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # kept for excepthook, in case sys.stderr is gone at shutdown
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()
        _dangling.add(self)

    def _reset_internal_locks(self, is_alive):
        # after fork(): the locks may have been held by threads that are gone
        self._started._at_fork_reinit()
        if is_alive:
            if self._tstate_lock is not None:
                self._tstate_lock = _allocate_lock()
                self._tstate_lock.acquire()
        else:
            self._is_stopped = True
            self._tstate_lock = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()   # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: run() will be called in a new thread of
        control.  At most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        with _active_limbo_lock:
            if self._started.is_set() or self in _limbo:
                raise RuntimeError("threads can only be started once")
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """What the thread does: by default, call the target with the
        arguments given to the constructor.  Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # drop the references, which could otherwise form cycles with
            # the thread object
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # a daemon thread still running while the interpreter tears
            # itself down may find its modules gone
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    if _HAVE_THREAD_NATIVE_ID:
        def _set_native_id(self):
            self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # The tstate lock is held for as long as this thread exists; join()
        # waits by acquiring it.  _thread releases the sentinel once the
        # thread's state is gone; without a sentinel, _bootstrap_inner
        # releases its own lock as its very last step.
        if _set_sentinel is not None:
            lock = _set_sentinel()
            owned = False
        else:
            lock = _allocate_lock()
            owned = True
        if not lock.locked():
            lock.acquire()
        self._tstate_lock = lock
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)
        return lock if owned else None

    def _bootstrap_inner(self):
        own_lock = None
        try:
            self._set_ident()
            # a thread with the same ident may have used thread-local data
            # without going through this module; none of it is ours
            _forget_locals(self._ident)
            own_lock = self._set_tstate_lock()
            if _HAVE_THREAD_NATIVE_ID:
                self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]

            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)

            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()
            if own_lock is not None:
                own_lock.release()

    def _stop(self):
        # Called once the tstate lock has been seen released: the thread is
        # gone.
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if lock is not None and not self.daemon:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def _delete(self):
        # Remove this thread from the registry and drop its thread-local
        # data; runs in the thread itself, after run() and excepthook.
        ident = get_ident()
        with _active_limbo_lock:
            if _active.get(ident) is self:
                del _active[ident]
        _forget_locals(ident)

    def join(self, timeout=None):
        """Wait until the thread terminates, or until `timeout` seconds
        have passed.  Returns None either way: check is_alive() afterwards
        to tell whether the join timed out."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # already known to be stopped
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        """A string used for identification purposes only; several threads
        may share a name.  The constructor sets the initial one."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread, or None if it has not been
        started.  Identifiers may be reused once a thread has exited."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """Native integral thread ID of this thread, or None if it has
            not been started."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    def is_alive(self):
        """Return whether the thread is alive: from just before run()
        starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread.  Must be set before start();
        the initial value is inherited from the creating thread.  The
        program exits when only daemon threads are left."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated; use the
        daemon attribute)."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated; use the daemon
        attribute)."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Return the thread's name (deprecated; use the name attribute)."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Set the thread's name (deprecated; use the name attribute)."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) once `interval`
    seconds have passed after start(), unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that imported threading first (normally the main thread).

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # Its tstate lock is an ordinary lock, released by _shutdown().
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread not started through this module (one started with
    # _thread.start_new_thread) when it calls current_thread().  It is
    # always alive and daemonic, and cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---- module-level functions -------------------------------------------------------

def current_thread():
    """Return the Thread object of the calling thread (a dummy one, alive
    and daemonic, for a thread not started through threading)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated alias of
    current_thread())."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated
    alias of active_count())."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    # same as enumerate(), without taking the lock
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive: daemonic ones,
    dummy ones and the main thread included; not yet started or already
    finished ones excluded."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread object (the one the interpreter started in)."""
    return _main_thread


# Functions registered with _register_atexit() run in _shutdown(), before
# the non-daemon threads are joined (concurrent.futures stops its workers
# there).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


_main_thread = _MainThread()


def _shutdown():
    """Called by the interpreter at exit: run the threading atexit hooks,
    mark the main thread stopped and wait for every non-daemon thread."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        # already done (or we are in a forked child whose main thread is
        # another one)
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            # each lock is released when its thread is gone
            lock.acquire()
            lock.release()


def _after_fork():
    # In the child of fork() only the forking thread survives: it becomes
    # the main thread and every other thread is marked stopped.
    global _main_thread, _active_limbo_lock, _shutdown_locks_lock
    global _shutdown_locks, _counter_lock
    _active_limbo_lock = RLock()
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()
    _counter_lock = _allocate_lock()
    try:
        current = _active[get_ident()]
    except KeyError:
        current = _MainThread()
    _main_thread = current
    with _active_limbo_lock:
        threads = set(_enumerate())
        new_active = {}
        for thread in threads:
            if thread is current:
                thread._reset_internal_locks(True)
                ident = get_ident()
                thread._ident = ident
                new_active[ident] = thread
            else:
                thread._reset_internal_locks(False)
                thread._stop()
        _limbo.clear()
        _active.clear()
        _active.update(new_active)


try:
    from os import register_at_fork as _register_at_fork
except ImportError:
    pass
else:
    _register_at_fork(after_in_child=_after_fork)
