/** What the last change on the account page did (`?done=`), said by its page: keys of Account.done. */
export const ACCOUNT_DONE = ['nameSaved', 'nameUnchanged', 'passwordChanged'] as const;
export type AccountDone = (typeof ACCOUNT_DONE)[number];
