import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diffFields } from '@/lib/revisions/diff';
import { DiffView } from './diff-view';

const labels = { added: 'ajouté :', removed: 'supprimé :', unchanged: 'Aucun changement', fields: { body: 'Texte' } };

describe('DiffView', () => {
  it('isolates a phone number left to right in an Arabic text, in an added part as in an unchanged one', () => {
    const before = { body: 'للاتصال: +41 22 717 91 11.' };
    const after = { body: 'للاتصال: +41 22 717 91 11. للمزيد: +598 2916 8043.' };
    const html = renderToString(createElement(DiffView, { diffs: diffFields(['body'], before, after), labels, dir: 'rtl', lang: 'ar' }));
    expect(html).toContain('<bdi dir="ltr" class="whitespace-nowrap">+41 22 717 91 11</bdi>');
    expect(html).toMatch(/<ins[^>]*>.*<bdi dir="ltr" class="whitespace-nowrap">\+598 2916 8043<\/bdi>/su);
  });
});
