"""Thread-local data (pure Python for shoal; threading.local is this class).

An instance of `local` has a separate set of attributes in every thread:

    mydata = local()
    mydata.x = 1          # only this thread sees x

A thread's attributes are created on its first access to the object; for a
subclass with an __init__, that __init__ is then called again in the new
thread with the arguments the object was created with.  When a thread
started by the threading module ends, its attributes in every local object
are dropped (threading calls _thread_finished()).

The class presents itself as CPython's `_thread._local` (name, reprs and
error messages), which is what threading.local is in CPython.
"""

import _thread
from _thread import get_ident as _get_ident

__all__ = ['local']

_MISSING = object()

# Which local objects each thread has attributes in, so that a thread's
# attributes can be dropped when it ends: ident -> {id(state): entry}.
#
# With weak references, an entry is a weak reference to the _LocalState, so
# that only the local object keeps its state (and the attributes) alive and
# the cycle collector can reclaim a local whose attributes refer back to it.
# Without them, an entry is the state itself, and local.__del__ takes the
# state out of the registry.
#
# Guarded by _registry_lock, as is every change to _LocalState.dicts (reads
# of that dict need no lock: one dict lookup is atomic).  Reentrant, because
# the cleanup of a dying local may run (from the cycle collector) in a thread
# that already holds it.
try:
    from weakref import ref as _weakref
except Exception:
    _weakref = None
try:
    _registry_lock = _thread.RLock()
except AttributeError:
    _registry_lock = _thread.allocate_lock()
_by_thread = {}
_weak_entries = {}      # id(state) -> the weak reference to it


class _LocalState:
    # The data behind one local object: a dict of attributes per thread.
    __slots__ = ('dicts', 'args', 'kwargs', '__weakref__')

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs


def _state_died(key):
    # weak reference callback: the state of a local object is gone
    with _registry_lock:
        _weak_entries.pop(key, None)
        for entries in list(_by_thread.values()):
            entries.pop(key, None)


def _register(state, ident, d):
    # with _registry_lock held: give `state` the dict `d` for thread `ident`
    state.dicts[ident] = d
    key = id(state)
    if _weakref is not None:
        entry = _weak_entries.get(key)
        if entry is None:
            entry = _weak_entries[key] = _weakref(
                state, lambda r, key=key: _state_died(key))
    else:
        entry = state
    entries = _by_thread.get(ident)
    if entries is None:
        entries = _by_thread[ident] = {}
    entries[key] = entry


def _unregister(state, ident):
    # with _registry_lock held: drop thread `ident`'s dict from `state`
    d = state.dicts.pop(ident, None)
    entries = _by_thread.get(ident)
    if entries is not None:
        entries.pop(id(state), None)
    return d


def _thread_finished(ident):
    """Drop the thread-local attributes that thread `ident` holds in every
    local object (called when the thread ends)."""
    with _registry_lock:
        entries = _by_thread.pop(ident, None)
        if not entries:
            return
        dropped = []
        for entry in entries.values():
            state = entry() if _weakref is not None else entry
            if state is not None:
                dropped.append(state.dicts.pop(ident, None))
        state = entry = None
    # the values die here, outside the lock: their destructors may use
    # local objects too
    del dropped


def _lookup(tp, name):
    # the attribute `name` as found on the type (its MRO), or _MISSING
    for klass in tp.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


def _type_name(tp):
    return '_thread._local' if tp is local else tp.__name__


def _no_attribute(self, name):
    message = "'%s' object has no attribute '%s'" % (_type_name(type(self)), name)
    try:
        return AttributeError(message, name=name, obj=self)
    except TypeError:
        return AttributeError(message)


def _new_thread_dict(self, state, ident):
    d = {}
    with _registry_lock:
        _register(state, ident, d)
    init = type(self).__init__
    if init is not object.__init__:
        try:
            init(self, *state.args, **state.kwargs)
        except BaseException:
            with _registry_lock:
                if state.dicts.get(ident) is d:
                    _unregister(state, ident)
            raise
    return d


def _thread_dict(self):
    # this thread's attribute dict of `self`, created on first use
    state = object.__getattribute__(self, '_local__state')
    ident = _get_ident()
    d = state.dicts.get(ident)
    if d is None:
        d = _new_thread_dict(self, state, ident)
    return d


class local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ('_local__state', '__weakref__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, '_local__state', state)
        # The creating thread gets its (empty) dict now; __init__ is run
        # for it by the ordinary call of the class.
        with _registry_lock:
            _register(state, _get_ident(), {})
        return self

    def __getattribute__(self, name):
        d = _thread_dict(self)
        if name == '__dict__':
            return d
        tp = type(self)
        attr = _lookup(tp, name)
        if attr is not _MISSING:
            kind = type(attr)
            if (_lookup(kind, '__set__') is not _MISSING
                    or _lookup(kind, '__delete__') is not _MISSING):
                # a data descriptor (property, slot, __class__) wins over
                # the instance's attributes
                getter = _lookup(kind, '__get__')
                if getter is not _MISSING:
                    return getter(attr, self, tp)
        value = d.get(name, _MISSING)
        if value is not _MISSING:
            return value
        if attr is not _MISSING:
            getter = _lookup(type(attr), '__get__')
            if getter is not _MISSING:
                return getter(attr, self, tp)
            return attr
        raise _no_attribute(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _type_name(type(self)))
        d = _thread_dict(self)
        attr = _lookup(type(self), name)
        if attr is not _MISSING:
            setter = _lookup(type(attr), '__set__')
            if setter is not _MISSING:
                setter(attr, self, value)
                return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _type_name(type(self)))
        d = _thread_dict(self)
        attr = _lookup(type(self), name)
        if attr is not _MISSING:
            deleter = _lookup(type(attr), '__delete__')
            if deleter is not _MISSING:
                deleter(attr, self)
                return
        try:
            del d[name]
        except KeyError:
            raise _no_attribute(self, name) from None

    if _weakref is None:
        def __del__(self):
            # the object is gone: drop its attributes in every thread
            try:
                state = object.__getattribute__(self, '_local__state')
            except AttributeError:
                return
            with _registry_lock:
                dropped = [_unregister(state, ident) for ident in list(state.dicts)]
            del dropped


local.__module__ = '_thread'
local.__name__ = '_local'
local.__qualname__ = '_local'
