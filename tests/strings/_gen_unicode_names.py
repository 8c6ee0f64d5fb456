"""Writes src/unicode/unicode_names_data.c: the Unicode character names,
name aliases and named sequences of the running python3's unicodedata.

    python3 tests/strings/_gen_unicode_names.py > src/unicode/unicode_names_data.c
    python3 tests/strings/_gen_unicode_names.py --props > src/unicode/unicode_props_data.c

(--props writes the other character properties unicodedata reports:
category, bidirectional class, east asian width, combining class,
mirrored, numeric values, decompositions and the primary composites.)

Names come from unicodedata.name over every code point, except the
algorithmic ones (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...) that
the C side computes.  Aliases and named sequences cannot be listed through
unicodedata, so candidates are read from Perl's copy of the Unicode data
(/usr/share/perl/*/unicore) and kept only when unicodedata.lookup accepts
them with the expected result.

Encoding of a name stream (bytes): a record is an optional 0xFF b2 b1 b0
(explicit code point; otherwise the previous one plus 1), tokens, 0xFE.
Tokens: 0x00-0xBF word index; 0xC0-0xEF + byte: word 192 + 256*(b-0xC0) +
next; 0xF0-0xF8: the previous record's first 1-9 words; 0xFA: the next
word follows '-' rather than ' '; 0xFB: the code point in hex (a word).
"""
import collections
import glob
import re
import sys
import unicodedata as ud


def algorithmic(name):
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE ")


def split_words(name):
    """[(sep, word)], sep being '' for the first word, ' ' or '-'."""
    out = []
    sep = ""
    for part in re.split(r"([ -])", name):
        if part in (" ", "-"):
            sep = part
            continue
        out.append((sep, part))
        sep = None
    # re.split gives '' between two adjacent separators: keep those words
    return out


def perl_unicore():
    for d in sorted(glob.glob("/usr/share/perl/*/unicore")):
        try:
            if open(d + "/version").read().strip() == ud.unidata_version:
                return d
        except OSError:
            pass
    return None


def candidate_aliases(d):
    text = open(d + "/Name.pl").read()
    body = text.split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    out = []
    for rec in body.split("\n\n"):
        lines = rec.strip().split("\n")
        if len(lines) != 2:
            continue
        cps, name = lines
        out.append(([int(x, 16) for x in cps.split()], name))
    return out


