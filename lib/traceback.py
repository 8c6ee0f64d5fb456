"""Extract, format and print information about Python stack traces
(pure Python for shoal).

The output is that of CPython 3.11's default exception printing.  Caret
lines (^^^^) need column positions: they are drawn when code objects
provide co_positions() (shoal's do not yet), and never for a position
that spans the whole source line, as in CPython.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')

_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')

_sentinel = object()


def _print(file, text='', end='\n'):
    file.write(text + end)


# ---- formatting and printing lists of frames ----------------------------------

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        file.write(item)


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or tuples) for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries extracted from the traceback."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---- exceptions -------------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, '
                            '%s found' % (type(exc).__name__,))
        else:
            return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information: a list of
    strings, each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = '%s\n' % etype
    else:
        line = '%s: %s\n' % (etype, valuestr)
    return line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return '<%s %s() failed>' % (what, func.__name__)


def _current_exception():
    return sys.exc_info()[1]


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(_current_exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(_current_exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- stacks -------------------------------------------------------------------------

def _current_frame(depth):
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        return getframe(depth + 1)
    except ValueError:
        return None


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = _current_frame(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = _current_frame(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame (shoal: only
    as far as frames know their caller through f_back)."""
    if f is None:
        f = _current_frame(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _positions_of(code, lasti):
    # (lineno, end_lineno, colno, end_colno) of the instruction at lasti,
    # where the code object can tell (co_positions); else Nones.
    positions_gen = getattr(code, 'co_positions', None)
    if positions_gen is None or lasti is None or lasti < 0:
        return (None, None, None, None)
    try:
        positions = list(positions_gen())
        return positions[lasti // 2]
    except Exception:
        return (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _positions_of(tb.tb_frame.f_code, getattr(tb, 'tb_lasti', -1))
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _byte_offset_to_character_offset(s, offset):
    as_utf8 = s.encode('utf-8')
    return len(as_utf8[:offset].decode('utf-8', errors='replace'))


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            if capture_locals:
                f_locals = f.f_locals
            else:
                f_locals = None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of FrameSummary
        objects or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = []
        row.append('  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name))
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))

            original = frame_summary._original_line
            orig_line_len = len(original)
            frame_line_len = len(frame_summary.line.lstrip())
            stripped_characters = orig_line_len - frame_line_len
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                start_offset = _byte_offset_to_character_offset(
                    original, frame_summary.colno) + 1
                end_offset = _byte_offset_to_character_offset(
                    original, frame_summary.end_colno) + 1
                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    try:
                        anchors = _caret_anchors(original[start_offset - 1:end_offset - 1])
                    except Exception:
                        anchors = None
                else:
                    end_offset = stripped_characters + len(stripped_line)
                if (end_offset - start_offset < len(stripped_line) or
                        (anchors and anchors[1] - anchors[0] > 0)):
                    row.append('    ')
                    row.append(' ' * (start_offset - stripped_characters))
                    if anchors:
                        left, right = anchors
                        row.append('~' * left)
                        row.append('^' * (right - left))
                        row.append('~' * (end_offset - start_offset - right))
                    else:
                        row.append('^' * (end_offset - start_offset))
                    row.append('\n')

        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))

        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: a list of strings, each
        ending in a newline."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)

        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


# ---- caret anchors (binary operators and subscripts) ----------------------------------

_BINOPS = ('**', '//', '<<', '>>', '+', '-', '*', '/', '%', '@', '&', '|', '^')


