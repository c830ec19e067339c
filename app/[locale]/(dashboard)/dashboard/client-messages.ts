import type { AbstractIntlMessages } from 'next-intl';

/**
 * The message namespaces the dashboard's client components use; only these are sent to the
 * browser (public pages send none). Add a namespace here when a client component needs it.
 */
export const DASHBOARD_CLIENT_NAMESPACES = ['Dashboard', 'Validation', 'Errors', 'Editor', 'Workflow', 'Languages', 'OfficeForm', 'UserLinks', 'StructureForm', 'TopicForm', 'PageEditor', 'ArticleShared', 'MediaForm', 'AccountForm', 'LeaveGuard', 'FormConflict'] as const;

export function pickMessages(all: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(DASHBOARD_CLIENT_NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}
