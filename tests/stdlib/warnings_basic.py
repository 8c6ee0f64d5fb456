# warnings: default printing, filters, catch_warnings and records
import sys
import warnings


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)


def noisy(i):
    warnings.warn('noisy %d' % (i % 2))


sys.stderr = sys.stdout
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][3], warnings.filters[1][:2])
for i in range(4):
    noisy(i)
warnings.warn('plain warning')
warnings.warn('as runtime', RuntimeWarning)
warnings.warn(UserWarning('an instance'))
old_api()
warnings.warn('hidden', PendingDeprecationWarning)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for i in range(3):
        noisy(0)
    warnings.warn('dep', DeprecationWarning)
    print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
    w = log[0]
    print(type(w.message).__name__, w.lineno, w.filename.rsplit('/', 1)[-1], w.line, w.file)
    print(str(log[-1]).replace(log[-1].filename, 'F'))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep')
    warnings.warn('keep me')
    warnings.warn('drop me')
    warnings.warn('KEEP upper')
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
        warnings.warn('once only', RuntimeWarning)
    print([(str(w.message), w.category.__name__) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.warn('after reset', BytesWarning)
    print(len(log), log[0].category.__name__, warnings.filters)

print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'line of code'), end='')
print(repr(warnings.formatwarning('msg', FutureWarning, 'nofile.py', 3)))
saved = warnings.showwarning
def custom(message, category, filename, lineno, file=None, line=None):
    print('custom:', message, category.__name__, lineno)
warnings.showwarning = custom
warnings.warn('to custom')
warnings.showwarning = saved
try:
    warnings.warn('bad', category=int)
except TypeError as e:
    print('TypeError', e)
print(repr(warnings.catch_warnings(record=True)), issubclass(DeprecationWarning, Warning))
warnings.warn('very far', stacklevel=30)
