// The split layout's geometry: two panes and the gutter between them.

/** Columns between the panes: a space, the gutter mark, a space. */
export const gutterWidth = 3;

/** Pane width for a terminal of `columns` columns. */
export const paneWidthFor = (columns: number): number => Math.max(2, Math.floor((columns - gutterWidth) / 2));
