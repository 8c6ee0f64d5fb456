/* Code objects: lifetime, position lookup and the Python-visible co_*
   attributes. The compiler fills them; the eval loop runs them. */
#include "code.h"
#include "cache.h"
#include "../shoal.h"

ShCode *sh_code_new(void) {
  return (ShCode *)sh_object_alloc(&sh_type_code, 0);
}

static void code_dealloc(ShObject *o) {
  ShCode *co = (ShCode *)o;
  sh_mem_free(co->code);
  sh_mem_free(co->handlers);
  sh_mem_free(co->positions);
  sh_mem_free(co->caches);
  SH_CLEAR(co->consts);
  SH_CLEAR(co->names);
  SH_CLEAR(co->varnames);
  SH_CLEAR(co->cellvars);
  SH_CLEAR(co->freevars);
  SH_CLEAR(co->name);
  SH_CLEAR(co->qualname);
  SH_CLEAR(co->filename);
  sh_object_free(o);
}

static int code_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShCode *co = (ShCode *)o;
  return co->consts ? visit(co->consts, arg) : 0;
}

ShCacheSlot *sh_code_caches(ShCode *co) {
  if (!co->ncaches) return NULL;
  ShCacheSlot *c = sh_mem_calloc(co->ncaches, sizeof(ShCacheSlot));
  if (!c) return NULL;
  /* another thread may have made one meanwhile: keep the first */
  void *expected = NULL;
  if (!atomic_compare_exchange_strong((_Atomic(void *) *)&co->caches, &expected, (void *)c)) {
    sh_mem_free(c);
    return expected;
  }
  return c;
}

const ShPosition *sh_code_position(ShCode *co, uint32_t pc) {
  uint32_t lo = 0, hi = co->npositions;
  /* last entry with entry.pc <= pc */
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (co->positions[mid].pc <= pc)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo == 0 ? NULL : &co->positions[lo - 1];
}

int sh_code_line(ShCode *co, uint32_t pc) {
  const ShPosition *p = sh_code_position(co, pc);
  return p && p->line > 0 ? p->line : co->firstlineno;
}

static ShObject *code_repr(ShObject *o) {
  ShCode *co = (ShCode *)o;
  return sh_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)o,
                            co->filename, co->firstlineno);
}

#define OBJ_MEMBER(name, field)                                                                    \
  { name, SH_MEMBER_OBJECT, offsetof(ShCode, field), SH_MEMBER_READONLY, NULL }
static ShMemberDef code_members[] = {
    OBJ_MEMBER("co_consts", consts),
    OBJ_MEMBER("co_names", names),
    OBJ_MEMBER("co_varnames", varnames),
    OBJ_MEMBER("co_cellvars", cellvars),
    OBJ_MEMBER("co_freevars", freevars),
    OBJ_MEMBER("co_name", name),
    OBJ_MEMBER("co_qualname", qualname),
    OBJ_MEMBER("co_filename", filename),
    {"co_firstlineno", SH_MEMBER_INT, offsetof(ShCode, firstlineno), SH_MEMBER_READONLY, NULL},
    {NULL},
};
#undef OBJ_MEMBER

static ShObject *get_u32(ShObject *o, void *closure) {
  return sh_int_from_i64(*(uint32_t *)((char *)o + (intptr_t)closure));
}
#define U32(name, field)                                                                           \
  { name, get_u32, NULL, NULL, (void *)offsetof(ShCode, field) }
static ShGetSetDef code_getset[] = {
    U32("co_argcount", argcount),
    U32("co_posonlyargcount", posonlyargcount),
    U32("co_kwonlyargcount", kwonlyargcount),
    U32("co_nlocals", nlocals),
    U32("co_flags", flags),
    U32("co_stacksize", nregs),
    {NULL},
};
#undef U32

static ShObject *position_field(int32_t v) {
  return v < 0 ? SH_NONE : sh_int_from_i64(v);
}

/* co_positions(): (line, end_line, col, end_col) for every instruction
   word, in the unit of tb_lasti // 2 (tb_lasti counts two per word, as
   CPython's byte offsets count two per code unit); None where unknown. */
static ShObject *code_positions(ShObject *o) {
  ShCode *co = (ShCode *)o;
  ShObject *list = sh_list_new(co->ncode);
  if (!list) return NULL;
  for (uint32_t w = 0; w < co->ncode; w++) {
    const ShPosition *p = sh_code_position(co, w);
    ShPosition none = {0, -1, -1, -1, -1};
    if (!p) p = &none;
    ShObject *f[4] = {position_field(p->line), position_field(p->end_line), position_field(p->col),
                      position_field(p->end_col)};
    ShObject *t = NULL;
    if (f[0] && f[1] && f[2] && f[3]) t = sh_tuple_pack(4, f[0], f[1], f[2], f[3]);
    for (int i = 0; i < 4; i++)
      sh_xdecref(f[i]);
    if (!t) {
      sh_decref(list);
      return NULL;
    }
    sh_list_init_item(list, w, t);
  }
  ShObject *it = sh_object_iter(list);
  sh_decref(list);
  return it;
}

static ShMethodDef code_methods[] = {{"co_positions", code_positions, SH_METH_NOARGS, NULL},
                                     {NULL, NULL, 0, NULL}};

ShType sh_type_code = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "code",
    .basicsize = sizeof(ShCode),
    .flags = SH_TPFLAGS_GC,
    .dealloc = code_dealloc,
    .traverse = code_traverse,
    .repr = code_repr,
    .members = code_members,
    .getset = code_getset,
    .methods = code_methods,
};
