/* Sharing profile (`make sharestats`): counts, per type, the writes one
   thread makes to objects another thread owns, which is what stops threads from scaling. */
#ifndef SHOAL_SHARESTATS_H
#define SHOAL_SHARESTATS_H

/* What the write was: a count taken or dropped on ref_shared, a
   try-incref, or the object's mutex taken. */
enum { SH_SHARE_INCREF, SH_SHARE_DECREF, SH_SHARE_TRY_INCREF, SH_SHARE_LOCK, SH_SHARE_KINDS };

#ifdef SH_SHARE_STATS
struct ShObject;
void sh_share_stat(struct ShObject *o, int kind);
#define SH_SHARE_STAT(o, kind) sh_share_stat((o), (kind))
#else
#define SH_SHARE_STAT(o, kind) ((void)0)
#endif

#endif