def candidate_sequences(d):
    out = []
    for line in open(d + "/NamedSequences.txt"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, cps = line.split(";")
        out.append(([int(x, 16) for x in cps.split()], name.strip()))
    return out


def main():
    names = []  # (cp, name)
    cjk = []
    for c in range(0x110000):
        n = ud.name(chr(c), None)
        if n is None:
            continue
        if n.startswith("CJK UNIFIED IDEOGRAPH-"):
            if cjk and cjk[-1][1] == c - 1:
                cjk[-1][1] = c
            else:
                cjk.append([c, c])
            continue
        if n.startswith("HANGUL SYLLABLE "):
            assert 0xAC00 <= c <= 0xD7A3
            continue
        assert ud.lookup(n.lower()) == chr(c), n
        names.append((c, n))

    aliases, seqs = [], []
    known = {n for _, n in names}
    d = perl_unicore()
    if d:
        seen = set()
        for cps, n in candidate_aliases(d):
            if len(cps) != 1 or n in known or n in seen or algorithmic(n):
                continue
            try:
                ok = ud.lookup(n) == chr(cps[0])
            except KeyError:
                ok = False
            if ok:
                seen.add(n)
                aliases.append((cps[0], n))
        for cps, n in candidate_sequences(d):
            try:
                ok = ud.lookup(n) == "".join(map(chr, cps))
            except KeyError:
                ok = False
            if ok and len(cps) > 1:
                seqs.append((cps, n))
    aliases.sort()

    counts = collections.Counter()
    for lst in (names, aliases, [(0, n) for _, n in seqs]):
        for c, n in lst:
            for _, w in split_words(n):
                if w != "%04X" % c:
                    counts[w] += 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    assert len(words) <= 192 + 48 * 256
    assert all(" " not in w for w in words)
    index = {w: i for i, w in enumerate(words)}

    def encode(records, explicit):
        out = bytearray()
        prev_cp, prev_words = -1, []
        for c, n in records:
            if explicit or c != prev_cp + 1:
                out += bytes([0xFF, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF])
            ws = split_words(n)
            k = 0
            while k < len(ws) and k < len(prev_words) and k < 9 and ws[k] == prev_words[k]:
                k += 1
            if k:
                out.append(0xF0 + k - 1)
            for sep, w in ws[k:]:
                if sep == "-":
                    out.append(0xFA)
                if w == "%04X" % c:
                    out.append(0xFB)
                    continue
                i = index[w]
                if i < 192:
                    out.append(i)
                else:
                    i -= 192
                    out += bytes([0xC0 + (i >> 8), i & 0xFF])
            out.append(0xFE)
            prev_cp, prev_words = c, ws
        return out

    name_bytes = encode(names, False)
    alias_bytes = encode(aliases, True)
    seq_bytes = encode([(i, n) for i, (_, n) in enumerate(seqs)], True)

    w = sys.stdout.write
    w("/* Generated by tests/strings/_gen_unicode_names.py (Unicode %s); do not edit:\n"
      "     python3 tests/strings/_gen_unicode_names.py > src/unicode/unicode_names_data.c */\n"
      % ud.unidata_version)
    w('#include "unicode_names_data.h"\n\n')
    w("const char sh_un_words[] =\n")
    line = ""
    for i, word in enumerate(words):
        piece = word + " "
        if len(line) + len(piece) > 90:
            w('    "%s"\n' % line)
            line = ""
        line += piece
    w('    "%s";\n' % line)
    w("const unsigned sh_un_nwords = %d;\n\n" % len(words))

    def emit_bytes(cname, data):
        w("const unsigned char %s[%d] = {\n" % (cname, len(data)))
        for i in range(0, len(data), 24):
            w("    " + ",".join(str(b) for b in data[i:i + 24]) + ",\n")
        w("};\n")
        w("const unsigned %s_len = %d;\n\n" % (cname, len(data)))

    emit_bytes("sh_un_names", name_bytes)
    w("const unsigned sh_un_nnames = %d;\n" % len(names))
    emit_bytes("sh_un_aliases", alias_bytes)
    w("const unsigned sh_un_naliases = %d;\n" % len(aliases))
    emit_bytes("sh_un_seq_names", seq_bytes)
    w("const unsigned sh_un_nseqs = %d;\n" % len(seqs))
    flat, starts = [], []
    for cps, _ in seqs:
        starts.append(len(flat))
        flat += cps
    starts.append(len(flat))
    w("const uint32_t sh_un_seq_cps[] = {\n")
    for i in range(0, len(flat), 12):
        w("    " + ",".join("0x%X" % c for c in flat[i:i + 12]) + ",\n")
    w("};\nconst uint16_t sh_un_seq_starts[] = {\n")
    for i in range(0, len(starts), 16):
        w("    " + ",".join(str(c) for c in starts[i:i + 16]) + ",\n")
    w("};\n\n")
    w("/* CJK UNIFIED IDEOGRAPH-XXXX ranges */\n")
    w("const uint32_t sh_un_cjk_ranges[][2] = {\n")
    for lo, hi in cjk:
        w("    {0x%X, 0x%X},\n" % (lo, hi))
    w("};\nconst unsigned sh_un_ncjk = %d;\n" % len(cjk))


def props():
    w = sys.stdout.write
    cats, bidis, eaws = [], [], []

    def idx(lst, v):
        if v not in lst:
            lst.append(v)
        return lst.index(v)

    recs, rec_index, runs = [], {}, []
    numeric, decomp, tags, flat = [], [], [""], []
    for c in range(0x110000):
        ch = chr(c)
        r = (idx(cats, ud.category(ch)), idx(bidis, ud.bidirectional(ch)),
             idx(eaws, ud.east_asian_width(ch)), ud.combining(ch), ud.mirrored(ch))
        if r not in rec_index:
            rec_index[r] = len(recs)
            recs.append(r)
        if not runs or runs[-1][1] != rec_index[r]:
            runs.append((c, rec_index[r]))
        num = ud.numeric(ch, None)
        if num is not None:
            numeric.append((c, ud.decimal(ch, -1), ud.digit(ch, -1), num))
        d = ud.decomposition(ch)
        if d:
            parts = d.split()
            tag = parts.pop(0) if parts[0].startswith("<") else ""
            decomp.append((c, idx(tags, tag), len(flat), len(parts)))
            flat += [int(x, 16) for x in parts]
    comps = []
    for c, tag, start, n in decomp:
        if tags[tag] == "" and n == 2:
            pair = "".join(map(chr, flat[start:start + 2]))
            if ud.normalize("NFC", pair) == chr(c):
                comps.append((flat[start], flat[start + 1], c))
    comps.sort()
    w("/* Generated by tests/strings/_gen_unicode_names.py --props (Unicode %s); do not\n"
      "   edit: python3 tests/strings/_gen_unicode_names.py --props >\n"
      "   src/unicode/unicode_props_data.c */\n" % ud.unidata_version)
    w('#include "unicode_props_data.h"\n\n')

    def strs(name, lst):
        w("const char *const %s[] = {%s};\n" % (name, ", ".join('"%s"' % x for x in lst)))

    strs("sh_up_categories", cats)
    strs("sh_up_bidis", bidis)
    strs("sh_up_eaws", eaws)
    strs("sh_up_tags", tags)
    w("\nconst ShUniProps sh_up_records[] = {\n")
    for r in recs:
        w("    {%d, %d, %d, %d, %d},\n" % r)
    w("};\n\n/* (first code point, record) of each run of equal records */\n")
    w("const ShUniRun sh_up_runs[] = {\n")
    for i in range(0, len(runs), 8):
        w("    " + " ".join("{0x%X, %d}," % x for x in runs[i:i + 8]) + "\n")
    w("};\nconst unsigned sh_up_nruns = %d;\n\n" % len(runs))
    w("const ShUniNumeric sh_up_numeric[] = {\n")
    for c, de, di, nu in numeric:
        w("    {0x%X, %d, %d, %r},\n" % (c, de, di, nu))
    w("};\nconst unsigned sh_up_nnumeric = %d;\n\n" % len(numeric))
    w("const ShUniDecomp sh_up_decomp[] = {\n")
    for i in range(0, len(decomp), 6):
        w("    " + " ".join("{0x%X, %d, %d, %d}," % x for x in decomp[i:i + 6]) + "\n")
    w("};\nconst unsigned sh_up_ndecomp = %d;\n" % len(decomp))
    w("const uint32_t sh_up_decomp_cps[] = {\n")
    for i in range(0, len(flat), 12):
        w("    " + ",".join("0x%X" % x for x in flat[i:i + 12]) + ",\n")
    w("};\n\n/* (first, second, composite) of the primary composites, sorted */\n")
    w("const uint32_t sh_up_comps[][3] = {\n")
    for i in range(0, len(comps), 4):
        w("    " + " ".join("{0x%X, 0x%X, 0x%X}," % x for x in comps[i:i + 4]) + "\n")
    w("};\nconst unsigned sh_up_ncomps = %d;\n" % len(comps))


if __name__ == "__main__":
    if sys.argv[1:] == ["--props"]:
        props()
    else:
        main()
