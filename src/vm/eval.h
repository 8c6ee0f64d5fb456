/* The eval loop's knobs: the breaker word other threads and signal
   handlers set to get the loop's attention, and instruction lengths. */
#ifndef SHOAL_EVAL_H
#define SHOAL_EVAL_H

#include <stdint.h>

/* Non-zero asks every running loop to call sh_eval_breaker_run at its next
   backward jump or call. */
extern _Atomic int sh_eval_breaker;
extern volatile int sh_pending_sigint;
/* Runs what the breaker asked for (pending signals); -1 with an exception. */
int sh_eval_breaker_run(void);
uint32_t sh_insn_length(uint32_t opcode);

#endif
