# Module-level state is shared by every importer
import _helper_counter
import _helper_counter as again
from _helper_counter import bump, get, count
print(bump(), bump(), again.bump())
print(get(), _helper_counter.count, count)
_helper_counter.count = 100
print(get(), bump())
def through_function():
    import _helper_counter
    return _helper_counter.bump()
print(through_function(), again.count)
print(bump.__globals__ is vars(_helper_counter), bump.__module__)
