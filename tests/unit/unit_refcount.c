/* C unit test of biased reference counting and the allocator: owner and
   non-owner paths, merging, immortality, heap-type references. */
#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "runtime/object.h"
#include "runtime/thread.h"

static int freed;

static void counting_dealloc(ShObject *o) {
  freed++;
  sh_object_free(o);
}

static ShType test_type = {
    .ob = {SH_OBJECT_HEAD_INIT(NULL), 0},
    .name = "test",
    .basicsize = sizeof(ShObject) + 16,
    .dealloc = counting_dealloc,
};

#include "unit_check.h"

static void test_owner_path(void) {
  freed = 0;
  ShObject *o = sh_object_alloc(&test_type, 0);
  CHECK(o != NULL);
  CHECK(atomic_load(&o->tid) == sh_thread_id());
  CHECK(atomic_load(&o->ref_local) == 1);
  sh_incref(o);
  sh_incref(o);
  CHECK(atomic_load(&o->ref_local) == 3);
  CHECK(atomic_load(&o->ref_shared) == 0);
  CHECK(sh_refcount_total(o) == 3);
  sh_decref(o);
  sh_decref(o);
  CHECK(freed == 0);
  sh_decref(o);
  CHECK(freed == 1);
}

/* Another thread takes and drops references: they go to ref_shared. */
static void *other_thread(void *arg) {
  ShObject *o = arg;
  for (int i = 0; i < 1000; i++)
    sh_incref(o);
  for (int i = 0; i < 1000; i++)
    sh_decref(o);
  sh_incref(o); /* keep one: the owner will drop it as the last */
  return NULL;
}

static void test_shared_path(void) {
  freed = 0;
  ShObject *o = sh_object_alloc(&test_type, 0);
  pthread_t t;
  pthread_create(&t, NULL, other_thread, o);
  pthread_join(t, NULL);
  CHECK(atomic_load(&o->ref_local) == 1);
  CHECK((atomic_load(&o->ref_shared) >> SH_SHARED_SHIFT) == 1);
  sh_decref(o); /* owner's last: merges; the shared reference keeps it alive */
  CHECK(freed == 0);
  CHECK(atomic_load(&o->tid) == 0);
  CHECK(atomic_load(&o->ref_shared) & SH_SHARED_MERGED);
  sh_decref(o); /* now a non-owner decref of a merged object frees it */
  CHECK(freed == 1);
}

/* A reference handed to another thread and dropped there (the owner's
   count is then balanced by a negative shared count until merging). */
static void *drop_thread(void *arg) {
  sh_decref(arg);
  return NULL;
}

static void test_cross_thread_drop(void) {
  freed = 0;
  ShObject *o = sh_object_alloc(&test_type, 0);
  sh_incref(o); /* the reference given away */
  pthread_t t;
  pthread_create(&t, NULL, drop_thread, o);
  pthread_join(t, NULL);
  CHECK(freed == 0);
  CHECK(atomic_load(&o->ref_shared) & SH_SHARED_QUEUED);
  sh_refcount_merge_queued(sh_thread_state()); /* the owner's safe point */
  CHECK(freed == 0);
  CHECK(atomic_load(&o->tid) == 0);
  sh_decref(o);
  CHECK(freed == 1);
  /* dropped elsewhere after the owner's own last reference went */
  freed = 0;
  o = sh_object_alloc(&test_type, 0);
  sh_incref(o);
  pthread_create(&t, NULL, drop_thread, o);
  pthread_join(t, NULL);
  sh_decref(o); /* total is now 0 but the queue still points at it */
  CHECK(freed == 0);
  sh_refcount_merge_queued(sh_thread_state());
  CHECK(freed == 1);
}

static void test_immortal(void) {
  freed = 0;
  ShObject *o = sh_object_alloc(&test_type, 0);
  sh_set_immortal(o);
  for (int i = 0; i < 10; i++)
    sh_decref(o);
  sh_incref(o);
  CHECK(freed == 0);
  CHECK(sh_is_immortal(o));
}

static void resurrecting_dealloc(ShObject *o) {
  sh_refcount_resurrect(o);
  sh_incref(o); /* e.g. a finalizer stores it somewhere */
  sh_decref(o);
  if (!sh_refcount_resurrect_end(o)) return;
  freed++;
  sh_object_free(o);
}

static void test_resurrect(void) {
  ShType t = test_type;
  t.dealloc = resurrecting_dealloc;
  freed = 0;
  ShObject *o = sh_object_alloc(&t, 0);
  sh_decref(o);
  CHECK(freed == 1);
}

static void test_raw_memory(void) {
  char *p = sh_mem_alloc(100);
  CHECK(p != NULL);
  memset(p, 1, 100);
  p = sh_mem_realloc(p, 100000);
  CHECK(p != NULL && p[99] == 1);
  sh_mem_free(p);
  char *z = sh_mem_calloc(10, 10);
  for (int i = 0; i < 100; i++)
    CHECK(z[i] == 0);
  sh_mem_free(z);
}

int main(void) {
  sh_thread_state_new();
  test_owner_path();
  test_shared_path();
  test_cross_thread_drop();
  test_immortal();
  test_resurrect();
  test_raw_memory();
  if (failures) {
    fprintf(stderr, "unit_refcount: %d failures\n", failures);
    return 1;
  }
  printf("unit_refcount: ok\n");
  return 0;
}
