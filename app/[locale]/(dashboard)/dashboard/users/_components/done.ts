/** What a change to an account did, as its screen's address says it (`?done=`) and the page words it. */
export const USER_DONE = ['detailsSaved', 'emailChanged', 'detailsUnchanged', 'roleChanged', 'roleUnchanged', 'disabled', 'enabled', 'signedOut'] as const;
export type UserDone = (typeof USER_DONE)[number];
