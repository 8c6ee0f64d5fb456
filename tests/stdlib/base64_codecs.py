# base64, binascii, codecs and locale
import base64
import binascii
import codecs
import locale

data = b'shoal \x00\xff binary data!'
for fn in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b32hexencode,
           base64.b16encode, base64.encodebytes, base64.standard_b64encode):
    print(fn.__name__, fn(data))
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64encode(b''), base64.b64encode(b'a'), base64.b64encode(b'ab'))
print(base64.b64decode(base64.b64encode(data)) == data, base64.b64decode('aGVsbG8='), base64.b64decode(b'aGVs\nbG8='))
print(base64.urlsafe_b64decode('-_-_'), base64.b32decode(b'MFRGG==='), base64.b32decode('mfrgg===', casefold=True), base64.b16decode('41ff'.upper()))
print(base64.b16decode('41ff', casefold=True), base64.decodebytes(base64.encodebytes(data * 5)) == data * 5, len(base64.encodebytes(data * 5)))
for s, kw in [(b'YQ', {}), (b'Y', {}), (b'YWJjZ', {}), (b'!!YWJj', {'validate': True}), (b'YQ===', {'validate': True}),
              (b'YW=Jj', {'validate': True}), (b'====', {'validate': True}), ('é', {})]:
    try:
        print(base64.b64decode(s, **kw))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for fn, s in [(base64.b32decode, b'MFRGG'), (base64.b32decode, b'MFRGG!=='), (base64.b16decode, b'414'), (base64.b16decode, b'4g')]:
    try:
        fn(s)
    except binascii.Error as e:
        print('Error', e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError', e)
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.b2a_hex(b'abc', '-'), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.b2a_base64(b'abc'), binascii.a2b_base64(b'YWJj'), issubclass(binascii.Error, ValueError))

for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'latin1', 'ISO-8859-1', 'ascii', 'US-ASCII', 'utf-8-sig']:
    print(name, codecs.lookup(name).name)
info = codecs.lookup('utf-8')
print(info.encode('héllo'), info.decode(b'h\xc3\xa9llo'), info[0] is info.encode, len(info))
print(codecs.encode('héllo', 'latin-1'), codecs.decode(b'h\xe9llo', 'latin-1'), codecs.encode('abc', 'ascii'), codecs.encode('x€', 'ascii', 'replace'))
print(codecs.encode('bom', 'utf-8-sig'), codecs.decode(b'\xef\xbb\xbfbom', 'utf-8-sig'), codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in 'é€😀'.encode('utf-8')], repr(dec.decode(b'', final=True)))
print(list(codecs.iterdecode([b'a\xc3', b'\xa9b'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'latin-1')))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(codecs.lookup_error('strict') is codecs.strict_errors, repr(codecs.lookup('utf-8')).startswith('<codecs.CodecInfo object for encoding utf-8 at'))

print(locale.getpreferredencoding().lower(), locale.getpreferredencoding(False).lower(), locale.setlocale(locale.LC_ALL, 'C'))
print(locale.localeconv()['decimal_point'], repr(locale.localeconv()['thousands_sep']), locale.format_string('%d items', 1234, grouping=True))
print(locale.atof('3.5'), locale.atoi('42'), locale.str(2.5), locale.strcoll('a', 'b'), locale.strxfrm('abc'), locale.LC_ALL, locale.CHAR_MAX)
try:
    locale.setlocale(locale.LC_ALL, 'xx_XX.bogus')
except locale.Error as e:
    print('locale.Error', e)
