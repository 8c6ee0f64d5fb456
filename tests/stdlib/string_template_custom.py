# string.Template: the pattern class attribute and subclass customisation
# (delimiter, idpattern, braceidpattern, flags, a pattern of one's own),
# substitute/safe_substitute/get_identifiers/is_valid through them, and
# the errors of a pattern without the expected groups.
import string
from string import Template

def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, '->', repr(r))

print(Template.delimiter, Template.idpattern, Template.braceidpattern, repr(Template.flags))
print(type(Template.pattern).__name__, Template.pattern.groupindex == {'escaped': 1, 'named': 2, 'braced': 3, 'invalid': 4})
print(bool(Template.pattern.flags & 64), bool(Template.pattern.flags & 2))
s = Template('$who likes ${what}, $$5 and $ alone: $1')
t('sub', lambda: s.substitute(who='tim', what='kung pao'))
t('safe', lambda: s.safe_substitute(who='tim'))
t('ids', s.get_identifiers)
t('valid', s.is_valid)
t('multi-line invalid', lambda: Template('a\nb $\nc').substitute())
t('invalid at start', lambda: Template('$').substitute())
t('brace bad', lambda: Template('${a b}').substitute({'a': 1}))
t('missing', lambda: Template('$a $b').substitute(a=1))
t('mapping+kw', lambda: Template('$a $b').substitute({'a': 1, 'b': 2}, b=3))
t('safe braced missing', lambda: Template('${x} $y ${z').safe_substitute(y=1))
t('non-ascii name', lambda: Template('$\u00e9t\u00e9 $caf\u00e9').safe_substitute(caf=1))

class Percent(Template):
    delimiter = '%'
t('percent', lambda: Percent('%who %% %{x} %').safe_substitute(who='me', x=2))
t('percent pattern', lambda: bool(Percent.pattern.match('%%')))

class Dotted(Template):
    idpattern = r'[_a-z][_a-z0-9]*(?:\.[_a-z][_a-z0-9]*)*'
t('dotted', lambda: Dotted('$a.b and ${c.d} $E.f').substitute({'a.b': 1, 'c.d': 2, 'E.f': 3}))
t('dotted ids', lambda: Dotted('$a.b $x.').get_identifiers())

class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'
t('case', lambda: CaseSensitive('$abc $ABC').safe_substitute(abc=1, ABC=2))
t('case valid', lambda: CaseSensitive('$ABC').is_valid())

class Braces(Template):
    braceidpattern = r'[^}]+'
t('braceid', lambda: Braces('${any thing} $x ${y}').substitute({'any thing': 1, 'x': 2, 'y': 3}))
t('braceid ids', lambda: Braces('${a-b} $c').get_identifiers())

class MyPattern(Template):
    delimiter = '#'
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """
t('own pattern', lambda: MyPattern('#a #<b> ## #1').safe_substitute(a='A', b='B'))
t('own pattern sub', lambda: MyPattern('x\n #1').substitute())
t('own pattern type', lambda: (type(MyPattern.pattern).__name__, MyPattern.pattern.flags & 64 != 0))

class NoGroups(Template):
    pattern = r'\$(?P<other>x)'
t('unrecognized', lambda: NoGroups('$x').substitute())
t('unrecognized ids', lambda: NoGroups('$x').get_identifiers())
t('unrecognized valid', lambda: NoGroups('$x').is_valid())

class Sub2(Percent):
    pass
t('inherit delimiter', lambda: Sub2('%a $a').substitute(a=1))
t('template attr', lambda: Template('x').template)
t('no args', lambda: Template('$a').substitute())
t('both', lambda: Template('$a').substitute({}, {}))
