/**
 * Hostile-38 M4: the studio listed at most 2,000 files and looked 8 folders down, silently: 5,000 files came back
 * as 2,000 with no word. `/api/files` now gives `truncated` (files left out, folders too deep) when the limits
 * left something out, and the page says so under the folder's files, in zh and en.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { truncatedText } from '../../src/studio/page/file-source';
import { listStudioFiles, MAX_DEPTH, MAX_FILES } from '../../src/studio/studio-files';
import { tempDir } from '../temp-dir';

describe('the studio says what its file list left out (hostile-38 M4)', () => {
  it('2,003 files and a rule 9 folders down: 2,000 listed, 3 counted, 1 folder too deep', async () => {
    const dir = tempDir('studio-limits');
    for (let i = 0; i < MAX_FILES + 3; i++)
      writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.yaml`), 'x: 1\n');
    const deep = join(dir, ...Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'deep.yaml'), 'x: 1\n');
    const list = await listStudioFiles(dir);
    expect(list.files).toHaveLength(MAX_FILES);
    expect(list.truncated).toEqual({ files: 3, atLeast: false, folders: 1, maxFiles: 2000, maxDepth: 8 });
    expect(truncatedText(list.truncated!, 'en')).toBe(
      'Only the first 2,000 files are listed: 3 more are not; 1 folder is more than 8 levels down, and its files are not listed. Start qgrade studio on a smaller folder to see them.',
    );
    expect(truncatedText(list.truncated!, 'zh')).toBe(
      '只列出前 2,000 个文件，另有 3 个未列出；1 个文件夹深于 8 层，未查看其中的文件。要看到它们，请在更小的文件夹上启动 qgrade studio。',
    );
  });

  it('a folder within the limits has no truncated field', async () => {
    const dir = tempDir('studio-limits-small');
    writeFileSync(join(dir, 'a.yaml'), 'x: 1\n');
    expect(await listStudioFiles(dir)).toEqual({ files: ['a.yaml'] });
  });

  it('a count past 20,000 says "at least"', () => {
    const t = { files: 20_000, atLeast: true, folders: 0, maxFiles: 2000, maxDepth: 8 };
    expect(truncatedText(t, 'en')).toBe(
      'Only the first 2,000 files are listed: at least 20,000 more are not. Start qgrade studio on a smaller folder to see them.',
    );
    expect(truncatedText(t, 'zh')).toContain('另有至少 20,000 个未列出');
  });
});
