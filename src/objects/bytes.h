/* bytes (immutable) and bytearray (mutable, lockable) byte strings.
   Both keep a NUL after the last byte so C code can read them as strings. */
#ifndef SHOAL_BYTES_H
#define SHOAL_BYTES_H

#include "../runtime/lock.h"

typedef struct ShBytes {
  ShVarObject ob;           /* ob.size: number of bytes */
  _Atomic sh_hash_t hash;   /* -1 until computed */
  char data[1];             /* size + 1 bytes */
} ShBytes;

/* A bytearray's bytes are read and written under its mutex once threads
   have run (bytearray.c); only the size is also read without it (len). */
typedef struct ShByteArray {
  ShObject ob;
  _Atomic intptr_t size; /* stored under the mutex */
  intptr_t capacity;
  char *data;       /* NULL until the first byte; size + 1 bytes used (NUL) */
  intptr_t exports; /* memoryviews on it: no resizing while any is alive */
} ShByteArray;

extern ShType sh_type_bytes, sh_type_bytearray, sh_type_memoryview;
#define SH_BYTES_CHECK(o) ((SH_TYPE(o)->flags & SH_TPFLAGS_BYTES_SUBCLASS) != 0)
#define SH_BYTES_SIZE(o) (((ShBytes *)(o))->ob.size)
#define SH_BYTES_DATA(o) (((ShBytes *)(o))->data)

ShObject *sh_bytes_from_data(const void *data, size_t len);
ShObject *sh_bytes_new(intptr_t len); /* uninitialised content */
ShObject *sh_bytes_from_object(ShObject *o); /* bytes(o) for buffers/iterables/ints */
ShObject *sh_bytearray_from_data(const void *data, size_t len);
/* A new bytearray of len bytes left to fill (data): nobody else sees it. */
ShObject *sh_bytearray_new(intptr_t len);
/* A memoryview on bytearray o starts (delta 1, *len: the size) or ends
   (delta -1) pinning its size. */
void sh_bytearray_export(ShObject *o, int delta, intptr_t *len);
/* Byte i (0 <= i) of bytearray o, or -1 past its end. */
int sh_bytearray_byte(ShObject *o, intptr_t i);
sh_hash_t sh_bytes_hash(ShObject *b); /* siphash13 like CPython */
/* The bytes of a bytes-like object (bytes, bytearray, memoryview) for C
   code to read. Another thread may resize or rewrite a bytearray at any
   moment, so each kind of view keeps what it shows valid its own way, until
   sh_bytes_view_end:
   - sh_bytes_view holds the bytearray's mutex (the one a memoryview shows):
     for one operation's own object, read by C code that runs no Python
     code, blocks on nothing and takes no other bytearray's mutex meanwhile;
   - sh_bytes_view_operand is the same for the operation's other operands,
     but copies a bytearray's bytes once threads have run instead of
     holding its mutex: so an operation holds one bytearray mutex at most
     and needs no lock order (an operand that is the object itself is then
     read a moment before it);
   - sh_bytes_view_stable always copies a bytearray's bytes, for callers
     that block or may run Python code while they read.
   Bytes (and memoryviews of bytes) are read in place. 0, or -1 with
   TypeError "a bytes-like object is required, not 'X'" (ValueError for a
   released memoryview). */
typedef struct ShBytesView {
  const char *data;
  intptr_t len;
  ShObject *locked; /* the bytearray whose mutex the view holds, or NULL */
  char *copy;       /* the view's own copy (sh_mem), or NULL */
} ShBytesView;
enum { SH_VIEW_LOCKED, SH_VIEW_OPERAND, SH_VIEW_STABLE };
/* bytes.c: the views of bytearrays and memoryviews */
int sh_bytes_view_other(ShObject *o, ShBytesView *v, int how);
static inline int sh_bytes_view_as(ShObject *o, ShBytesView *v, int how) {
  if (!SH_BYTES_CHECK(o)) return sh_bytes_view_other(o, v, how);
  *v = (ShBytesView){SH_BYTES_DATA(o), SH_BYTES_SIZE(o), NULL, NULL};
  return 0;
}
static inline int sh_bytes_view(ShObject *o, ShBytesView *v) {
  return sh_bytes_view_as(o, v, SH_VIEW_LOCKED);
}
static inline int sh_bytes_view_operand(ShObject *o, ShBytesView *v) {
  return sh_bytes_view_as(o, v, SH_VIEW_OPERAND);
}
static inline int sh_bytes_view_stable(ShObject *o, ShBytesView *v) {
  return sh_bytes_view_as(o, v, SH_VIEW_STABLE);
}
static inline void sh_bytes_view_end(ShBytesView *v) {
  if (v->locked) sh_object_unlock(v->locked);
  if (v->copy) sh_mem_free(v->copy);
}
/* The bytes in place with no view to end, for C code that only ever gets
   bytes or a bytearray no other thread writes: another thread's write
   changes them under the reader, but a replaced buffer stays allocated
   until the reader's next quiescent point (QSBR). */
int sh_bytes_buffer(ShObject *o, const char **data, intptr_t *len);
/* The object a memoryview shows (memoryview.c) and its window, clamped to
   that object's size by the reader; -1 with ValueError once released. */
int sh_memoryview_window(ShObject *o, ShObject **obj, intptr_t *start, intptr_t *len);

/* Codecs: encoding in {"utf-8","utf8","ascii","latin-1","latin1","iso-8859-1",...},
   errors in {"strict","replace","ignore","backslashreplace","surrogateescape"}. */
ShObject *sh_str_encode(ShObject *str, const char *encoding, const char *errors);
ShObject *sh_bytes_decode(const char *data, size_t len, const char *encoding, const char *errors);

#endif
