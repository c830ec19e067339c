import { describe, expect, it } from 'vitest';
import { orgUnitFormSchema } from './org-units';
import { pageSettingsSchema } from './pages';
import { positionField } from './tree-place';

describe('positionField', () => {
  it('reads a whole number from 0 to 999; a form without the field gets 0', () => {
    expect(positionField.parse('0')).toBe(0);
    expect(positionField.parse(' 12 ')).toBe(12);
    expect(positionField.parse('999')).toBe(999);
    expect(positionField.parse(undefined)).toBe(0);
  });

  it('refuses an emptied field rather than moving the row to the top, and what is not such a number', () => {
    for (const typed of ['', '  ', '-3', '1000', '1.5', 'abc']) {
      expect(positionField.safeParse(typed).error?.issues.map((i) => i.message)).toEqual(['positionInvalid']);
    }
  });

  it('is what the page and structure forms use', () => {
    const page = pageSettingsSchema.safeParse({ id: '00000000-0000-4000-8000-000000000000', version: '1', parentId: '', position: '' });
    expect(page.error?.issues.find((i) => i.path[0] === 'position')?.message).toBe('positionInvalid');
    const unit = orgUnitFormSchema.safeParse({ 'texts.fr.name': 'Unité', position: '-3' });
    expect(unit.error?.issues.find((i) => i.path[0] === 'position')?.message).toBe('positionInvalid');
  });
});
