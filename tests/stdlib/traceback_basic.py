# traceback: formatting exceptions, chains, stack summaries, linecache
import sys
import traceback
import linecache


def inner(n):
    raise ValueError('bad value %d' % n)


def outer():
    inner(3)


def chained():
    try:
        outer()
    except ValueError:
        raise KeyError('during')


def caused():
    try:
        chained()
    except KeyError as e:
        raise RuntimeError('boom') from e


try:
    outer()
except ValueError:
    print(traceback.format_exc(), end='')
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.filename.rsplit('/', 1)[-1], fs.lineno, fs.name, repr(fs.line))
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary), repr(summary[0]).replace(summary[0].filename, 'F'))
    print(traceback.format_tb(tb)[1].replace(__file__, 'F'), end='')
    print(traceback.format_exception_only(etype, value))
    print(list(summary[1])[1:], summary[1][2])

try:
    caused()
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(''.join(lines), end='')
    print(len(lines), lines[-1], end='')
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, te.__cause__.__context__.exc_type.__name__)
    print(''.join(te.format(chain=False)), end='')
    print(''.join(te.format_exception_only()), end='')

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('quiet') from None
except TypeError as e:
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception(type(e), e, e.__traceback__, chain=False)[-1], end='')

def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    recurse(n - 1)

try:
    recurse(8)
except RecursionError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=2, file=sys.stdout)

print(traceback.format_exception_only(SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1\n', 3, 8))), end='')
print(traceback.format_exception_only(KeyError('k')), traceback.format_exception_only(ValueError()))
class Custom(Exception):
    pass
e = Custom('msg')
e.add_note('a note')
print(traceback.format_exception_only(e), traceback.format_exc(), end='')
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]), end='')
print(linecache.getline(__file__, 1), repr(linecache.getline(__file__, 10000)), repr(linecache.getline('<none>', 1)))
print(len(linecache.getlines(__file__)) > 50, linecache.getline('tests/stdlib/traceback_basic.py', 2), end='')
linecache.clearcache()
print(traceback.FrameSummary('x.py', 3, 'fn', line='  code  ').line, traceback.FrameSummary('x.py', 3, 'fn', lookup_line=False).line)
