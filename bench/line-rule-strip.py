#!/usr/bin/env python3
"""The line-rule baseline of `copydesk strip`'s speed figure (issues 12 and 15).

Keeps every line of at least ten words (the crude rule the boilerplate issue
compares copydesk with) of every file in DIR and writes each result under OUT
with the same name, atomically (a temporary file, then a rename), as
`copydesk strip DIR --out OUT` does. Python 3 standard library only.

Run: python3 bench/line-rule-strip.py DIR OUT
"""
import os
import sys
import tempfile

MINIMUM_WORDS = 10


def strip(text: str) -> str:
    return ''.join(line for line in text.splitlines(keepends=True) if len(line.split()) >= MINIMUM_WORDS)


def main() -> int:
    if len(sys.argv) != 3:
        print('usage: line-rule-strip.py DIR OUT', file=sys.stderr)
        return 2
    source, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(source)):
        path = os.path.join(source, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding='utf-8', errors='replace') as handle:
            kept = strip(handle.read())
        descriptor, temporary = tempfile.mkstemp(dir=out, prefix='.' + name)
        with os.fdopen(descriptor, 'w', encoding='utf-8') as handle:
            handle.write(kept)
        os.replace(temporary, os.path.join(out, name))
    return 0


if __name__ == '__main__':
    sys.exit(main())
