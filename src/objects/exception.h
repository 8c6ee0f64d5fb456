/* The built-in exception hierarchy and the exception object layout
   (args, traceback, cause/context chaining, notes). */
#ifndef SHOAL_EXCEPTION_H
#define SHOAL_EXCEPTION_H

#include "../runtime/object.h"

typedef struct ShBaseException {
  ShObject ob;
  ShObject *dict;      /* instance __dict__, NULL until used */
  ShObject *args;      /* tuple */
  ShObject *traceback; /* ShTraceback or NULL */
  ShObject *context, *cause; /* NULL when unset */
  bool suppress_context;
  ShObject *notes;     /* __notes__ list or NULL */
} ShBaseException;

/* Extra fields of the subclasses that have them (CPython's names). */
typedef struct ShSyntaxError {
  ShBaseException base;
  ShObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset,
      *print_file_and_line;
} ShSyntaxError;
typedef struct ShOSError {
  ShBaseException base;
  ShObject *myerrno, *strerror, *filename, *filename2;
} ShOSError;
typedef struct ShStopIteration {
  ShBaseException base;
  ShObject *value;
} ShStopIteration;
typedef struct ShSystemExit {
  ShBaseException base;
  ShObject *code;
} ShSystemExit;
typedef struct ShImportError {
  ShBaseException base;
  ShObject *msg, *name, *path;
} ShImportError;
typedef struct ShAttributeError {
  ShBaseException base;
  ShObject *name, *obj;
} ShAttributeError;
typedef struct ShNameError {
  ShBaseException base;
  ShObject *name;
} ShNameError;
typedef struct ShUnicodeError {
  ShBaseException base;
  ShObject *encoding, *object, *start, *end, *reason;
} ShUnicodeError;

/* X(name, base, layout) for every built-in exception, bases before
   subclasses. Each gives `extern ShType sh_exc_<name>;`. */
