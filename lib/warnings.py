"""Python part of the warnings subsystem (pure Python for shoal).

Warnings print as CPython 3.11's do: "FILE:LINE: Category: message" and
the source line, to sys.stderr, once per location under the default
filter.  The caller's location comes from sys._getframe(stacklevel); where
that cannot reach, the location is "sys:1" as in CPython.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings',
           'catch_warnings']


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += '  %s\n' % line
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError('warnings.showwarning() must be set to a '
                                'function or method')
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---- patterns of filterwarnings() -----------------------------------------------

class _SimplePattern:
    # shoal: stands in for re.compile() while the re module is missing.
    # Understands literal text, '.', '.*', '\\x' escapes, and '$'.

    def __init__(self, pattern, ignorecase=False):
        self.pattern = pattern
        self.ignorecase = ignorecase
        self._tokens = self._tokenize(pattern)

    @staticmethod
    def _tokenize(p):
        tokens = []
        i = 0
        while i < len(p):
            c = p[i]
            if c == '\\' and i + 1 < len(p):
                tokens.append(('lit', p[i + 1]))
                i += 2
                continue
            if c == '.':
                if p[i + 1:i + 2] == '*':
                    tokens.append(('any*', None))
                    i += 2
                    continue
                tokens.append(('any', None))
            elif c == '$' and i == len(p) - 1:
                tokens.append(('end', None))
            else:
                tokens.append(('lit', c))
            i += 1
        return tokens

    def match(self, text):
        if self.ignorecase:
            text = text.lower()
        return self._match(0, text, 0)

    def _match(self, ti, text, pos):
        tokens = self._tokens
        while ti < len(tokens):
            kind, value = tokens[ti]
            if kind == 'any*':
                for k in range(len(text), pos - 1, -1):
                    if self._match(ti + 1, text, k):
                        return True
                return False
            if kind == 'end':
                return pos == len(text) or (pos == len(text) - 1 and text[-1] == '\n')
            if pos >= len(text):
                return False
            if kind == 'lit':
                c = value.lower() if self.ignorecase else value
                if text[pos] != c:
                    return False
            elif text[pos] == '\n':
                return False
            pos += 1
            ti += 1
        return True

    def __eq__(self, other):
        return (isinstance(other, _SimplePattern) and self.pattern == other.pattern
                and self.ignorecase == other.ignorecase)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        if self.ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)


def _compile(pattern, ignorecase=False):
    try:
        import re
    except ImportError:
        return _SimplePattern(pattern, ignorecase)
    return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)


# ---- filters -----------------------------------------------------------------------

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    if message or module:
        message = _compile(message, True) if message else None
        module = _compile(module) if module else None
    else:
        message = None
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


# ---- warn ------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '%s'" % (type(category).__name__,))
    frame = None
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            frame = getframe(stacklevel)
        except ValueError:
            frame = None
    if frame is None:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and
                issubclass(category, cat) and
                (mod is None or _matches(mod, module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return

    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                           % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


def _matches(pattern, text):
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


class WarningMessage(object):

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % (self._module,))
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# ---- module state ---------------------------------------------------------------------

_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


filters = []
defaultaction = 'default'
onceregistry = {}

simplefilter('ignore', category=ResourceWarning, append=True)
simplefilter('ignore', category=ImportWarning, append=True)
simplefilter('ignore', category=PendingDeprecationWarning, append=True)
simplefilter('ignore', category=DeprecationWarning, append=True)
filters.insert(0, ('default', None, DeprecationWarning, '__main__', 0))
_filters_version = 1


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    for a in _ACTIONS:
        if a.startswith(action):
            action = a
            break
    else:
        raise _OptionError('invalid action: %r' % (action,))
    cat = Warning
    if category:
        import builtins
        cat = getattr(builtins, category, None)
        if not (isinstance(cat, type) and issubclass(cat, Warning)):
            raise _OptionError('invalid warning category: %r' % (category,))
    filterwarnings(action, message, cat, module, int(lineno or 0))


_processoptions(getattr(sys, 'warnoptions', []))
