import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaAt } from '../../src/studio/page/schema-lookup';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/ruleset.schema.json', import.meta.url), 'utf8'),
);

describe('hover help: the schema of a key in a rule file', () => {
  it('finds top-level keys, including one named id (which draft-04 readers take for the schema id)', () => {
    expect(schemaAt(schema, ['schemaVersion'])?.title).toBe('Rule-format version');
    expect(schemaAt(schema, ['id'])?.description).toBe(schema.properties.id.description);
  });

  it('follows $ref into $defs, list items and maps of named entries', () => {
    const criterion = schemaAt(schema, ['criteria', '0', 'indicator']);
    expect(criterion).toBeDefined();
    expect(criterion?.description ?? criterion?.title).toBeTruthy();
    expect(schemaAt(schema, ['derived'])?.title).toBe('Derived values');
    expect(schemaAt(schema, ['no-such-key'])).toBeUndefined();
  });
});
