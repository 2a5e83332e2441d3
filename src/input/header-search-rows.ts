/**
 * How many rows with text, from the top, are searched for the header: the first of them that names a column
 * the reader knows is the header, and the rows above it are titles. The .xlsx reader and the CSV/TSV reader
 * (`linesFromHeader`) search alike; the CSV splitter takes a row's width as the table's no later.
 */
export const HEADER_SEARCH_ROWS = 10;
