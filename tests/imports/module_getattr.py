# Module-level __getattr__ and __dir__ (PEP 562)
import pkg_lazy
print(pkg_lazy.answer, pkg_lazy.greeting, pkg_lazy.real_function())
print(dir(pkg_lazy))
try:
    pkg_lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
from pkg_lazy import answer
print(answer)
try:
    from pkg_lazy import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(getattr(pkg_lazy, "greeting"), hasattr(pkg_lazy, "nope"))
