/* Coroutines, async generators and the awaitables they hand out, built on
   the generator machinery; the helpers behind await, async for/with. */
#ifndef SHOAL_COROUTINE_H
#define SHOAL_COROUTINE_H

#include "../runtime/object.h"

/* coroutine and async_generator instances are ShGenerators (generator.h). */
extern ShType sh_type_coroutine, sh_type_coroutine_wrapper, sh_type_async_generator,
    sh_type_async_generator_asend, sh_type_async_generator_athrow;

/* GET_AWAITABLE: the iterator that `await o` runs (a coroutine is its own).
   `where` picks the message for objects without __await__: 0 await,
   1 the result of __aenter__, 2 the result of __aexit__. */
ShObject *sh_coro_get_awaitable(ShObject *o, uint32_t where);
/* GET_AITER: o.__aiter__(), checked to have __anext__. */
ShObject *sh_coro_get_aiter(ShObject *o);
/* GET_ANEXT: the awaitable of aiter.__anext__(). */
ShObject *sh_coro_get_anext(ShObject *aiter);
/* ASYNC_WITH_ENTER: *exit_fn = bound __aexit__, *result = __aenter__()
   (not yet awaited). -1 with an exception on failure. */

/* "RuntimeWarning: coroutine 'f' was never awaited" on stderr, as CPython
   prints it, for a coroutine dying before it started. */
void sh_coro_warn_unawaited(ShObject *coro);

#endif
