"""Data classes (pure Python for shoal).

Written from the documented behaviour of CPython 3.11's dataclasses.  As in
CPython, the special methods of each class are generated as source text for
that class's own fields and compiled with exec(), so that a generated
__init__ or __eq__ runs as fast as a hand-written one.

Layout of every generated function (it matters for tracebacks, which show
File "<string>", line N, in NAME):

    line 1   def __create_fn__(<names the function needs>):
    line 2    def NAME(<parameters>):
    line 3+    <one statement per line>
             return NAME

The outer function is called with the values (field types, defaults, default
factories, sentinels, the class) so that the generated code reaches them as
closure variables; values never appear in the source text.  The code runs
with the globals of the module that defined the class, as in CPython.
"""

import copy
import sys
import types
import keyword
import abc
from _thread import get_ident as _get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


# The type of the descriptors that __slots__ creates (types.MemberDescriptorType
# is not reliable here).
class _SlotProbe:
    __slots__ = ('probe',)


_MemberDescriptorType = type(_SlotProbe.__dict__['probe'])
del _SlotProbe


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % (name,)

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
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # Forward to the default value's __set_name__, if it has one.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    def __class_getitem__(cls, item):
        # Field[int]: a types.GenericAlias, where the interpreter can build
        # one from Python (shoal cannot yet; then the class itself).
        try:
            return types.GenericAlias(cls, item)
        except TypeError:
            return cls


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
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations.

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (getattr(a_type, '__origin__', None) is typing.ClassVar
                and not isinstance(a_type, type)))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_string_annotation(text):
    """'mod.Name[...]' -> ('mod', 'Name'); 'Name...' -> (None, 'Name')."""
    n = len(text)
    i = 0
    while i < n and text[i].isspace():
        i += 1
    start = i
    while i < n and (text[i].isalnum() or text[i] == '_'):
        i += 1
    first = text[start:i]
    if not first:
        return None
    j = i
    while j < n and text[j].isspace():
        j += 1
    if j < n and text[j] == '.':
        j += 1
        while j < n and text[j].isspace():
            j += 1
        start = j
        while j < n and (text[j].isalnum() or text[j] == '_'):
            j += 1
        second = text[start:j]
        if second:
            return first, second
    return None, first


