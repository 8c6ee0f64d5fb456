"""Data classes (pure Python for shoal).

Generated methods are closures over the field list rather than exec()'d
source.  Missing: slots=True, weakref_slot, KW_ONLY sentinel-based
keyword-only sections, string annotations of ClassVar/InitVar other than
the plain names.
"""

import copy
import sys
from reprlib import recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', None) or repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


_FIELD = '_FIELD'
_FIELD_CLASSVAR = '_FIELD_CLASSVAR'
_FIELD_INITVAR = '_FIELD_INITVAR'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    return annotation is cv or getattr(annotation, '__origin__', None) is cv


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('InitVar', 'dataclasses.InitVar'))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


def _make_init(cls, init_fields, frozen, has_post_init):
    qual = cls.__qualname__ + '.__init__'
    positional = [f for f in init_fields if not f.kw_only]
    kwonly = [f for f in init_fields if f.kw_only]
    names = [f.name for f in init_fields]
    npos = len(positional)
    nreq = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
    setter = object.__setattr__ if frozen else None

    def missing(kind, lst):
        quoted = ["'%s'" % n for n in lst]
        if len(quoted) == 1:
            listed = quoted[0]
        elif len(quoted) == 2:
            listed = '%s and %s' % tuple(quoted)
        else:
            listed = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
        return TypeError('%s() missing %d required %s argument%s: %s'
                         % (qual, len(lst), kind, 's' if len(lst) > 1 else '', listed))

    def __init__(self, *args, **kwargs):
        if len(args) > npos:
            if nreq == npos:
                takes = '%d positional argument%s' % (npos + 1, '' if npos == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (nreq + 1, npos + 1)
            raise TypeError('%s() takes %s but %d were given' % (qual, takes, len(args) + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, key))
            idx = names.index(key)
            if idx < len(args) and idx < npos:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, key))
        values = {}
        miss_pos = []
        miss_kw = []
        for i, f in enumerate(init_fields):
            if i < len(args) and not f.kw_only:
                values[f.name] = args[i]
            elif f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            else:
                (miss_kw if f.kw_only else miss_pos).append(f.name)
        if miss_pos:
            raise missing('positional', miss_pos)
        if miss_kw:
            raise missing('keyword-only', miss_kw)
        initvars = []
        for f in init_fields:
            if f._field_type is _FIELD_INITVAR:
                initvars.append(values[f.name])
                continue
            if setter is None:
                setattr(self, f.name, values[f.name])
            else:
                setter(self, f.name, values[f.name])
        for f in noinit_fields:
            if f.default_factory is not MISSING:
                v = f.default_factory()
            else:
                continue
            if setter is None:
                setattr(self, f.name, v)
            else:
                setter(self, f.name, v)
        if has_post_init:
            self.__post_init__(*initvars)

    noinit_fields = []
    __init__.__qualname__ = qual
    return __init__, noinit_fields


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            params = b.__dict__['__dataclass_params__']
            if all_frozen_bases is None:
                all_frozen_bases = True
            if params.frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    cur_kw_only = kw_only
    for name, ann in annotations.items():
        if ann is KW_ONLY or ann == 'KW_ONLY' or ann == 'dataclasses.KW_ONLY':
            cur_kw_only = True
            continue
        own.append(_get_field(cls, name, ann, cur_kw_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]

    if init:
        init_fields = [f for f in all_fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
        seen_default = None
        for f in init_fields:
            if f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = f
            elif seen_default is not None:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
        has_post_init = hasattr(cls, '__post_init__')
        fn, noinit = _make_init(cls, init_fields, frozen, has_post_init)
        noinit.extend(f for f in field_list if not f.init)
        _set_new(cls, '__init__', fn)

    if repr:
        repr_fields = [f for f in field_list if f.repr]

        @recursive_repr()
        def __repr__(self):
            return (self.__class__.__qualname__ + '(' +
                    ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in repr_fields) + ')')
        __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
        _set_new(cls, '__repr__', __repr__)

    cmp_fields = [f for f in field_list if f.compare]

    def _tuple(self):
        return tuple(getattr(self, f.name) for f in cmp_fields)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple(self) == _tuple(other)
            return NotImplemented
        _set_new(cls, '__eq__', __eq__)

    if order:
        def make(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple(self), _tuple(other))
                return NotImplemented
            return method
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            m = make(op)
            m.__name__ = name
            if _set_new(cls, name, m):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError('cannot assign to field %r' % (name,))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError('cannot delete field %r' % (name,))
            super(cls, self).__delattr__(name)
        for name, fn in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if _set_new(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hash_fields))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(' + ', '.join(
            '%s: %s' % (f.name, getattr(f.type, '__name__', f.type)) for f in
            all_fields.values() if f._field_type is not _FIELD_CLASSVAR) + ')'

    if match_args:
        _set_new(cls, '__match_args__',
                 tuple(f.name for f in field_list if f.init and not f.kw_only))
    return cls


def _set_new(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot '
                                 'be specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
