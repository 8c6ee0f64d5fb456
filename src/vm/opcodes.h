/* The register instruction set: the contract between the compiler and the
   eval loop. Full prose reference in docs/bytecode.md. */
#ifndef SHOAL_OPCODES_H
#define SHOAL_OPCODES_H

/* An instruction is one uint32 word holding the opcode, followed by one
   uint32 word per operand. Operand kinds (the string in SH_OPCODE_LIST):
     R  a frame register index (SH_NO_REG where the text allows "none")
     K  an index into code->consts
     N  an index into code->names (interned str)
     T  a jump target: absolute index of an instruction word in code->code
     C  an inline cache slot index (0 .. code->ncaches-1), unique per site
     I  an immediate unsigned integer
   Registers [0, nlocals) are the named locals (parameters first),
   [nlocals, nlocals+ncells) hold the cells of cellvars (created empty on
   entry), [.., +nfree) the closure's cells (copied from the function on
   entry), the rest are temporaries. A register that holds nothing is NULL:
   only CHECK_BOUND, DELETE_FAST and stores may see a NULL register. */
#define SH_NO_REG 0xFFFFFFFFu

/* X(name, operand kinds) -- semantics in comments, `r[x]` is a register. */
#define SH_OPCODE_LIST(X)                                                                          \
  X(NOP, "")                                                                                       \
  X(MOVE, "RR")         /* r[a] = r[b] */                                                          \
  X(LOAD_CONST, "RK")   /* r[a] = consts[k] */                                                     \
  X(LOAD_GLOBAL, "RNC") /* r[a] = globals[n] or builtins[n]; NameError */                          \
  X(STORE_GLOBAL, "NR")                                                                            \
  X(DELETE_GLOBAL, "N")                                                                            \
  X(LOAD_NAME, "RN") /* locals mapping, then globals, then builtins */                             \
  X(STORE_NAME, "NR")                                                                              \
  X(DELETE_NAME, "N")                                                                              \
  X(LOAD_DEREF, "RR")       /* r[a] = cell r[b]'s content; NameError/UnboundLocalError */          \
  X(LOAD_CLASSDEREF, "RRN") /* class body: locals mapping[n] if present, else cell r[b] */         \
  X(STORE_DEREF, "RR")      /* cell r[a] = r[b] */                                                 \
  X(DELETE_DEREF, "R")                                                                             \
  X(CHECK_BOUND, "R")   /* UnboundLocalError if r[a] is NULL (name: varnames[a]) */                \
  X(DELETE_FAST, "R")   /* r[a] = NULL (compiler emits CHECK_BOUND first) */                       \
  X(LOAD_ATTR, "RRNC")  /* r[a] = r[b].n */                                                        \
  X(STORE_ATTR, "RNRC") /* r[a].n = r[c] */                                                        \
  X(DELETE_ATTR, "RN")                                                                             \
  X(LOAD_METHOD, "RRNC") /* r[a] = callable, r[a+1] = self or NULL, for r[b].n(...) */             \
  X(GET_ITEM, "RRR")     /* r[a] = r[b][r[c]] */                                                   \
  X(GET_ITEM_K, "RRK")   /* r[a] = r[b][consts[k]] */                                              \
  X(SET_ITEM, "RRR")     /* r[a][r[b]] = r[c] */                                                   \
  X(SET_ITEM_K, "RKR")   /* r[a][consts[k]] = r[c] */                                              \
  X(DELETE_ITEM, "RR")   /* del r[a][r[b]] */                                                      \
  X(BUILD_SLICE, "RRRR") /* r[a] = slice(r[b], r[c], r[d]); SH_NO_REG = None */                    \
  X(ADD, "RRR")          /* r[a] = r[b] + r[c] (int/float/str fast paths) */                       \
  X(SUB, "RRR")                                                                                    \
  X(MUL, "RRR")                                                                                    \
  X(BINARY, "RRRI")    /* r[a] = r[b] <op> r[c], op an ShBinaryOp */                               \
  X(BINARY_K, "RRKI")  /* r[a] = r[b] <op> consts[k] */                                            \
  X(INPLACE, "RRRI")   /* r[a] = r[b] <op>= r[c] */                                                \
  X(INPLACE_K, "RRKI") /* r[a] = r[b] <op>= consts[k] */                                           \
  X(UNARY_NEG, "RR")                                                                               \
  X(UNARY_POS, "RR")                                                                               \
  X(UNARY_INVERT, "RR")                                                                            \
  X(UNARY_NOT, "RR")   /* r[a] = not r[b] (a bool) */                                              \
  X(COMPARE, "RRRI")   /* r[a] = r[b] <op> r[c], op SH_LT..SH_GE */                                \
  X(COMPARE_K, "RRKI") /* r[a] = r[b] <op> consts[k] */                                            \
  X(IS, "RRR")         /* r[a] = r[b] is r[c] */                                                   \
  X(IS_NOT, "RRR")                                                                                 \
  X(IN, "RRR") /* r[a] = r[b] in r[c] */                                                           \
  X(NOT_IN, "RRR")                                                                                 \
  X(JUMP, "T")                                                                                     \
  X(JUMP_IF_TRUE, "RT") /* if truth(r[a]): goto t */                                               \
  X(JUMP_IF_FALSE, "RT")                                                                           \
  X(JUMP_IF_NOT_COMPARE, "RRIT")   /* if not (r[a] <op> r[b]): goto t  (fused compare+branch) */   \
  X(JUMP_IF_NOT_COMPARE_K, "RKIT") /* if not (r[a] <op> consts[k]): goto t */                      \
  X(GET_ITER, "RR")                /* r[a] = iter(r[b]) */                                         \
  X(FOR_ITER, "RRT")               /* r[a] = next(r[b]) or, when exhausted, goto t */              \
  X(BUILD_TUPLE, "RRI")            /* r[a] = (r[b], ..., r[b+i-1]) */                              \
  X(BUILD_LIST, "RRI")                                                                             \
  X(BUILD_SET, "RRI")                                                                              \
  X(BUILD_MAP, "RRI")    /* r[a] = {r[b]: r[b+1], ...} i pairs */                                  \
  X(BUILD_STRING, "RRI") /* r[a] = ''.join(r[b..b+i)) (all str) */                                 \
  X(LIST_APPEND, "RR")   /* r[a].append(r[b]) */                                                   \
  X(SET_ADD, "RR")                                                                                 \
  X(MAP_ADD, "RRR")    /* r[a][r[b]] = r[c] (r[a] an exact dict) */                                \
  X(LIST_EXTEND, "RR") /* r[a].extend(r[b]) */                                                     \
  X(SET_UPDATE, "RR")                                                                              \
  X(DICT_UPDATE, "RR") /* {**x}: "'X' object is not a mapping" */                                  \
  X(DICT_MERGE, "RRR") /* f(**x): r[c] is the callee, for the messages */                          \
  X(LIST_TO_TUPLE, "RR")                                                                           \
  X(UNPACK_SEQUENCE, "RRI") /* r[b..b+i) = r[a] with exactly i items */                            \
  X(UNPACK_TEMP, "RRI")     /* UNPACK_SEQUENCE of a temporary that dies here */                    \
  X(UNPACK_EX, "RRII")      /* r[a] -> r[b..): i before, a list, then j after */                   \
  X(FORMAT_VALUE, "RRIR")   /* r[a] = format(conv(r[b]), r[d] or ''); conv 0/1 s/2 r/3 a */        \
  X(MAKE_FUNCTION, "RKIR")  /* r[a] = function(consts[k]); flags i take r[d], r[d+1].. in order:   \
                               1 defaults tuple, 2 kwdefaults dict, 4 annotations dict,            \
                               8 closure tuple of cells */                                         \
  X(CALL, "RRRI")           /* r[a] = r[b](r[c], ..., r[c+i-1]) */                                 \
  X(CALL_KW, "RRRIK")       /* as CALL; the last len(consts[k]) args are keywords named there */   \
  X(CALL_EX, "RRRR")        /* r[a] = r[b](*r[c], **r[d]); r[c] a tuple, r[d] a dict or NO_REG */  \
  X(CALL_METHOD, "RRI")     /* r[a] = call r[b] (with r[b+1] if not NULL) on args r[b+2..+i) */    \
  X(CALL_METHOD_KW, "RRIK")                                                                        \
  X(RETURN, "R")                                                                                   \
  X(LOAD_BUILD_CLASS, "R")     /* r[a] = builtins.__build_class__ */                               \
  X(YIELD, "RR")               /* yield r[b]; the value sent in goes to r[a] (NO_REG: dropped) */  \
  X(GET_YIELD_FROM_ITER, "RR") /* r[a] = iter(r[b]) (a generator stays as is) */                   \
  X(YIELD_FROM, "RR")          /* r[a] = yield from r[b] (the iterator) */                         \
  X(GET_AWAITABLE, "RRI")      /* r[a] = the iterator `await r[b]` runs (YIELD_FROM); i for the    \
                                  messages: 0 await, 1 __aenter__'s result, 2 __aexit__'s */       \
  X(GET_AITER, "RR")           /* r[a] = r[b].__aiter__() for async for */                         \
  X(GET_ANEXT, "RR")           /* r[a] = the awaitable of r[b].__anext__() */                      \
  X(END_ASYNC_FOR, "R")        /* async for's handler: StopAsyncIteration in r[a] ends the loop    \
                                  (r[a] cleared), anything else is re-raised */                    \
  X(ASYNC_WITH_ENTER, "RRR")   /* WITH_ENTER with __aenter__/__aexit__ (not awaited) */            \
  X(RAISE, "RR")               /* raise r[a] from r[b]; NO_REG/NO_REG: bare `raise` */             \
  X(RERAISE, "R")              /* re-raise the exception object in r[a], traceback kept */         \
  X(EXC_MATCH, "RRR")          /* r[a] = isinstance(r[b], r[c]) for except clauses */              \
  X(PUSH_EXC_INFO, "RR")       /* r[a] = handled exception (or None); handled = r[b] */            \
  X(POP_EXC_INFO, "R")         /* handled exception = r[a] (None: none) */                         \
  X(LOAD_ASSERTION_ERROR, "R")                                                                     \
  X(WITH_ENTER, "RRR")     /* r[a] = __exit__ of r[c], r[a+1] = r[c] if unbound; r[b] = __enter__() */\
  X(WITH_EXIT, "RRR")      /* r[a] = r[b]([r[b+1],] None,None,None) or (type, r[c], tb) */        \
  X(IMPORT_NAME, "RNKI")   /* r[a] = __import__(n, globals, None, consts[k], i) */                 \
  X(IMPORT_FROM, "RRN")    /* r[a] = r[b].n, or sys.modules fallback; ImportError */               \
  X(IMPORT_STAR, "R")      /* from r[a] import * into the locals mapping */                        \
  X(SETUP_ANNOTATIONS, "") /* locals mapping gets __annotations__ = {} if missing */               \
  X(PRINT_EXPR, "R")       /* interactive mode: sys.displayhook(r[a]) */                           \
  X(MATCH_SEQUENCE, "RT")  /* goto t unless r[a] is a sequence to patterns (not str/bytes) */      \
  X(MATCH_MAPPING, "RT")   /* goto t unless r[a] is a mapping to patterns */                       \
  X(GET_LEN, "RR")         /* r[a] = len(r[b]) */                                                  \
  X(MATCH_KEYS, "RRRT")    /* r[a..) = r[b].get(key) for each key of tuple r[c]; goto t if         \
                              one is missing */                                                    \
  X(COPY_DICT_WITHOUT_KEYS, "RRR") /* r[a] = dict(r[b]) without the keys of tuple r[c] */          \
  X(MATCH_CLASS, "RRRIKT")   /* class pattern r[c](i positional, keywords consts[k]) on r[b]:      \
                                r[a..a+i+len(k)) = the attributes, or goto t */                    \
  X(EXC_GROUP_MATCH, "RRRT") /* except* r[c]: r[a] = the part of r[b] that matches (now the        \
                                handled exception), r[b] = the rest or None; or goto t */          \
  X(RERAISE_STAR, "RR")      /* raise what except* leaves of original r[a] given the list r[b]     \
                                of raised/unhandled exceptions; nothing left: go on */

typedef enum {
#define SH_OPCODE_ENUM(name, kinds) SH_INSN_##name,
  SH_OPCODE_LIST(SH_OPCODE_ENUM)
#undef SH_OPCODE_ENUM
      SH_INSN_COUNT
} ShOpcode;

extern const char *const sh_opcode_names[SH_INSN_COUNT];
extern const char *const sh_opcode_operands[SH_INSN_COUNT]; /* the kinds strings */

/* MAKE_FUNCTION flags */
#define SH_MKFN_DEFAULTS 1
#define SH_MKFN_KWDEFAULTS 2
#define SH_MKFN_ANNOTATIONS 4
#define SH_MKFN_CLOSURE 8

#endif