def _is_type_string(annotation, cls, a_module, predicate):
    """Does the string annotation name the object `predicate` looks for?

    'Name[...]' is looked up in the namespace of the class's module;
    'mod.Name[...]' counts when `mod` there is `a_module`."""
    parts = _split_string_annotation(annotation)
    if parts is None:
        return False
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    ns = module.__dict__
    module_name, name = parts
    if module_name is None:
        return predicate(ns.get(name), a_module)
    if ns.get(module_name) is not a_module:
        return False
    return predicate(getattr(a_module, name, None), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A slot descriptor is not a default value.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing is not None:
        if (_is_classvar(a_type, typing)
                or (isinstance(a_type, str)
                    and _is_type_string(a_type, cls, typing, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this_module = sys.modules[__name__]
        if (_is_initvar(a_type, this_module)
                or (isinstance(a_type, str)
                    and _is_type_string(a_type, cls, this_module,
                                        _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory'
                            % (f.name,))

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % (f.name,))
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


# ---------------------------------------------------------------------------
# Building functions from source text.

_create_fn_cache = {}
_NO_MODULE_GLOBALS = {}


def _compile_fn(cls, name, params, body, env, globals, returns='',
                qualname=True):
    """Compile `def NAME(PARAMS)RETURNS:` with the BODY lines (see the module
    docstring for the layout) and return the function.  ENV maps the names
    the code uses to their values.  With QUALNAME, the function's
    __qualname__ becomes 'ClassQualname.NAME'."""
    if not body:
        body = ['pass']
    src = ('def __create_fn__(%s):\n def %s(%s)%s:\n  %s\n return %s\n'
           % (', '.join(env), name, params, returns, '\n  '.join(body),
              name))
    # Classes of the same shape (same field names, same kinds of defaults)
    # get the same source: compile it once per module namespace.
    key = (id(globals), src)
    hit = _create_fn_cache.get(key)
    if hit is not None and hit[0] is globals:
        create = hit[1]
    else:
        ns = {}
        exec(src, globals, ns)
        create = ns['__create_fn__']
        if len(_create_fn_cache) >= 1024:
            _create_fn_cache.clear()
        _create_fn_cache[key] = (globals, create)
    fn = create(**env)
    if qualname:
        fn.__qualname__ = cls.__qualname__ + '.' + name
    return fn


def _tuple_src(obj, flds):
    if not flds:
        return '()'
    return '(' + ''.join(['%s.%s,' % (obj, f.name) for f in flds]) + ')'


def _set_new_attribute(cls, name, value):
    """Set cls.NAME unless the class body defined it; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_init(cls, all_init_fields, std_fields, kw_fields, frozen,
               has_post_init, slots, globals):
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument'
                            % (f.name,))

    self_name = 'self'
    for f in all_init_fields:
        if f.name == 'self':
            self_name = '__dataclass_self__'
            break

    env = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}

    def param(f):
        env['__dataclass_type_%s__' % f.name] = f.type
        text = '%s:__dataclass_type_%s__' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return text + '=__dataclass_HAS_DEFAULT_FACTORY__'
        if f.default is not MISSING:
            return text + '=__dataclass_dflt_%s__' % (f.name,)
        return text

    body = []
    for f in all_init_fields:
        dflt = '__dataclass_dflt_%s__' % (f.name,)
        if f.default_factory is not MISSING:
            env[dflt] = f.default_factory
            if f.init:
                value = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ '
                         'else %s' % (dflt, f.name, f.name))
            else:
                value = dflt + '()'
        elif f.init:
            if f.default is not MISSING:
                env[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            # No class attribute holds the default of a slotted class.
            env[dflt] = f.default
            value = dflt
        else:
            value = None
        if value is None or f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(%s,%r,%s)'
                        % (self_name, f.name, value))
        else:
            body.append('%s.%s=%s' % (self_name, f.name, value))

    if has_post_init:
        body.append('%s.%s(%s)' % (
            self_name, _POST_INIT_NAME,
            ','.join([f.name for f in all_init_fields
                      if f._field_type is _FIELD_INITVAR])))

    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)
    return _compile_fn(cls, '__init__', ', '.join(params), body, env,
                       globals, returns=' -> None')


def _recursive_repr(fn):
    """Wrap a __repr__ so that an object met again while being repr'd (in
    the same thread) shows as '...'."""
    running = set()

    def wrapper(self):
        key = (id(self), _get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            result = fn(self)
        finally:
            running.discard(key)
        return result

    wrapper.__module__ = fn.__module__
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


def _make_repr(cls, flds, globals):
    fn = _compile_fn(cls, '__repr__', 'self', [
        'return self.__class__.__qualname__ + f"(%s)"'
        % ', '.join(['%s={self.%s!r}' % (f.name, f.name) for f in flds])],
        {}, globals, qualname=False)
    wrapper = _recursive_repr(fn)
    wrapper.__qualname__ = cls.__qualname__ + '.__repr__'
    return wrapper


def _make_cmp(cls, name, op, flds, globals):
    return _compile_fn(cls, name, 'self, other', [
        'if other.__class__ is self.__class__:',
        ' return %s%s%s' % (_tuple_src('self', flds), op,
                            _tuple_src('other', flds)),
        'return NotImplemented'], {}, globals)


def _make_hash(cls, flds, globals):
    return _compile_fn(cls, '__hash__', 'self',
                       ['return hash(%s)' % (_tuple_src('self', flds),)],
                       {}, globals)


def _make_frozen_methods(cls, flds, globals):
    cond = 'type(self) is cls'
    if flds:
        cond += ' or name in {%s}' % ', '.join([repr(f.name) for f in flds])
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _compile_fn(cls, '__setattr__', 'self, name, value', [
        'if %s:' % cond,
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], env, globals)
    deleter = _compile_fn(cls, '__delattr__', 'self, name', [
        'if %s:' % cond,
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], env, globals)
    return setter, deleter


# ---------------------------------------------------------------------------
# The class docstring: the class's call signature, as inspect.signature()
# would print it (without the '-> None' of __init__).

def _format_annotation(a):
    if getattr(a, '__module__', None) == 'typing':
        # Drop a 'typing.' prefix from every dotted name in the repr.
        text = repr(a)
        out = []
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c.isalnum() or c == '_' or c == '.':
                j = i
                while j < n and (text[j].isalnum() or text[j] in '_.'):
                    j += 1
                word = text[i:j]
                if word.startswith('typing.'):
                    word = word[7:]
                out.append(word)
                i = j
            else:
                out.append(c)
                i += 1
        return ''.join(out)
    if isinstance(a, types.GenericAlias):
        return str(a)
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _signature_text(cls):
    init = getattr(cls, '__init__', None)
    if init is object.__init__:
        return '()'
    if not isinstance(init, types.FunctionType):
        return ''
    code = init.__code__
    ann = init.__annotations__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    has_varargs = bool(code.co_flags & 0x04)
    has_varkw = bool(code.co_flags & 0x08)

    def one(name, prefix='', default=MISSING):
        text = prefix + name
        if name in ann:
            text += ': ' + _format_annotation(ann[name])
            if default is not MISSING:
                text += ' = ' + repr(default)
        elif default is not MISSING:
            text += '=' + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        d = defaults[i - first_default] if i >= first_default else MISSING
        parts.append(one(names[i], '', d))
        if i == nposonly - 1:
            parts.append('/')
    idx = npos + nkw
    if has_varargs:
        parts.append(one(names[idx], '*'))
        idx += 1
    elif nkw:
        parts.append('*')
    for i in range(npos, npos + nkw):
        parts.append(one(names[i], '', kwdefaults.get(names[i], MISSING)))
    if has_varkw:
        parts.append(one(names[idx], '**'))
    # The class's signature leaves out the bound first parameter.
    if npos:
        del parts[0]
        if parts and parts[0] == '/':
            del parts[0]
    elif has_varargs:
        pass
    text = '(' + ', '.join(parts) + ')'
    if 'return' in ann:
        text += ' -> ' + _format_annotation(ann['return'])
    return text.replace(' -> None', '')


# ---------------------------------------------------------------------------
# __slots__

def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))
    return slots


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


# ---------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else _NO_MODULE_GLOBALS

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Fields of dataclass bases, the most basic first.
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = True
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False

    annotations = cls.__dict__.get('__annotations__', {})
    this_module = sys.modules[__name__]
    own = []
    kw_only_seen = False
    for name, a_type in annotations.items():
        if (_is_kw_only(a_type, this_module)
                or (isinstance(a_type, str)
                    and _is_type_string(a_type, cls, this_module,
                                        _is_kw_only))):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already '
                                'been specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, a_type, kw_only))

    for f in own:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in all_fields.values()
                       if f._field_type is _FIELD
                       or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        _set_new_attribute(cls, '__init__', _make_init(
            cls, all_init_fields, std_init_fields, kw_init_fields, frozen,
            hasattr(cls, _POST_INIT_NAME), slots, globals))

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(
            cls, [f for f in field_list if f.repr], globals))

    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_cmp(cls, '__eq__', '==', cmp_fields, globals))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _make_cmp(cls, name, op, cmp_fields,
                                            globals)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        for fn in _make_frozen_methods(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    # __hash__, following the table in the documentation.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % (cls.__name__,))
        add_hash = True
    else:
        add_hash = eq and frozen and not has_explicit_hash
        if eq and not frozen and not has_explicit_hash:
            cls.__hash__ = None
    if add_hash:
        cls.__hash__ = _make_hash(
            cls, [f for f in field_list
                  if (f.compare if f.hash is None else f.hash)], globals)

    if not getattr(cls, '__doc__'):
        try:
            text_sig = _signature_text(cls)
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        if '__slots__' in cls.__dict__:
            raise TypeError('%s already specifies __slots__' % (cls.__name__,))
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') \
            from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        cls = obj
    else:
        cls = type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                    dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
