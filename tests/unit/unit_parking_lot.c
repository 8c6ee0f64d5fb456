/* C unit test of the parking lot and the one-byte mutex built on it:
   exact counts under contention, park/unpark tokens, timeouts, hand-off. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/lock.h"
#include "runtime/parking_lot.h"

#include "unit_check.h"

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void sleep_ns(int64_t ns) {
  struct timespec t = {.tv_sec = ns / 1000000000, .tv_nsec = ns % 1000000000};
  nanosleep(&t, NULL);
}

/* ------------------------------------------- a counter under one mutex */

enum { COUNTER_THREADS = 8, COUNTER_ITERS = 50000, SLOW_ITERS = 3000 };

static _Atomic uint8_t counter_mutex;
static long counter;      /* plain: only the mutex protects it */
static long counter_pair; /* written with counter, checked for tearing */
static _Atomic int torn;
static bool slow_holders;

static void *count_worker(void *arg) {
  (void)arg;
  int iters = slow_holders ? SLOW_ITERS : COUNTER_ITERS;
  for (int i = 0; i < iters; i++) {
    sh_mutex_lock(&counter_mutex);
    if (counter != counter_pair) atomic_store(&torn, 1);
    counter++;
    /* a little work in the critical section makes contention likely */
    for (volatile int k = 0; k < (i & 7); k++) {
    }
    /* Holding the lock across a sleep (which real holders never do)
       outlasts the waiters' retries, so they park. */
    if (slow_holders && i % 16 == 0) sleep_ns(20000);
    counter_pair++;
    sh_mutex_unlock(&counter_mutex);
  }
  return NULL;
}

static void run_counter(bool slow) {
  counter = counter_pair = 0;
  slow_holders = slow;
  pthread_t t[COUNTER_THREADS];
  for (int i = 0; i < COUNTER_THREADS; i++)
    pthread_create(&t[i], NULL, count_worker, NULL);
  for (int i = 0; i < COUNTER_THREADS; i++)
    pthread_join(t[i], NULL);
  CHECK(counter == (long)COUNTER_THREADS * (slow ? SLOW_ITERS : COUNTER_ITERS));
  CHECK(counter_pair == counter);
  CHECK(!atomic_load(&torn));
  CHECK(atomic_load(&counter_mutex) == 0); /* unlocked, no parked bit left */
}

static void test_counter(void) {
  run_counter(false);
  run_counter(true);
}

/* ---------------------------------------- park, unpark and their tokens */

static char addr_a, addr_b;
static _Atomic int parked_count;

/* Runs under the bucket lock right before the waiter is queued: once the
   count is seen, an unpark of the same address finds the waiter. */
static bool count_and_park(const void *addr, void *arg) {
  (void)addr, (void)arg;
  atomic_fetch_add(&parked_count, 1);
  return true;
}

static bool never_park(const void *addr, void *arg) {
  (void)addr, (void)arg;
  return false;
}

typedef struct {
  const void *addr;
  int64_t timeout_ns;
  int result;
} ParkJob;

static void *park_worker(void *arg) {
  ParkJob *job = arg;
  job->result = sh_parking_lot_park(job->addr, count_and_park, NULL, job->timeout_ns, 0);
  return NULL;
}

static void wait_parked(int n) {
  while (atomic_load(&parked_count) < n)
    sleep_ns(100000);
}

static ShUnparkResult last_result;
static int give_token(const void *addr, const ShUnparkResult *r, void *arg) {
  (void)addr;
  last_result = *r;
  return *(int *)arg;
}

static void test_invalid_and_empty(void) {
  CHECK(sh_parking_lot_park(&addr_a, never_park, NULL, -1, 0) == SH_PARK_INVALID);
  int token = 3;
  last_result.unparked = true;
  CHECK(!sh_parking_lot_unpark_one(&addr_a, give_token, &token));
  CHECK(!last_result.unparked && !last_result.more_waiters);
  CHECK(sh_parking_lot_unpark_all(&addr_a, 0) == 0);
}

