# importlib.reload re-executes the module body
import importlib
import _helper_counter
_helper_counter.bump()
_helper_counter.bump()
print(_helper_counter.get())
old_bump = _helper_counter.bump
mod = importlib.reload(_helper_counter)
print(mod is _helper_counter, _helper_counter.get(), old_bump is _helper_counter.bump)
print(old_bump(), _helper_counter.count)
import sys
before = sys.modules["_helper_counter"]
importlib.reload(before)
print(before is sys.modules["_helper_counter"], before.get())
from _helper_counter import bump as fresh_bump
print(fresh_bump(), fresh_bump(), _helper_counter.count)
try:
    importlib.reload("not a module")
except TypeError as e:
    print("TypeError:", e)
