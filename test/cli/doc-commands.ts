/**
 * The commands a page of the docs shows: its fenced blocks in order, and the `qgrade …` lines of a `sh` block, as the
 * README's committee workflow and the tutorial are run as written.
 */

/** A fenced block of a Markdown page: its tag (`sh`, `text`, `yaml`…), its text, and whether prose stands before it. */
export interface FencedBlock {
  lang: string;
  body: string;
  /** Whether only blank lines separate it from the block before it (the output shown for that block's commands). */
  follows: boolean;
}

/** The fenced blocks of a Markdown text, in order. */
export function fencedBlocks(text: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let end = -1;
  for (const m of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    blocks.push({ lang: m[1]!, body: m[2]!, follows: end >= 0 && text.slice(end, m.index).trim() === '' });
    end = m.index + m[0].length;
  }
  return blocks;
}

/** The `qgrade …` command lines of a shell block, as written (comments after them kept). */
export function qgradeLines(block: string): string[] {
  return block.split('\n').filter((line) => line.startsWith('qgrade '));
}
