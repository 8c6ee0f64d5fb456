/* bytes (immutable) and bytearray (mutable, lockable) byte strings.
   Both keep a NUL after the last byte so C code can read them as strings. */
#ifndef SHOAL_BYTES_H
#define SHOAL_BYTES_H

#include "../runtime/object.h"

typedef struct ShBytes {
  ShVarObject ob;           /* ob.size: number of bytes */
  _Atomic sh_hash_t hash;   /* -1 until computed */
  char data[1];             /* size + 1 bytes */
} ShBytes;

/* The buffer sits behind one pointer so it can be swapped atomically. */
typedef struct ShByteArray {
  ShObject ob;
  _Atomic intptr_t size;
  intptr_t capacity;
  _Atomic(char *) data;
  intptr_t exports;
} ShByteArray;

extern ShType sh_type_bytes, sh_type_bytearray, sh_type_memoryview;
#define SH_BYTES_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_BYTES_SUBCLASS) != 0)
#define SH_BYTES_SIZE(o) (((ShBytes *)(o))->ob.size)
#define SH_BYTES_DATA(o) (((ShBytes *)(o))->data)

ShObject *sh_bytes_from_data(const void *data, size_t len);
ShObject *sh_bytes_new(intptr_t len); /* uninitialised content */
ShObject *sh_bytes_from_object(ShObject *o); /* bytes(o) for buffers/iterables/ints */
ShObject *sh_bytearray_from_data(const void *data, size_t len);
sh_hash_t sh_bytes_hash(ShObject *b); /* siphash13 like CPython */
/* Contiguous bytes of a bytes/bytearray; 0 ok, -1 TypeError "a bytes-like
   object is required, not 'X'". */
int sh_bytes_buffer(ShObject *o, const char **data, intptr_t *len);
/* A memoryview's current bytes (memoryview.c); ValueError once released. */
int sh_memoryview_buffer(ShObject *o, const char **data, intptr_t *len);

/* Codecs: encoding in {"utf-8","utf8","ascii","latin-1","latin1","iso-8859-1",...},
   errors in {"strict","replace","ignore","backslashreplace","surrogateescape"}. */
ShObject *sh_str_encode(ShObject *str, const char *encoding, const char *errors);
ShObject *sh_bytes_decode(const char *data, size_t len, const char *encoding, const char *errors);

#endif
