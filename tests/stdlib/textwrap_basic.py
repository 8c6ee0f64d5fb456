import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known sentence, used "
        "for testing type-setting and fonts -- it contains every letter of the alphabet.")
for w in (10, 25, 40):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('a-very-long-hyphenated-identifier here', 12))
print(textwrap.wrap('a-very-long-hyphenated-identifier here', 12, break_on_hyphens=False))
print(textwrap.wrap('tabs\there\tand  spaces   kept', 12))
print(textwrap.wrap('  leading and trailing  ', 8, drop_whitespace=False))
print(textwrap.shorten('Hello  world! This is a long sentence', 20))
print(textwrap.shorten('Hello world', 11), textwrap.shorten('Hello world', 10, placeholder='..'))
print(textwrap.wrap(text, 30, max_lines=2))
print(repr(textwrap.dedent('''
    def f():
        return 1
      
    x = 2
''')))
print(repr(textwrap.dedent('\tA\n\tB\n')), repr(textwrap.dedent('  a\n b\n')))
print(repr(textwrap.indent('one\n\ntwo\n', '> ')))
print(repr(textwrap.indent('one\n\ntwo\n', '+', lambda l: True)))
print(textwrap.wrap('Hi. There. mr. Smith! ok', 40, fix_sentence_endings=True))
print(textwrap.wrap('', 5), textwrap.fill('x', 1))
