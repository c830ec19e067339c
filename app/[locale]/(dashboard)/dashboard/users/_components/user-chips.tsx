import { Chip } from '@/components/ui/chip';
import type { UserListRow } from '@/db/queries/user-admin';

type T = (key: string) => string;

/** The account's state in words: active or disabled, and whether a password is set yet. */
export function UserChips({ user, t }: { user: Pick<UserListRow, 'status' | 'hasPassword' | 'linkPending'>; t: T }) {
  return (
    <span className="flex flex-wrap gap-1">
      <Chip tone={user.status === 'active' ? 'success' : 'danger'}>{t(`status.${user.status}`)}</Chip>
      {!user.hasPassword && <Chip tone="warning">{t(user.linkPending ? 'status.linkPending' : 'status.noPassword')}</Chip>}
    </span>
  );
}
