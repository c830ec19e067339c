import { describe, expect, it } from 'vitest';
import type { EditorTranslation } from '@/db/queries/dashboard-articles';
import { emptyDoc } from '@/lib/rich-text/schema';
import { editorHeaderState, headerAt } from './editor-header-state';
import { editorWorkflow, workflowAt } from './editor-workflow';

const editor = { id: 'e', role: 'editor' as const };
const writer = { id: 'w', role: 'writer' as const };
const opened = new Date('2026-03-01T12:00:00Z');
const at = '2026-03-01T12:01:00.000Z';
const later = new Date('2026-03-01T12:05:00Z');

function translation(extra: Partial<EditorTranslation> = {}): EditorTranslation {
  return {
    id: 't',
    locale: 'fr',
    slug: 'un-communique',
    title: 'Un communiqué',
    lede: '',
    body: emptyDoc(),
    dateline: '',
    status: 'published',
    publishAt: at,
    firstPublishedAt: at,
    version: 3,
    updatedAt: '2026-03-01T11:00:00.000Z',
    updatedByName: 'Edith',
    savedAt: '2026-03-01T11:00:00.000Z',
    savedByName: 'Edith',
    submittedById: null,
    submittedByName: null,
    returned: null,
    sourceLocale: null,
    sourceRevisionId: null,
    outdated: false,
    authorIds: ['e'],
    ...extra,
  };
}

describe('an editor left open past a schedule shows what the page read then shows', () => {
  it('its workflow: published, its address known, the same stamp, rights and steps', () => {
    for (const user of [editor, writer]) {
      const page = editorWorkflow(user, translation(), opened);
      expect(page.status).toBe('scheduled');
      expect(page.slugKnown).toBe(false);
      expect(workflowAt(page, later)).toEqual(editorWorkflow(user, translation(), later));
      expect(workflowAt(page, later)).toMatchObject({ status: 'published', slugKnown: true, stamp: page.stamp });
      // Not yet: as it was.
      expect(workflowAt(page, new Date('2026-03-01T12:00:59Z'))).toBe(page);
    }
  });

  it('its header: published, nothing else moved', () => {
    const page = editorHeaderState(translation(), null, opened);
    expect(page.status).toBe('scheduled');
    expect(headerAt(page, later)).toEqual(editorHeaderState(translation(), null, later));
    expect(headerAt(page, new Date(at)).status).toBe('published');
  });

  it('other states, and a translation not written yet, do not change with time', () => {
    for (const status of ['draft', 'in_review', 'archived'] as const) {
      const t = translation({ status, publishAt: null, firstPublishedAt: null });
      expect(workflowAt(editorWorkflow(editor, t, opened), later)).toEqual(editorWorkflow(editor, t, later));
      expect(headerAt(editorHeaderState(t, null, opened), later)).toEqual(editorHeaderState(t, null, later));
    }
    const live = translation({ publishAt: '2026-02-01T00:00:00.000Z', firstPublishedAt: '2026-02-01T00:00:00.000Z' });
    expect(workflowAt(editorWorkflow(editor, live, opened), later)).toEqual(editorWorkflow(editor, live, later));
    const none = editorWorkflow(editor, null, opened);
    expect(workflowAt(none, later)).toBe(none);
  });
});
