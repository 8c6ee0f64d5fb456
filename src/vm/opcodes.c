/* The opcode name and operand-kind tables, generated from the X-macro in
   opcodes.h so that they can never disagree with the enum. */
#include "opcodes.h"

const char *const sh_opcode_names[SH_INSN_COUNT] = {
#define SH_OPCODE_NAME(name, kinds) #name,
    SH_OPCODE_LIST(SH_OPCODE_NAME)
#undef SH_OPCODE_NAME
};

const char *const sh_opcode_operands[SH_INSN_COUNT] = {
#define SH_OPCODE_KINDS(name, kinds) kinds,
    SH_OPCODE_LIST(SH_OPCODE_KINDS)
#undef SH_OPCODE_KINDS
};
