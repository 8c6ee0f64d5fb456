from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
from contextlib import redirect_stdout, redirect_stderr, AbstractContextManager
import io, sys

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('body', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)

@tag('deco')
def work(x):
    print('work', x)
work(1); work(2)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')

class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cb', i)
    stack.enter_context(tag('x'))
    print('in stack')

def suppressor(*exc):
    print('exit', exc[0].__name__)
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    raise IndexError
print('suppressed')
with ExitStack() as s1:
    s1.callback(print, 'moved')
    s2 = s1.pop_all()
print('before close'); s2.close()

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with redirect_stderr(io.StringIO()) as e:
    print('err', file=sys.stderr)
print(repr(e.getvalue()))
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Res, AbstractContextManager))
