export const version = '0.1.0';

export const usage = `copydesk — compare near-duplicate news articles

Usage:
  copydesk [DIR|FILES...]          open the reader (default: ./corpus, else the bundled corpus)
  copydesk diff A B [options]      compare two articles side by side
      --json                       one JSON object (see README, "diff --json")
      --html                       one self-contained HTML report (see README, "HTML reports")
      --width N                    fit the output to N columns (default: the terminal's, or 160)
      --with-boilerplate           compare the whole texts, boilerplate included
  copydesk strip FILE|DIR...|- [options]
                                   print (or write) articles without boilerplate
      --out OUTDIR                 write OUTDIR/<relative path> for each article
      --json                       one JSON object per article per line
  copydesk list [DIR|FILES...|-] [--json]
                                   list articles with titles, boilerplate share and near-duplicate groups
  copydesk story [FILES...|DIR] [options]
                                   every copy of a story against its base, sentence by sentence
                                   (a terminal: the reader's story view; piped or --print: a table)
      --group N                    only near-duplicate group N (numbers as in copydesk list)
      --base FILE                  collate against FILE (default: the likely original)
      --json | --html | --print    one JSON object / one self-contained HTML report / the table
  copydesk --help | --version

Exit status: 0 success (diff: identical after normalisation), 1 diff: different, 2 trouble.
Colors follow NO_COLOR (https://no-color.org); without color, changes are marked [-removed-] {+added+}.
`;