#define SH_EXCEPTION_LIST(X)                                                                       \
  X(BaseException, object, ShBaseException)                                                        \
  X(SystemExit, BaseException, ShSystemExit)                                                       \
  X(KeyboardInterrupt, BaseException, ShBaseException)                                             \
  X(GeneratorExit, BaseException, ShBaseException)                                                 \
  X(Exception, BaseException, ShBaseException)                                                     \
  X(StopIteration, Exception, ShStopIteration)                                                     \
  X(StopAsyncIteration, Exception, ShBaseException)                                                \
  X(ArithmeticError, Exception, ShBaseException)                                                   \
  X(FloatingPointError, ArithmeticError, ShBaseException)                                          \
  X(OverflowError, ArithmeticError, ShBaseException)                                               \
  X(ZeroDivisionError, ArithmeticError, ShBaseException)                                           \
  X(AssertionError, Exception, ShBaseException)                                                    \
  X(AttributeError, Exception, ShAttributeError)                                                   \
  X(BufferError, Exception, ShBaseException)                                                       \
  X(EOFError, Exception, ShBaseException)                                                          \
  X(ImportError, Exception, ShImportError)                                                         \
  X(ModuleNotFoundError, ImportError, ShImportError)                                               \
  X(LookupError, Exception, ShBaseException)                                                       \
  X(IndexError, LookupError, ShBaseException)                                                      \
  X(KeyError, LookupError, ShBaseException)                                                        \
  X(MemoryError, Exception, ShBaseException)                                                       \
  X(NameError, Exception, ShNameError)                                                             \
  X(UnboundLocalError, NameError, ShNameError)                                                     \
  X(OSError, Exception, ShOSError)                                                                 \
  X(BlockingIOError, OSError, ShOSError)                                                           \
  X(ChildProcessError, OSError, ShOSError)                                                         \
  X(ConnectionError, OSError, ShOSError)                                                           \
  X(BrokenPipeError, ConnectionError, ShOSError)                                                   \
  X(ConnectionAbortedError, ConnectionError, ShOSError)                                            \
  X(ConnectionRefusedError, ConnectionError, ShOSError)                                            \
  X(ConnectionResetError, ConnectionError, ShOSError)                                              \
  X(FileExistsError, OSError, ShOSError)                                                           \
  X(FileNotFoundError, OSError, ShOSError)                                                         \
  X(InterruptedError, OSError, ShOSError)                                                          \
  X(IsADirectoryError, OSError, ShOSError)                                                         \
  X(NotADirectoryError, OSError, ShOSError)                                                        \
  X(PermissionError, OSError, ShOSError)                                                           \
  X(ProcessLookupError, OSError, ShOSError)                                                        \
  X(TimeoutError, OSError, ShOSError)                                                              \
  X(ReferenceError, Exception, ShBaseException)                                                    \
  X(RuntimeError, Exception, ShBaseException)                                                      \
  X(NotImplementedError, RuntimeError, ShBaseException)                                            \
  X(RecursionError, RuntimeError, ShBaseException)                                                 \
  X(SyntaxError, Exception, ShSyntaxError)                                                         \
  X(IndentationError, SyntaxError, ShSyntaxError)                                                  \
  X(TabError, IndentationError, ShSyntaxError)                                                     \
  X(SystemError, Exception, ShBaseException)                                                       \
  X(TypeError, Exception, ShBaseException)                                                         \
  X(ValueError, Exception, ShBaseException)                                                        \
  X(UnicodeError, ValueError, ShBaseException)                                                     \
  X(UnicodeDecodeError, UnicodeError, ShUnicodeError)                                              \
  X(UnicodeEncodeError, UnicodeError, ShUnicodeError)                                              \
  X(UnicodeTranslateError, UnicodeError, ShUnicodeError)                                           \
  X(Warning, Exception, ShBaseException)                                                           \
  X(DeprecationWarning, Warning, ShBaseException)                                                  \
  X(PendingDeprecationWarning, Warning, ShBaseException)                                           \
  X(RuntimeWarning, Warning, ShBaseException)                                                      \
  X(SyntaxWarning, Warning, ShBaseException)                                                       \
  X(UserWarning, Warning, ShBaseException)                                                         \
  X(FutureWarning, Warning, ShBaseException)                                                       \
  X(ImportWarning, Warning, ShBaseException)                                                       \
  X(UnicodeWarning, Warning, ShBaseException)                                                      \
  X(BytesWarning, Warning, ShBaseException)                                                        \
  X(ResourceWarning, Warning, ShBaseException)                                                     \
  X(EncodingWarning, Warning, ShBaseException)

#define SH_EXC_DECLARE(name, base, layout) extern ShType sh_exc_##name;
SH_EXCEPTION_LIST(SH_EXC_DECLARE)
#undef SH_EXC_DECLARE

/* BaseExceptionGroup(BaseException) and ExceptionGroup(BaseExceptionGroup,
   Exception): outside the list because of the second base. */
typedef struct ShBaseExceptionGroup {
  ShBaseException base;
  ShObject *msg;  /* str */
  ShObject *excs; /* non-empty tuple of exceptions */
} ShBaseExceptionGroup;
extern ShType sh_exc_BaseExceptionGroup, sh_exc_ExceptionGroup;

#define SH_EXC_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_BASE_EXC_SUBCLASS) != 0)
#define SH_EXC_CLASS_CHECK(t) (SH_TYPE_CHECK(t) && (((ShType *)(t))->flags & SH_TPFLAGS_BASE_EXC_SUBCLASS))

/* Instantiates exc_type(*args) (a new reference). */
ShObject *sh_exc_new(ShType *exc_type, ShObject *const *args, size_t nargs);
ShObject *sh_exc_new_str(ShType *exc_type, const char *msg);
ShObject *sh_exc_get_traceback(ShObject *exc); /* borrowed, may be NULL */
void sh_exc_set_traceback(ShObject *exc, ShObject *tb);     /* increfs tb (may be NULL) */
ShObject *sh_exc_get_context(ShObject *exc);               /* borrowed */
void sh_exc_set_context(ShObject *exc, ShObject *context); /* steals */
void sh_exc_set_cause(ShObject *exc, ShObject *cause);     /* steals; sets suppress_context */
ShObject *sh_stop_iteration_value(ShObject *exc);          /* new ref (None default) */

/* Registers every exception type in the builtins module dict. */
int sh_exceptions_init(ShObject *builtins_dict);

#endif
