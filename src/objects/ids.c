/* The interned identifier table behind SH_ID(name). */
#include "ids.h"
#include "str.h"

#define SH_ID_DEFINE(n) ShObject *sh_id_##n;
SH_ID_LIST(SH_ID_DEFINE)
#undef SH_ID_DEFINE

int sh_ids_init(void) {
#define SH_ID_INIT(n)                                                                              \
  if (!(sh_id_##n = sh_str_intern_cstr(#n))) return -1;
  SH_ID_LIST(SH_ID_INIT)
#undef SH_ID_INIT
  return 0;
}
