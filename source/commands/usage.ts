export const version = '0.1.0';

export const usage = `copydesk — compare near-duplicate news articles

Usage:
  copydesk [DIR|FILES...]          open the reader (default: ./corpus, else the bundled corpus)
  copydesk diff A B [options]      compare two articles side by side
      --json                       one JSON object (see README, "diff --json")
      --html                       one self-contained HTML report (see README, "HTML reports")
      --width N                    fit the output to N columns (default: the terminal's, or 160)
      --with-boilerplate           compare the whole texts, boilerplate included
      --color=auto|always|never    colors (auto: on a terminal; FORCE_COLOR and NO_COLOR are read)
  copydesk strip FILE|DIR...|- [options]
                                   print (or write) articles without boilerplate
      --out OUTDIR                 write OUTDIR/<relative path> for each article
      --json                       one JSON object per article per line
  copydesk list [DIR|FILES...|-] [options]
                                   list articles with titles, boilerplate share and near-duplicate groups
      --json                       one JSON object per article per line
      --width N                    fit the table to N columns (default: the terminal's, or 120)
  copydesk story [FILES...|DIR] [options]
                                   every copy of a story against its base, sentence by sentence
                                   (a terminal: the reader's story view; piped or --print: a table)
      --group N                    only near-duplicate group N (numbers as in copydesk list)
      --base FILE                  collate against FILE (default: the likely original)
      --json | --html | --print    one JSON object / one self-contained HTML report / the table
      --width N                    fit the table to N columns (default: the terminal's, or 160)
      --color=auto|always|never    colors in the table, as diff's
  copydesk COMMAND --help          that command's usage
  copydesk --help | --version

As git's difftool:  git difftool -y -x 'copydesk diff'

A FILE may be a record of a JSON Lines file or web archive, FILE#key, as copydesk list --json names it (wire.jsonl#a1).
Exit status: 0 success (diff: identical after normalisation), 1 diff: different, 2 trouble.
Colors follow NO_COLOR (https://no-color.org); without color, changes are marked [-removed-] {+added+}.
`;

/** `copydesk diff --help`. */
export const diffUsage = `Usage: copydesk diff A B [--json | --html] [--width N] [--with-boilerplate] [--color=auto|always|never]

Compares two articles side by side: sentences aligned, word changes marked.
A or B may be a record, FILE#key, as copydesk list --json names it (wire.jsonl#a1).
  --json                       one JSON object (see README, "diff --json")
  --html                       one self-contained HTML report (see README, "HTML reports")
  --width N                    fit every line to N columns (default: the terminal's, or 160)
  --with-boilerplate           compare the whole texts, boilerplate included
  --color=auto|always|never    colors; auto: on a terminal, or with FORCE_COLOR; never with NO_COLOR
Exit status: 0 identical after normalisation, 1 different, 2 trouble.
As git's difftool:  git difftool -y -x 'copydesk diff'
`;

/** `copydesk strip --help`. */
export const stripUsage = `Usage: copydesk strip FILE|DIR...|- [--out OUTDIR] [--json]

Prints the articles without their boilerplate (bylines, share links, notices).
The inputs are one corpus: lines repeated across files count as template evidence.
  --out OUTDIR   write OUTDIR/<relative path> for each article (never into the inputs)
  --json         one JSON object per article per line
Exit status: 0 done, 2 trouble (an input could not be read).
`;

/** `copydesk --help` for the reader alone. */
export const readUsage = `Usage: copydesk [DIR|FILES...] [--color=auto|always|never]

Opens the reader on a folder of articles (default: ./corpus, else the bundled corpus).
Press ? in the reader for its keys. See copydesk --help for the other commands.
`;
