import type { Permission } from '@/lib/permissions';

/** Areas of the dashboard in navigation order, each with the permission that opens it. */
export const DASHBOARD_SECTIONS = [
  { key: 'articles', path: '/dashboard/articles', permission: 'dashboard.view' },
  { key: 'pages', path: '/dashboard/pages', permission: 'page.edit' },
  { key: 'structure', path: '/dashboard/structure', permission: 'orgUnit.edit' },
  { key: 'topics', path: '/dashboard/topics', permission: 'topic.edit' },
  { key: 'media', path: '/dashboard/media', permission: 'media.upload' },
  { key: 'offices', path: '/dashboard/offices', permission: 'office.manage' },
  { key: 'users', path: '/dashboard/users', permission: 'user.manage' },
  { key: 'audit', path: '/dashboard/audit', permission: 'audit.view' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type DashboardSectionKey = (typeof DASHBOARD_SECTIONS)[number]['key'];
