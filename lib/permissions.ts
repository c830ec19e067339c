import type { Role } from '@/db/schema';

/**
 * What each role may do, in one table read by the server (every action checks it) and by the
 * UI (which only hides what the server would refuse anyway).
 */
export const PERMISSIONS = {
  'dashboard.view': ['writer', 'editor', 'admin'],
  'article.create': ['writer', 'editor', 'admin'],
  'article.edit': ['writer', 'editor', 'admin'],
  'article.submit': ['writer', 'editor', 'admin'],
  'article.publish': ['editor', 'admin'],
  'article.unpublish': ['editor', 'admin'],
  'article.archive': ['editor', 'admin'],
  'article.editPublished': ['editor', 'admin'],
  /** Deleting a never-published draft others wrote in; writers delete only drafts wholly theirs. */
  'article.deleteOthers': ['editor', 'admin'],
  'page.edit': ['editor', 'admin'],
  'page.publish': ['editor', 'admin'],
  'orgUnit.edit': ['editor', 'admin'],
  'topic.edit': ['editor', 'admin'],
  /** Writers choose a release's main image too: they upload it and describe it. */
  'media.upload': ['writer', 'editor', 'admin'],
  'media.delete': ['editor', 'admin'],
  'office.manage': ['admin'],
  'user.manage': ['admin'],
  'audit.view': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