static void test_timeout(void) {
  int64_t t0 = now_ns();
  CHECK(sh_parking_lot_park(&addr_a, NULL, NULL, 20000000, 0) == SH_PARK_TIMEOUT);
  CHECK(now_ns() - t0 >= 20000000);
  CHECK(sh_parking_lot_park(&addr_a, NULL, NULL, 0, 0) == SH_PARK_TIMEOUT);
  /* the timed-out waiters left the queue */
  CHECK(!sh_parking_lot_unpark_one(&addr_a, NULL, NULL));
}

/* Two waiters on one address, one on another: FIFO order, exact
   more_waiters, tokens delivered, other addresses untouched. */
static void test_unpark_order(void) {
  atomic_store(&parked_count, 0);
  ParkJob first = {&addr_a, -1, -100}, second = {&addr_a, -1, -100}, other = {&addr_b, -1, -100};
  pthread_t t1, t2, t3;
  pthread_create(&t1, NULL, park_worker, &first);
  wait_parked(1);
  pthread_create(&t2, NULL, park_worker, &second);
  wait_parked(2);
  pthread_create(&t3, NULL, park_worker, &other);
  wait_parked(3);

  int token = 11;
  CHECK(sh_parking_lot_unpark_one(&addr_a, give_token, &token));
  CHECK(last_result.unparked && last_result.more_waiters);
  pthread_join(t1, NULL);
  CHECK(first.result == 11);

  token = 12;
  CHECK(sh_parking_lot_unpark_one(&addr_a, give_token, &token));
  CHECK(last_result.unparked && !last_result.more_waiters);
  pthread_join(t2, NULL);
  CHECK(second.result == 12);
  CHECK(!sh_parking_lot_unpark_one(&addr_a, NULL, NULL));

  CHECK(sh_parking_lot_unpark_all(&addr_b, 13) == 1);
  pthread_join(t3, NULL);
  CHECK(other.result == 13);
}

/* Fairness: owed to a waiter older than SH_PARKING_FAIR_NS (its age
   counted from the waiting_since_ns it passed), granted at most once per
   SH_PARKING_FAIR_NS per queue. */
typedef struct {
  int64_t since;
  int result;
} AgedJob;

static void *aged_worker(void *arg) {
  AgedJob *job = arg;
  job->result = sh_parking_lot_park(&addr_a, count_and_park, NULL, -1, job->since);
  return NULL;
}

/* The scheduler may stall this test for over a millisecond anywhere, so
   "not owed" and "rationed" are only checked when the elapsed time proves
   them. */
static void test_be_fair(void) {
  atomic_store(&parked_count, 0);
  ParkJob job1 = {&addr_a, -1, -100}, job2 = {&addr_a, -1, -100};
  pthread_t t1, t2;
  int64_t t_start = sh_parking_lot_now_ns();
  pthread_create(&t1, NULL, park_worker, &job1);
  while (atomic_load(&parked_count) < 1)
    sh_cpu_relax();
  int token = 0;
  CHECK(sh_parking_lot_unpark_one(&addr_a, give_token, &token));
  if (sh_parking_lot_now_ns() - t_start < SH_PARKING_FAIR_NS)
    CHECK(last_result.unparked && !last_result.be_fair); /* young: not owed */
  pthread_join(t1, NULL);
  pthread_create(&t2, NULL, park_worker, &job2);
  wait_parked(2);
  sleep_ns(3 * SH_PARKING_FAIR_NS);
  CHECK(sh_parking_lot_unpark_one(&addr_a, give_token, &token));
  CHECK(last_result.unparked && last_result.be_fair);
  pthread_join(t2, NULL);
  CHECK(job1.result == 0 && job2.result == 0);

  /* an age carried over from earlier waits counts; the ration applies */
  atomic_store(&parked_count, 0);
  AgedJob a1 = {sh_parking_lot_now_ns() - 5 * SH_PARKING_FAIR_NS, -100};
  AgedJob a2 = {a1.since, -100};
  pthread_create(&t1, NULL, aged_worker, &a1);
  wait_parked(1);
  pthread_create(&t2, NULL, aged_worker, &a2);
  wait_parked(2);
  sleep_ns(2 * SH_PARKING_FAIR_NS); /* past the previous fair unpark's ration */
  int64_t t0 = sh_parking_lot_now_ns();
  CHECK(sh_parking_lot_unpark_one(&addr_a, give_token, &token));
  CHECK(last_result.be_fair && last_result.more_waiters);
  CHECK(sh_parking_lot_unpark_one(&addr_a, give_token, &token));
  CHECK(!last_result.more_waiters);
  if (sh_parking_lot_now_ns() - t0 < SH_PARKING_FAIR_NS) CHECK(!last_result.be_fair); /* rationed */
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  CHECK(a1.result == 0 && a2.result == 0);
}

