/* The built-in modules written in C that `import` can load by name.
   (builtins and sys exist from start-up and are in sys.modules already.) */
#include "modules.h"
#include "../objects/module.h"
#include "posix.h"
#include "fileio.h"
#include "collections_deque.h"

const ShBuiltinModule sh_builtin_modules[] = {
    {"_collections", sh_module_init__collections},
    {"_functools", sh_module_init__functools},
    {"_heapq", sh_module_init__heapq},
    {"_io", sh_module_init__io},
    {"_json", sh_module_init__json},
    {"_itertools", sh_module_init__itertools},
    {"_pcre", sh_module_init__pcre},
    {"_stringio", sh_module_init__stringio},
    {"_thread", sh_module_init__thread},
    {"_weakref", sh_module_init__weakref},
    {"atexit", sh_module_init_atexit},
    {"gc", sh_module_init_gc},
    {"math", sh_module_init_math},
    {"time", sh_module_init_time},
    {"posix", sh_module_init_posix},
    {"unicodedata", sh_module_init_unicodedata},
    {NULL, NULL},
};
