/* The eval loop's knobs: the breaker word other threads and signal
   handlers set to get the loop's attention, and instruction lengths. */
#ifndef SHOAL_EVAL_H
#define SHOAL_EVAL_H

#include <stdint.h>

#include "../runtime/thread.h"

/* A thread's eval_breaker (thread.h) makes its loop call sh_eval_breaker_run
   at the next backward jump or call: merge queue, stop-the-world, gc,
   signals (main thread). -1 with an exception. */
extern volatile int sh_pending_sigint;
int sh_eval_breaker_run(ShThreadState *ts);
/* After a blocking call returned EINTR: -1 with KeyboardInterrupt set when
   it was Ctrl-C in the main thread (the caller fails), else 0 (retry). */
int sh_signal_interrupted(void);
uint32_t sh_insn_length(uint32_t opcode);

#endif
