"""Cache lines from Python source files (pure Python for shoal).

getline(filename, lineno) returns the line with its newline, or '' when
the file or line does not exist.
"""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines',
           'updatecache']

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, updating the
    cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (shoal: entries of files
    that can no longer be read)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue
        try:
            with open(entry[3], 'rb') as f:
                size = len(f.read())
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != entry[0]:
            cache.pop(name, None)


def _decode_source(data):
    # PEP 263: a BOM or a coding cookie on one of the first two lines.
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8', 'replace')
    encoding = 'utf-8'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if stripped.strip():
                break
            continue
        pos = stripped.find(b'coding')
        if pos >= 0 and stripped[pos + 6:pos + 7] in (b':', b'='):
            rest = stripped[pos + 7:].lstrip(b' \t')
            name = b''
            for ch in rest:
                c = bytes([ch])
                if c.isalnum() or c in b'-_.':
                    name += c
                else:
                    break
            if name:
                encoding = name.decode('ascii').lower().replace('_', '-')
            break
    if encoding in ('latin-1', 'iso-8859-1', 'iso-latin-1', 'latin1'):
        return data.decode('latin-1')
    return data.decode('utf-8', 'replace')


def _split_lines(text):
    lines = text.splitlines(True)
    # keep only \n-style line ends, as the tokenizer does
    out = []
    for line in lines:
        if line.endswith('\r\n'):
            line = line[:-2] + '\n'
        elif line.endswith('\r'):
            line = line[:-1] + '\n'
        out.append(line)
    if out and not out[-1].endswith('\n'):
        out[-1] += '\n'
    return out


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not filename.startswith('/'):
        for dirname in sys.path:
            if isinstance(dirname, str) and dirname:
                candidates.append(dirname.rstrip('/') + '/' + filename)
    for fullname in candidates:
        try:
            with open(fullname, 'rb') as f:
                data = f.read()
        except (OSError, ValueError, TypeError):
            continue
        lines = _split_lines(_decode_source(data))
        cache[filename] = (len(data), None, lines, fullname)
        return lines
    return []


def lazycache(filename, module_globals):
    """Seed the cache for filename (shoal: loaders are not consulted)."""
    if filename in cache:
        return len(cache[filename]) == 1
    return False