def _scan_top_level(segment):
    # Yield (index, char) for characters outside brackets and strings.
    depth = 0
    i = 0
    n = len(segment)
    while i < n:
        c = segment[i]
        if c in '\'"':
            quote = segment[i:i + 3] if segment[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and not segment.startswith(quote, j):
                j += 2 if segment[j] == '\\' else 1
            i = j + len(quote)
            continue
        if c == '#':
            return
        if c in '([{':
            if depth == 0:
                yield i, c
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif depth == 0:
            yield i, c
        i += 1


def _caret_anchors(segment):
    # For a segment that is one binary operation or one subscript, the
    # [left, right) character range to mark with '^' (the rest get '~').
    # A light scan in place of a parser: the last top-level binary operator
    # of the lowest precedence, or the last top-level subscript bracket.
    text = segment
    if '\n' in text:
        return None
    stripped = text.strip()
    if not stripped or stripped[0] in '([{' and _closing_of(stripped, 0) == len(stripped) - 1:
        return None
    candidates = []
    last_bracket = None
    for i, c in _scan_top_level(text):
        if c == '[':
            prev = text[:i].rstrip()[-1:]
            if prev and (prev.isalnum() or prev in '_)]}\'"'):
                last_bracket = i
        if c in '+-*/%@&|^<>':
            op = text[i:i + 2] if text[i:i + 2] in _BINOPS else c
            if op in ('<', '>'):
                return None
            before = text[:i].rstrip()
            if before and (before[-1].isalnum() or before[-1] in '_)]}\'"') and \
                    not _ends_with_keyword(before):
                candidates.append((i, op))
    if stripped.startswith(('lambda', 'not ', 'await ', 'yield')) or ' if ' in stripped:
        return None
    for kw in (' and ', ' or ', ' in ', ' is ', '==', '!=', '<=', '>='):
        if kw in ''.join(c for _, c in _scan_top_level(text)):
            return None
    if candidates:
        op_pos, op = _pick_operator(text, candidates)
        return op_pos, op_pos + len(op)
    if last_bracket is not None:
        close = _closing_of(text, last_bracket)
        if close == len(text.rstrip()) - 1:
            return last_bracket, close + 1
    return None


def _ends_with_keyword(before):
    for kw in ('and', 'or', 'not', 'in', 'is', 'return', 'lambda', 'else', 'if'):
        if before.endswith(kw) and (len(before) == len(kw) or not
                                    (before[-len(kw) - 1].isalnum() or before[-len(kw) - 1] == '_')):
            return True
    return False


_PRECEDENCE = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
               '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 7}


def _pick_operator(text, candidates):
    # Skip the second half of two-character operators.
    cleaned = []
    skip_until = -1
    for pos, op in candidates:
        if pos < skip_until:
            continue
        cleaned.append((pos, op))
        skip_until = pos + len(op)
    lowest = min(_PRECEDENCE[op] for _, op in cleaned)
    same = [(p, op) for p, op in cleaned if _PRECEDENCE[op] == lowest]
    if lowest == 7:
        return same[0]       # ** is right-associative
    return same[-1]


def _closing_of(text, open_index):
    depth = 0
    for i in range(open_index, len(text)):
        c = text[i]
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                return i
    return -1


# ---- TracebackException -----------------------------------------------------------------

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent_lines(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent_lines(text, indent_str)


def _indent_lines(text, prefix):
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        self._is_recursive = is_recursive_call
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if is_recursive_call:
            return
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(
                    type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                cause = None

            if compact:
                need_context = (cause is None and e is not None and
                                not e.__suppress_context__)
            else:
                need_context = True
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(
                    type(e.__context__), e.__context__, e.__context__.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
            else:
                context = None

            if e is not None and _is_exception_group(e):
                exceptions = []
                for exc in e.exceptions:
                    texc = TracebackException(
                        type(exc), exc, exc.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                    exceptions.append(texc)
            else:
                exceptions = None

            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield note + '\n'
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)

            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception: a generator of strings, each ending in a
        newline."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit('... (max_group_depth is %d)\n' % (self.max_group_depth,))
            else:
                is_toplevel = (_ctx.exception_group_depth == 0)
                if is_toplevel:
                    _ctx.exception_group_depth += 1
                if exc.stack:
                    yield from _ctx.emit(
                        'Exception Group Traceback (most recent call last):\n',
                        margin_char='+' if is_toplevel else None)
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                num_excs = len(exc.exceptions)
                if num_excs <= self.max_group_width:
                    n = num_excs
                else:
                    n = self.max_group_width + 1
                _ctx.need_close = False
                for i in range(n):
                    last_exc = (i == n - 1)
                    if last_exc:
                        _ctx.need_close = True
                    if self.max_group_width is not None:
                        truncated = (i >= self.max_group_width)
                    else:
                        truncated = False
                    title = '%s' % (i + 1) if not truncated else '...'
                    yield (_ctx.indent() +
                           ('+-' if i == 0 else '  ') +
                           '+---------------- %s ----------------\n' % title)
                    _ctx.exception_group_depth += 1
                    if not truncated:
                        yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    else:
                        remaining = num_excs - self.max_group_width
                        plural = 's' if remaining > 1 else ''
                        yield from _ctx.emit('and %d more exception%s\n' % (remaining, plural))
                    if last_exc and _ctx.need_close:
                        yield (_ctx.indent() + '+------------------------------------\n')
                        _ctx.need_close = False
                    _ctx.exception_group_depth -= 1
                if is_toplevel:
                    assert _ctx.exception_group_depth == 1
                    _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            file.write(line)


def _is_exception_group(e):
    try:
        return isinstance(e, BaseExceptionGroup)
    except NameError:
        return False