/* Short timeouts racing unparks: every park ends with either a timeout or
   the token, and nothing stays queued. */
static void test_timeout_race(void) {
  for (int round = 0; round < 200; round++) {
    atomic_store(&parked_count, 0);
    ParkJob job = {&addr_b, 20000 + (round % 10) * 10000, -100};
    pthread_t t;
    pthread_create(&t, NULL, park_worker, &job);
    int token = 5;
    while (atomic_load(&parked_count) == 0)
      sh_cpu_relax();
    if (round & 1) sleep_ns((round % 7) * 5000);
    sh_parking_lot_unpark_one(&addr_b, give_token, &token);
    pthread_join(t, NULL);
    CHECK(job.result == SH_PARK_TIMEOUT || job.result == 5);
  }
  CHECK(!sh_parking_lot_unpark_one(&addr_b, NULL, NULL));
}

/* ------------------------------------------------- the mutex hand-off */

static _Atomic uint8_t handoff_mutex;
static long handoff_value;

static void *handoff_worker(void *arg) {
  (void)arg;
  sh_mutex_lock(&handoff_mutex);
  handoff_value++;
  sh_mutex_unlock(&handoff_mutex);
  return NULL;
}

/* The holder keeps the mutex past the fairness delay, so its unlock hands
   it straight to the parked waiter. */
static void test_mutex_handoff(void) {
  sh_mutex_lock(&handoff_mutex);
  pthread_t t;
  pthread_create(&t, NULL, handoff_worker, NULL);
  while (atomic_load(&handoff_mutex) != (SH_MUTEX_LOCKED | SH_MUTEX_HAS_PARKED))
    sleep_ns(100000);
  sleep_ns(3 * SH_PARKING_FAIR_NS);
  handoff_value = 100;
  sh_mutex_unlock(&handoff_mutex);
  pthread_join(t, NULL);
  CHECK(handoff_value == 101);
  CHECK(atomic_load(&handoff_mutex) == 0);
}

/* A child forked while another thread is parked starts with an empty lot:
   nothing to unpark there, and parking still works. */
static void test_fork(void) {
  atomic_store(&parked_count, 0);
  ParkJob job = {&addr_a, -1, -100};
  pthread_t t;
  pthread_create(&t, NULL, park_worker, &job);
  wait_parked(1);
  pid_t pid = fork();
  if (pid == 0) {
    bool ok = !sh_parking_lot_unpark_one(&addr_a, NULL, NULL) &&
              sh_parking_lot_park(&addr_a, NULL, NULL, 1000000, 0) == SH_PARK_TIMEOUT;
    _exit(ok ? 0 : 1);
  }
  int status = -1;
  CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  CHECK(sh_parking_lot_unpark_one(&addr_a, NULL, NULL));
  pthread_join(t, NULL);
  CHECK(job.result == 0);
}

int main(void) {
  test_counter();
  test_invalid_and_empty();
  test_timeout();
  test_unpark_order();
  test_be_fair();
  test_timeout_race();
  test_mutex_handoff();
  test_fork();
  if (failures) {
    fprintf(stderr, "unit_parking_lot: %d failures\n", failures);
    return 1;
  }
  printf("unit_parking_lot: ok\n");
  return 0;
}
