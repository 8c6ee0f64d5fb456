# The built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (FileNotFoundError, OSError),
    (PermissionError, OSError),
    (IsADirectoryError, OSError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (UnicodeDecodeError, UnicodeError),
    (UnicodeError, ValueError),
    (ModuleNotFoundError, ImportError),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (GeneratorExit, Exception),
    (BrokenPipeError, ConnectionError),
    (TimeoutError, OSError),
    (DeprecationWarning, Warning),
    (UserWarning, Exception),
    (StopAsyncIteration, Exception),
    (AssertionError, Exception),
    (BaseException, object),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(EnvironmentError is OSError, IOError is OSError)
print(ZeroDivisionError.__mro__)
print(KeyboardInterrupt.__bases__, SystemExit.__bases__)
print([c.__name__ for c in TabError.__mro__])
print(len(ArithmeticError.__subclasses__()) >= 3)
