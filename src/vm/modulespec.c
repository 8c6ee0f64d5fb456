/* The ModuleSpec and SourceFileLoader objects the import system attaches
   to modules it loads from files (__spec__, __loader__), as importlib's. */
#include <string.h>

#include "modulespec.h"
#include "../shoal.h"

typedef struct ShModuleSpec {
  ShObject ob;
  ShObject *name, *loader, *origin, *search_locations, *cached, *parent;
  ShObject *dict;
} ShModuleSpec;

typedef struct ShFileLoader {
  ShObject ob;
  ShObject *name, *path;
} ShFileLoader;

static void spec_dealloc(ShObject *o) {
  ShModuleSpec *s = (ShModuleSpec *)o;
  SH_CLEAR(s->name);
  SH_CLEAR(s->loader);
  SH_CLEAR(s->origin);
  SH_CLEAR(s->search_locations);
  SH_CLEAR(s->cached);
  SH_CLEAR(s->parent);
  SH_CLEAR(s->dict);
  sh_object_free(o);
}

static int spec_traverse(ShObject *o, sh_visitproc visit, void *arg) {
  ShModuleSpec *s = (ShModuleSpec *)o;
  ShObject *fields[] = {s->loader, s->search_locations, s->dict};
  for (size_t i = 0; i < 3; i++)
    if (fields[i] && visit(fields[i], arg)) return 1;
  return 0;
}

static ShObject *spec_repr(ShObject *o) {
  ShModuleSpec *s = (ShModuleSpec *)o;
  if (s->search_locations && s->search_locations != SH_NONE)
    return sh_str_from_format("ModuleSpec(name=%R, loader=%R, origin=%R, "
                              "submodule_search_locations=%R)",
                              s->name, s->loader, s->origin, s->search_locations);
  return sh_str_from_format("ModuleSpec(name=%R, loader=%R, origin=%R)", s->name, s->loader,
                            s->origin);
}

static ShObject *spec_has_location(ShObject *o, void *c) {
  ShObject *origin = ((ShModuleSpec *)o)->origin;
  return sh_bool_from(origin && origin != SH_NONE);
}

#define SPEC_MEMBER(n, f) {n, SH_MEMBER_OBJECT, offsetof(ShModuleSpec, f), 0, NULL}
static ShMemberDef spec_members[] = {
    SPEC_MEMBER("name", name),
    SPEC_MEMBER("loader", loader),
    SPEC_MEMBER("origin", origin),
    SPEC_MEMBER("submodule_search_locations", search_locations),
    SPEC_MEMBER("cached", cached),
    SPEC_MEMBER("parent", parent),
    {NULL},
};
#undef SPEC_MEMBER

static ShGetSetDef spec_getset[] = {
    {"has_location", spec_has_location, NULL, NULL, NULL},
    {NULL},
};

ShType sh_type_modulespec = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "ModuleSpec",
    .basicsize = sizeof(ShModuleSpec),
    .flags = SH_TPFLAGS_GC,
    .dealloc = spec_dealloc,
    .traverse = spec_traverse,
    .repr = spec_repr,
    .members = spec_members,
    .getset = spec_getset,
    .getattro = sh_object_generic_getattr,
    .setattro = sh_object_generic_setattr,
    .dictoffset = offsetof(ShModuleSpec, dict),
};

static void loader_dealloc(ShObject *o) {
  ShFileLoader *l = (ShFileLoader *)o;
  SH_CLEAR(l->name);
  SH_CLEAR(l->path);
  sh_object_free(o);
}

static ShObject *loader_repr(ShObject *o) {
  return sh_str_from_format("<_frozen_importlib_external.SourceFileLoader object at %p>",
                            (void *)o);
}

static ShMemberDef loader_members[] = {
    {"name", SH_MEMBER_OBJECT, offsetof(ShFileLoader, name), SH_MEMBER_READONLY, NULL},
    {"path", SH_MEMBER_OBJECT, offsetof(ShFileLoader, path), SH_MEMBER_READONLY, NULL},
    {NULL},
};

ShType sh_type_sourcefileloader = {
    .ob = {SH_OBJECT_HEAD_INIT(&sh_type_type), 0},
    .name = "SourceFileLoader",
    .basicsize = sizeof(ShFileLoader),
    .dealloc = loader_dealloc,
    .repr = loader_repr,
    .members = loader_members,
};

ShObject *sh_module_spec_new(ShObject *name, const char *file, const char *pkgdir) {
  ShModuleSpec *s = (ShModuleSpec *)sh_object_alloc(&sh_type_modulespec, 0);
  ShFileLoader *l = (ShFileLoader *)sh_object_alloc(&sh_type_sourcefileloader, 0);
  ShObject *origin = sh_str_from_cstr(file);
  if (!s || !l || !origin) goto fail;
  l->name = sh_newref(name);
  l->path = sh_newref(origin);
  s->name = sh_newref(name);
  s->loader = SH_OBJ(l);
  l = NULL;
  s->origin = origin;
  origin = NULL;
  s->cached = sh_newref(SH_NONE);
  if (pkgdir) {
    ShObject *dir = sh_str_from_cstr(pkgdir);
    s->search_locations = dir ? sh_list_from_array(&dir, 1) : NULL;
    sh_xdecref(dir);
    if (!s->search_locations) goto fail;
    s->parent = sh_newref(name);
  } else {
    s->search_locations = sh_newref(SH_NONE);
    intptr_t len;
    const char *n = sh_str_utf8_and_size(name, &len);
    const char *dot = n ? strrchr(n, '.') : NULL;
    s->parent = sh_str_from_utf8(n, dot ? (size_t)(dot - n) : 0);
    if (!s->parent) goto fail;
  }
  return SH_OBJ(s);
fail:
  sh_xdecref(SH_OBJ(s));
  sh_xdecref(SH_OBJ(l));
  sh_xdecref(origin);
  return NULL;
}

ShObject *sh_module_spec_loader(ShObject *spec) { return ((ShModuleSpec *)spec)->loader; }
